import textwrap

texts = [
    "The quick brown fox jumps over the lazy dog. " * 5,
    "Hello there, how are you this fine day?  I'm glad to hear it!",
    "look, goof-ball -- use the -b option! well-known state-of-the-art e-mail x-y a--b ---x",
    "A very long word: supercalifragilisticexpialidocious-and-antidisestablishmentarianism here.",
    "tabs\there\tand\nnewlines\nmixed   in  with    spaces",
    "   leading and trailing spaces   ",
    "Mr. Smith went to Washington. He said \"hi.\" Then left! Really? Yes.",
    "co-operative, re-enter, 1-2-3, x--y, f(a-b), hyphen- at end and -start",
    "",
    "short",
    "numbers 12345678901234567890 and words_with_underscores_are_long_too",
]
for width in (5, 10, 12, 20, 33, 70):
    for t in texts:
        print(width, textwrap.wrap(t, width))
print(textwrap.fill(texts[0], 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(texts[6], 25, fix_sentence_endings=True))
print(textwrap.wrap(texts[2], 15, break_on_hyphens=False))
print(textwrap.wrap(texts[3], 15, break_long_words=False))
print(textwrap.wrap(texts[4], 15, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap(texts[5], 10, drop_whitespace=False))
print(textwrap.wrap(texts[0], 20, max_lines=3))
print(textwrap.wrap(texts[0], 20, max_lines=2, placeholder="..."))
print(textwrap.shorten("Hello  world!  This is a longer sentence.", width=20))
print(textwrap.shorten("Hello world", width=11), textwrap.shorten("Hello   world", width=10, placeholder="~"))
print(repr(textwrap.dedent("""\
    def f():
        return 1
      # odd
    \t
    end
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   x\n   \n     y")))
print(repr(textwrap.indent("one\ntwo\n\nthree\n", "> ")))
print(repr(textwrap.indent("one\n\ntwo", "+", lambda line: True)))
w = textwrap.TextWrapper(width=16, subsequent_indent="... ")
print(w.wrap("wrapper objects are reusable across many calls to wrap"))
print(w.fill("and fill too"))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError", e)
