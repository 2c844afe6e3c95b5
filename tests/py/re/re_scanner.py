import re

scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", lambda s, tok: ('IDENT', tok)),
    (r"\d+\.\d*", lambda s, tok: ('FLOAT', float(tok))),
    (r"\d+", lambda s, tok: ('INT', int(tok))),
    (r"=|\+|-|\*|/", lambda s, tok: ('OP', tok)),
    (r"\s+", None),
])
print(scanner.scan("x = 3 + 4.5 * foo"))
print(scanner.scan("a = 1 $ rest"))
sc = re.compile(r'\d').scanner('1a23')
print(sc.match(), sc.match(), sc.match(), sc.match())
sc = re.compile(r'\d').scanner('1a23')
print(sc.search(), sc.search(), sc.search(), sc.search())
sc = re.compile(r'x*').scanner('axx')
print(sc.search(), sc.search(), sc.search(), sc.search())
print(sc.pattern)
