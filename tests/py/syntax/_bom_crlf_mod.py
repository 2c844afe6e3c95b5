# support module for source_encoding.py: UTF-8 BOM, CRLF line ends
x = 1
if x:
    y = "crlf ok"
z = "formfeed ok"
