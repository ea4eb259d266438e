#!/usr/bin/env python3
"""Builds src/main/resources/nl/kring/pseudonym/wordlist-nl.txt.gz from the OpenTaal Dutch word list.

Source: Debian package `wdutch` (apt-get install wdutch), file /usr/share/dict/dutch, which is the
OpenTaal word list (BSD or CC BY 3.0, see NOTICE-opentaal.txt next to the output).

Output: one folded word a line (diacritics removed, lower case, ASCII letters only), sorted, each
prefixed by a flag digit: 1 = occurs as an ordinary lower-case word, 2 = occurs only capitalised
(proper names, places), 3 = both. The folding must match nl.kring.pseudonym.Fold.
"""
import gzip, sys, unicodedata

SPECIAL = {'ı': 'i', 'ß': 'ss', 'ø': 'o', 'Ø': 'o', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe',
           'ł': 'l', 'Ł': 'l', 'đ': 'd', 'Đ': 'd', 'ĳ': 'ij', 'Ĳ': 'ij', 'þ': 'th'}

def fold(s):
    out = []
    for ch in s:
        if ch in SPECIAL:
            out.append(SPECIAL[ch]); continue
        d = unicodedata.normalize('NFD', ch)
        out.append(''.join(c for c in d if unicodedata.category(c) != 'Mn').lower())
    return ''.join(out)

src = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/dict/dutch'
dst = sys.argv[2] if len(sys.argv) > 2 else 'src/main/resources/nl/kring/pseudonym/wordlist-nl.txt.gz'
flags = {}
for line in open(src, encoding='utf-8'):
    w = line.strip()
    if not w:
        continue
    f = fold(w)
    if not f.isascii() or not f.isalpha():
        continue
    flags[f] = flags.get(f, 0) | (1 if w == w.lower() else 2)
data = '\n'.join(f'{v}{k}' for k, v in sorted(flags.items())) + '\n'
with gzip.open(dst, 'wb', compresslevel=9) as out:
    out.write(data.encode('ascii'))
print(len(flags), 'words ->', dst)
