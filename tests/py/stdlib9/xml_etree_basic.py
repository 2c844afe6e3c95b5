import xml.etree.ElementTree as ET
root = ET.Element("catalog", version="1.0")
for i, (t, p) in enumerate([("Book A", "9.99"), ("Book <B> & co", "19.50"), ("Café", "5")]):
    b = ET.SubElement(root, "book", id=str(i), attrib={"lang": "en"})
    ET.SubElement(b, "title").text = t
    ET.SubElement(b, "price", currency="USD").text = p
ET.SubElement(root, "empty")
print(ET.tostring(root))
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root, encoding="utf-8"))
print(ET.tostring(root, encoding="iso-8859-1"))
print(ET.tostring(root, encoding="unicode", short_empty_elements=False)[-30:])
print(ET.tostring(root, encoding="unicode", method="text"))
print(ET.tostring(root, encoding="unicode", method="html")[:120])
ET.indent(root); print(ET.tostring(root, encoding="unicode"))
ET.dump(root[0])
xml = """<?xml version="1.0"?>
<!-- top comment -->
<data xmlns:x="http://example.com/x">
    <country name="Liechtenstein">
        <rank>1</rank>
        <year>2008</year>
        <gdppc>141100</gdppc>
        <neighbor name="Austria" direction="E"/>
        <neighbor name="Switzerland" direction="W"/>
    </country>
    <country name="Singapore">
        <rank>4</rank>
        <year>2011</year>
        <x:note a='1 &amp; 2'>Hi &lt;there&gt; &#65;&#x42; <![CDATA[<raw>]]></x:note>
        <neighbor name="Malaysia" direction="N"/>
    </country>
</data>"""
r = ET.fromstring(xml)
print(r.tag, r.attrib, len(r), repr(r.text), [c.get("name") for c in r])
for c in r.iter("neighbor"): print(c.attrib)
print([e.text for e in r.findall("./country/rank")], r.find("country").get("name"), r.findtext("country/year"), r.findtext("nope", "dflt"), r.findtext("country/neighbor"))
print([e.get("name") for e in r.findall(".//neighbor[@direction='W']")], [e.get("name") for e in r.findall(".//country[rank='4']")], [e.get("name") for e in r.findall(".//neighbor[2]")], [e.get("name") for e in r.findall(".//neighbor[last()]")])
print([e.tag for e in r.findall("*")], [e.tag for e in r.findall(".//*")][:6], r.find(".//{http://example.com/x}note").text, r.find(".//x:note", {"x": "http://example.com/x"}).attrib, [e.tag for e in r.findall(".//year/..")])
print(list(r.find("country").itertext())[:4], r.find("country").keys(), list(r.find("country").items()))
print(ET.tostring(r.find(".//{http://example.com/x}note")))
print(ET.tostring(r, encoding="unicode")[:200])
for bad in ["<a><b></a>", "<a>", "", "<a></a><b/>", "<a x=1/>", "<a>&foo;</a>", "text", "<a b='1' b='2'/>", "<p:a/>", "<a>\n<b>\n</c></a>", "<a><</a>"]:
    try: ET.fromstring(bad); print("parsed", repr(bad))
    except ET.ParseError as e: print(repr(bad), e, e.code, e.position)
import io
tree = ET.parse(io.StringIO("<r><i n='1'/><i n='2'>t</i></r>"))
print(tree.getroot().tag, [i.get("n") for i in tree.iter("i")], tree.findall("i")[1].text)
out = io.BytesIO(); tree.write(out); print(out.getvalue())
out = io.BytesIO(); tree.write(out, encoding="utf-8", xml_declaration=True); print(out.getvalue())
s = io.StringIO(); tree.write(s, encoding="unicode"); print(s.getvalue())
for ev, el in ET.iterparse(io.BytesIO(b"<a><b>1</b><c/></a>"), events=("start", "end")): print(ev, el.tag)
e = ET.Element("x"); print(bool(e), len(e), e.text, e.tail, e.get("k", 0)); e.set("k", "v"); e.append(ET.Element("y")); e.insert(0, ET.Element("z")); print([c.tag for c in e], ET.tostring(e)); e.remove(e[0]); print(ET.tostring(e))
ns = ET.Element("{http://a.com/ns}root"); ET.SubElement(ns, "{http://a.com/ns}child", {"{http://b.com}attr": "v"}); print(ET.tostring(ns))
ET.register_namespace("a", "http://a.com/ns"); print(ET.tostring(ns))
print(ET.tostring(ET.Comment("c")), ET.tostring(ET.PI("target", "data")), ET.iselement(e), ET.QName("http://u", "t"), ET.tostring(ET.Element("q", a='x"y\n\tz<&>')))
c = ET.Element("root"); c.text = "a"; s = ET.SubElement(c, "s"); s.tail = "b"; print(ET.tostring(c), "".join(c.itertext()))
import copy; d = copy.deepcopy(r); print(ET.tostring(d) == ET.tostring(r))
try: r.findall("/abs")
except SyntaxError as e: print(e)
tree2 = ET.ElementTree(ET.fromstring("<a><b/></a>")); print(tree2.find("b").tag, tree2.getroot().find("b").tag)
print(ET.fromstring("<a>\r\n x &amp;y</a>").text.encode(), ET.fromstring('<a v="1\n2\t3"/>').get("v"))
print(ET.tostring(ET.fromstring("<a><!-- c --><?pi x?><b/></a>")))
t = ET.TreeBuilder(); t.start("a", {}); t.data("x"); t.end("a"); print(ET.tostring(t.close()))
class Target:
    def start(self, tag, attrib): print("start", tag, attrib)
    def end(self, tag): print("end", tag)
    def data(self, d): print("data", repr(d))
    def close(self): return "closed"
p = ET.XMLParser(target=Target()); p.feed("<a x='1'>hi<b/></a>"); print(p.close())
