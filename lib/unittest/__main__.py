"""python -m unittest NAME...: run the tests named on the command line."""
__unittest = True

import sys

if sys.argv[0].endswith("__main__.py"):
    sys.argv[0] = "python -m unittest"

from unittest.main import main

main(module=None)
