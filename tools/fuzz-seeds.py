#!/usr/bin/env python3
"""Write the seed corpus and dictionary for the annotation fuzzer (docs/fuzzing.md).

    python3 tools/fuzz-seeds.py [OUT]          # OUT defaults to .build-fuzz/seeds (ignored by git)

Seeds: the bundled articles (seeds/), the test fixtures (Tests/ArticlesTests/Fixtures/*.txt), the committed
hostile and regression inputs (Tests/ArticlesTests/Fixtures/hostile, .../fuzz), variants of the articles
(CR-only and CRLF line endings, no-break spaces, hostile bytes spliced in, two articles in one input) and
synthetic hostile files: terminal escapes, bidi and invisible controls, emoji sequences, Devanagari, invalid
and overlong UTF-8, encoded surrogates, very long lines, deep quote nesting, thousands of quote marks, junk
headers. Also OUT/../fuzz.dict, a libFuzzer dictionary of the marks and words the annotator reacts to.

An input's articles are separated by NUL bytes (AnnotationCheck.files), so seeds use b"\\0" to join articles.
--hostile DIR writes only the small synthetic seeds (the ones committed under Fixtures/hostile).
"""
import os
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
FIXTURES = os.path.join(ROOT, "Tests", "ArticlesTests", "Fixtures")

ESC = b"\x1b"
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"]
EMOJI = ["\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466", "\U0001F44D\U0001F3FD", "\U0001F1FA\U0001F1F8",
         "1\ufe0f\u20e3", "#\ufe0f\u20e3", "\U0001F3F3\ufe0f\u200d\U0001F308", "\u2764\ufe0f", "\U0001F9D1\U0001F3FF\u200d\U0001F9B0"]
DEVANAGARI = "\u0915\u094d\u0937\u093f \u0928\u092e\u0938\u094d\u0924\u0947 \u0939\u093f\u0928\u094d\u0926\u0940"
INVALID = [b"\x80", b"\xbf\xbf", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xf0\x80\x80\xaf", b"\xed\xa0\x80", b"\xed\xbf\xbf",
           b"\xed\xa0\xbd\xed\xb8\x80", b"\xf4\x90\x80\x80", b"\xf5\x80", b"\xfe\xff", b"\xe2\x80", b"\xe2", b"\xf0\x9f\x98",
           b"\xc3", b"\xe2\x80\x9c\x80", b"\xe2\x80\xe2\x80\x9d"]
ESCAPES = [ESC + b"]52;c;aGVsbG8=\x07", ESC + b"]0;pwned title\x07", ESC + b"]0;title" + ESC + b"\\", ESC + b"[2J",
           ESC + b"[31;1m", ESC + b"[?1049h", ESC + b"[6n", b"\x9b31m", "\u009b2J".encode(), ESC + b"P+q544e\x1b\\",
           b"\x07", b"\x08\x08\x08", b"\r", b"\x0b\x0c", b"\x7f"]


def u(s):
    return s.encode("utf-8")


def article(title, body, headers=b""):
    return headers + title + b"\n\n" + body + b"\n"


