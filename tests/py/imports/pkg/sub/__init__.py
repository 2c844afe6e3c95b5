print("sub init", __name__)
from .. import helper as parent_helper
from ..helper import util_fn
