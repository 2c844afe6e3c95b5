# Codecs (utf-8, latin-1, ascii, utf-16/32 with error handlers) and repr escaping.
texts = ["", "plain", "héllo", "Ωμέγα", "a𝄞b😀", "\x00\x7f\x80\xff", "\ud800x"]
for t in texts:
    for enc in ["utf-8", "UTF8", "latin-1", "iso-8859-1", "ascii", "us-ascii", "utf-16", "utf-16-le", "utf-32-be"]:
        for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]:
            try:
                b = t.encode(enc, errors)
                try:
                    back = b.decode(enc, errors)
                except Exception as e:
                    back = "%s: %s" % (type(e).__name__, e)
                print(repr(t), enc, errors, b, repr(back))
            except Exception as e:
                print(repr(t), enc, errors, type(e).__name__, e)

raw = [b"\xff", b"a\xe2\x82", b"\xe2\x28\xa1", b"\xe2\x82\x28", b"\xed\xa0\x80", b"a\xf0\x90\x80",
       b"\xc0\xaf", b"\xf5\x80", b"ok\xc3\xa9\xf0\x9f\x98\x80"]
for b in raw:
    for errors in ["strict", "replace", "ignore", "surrogateescape", "backslashreplace"]:
        try:
            print(b, errors, ascii(b.decode("utf-8", errors)))
        except UnicodeDecodeError as e:
            print(b, errors, e, e.start, e.end, e.reason, e.encoding)

reprs = ["it's", 'say "hi"', "both ' and \"", "back\\slash", "\x00\x07\x1f\x7f", "\x80\x9f\xa0\xad\xff",
         "é\u0378\u2028\u2029\ue000", "\ud800\udfff", "\U000e0001\U0001f600\U0010ffff",
         "e\u0301 \u200b\u3000\ufeff", "\t\n\r\x0b\x0c", "𝄞\U000f0000"]
for r in reprs:
    print(repr(r), ascii(r), len(r), r.isprintable())
print(repr(b"\x00'\"\\\x7f\x80"), repr(bytearray(b"'")))
print("héllo".encode("utf-8-sig"), b"\xef\xbb\xbfh\xc3\xa9".decode("utf-8-sig"), b"abc".decode("UTF_8_SIG"))
