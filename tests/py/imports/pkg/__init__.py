print("pkg init", __name__)
PKG_CONST = "pc"
from . import helper
from .helper import util_fn as pkg_util
__all__ = ["PKG_CONST", "exported"]
def exported(): return "exported"
def _private(): return "private"
not_in_all = 1
