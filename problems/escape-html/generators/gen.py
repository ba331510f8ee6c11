#!/usr/bin/env python3
"""Seeded test generator for escape-html; answers come from the reference model below."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(23)
MAP = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}


def solve(text):
    return ''.join(MAP.get(c, c) for c in text)


def write(folder, name, text):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(text, ensure_ascii=False) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(solve(text), ensure_ascii=False) + '\n')


def rand_text(n, alphabet):
    return ''.join(rng.choice(alphabet) for _ in range(n))


write('sample', '01', '<b>Tom & Jerry</b>')
write('sample', '02', 'it\'s "fine" &lt;')

write('secret', '01-empty', '')
write('secret', '02-nothing-to-escape', 'Order #4521 shipped to Berlin (2 items), ETA: 3 days!')
write('secret', '03-single-ampersand', '&')
write('secret', '04-single-quote', "'")
write('secret', '05-script-tag', '<script>alert(document.cookie)</script>')
write('secret', '06-already-escaped', '&amp; &lt; &gt; &quot; &#39;')
write('secret', '07-attribute-breakout', '" onmouseover="alert(1)" x=\'')
write('secret', '08-only-specials', '&<>"\'' * 20)
write('secret', '09-unicode', 'Café «déjà vu» — 東京 & Zürich <ß>')
write('secret', '10-backslashes', 'C:\\temp\\<dir> & "quoted\\path"')
for i in range(11, 16):
    write('secret', '%02d-random' % i, rand_text(rng.randint(1, 300), 'ab &<>"\'#;x1'))
write('secret', '16-large-mixed', rand_text(100000, 'abcdefghij &<>"\'.,;é'))
write('secret', '17-large-all-ampersands', '&' * 100000)
write('secret', '18-large-plain', rand_text(100000, 'abcdefghijklmnopqrstuvwxyz0123456789 '))
