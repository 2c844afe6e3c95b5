from ... import PKG_CONST
from ...sub import sibling
LEAF = "leaf:" + PKG_CONST + ":" + sibling.NAME
