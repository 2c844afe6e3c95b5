import html
print(html.escape('<a href="x">Tom & \'Jerry\'</a>'))
print(html.escape('<a href="x">\'q\'</a>', quote=False))
tests = ['&amp;&lt;&gt;&quot;&apos;', '&nbsp;|&copy;|&reg;', '&#65;&#x42;&#X43;&#100', '&#x263a; &#128512;',
         '&amp &lt tail', '&ampx; &copyright', '&unknown; &', 'no refs', '&#0; &#x80; &#xD800; &#x110000; &#1;',
         '&hellip;&mdash;&euro;&trade;', '&eacute;t&eacute; &Eacute;', '&#9;&#10;', 'a &amp;amp; b', '&#;', '&#xg;']
for t in tests:
    print(repr(html.unescape(t)))
print(html.unescape(html.escape('x < y & "z"')))
