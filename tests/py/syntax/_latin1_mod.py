# -*- coding: latin-1 -*-
# support module for source_encoding.py (no .out): Latin-1 source
s = "café"
