print("sub.mod init", __name__, __package__)
from . import sibling
from .deep import leaf
from ..helper import counter
value = "mod-value " + sibling.NAME + " " + leaf.LEAF
