#!/usr/bin/env python3
"""Builds the inputs of tools/bench-annotation.sh in a folder: real prose of several sizes (article files
concatenated in a shuffled, seeded order, each copy a different order) and hostile files (quote marks, nesting,
one long line, one paragraph without a sentence end). Nothing here is committed: the prose comes from the
article folders named on the command line.
Usage: bench-annotation-inputs.py OUT_DIR ARTICLE_DIR..."""
import os, random, sys

out, dirs = sys.argv[1], sys.argv[2:]
os.makedirs(out, exist_ok=True)
texts = []
for d in dirs:
    for name in sorted(os.listdir(d)):
        p = os.path.join(d, name)
        if os.path.isfile(p):
            with open(p, 'rb') as f:
                texts.append(f.read().replace(b'\r\n', b'\n'))
if not texts:
    sys.exit('no article files found in ' + ' '.join(dirs))

def prose(size):
    """Article bodies in a shuffled order, paragraphs kept, until `size` bytes; the first title stays a title."""
    rnd = random.Random(size)
    parts, n = [], 0
    while n < size:
        order = texts[:]
        rnd.shuffle(order)
        for t in order:
            parts.append(t.rstrip(b'\n') + b'\n\n')
            n += len(parts[-1])
            if n >= size:
                break
    return b''.join(parts)[:size]

def write(name, data):
    with open(os.path.join(out, name), 'wb') as f:
        f.write(data)

mb = 1 << 20
for size in (1, 3, 30):
    write(f'prose-{size}mb.txt', prose(size * mb))
rnd = random.Random(7)
words = [w for w in prose(mb).split() if w.isalpha()][:5000]
k = 200 * 1024
def fill(make):
    parts, n, i = [], 0, 0
    while n < k:
        parts.append(make(i)); n += len(parts[-1]); i += 1
    return b''.join(parts)[:k]
# "word" "word" …: one paragraph, in lines of a few words, and in paragraphs of a few lines
write('quotes-straight.txt', fill(lambda i: b'"' + words[i % len(words)] + b'"' + (b'\n' if i % 8 == 7 else b' ')))
write('quotes-straight-paragraphs.txt', fill(lambda i: b'"' + words[i % len(words)] + b'"' + (b'\n\n' if i % 40 == 39 else b'\n' if i % 8 == 7 else b' ')))
# unbalanced runs: opening marks that never close, and single marks that look like openings
write('quotes-unbalanced.txt', fill(lambda i: (b'"' * (i % 5 + 1)) + words[i % len(words)] + b" '" + words[(i + 1) % len(words)] + b' '))
# thousands of quote marks with no words between them, in one paragraph
write('quote-marks.txt', fill(lambda i: [b'"', '\u201c'.encode(), '\u201d'.encode(), b"'", '\u2018'.encode(), '\u2019'.encode(), b' '][i % 7]))
# deep nesting of “ ‘ « ‹ that closes only at the end
opens = ['\u201c', '\u2018', '\u00ab', '\u2039']
closes = ['\u201d', '\u2019', '\u00bb', '\u203a']
depth = 20000
write('quotes-nested.txt', (''.join(opens[i % 4] + 'word ' for i in range(depth)) + ''.join(closes[i % 4] for i in reversed(range(depth)))).encode()[:k])
# a 2 MB line with no newline (prose with its line breaks made spaces)
write('line-2mb.txt', prose(2 * mb).replace(b'\n', b' '))
# one 5 MB paragraph with no sentence end: prose without . ! ? or line breaks
body = prose(5 * mb)
for c in b'.!?\n':
    body = body.replace(bytes([c]), b' ')
write('paragraph-5mb.txt', body)
# said-heavy: quotes and speech verbs in one long paragraph with no sentence end
write('said-run.txt', b' '.join(b'"%s," Smith said, and %s told Jones that' % (words[i % len(words)], words[(i + 3) % len(words)]) for i in range(6000))[:k])