def hostile_seeds():
    """Small synthetic inputs, each aimed at one hostile kind of text; named for what they hold."""
    s = {}
    s["escapes.txt"] = article(b"Council " + ESCAPES[1] + b" votes",
                               b"Mayor Jane Doe said " + ESCAPES[0] + b"\"the budget " + ESCAPES[3] + b"passes\" on Monday.\n\n"
                               + b" ".join(ESCAPES) + b" The \x9bcouncil\x1b[0m met on 12 March 2024.",
                               headers=b"Title: \x1b]0;x\x07 Title\nDate: 2024-03-12\x1b[31m\n")
    s["bidi.txt"] = article(u("Invoice \u202efdp.exe"),
                            u(" ".join(f"Speaker{b}Name said \u201c{b}quoted{b} words\u201d." for b in BIDI)
                              + "\n\nJohn\u200fSmith of Acme\u2067Corp\u2069 told Reuters on Friday that \u202bthe deal\u202c is off."))
    s["emoji.txt"] = article(u("Families " + EMOJI[0] + " and flags " + EMOJI[2]),
                             u(" ".join(f"Mayor {e}Smith{e} said \u201c{e} is {e}\u201d on {e}Monday." for e in EMOJI)
                               + "\n\n" + DEVANAGARI + " \u201c" + DEVANAGARI + "\u201d, Priya Sharma said. "
                               + "\U0001F44D\U0001F3FD" * 50))
    s["invalid-utf8.txt"] = (b"Title: Bad " + INVALID[0] + b"bytes\nDate: 2023-0" + INVALID[3] + b"1-01\n\n"
                             + b" ".join(b"Acme" + x + b"Corp said \xe2\x80\x9c" + x + b"no\xe2\x80\x9d." for x in INVALID)
                             + b"\n\n\xe2\x80\x9c" + b"".join(INVALID) + b"\n\n" + b"John Smith said" + INVALID[12])
    s["overlong-surrogates.txt"] = (b"\xc0\x80\xc1\xbf\xe0\x9f\xbf\xf0\x8f\xbf\xbf \xed\xa0\x80\xed\xb0\x80 "
                                    b"Smith\xed\xa0\x80 said \xc0\xa2quoted\xc0\xa2 \xe0\x80\xa2x\xe0\x80\xa2.\n\n"
                                    b"\xf8\x88\x80\x80\x80 \xfc\x84\x80\x80\x80\x80 \xf4\x8f\xbf\xbf \xf4\x90\x80\x80")
    s["deep-quotes.txt"] = article(b"Nested",
                                   u("Smith said " + "\u201c\u2018\u00ab\u2039" * 120 + "deep" + "\u203a\u00bb\u2019\u201d" * 120 + ".\n\n"
                                     + "\u201c" * 300 + "open" + "\n\n" + "\u201d" * 300 + "\n\n" + "\u2018" * 200 + "x" + "\u2019" * 200
                                     + "\n\n" + "'" * 500 + " '" * 300 + "s"))
    s["straight-quotes.txt"] = article(b"Quotes", b" ".join(b"\"word%d" % i for i in range(200)) + b"\n\n"
                                       + b"\"" * 1000 + b"\n\n" + b" \"a\"" * 200)
    s["line-endings.txt"] = (b"Title: CR only\rDate: 2024-01-02\r\rBy Jane Doe\r\rFirst paragraph, John Smith said.\r\r"
                             b"-Subheading-\r\rSecond \"quoted\" paragraph.\r\n\r\nCRLF paragraph on Monday.\r\n"
                             b"\n\r\r\n\n\r\r\r\n\n\r")
    s["headers-junk.txt"] = (b"Title:\nTitle: \nDate: 9999-99-99\nDate: 2020-02-30\nDate: 0000-01-01\nAuthor: \x1b[2J\n"
                             b"Source:" + b"x" * 300 + b"\nURL: \xff\xfe\nPublished: Tue March 14, 2023\nUpdated:\nTitle: late\n"
                             b"date 2024-13-01 rest\ndate 2024-01-01rest\ndate 2024-02-29 Leap.\n"
                             b"By By By\nBy \xe2\x80\x9cquoted\xe2\x80\x9d\nPublished 2 hours ago\nUpdated 10:32 AM EDT, Tue March 14, 2023\n\n"
                             b"Body on 31/12/99999 and 2020-W99, 99999999999999999999999 people, $99999999999999999999 billion, "
                             b"9999999999999999999999th, 12:99 p.m., 1800 and 2100, week 53 of 2020, Q5 2021.\n")
    s["numbers-dates.txt"] = article(b"Dates", b" ".join([b"On March 32, 2024", b"on Feb. 29, 2023", b"last Monday",
                                                          b"3 years ago", b"in the 1990s", b"since 1799", b"by 2101",
                                                          b"on 2024-02-30", b"in 0 days", b"-5 weeks", b"next week",
                                                          b"99999999999999999999 years", b"1st 2nd 3rd 4th 11st",
                                                          b"10 per cent", b"5%", b"$", b"$ 5", b"\xc2\xa3" + b"9" * 40]) + b".")
    s["two-articles.txt"] = (article(b"Acme Corp hires", b"Acme Corp said on Monday it hired Jane Doe.", headers=b"Date: 2024-05-06\n")
                             + b"\0" + article(b"Jane Doe speaks", b"\"We grow,\" Jane Doe of Acme Corp said on Tuesday.")
                             + b"\0\0" + b"\0")
    s["tiny.txt"] = b"\""
    s["empty.txt"] = b""
    s["spaces.txt"] = u("\u00a0\u2003\u3000\ufeff\t \n \u200b\n\n\u202f")
    return s


def long_seeds():
    """Larger synthetic inputs: long lines, many marks (not committed; libFuzzer truncates them to -max_len)."""
    s = {}
    s["long-line.txt"] = b"Smith said " + b"word " * 13000
    s["long-line-emoji.txt"] = u(("Mayor " + EMOJI[0] + " said ") * 3000)
    s["many-quotes.txt"] = b" ".join(b"\"w%d" % i for i in range(8000))
    s["many-curly.txt"] = u(" ".join("\u201cw%d" % i for i in range(8000)))
    s["many-singles.txt"] = b" ".join(b"'w%d" % i for i in range(8000))
    s["many-sentences.txt"] = b" ".join(b"Acme Corp said X%d. " % i for i in range(3000))
    s["many-paragraphs.txt"] = b"\n\n".join(b"Para %d on Monday, John Smith said." % i for i in range(3000))
    s["many-names.txt"] = b" ".join(b"Alpha%d Beta%d Gamma%d," % (i, i, i) for i in range(4000))
    s["many-dates.txt"] = b" ".join(b"on March %d, 2020" % (i % 28 + 1) for i in range(4000))
    return s


