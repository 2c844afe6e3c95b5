import gettext, os, struct, tempfile
_ = gettext.gettext
print(_("Hello"), gettext.ngettext("apple", "apples", 1), gettext.ngettext("apple", "apples", 3), gettext.pgettext("ctx", "msg"), gettext.textdomain())
t = gettext.translation("nosuchdomain", fallback=True); print(type(t).__name__, t.gettext("x"), t.ngettext("a", "b", 2))
try: gettext.translation("nosuchdomain", localedir="/nonexistent", languages=["fr"])
except FileNotFoundError as e: print(e.errno, e.strerror, e.filename)
def write_mo(path, messages, plural="nplurals=2; plural=(n != 1);"):
    header = "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: %s\n" % plural
    entries = sorted([("", header)] + list(messages.items()))
    ids = b""; strs = b""; offsets = []
    for k, v in entries:
        kb, vb = k.encode(), v.encode()
        offsets.append((len(ids), len(kb), len(strs), len(vb)))
        ids += kb + b"\0"; strs += vb + b"\0"
    n = len(entries); keystart = 7 * 4 + 16 * n; valuestart = keystart + len(ids)
    koffsets = []; voffsets = []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + keystart]; voffsets += [l2, o2 + valuestart]
    out = struct.pack("Iiiiiii", 0x950412de, 0, n, 7 * 4, 7 * 4 + n * 8, 0, 0)
    out += struct.pack("%di" % len(koffsets), *koffsets) + struct.pack("%di" % len(voffsets), *voffsets) + ids + strs
    open(path, "wb").write(out)
d = tempfile.mkdtemp(); os.makedirs(os.path.join(d, "fr", "LC_MESSAGES"))
write_mo(os.path.join(d, "fr", "LC_MESSAGES", "app.mo"), {"Hello": "Bonjour", "apple\0apples": "pomme\0pommes", "ctx\x04Open": "Ouvrir"}, "nplurals=2; plural=(n > 1);")
fr = gettext.translation("app", localedir=d, languages=["fr"])
print(fr.gettext("Hello"), fr.gettext("Missing"), fr.ngettext("apple", "apples", 0), fr.ngettext("apple", "apples", 2), fr.pgettext("ctx", "Open"), fr.info()["plural-forms"], fr.charset())
print(gettext.find("app", d, ["fr_FR.UTF-8"]) == os.path.join(d, "fr", "LC_MESSAGES", "app.mo"), gettext.find("app", d, ["de"]))
fr.install(); import builtins; print(_("Hello"), builtins._("Hello"))
gettext.bindtextdomain("app", d); print(gettext.dgettext("app", "Hello") in ("Hello", "Bonjour"))
