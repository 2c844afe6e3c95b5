import html, html.entities
names = sorted(html.entities.html5)
bad = [n for n in names if html.unescape("&" + n) != html.entities.html5[n]]
print(len(names), len(bad), bad[:10])
print(html.unescape("&notit; &amp &ampx &lt;&gt;&quot;&#39;&#x27; &nbsp;&euro;&hearts;&rarr;&NotEqualTilde;&fjlig;&#0;&#x110000;&#128;"))
print(html.entities.name2codepoint["eacute"], html.entities.codepoint2name[233], html.entities.entitydefs["amp"])
