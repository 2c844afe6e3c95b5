import mimetypes
for name in ["index.html", "photo.JPG", "data.json", "archive.tar.gz", "a.tgz", "doc.pdf", "script.py", "style.css", "x.unknownext", "noext", "http://example.com/page.html", "http://x.com/a.json?q=1", "data:text/plain;base64,SGVsbG8=", "data:,hi", "song.mp3", "video.mp4", "pic.svgz", "a.txt.bz2", "x.xml", "x.rtf", "x.md", "Makefile", "/path/to/file.csv", "f.webp", "f.js", "f.mjs", "f.wasm", "f.zip"]:
    print(name, mimetypes.guess_type(name), mimetypes.guess_type(name, strict=False))
for t in ["text/html", "image/jpeg", "application/json", "text/plain", "image/png", "application/x-unknown", "TEXT/CSV", "audio/mpeg", "application/xml"]:
    print(t, mimetypes.guess_extension(t), mimetypes.guess_all_extensions(t), mimetypes.guess_all_extensions(t, strict=False))
mimetypes.add_type("application/x-custom", ".cust"); print(mimetypes.guess_type("f.cust"), mimetypes.guess_extension("application/x-custom"))
m = mimetypes.MimeTypes(); print(m.guess_type("a.svg"), len(mimetypes.types_map) > 100, mimetypes.inited, mimetypes.suffix_map[".tgz"], mimetypes.encodings_map[".gz"])
print(mimetypes.read_mime_types("/nonexistent"))