def variants(name, data):
    """An article's bytes with its line endings, spaces or a few bytes changed."""
    yield f"{name}.cr", data.replace(b"\r\n", b"\n").replace(b"\n", b"\r")
    yield f"{name}.crlf", data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    yield f"{name}.nbsp", data.replace(b" ", u("\u00a0"))
    yield f"{name}.straight", data.replace(u("\u201c"), b"\"").replace(u("\u201d"), b"\"").replace(u("\u2019"), b"'")
    for k, junk in enumerate([ESCAPES[0], u(BIDI[4]), u(EMOJI[0]), INVALID[5], b"\xe2\x80"]):
        step = max(1, len(data) // 7)
        out = bytearray()
        for i in range(0, len(data), step):
            out += data[i:i + step] + junk
        yield f"{name}.junk{k}", bytes(out)


def dictionary():
    marks = ["\u201c", "\u201d", "\u2018", "\u2019", "\"", "'", "\u00ab", "\u00bb", "\u2039", "\u203a", "\u2014", "\u2013",
             "\n\n", "\r", "\r\n", "\u00a0", "\u200b", "\ufeff"] + BIDI + EMOJI
    words = ["Title: ", "Date: ", "Author: ", "By ", "Source: ", "URL: ", "Published ", "Updated ", "date 2024-03-12 ",
             " said", " says", " told", " according to ", " said that ", "Mr. ", "Dr. ", "Inc.", "U.S.", " Jr.",
             "Reporting by ", "Photo by ", "(Reuters photo", "Getty Images", "REUTERS/", " per cent", "%", "$", " billion",
             " Monday", " last week", " next year", " 2024", "March 14, 2023", "12/31/2020", "2020-07-31", " ago", " tomorrow",
             " will ", " Christmas", " Q3", " the 1990s", " morning", "John Smith", "Acme Corp", "New York", "(NASDAQ: ACME)",
             " he ", " she ", " it ", " the company said",
             " Per Cent", " Percent", " Billion", " Million", "(NYSE: ", " & ", " Ltd", " of the ", " spokesperson for ", ": \u201c", ",\u201d ", ".\u201d ", "\u2019s ", "'s ", " -", "--"]
    out = []
    for t in marks + words:
        b = t.encode("utf-8")
        out.append('"' + "".join(f"\\x{c:02x}" if c < 0x20 or c >= 0x7f or c in (0x22, 0x5c) else chr(c) for c in b) + '"')
    for x in INVALID + ESCAPES:
        if x:
            out.append('"' + "".join(f"\\x{c:02x}" for c in x) + '"')
    return "\n".join(sorted(set(out))) + "\n"


def write(folder, files):
    os.makedirs(folder, exist_ok=True)
    for name, data in files.items():
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)


def main():
    args = sys.argv[1:]
    if args[:1] == ["--hostile"]:
        write(args[1], hostile_seeds())
        return
    out = os.path.abspath(args[0] if args else os.path.join(ROOT, ".build-fuzz", "seeds"))
    files = {}
    articles = {}
    for folder in [os.path.join(ROOT, "seeds"), FIXTURES]:
        for name in sorted(os.listdir(folder)):
            if name.endswith(".json") or name.startswith("."):
                continue
            path = os.path.join(folder, name)
            if os.path.isfile(path):
                with open(path, "rb") as f:
                    articles[name] = f.read()
    for sub in ["hostile", "fuzz"]:
        folder = os.path.join(FIXTURES, sub)
        if os.path.isdir(folder):
            for name in sorted(os.listdir(folder)):
                with open(os.path.join(folder, name), "rb") as f:
                    files[f"{sub}-{name}"] = f.read()
    for name, data in articles.items():
        files[name] = data
        for vname, vdata in variants(name, data):
            files[vname] = vdata
    names = sorted(articles)
    for a, b in zip(names, names[1:]):
        files[f"pair-{a}-{b}"] = articles[a] + b"\0" + articles[b]
    files.update(hostile_seeds())
    files.update(long_seeds())
    write(out, files)
    with open(os.path.join(os.path.dirname(out), "fuzz.dict"), "w") as f:
        f.write(dictionary())
    print(f"{len(files)} seeds in {out}, dictionary in {os.path.join(os.path.dirname(out), 'fuzz.dict')}")


if __name__ == "__main__":
    main()
