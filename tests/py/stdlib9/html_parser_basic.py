from html.parser import HTMLParser
class P(HTMLParser):
    def handle_starttag(self, tag, attrs): print("start", tag, attrs, self.getpos())
    def handle_endtag(self, tag): print("end", tag)
    def handle_startendtag(self, tag, attrs): print("startend", tag, attrs)
    def handle_data(self, data): print("data", repr(data))
    def handle_comment(self, data): print("comment", repr(data))
    def handle_decl(self, data): print("decl", repr(data))
    def handle_pi(self, data): print("pi", repr(data))
    def handle_entityref(self, name): print("entity", name)
    def handle_charref(self, name): print("charref", name)
    def unknown_decl(self, data): print("unknown", repr(data))
doc = """<!DOCTYPE html>
<html lang="en"><head><title>Test &amp; more</title>
<meta charset=utf-8><link rel='stylesheet' href="a.css"/>
<script>if (a < b && c > d) { x = "</div>"; }</script>
<style>p > a { color: red }</style></head>
<body class="main page" data-x data-y="">
<!-- a comment -->
<h1 id=title>Hello, &lt;World&gt; &copy; &#169; &#xA9; &nosuch; AT&T</h1>
<p>Para <b>bold</b><br>line<br/>
<a href="http://x.com/?a=1&amp;b=2">link</a>
<img src="i.png" alt='An "image"' />
<?php echo 1; ?>
<![CDATA[raw]]>
< not a tag
</p></BODY></html>"""
p = P(); p.feed(doc); p.close()
print("---")
p = P(convert_charrefs=False); p.feed(doc); p.close()
print("---")
p = P()
for chunk in ["<di", "v cla", "ss='a'>te", "xt &am", "p; more</d", "iv>", "<!-- c", "omment -->tail"]:
    p.feed(chunk)
p.close()
print(p.get_starttag_text())
class LinkFinder(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []; self.text = []
    def handle_starttag(self, tag, attrs):
        if tag == "a": self.links.append(dict(attrs).get("href"))
    def handle_data(self, d):
        if d.strip(): self.text.append(d.strip())
lf = LinkFinder(); lf.feed('<ul><li><a href="/one">One</a></li><li><A HREF=/two>Two</A></ul><p>x</p>'); print(lf.links, lf.text)
p = P(); p.feed("<p>unclosed <b"); p.close()
p = P(); p.feed("text & more &"); p.close()
p = P(); p.feed("<a b='1' c=\"2\" d=3 e><//a></ a><a/b></>"); p.close()
