# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper, with CPython's chunking and options
import textwrap
from textwrap import TextWrapper, dedent

TEXT = ("The quick brown fox jumps over the lazy dog. Look, goof-ball -- use the -b option! "
        "A well-known, state-of-the-art, self-contained example: e-mail me at x-y-z. "
        "Numbers 1-2-3 and re-entry, anti--dashes and em--dash, tab\there and\nnew lines.  Done. ")
for width in (1, 5, 10, 12, 20, 33, 40, 70, 200):
    print(width, textwrap.wrap(TEXT, width))
print(textwrap.fill(TEXT, 30))
print(textwrap.fill(TEXT, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(TEXT, 20, break_on_hyphens=False))
print(textwrap.wrap(TEXT, 15, break_long_words=False))
print(textwrap.wrap(TEXT, 18, drop_whitespace=False))
print(textwrap.wrap("Mr. Smith went.  Then he left. Yes! OK?\nNo.", 20, fix_sentence_endings=True))
print(textwrap.wrap("a\tb\tc\td", 8, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("a\tb\tc\td", 8, tabsize=4))
print(textwrap.wrap("supercalifragilisticexpialidocious-and-more words", 10))
print(textwrap.wrap("----------------------- dashes", 10))
TRICKY = ("x1-y ab-1c αβ-γδ-εζ a--b !--x --abc ,--d x.--y ab-c-de a-b-c-d-e 12-34 _a-_b é-ü-ö "
          "well-\nknown co-op-er-ate --- ---- a-- --a \"quoted\"--word ab-c- -ab-cd")
for width in (1, 2, 3, 4, 6, 7, 9, 11):
    print(width, textwrap.wrap(TRICKY, width))
print(textwrap.wrap(TRICKY, 8, break_on_hyphens=False), textwrap.wrap(TRICKY, 6, break_long_words=False))
print(textwrap.wrap(TEXT, 30, max_lines=3))
print(textwrap.wrap(TEXT, 30, max_lines=2, placeholder="..."))
print(textwrap.wrap("short", 30, max_lines=1))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("   x  ", 10))
print(textwrap.shorten("Hello  world!   How are you today?", width=12))
print(textwrap.shorten("Hello  world!", width=20), textwrap.shorten(TEXT, 40, placeholder=" (more)"))
w = TextWrapper(width=24, initial_indent="> ", subsequent_indent=">> ", max_lines=4)
print(w.wrap(TEXT))
print(TextWrapper(12).fill("unicode: naïve café résumé façade ☃☃☃☃☃☃☃☃☃☃☃☃☃ end"))
print(repr(dedent("    def f():\n        return 1\n    \n  \t\n    x = 2\n")))
print(repr(dedent("\tone\n\t\ttwo\n\tthree")), repr(dedent("  a\n    b\n   c\n")), repr(dedent("no indent\n  x")))
print(repr(dedent(" \t a\n \t b\n")), repr(dedent("  a\n\tb\n")), repr(dedent("")), repr(dedent("   \n   \n")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\n\nb\r\nc", "+", lambda line: True)))


def long_lines(line):
    return len(line) > 2


print(repr(textwrap.indent("ab\nabc\nabcd\n", "# ", long_lines)))
for bad in (0, -1):
    try:
        textwrap.wrap("x", bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    textwrap.wrap("some text here", 4, max_lines=1, initial_indent="  ")
except ValueError as e:
    print("ValueError:", e)
