# Random texts (deterministic: random is bit-exact with CPython) wrapped at
# several widths; exercises the hyphen/em-dash chunking on odd inputs.
import random
import textwrap

rng = random.Random(1234)
alphabet = "aaaabbcdeeefghiklmnoopqrsttuvwxyzAZ__01239--- - -  ...,,!?\"'&()/\tü"
for i in range(150):
    n = rng.randrange(1, 90)
    text = "".join(rng.choice(alphabet) for _ in range(n))
    width = rng.randrange(1, 25)
    hy = rng.random() < 0.8
    try:
        out = textwrap.wrap(text, width, break_on_hyphens=hy,
                            break_long_words=rng.random() < 0.8,
                            drop_whitespace=rng.random() < 0.8)
    except ValueError as e:
        out = "ValueError %s" % e
    print(i, repr(text), width, out)
    if i % 10 == 0:
        print("   dedent", repr(textwrap.dedent("   " + text.replace("!", "\n  "))))
        print("   shorten", repr(textwrap.shorten(text, width=max(width, 8))))
