#!/usr/bin/env python3
"""gen_corpus.py -- reproducible news-style corpora for the raw-text benchmarks.

    python3 bench/gen_corpus.py N [--seed S] [-o FILE]       # N sentences
    python3 bench/gen_corpus.py --bytes 200M [-o FILE]       # >= 200 MB

Writes JSON Lines documents {"id","date","title","source","text"} as
'dyad code' reads them: ids doc-000001, doc-000002, ..., dates spread over
2015-01-01 .. 2025-12-31, 3-12 sentences per document.

The sentences are dyad's own material -- the sentences of tests/dev/dev.jsonl,
examples/*.txt and the texts of examples/wire.jsonl -- with the countries,
their adjectives, capitals and leaders' names swapped for others from the
small lists below, so the coder meets many actor combinations and not the
same few sentences over and over.  (The seed article of ../shared is never
used: its text must not end up in files derived from the repo.)

The output is streamed: --bytes 1G never holds more than one document in
memory, and in that mode the sentences come from a pool of pre-varied ones
so that a gigabyte is written in a couple of minutes.  Same arguments, same
bytes: everything is drawn from one random.Random(seed).
"""
import argparse
import datetime
import glob
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (country, adjective, capital): a mention of any of these is replaced by
# the same slot of another row, consistently within a sentence.
COUNTRIES = [
    ("Russia", "Russian", "Moscow"), ("Ukraine", "Ukrainian", "Kyiv"),
    ("Turkey", "Turkish", "Ankara"), ("Iran", "Iranian", "Tehran"),
    ("China", "Chinese", "Beijing"), ("India", "Indian", "New Delhi"),
    ("Pakistan", "Pakistani", "Islamabad"), ("Germany", "German", "Berlin"),
    ("France", "French", "Paris"), ("Egypt", "Egyptian", "Cairo"),
    ("Sudan", "Sudanese", "Khartoum"), ("Venezuela", "Venezuelan", "Caracas"),
    ("Colombia", "Colombian", "Bogota"), ("Brazil", "Brazilian", "Brasilia"),
    ("Japan", "Japanese", "Tokyo"), ("Israel", "Israeli", "Jerusalem"),
    ("Qatar", "Qatari", "Doha"), ("Ethiopia", "Ethiopian", "Addis Ababa"),
    ("Kenya", "Kenyan", "Nairobi"), ("Nigeria", "Nigerian", "Abuja"),
    ("Niger", "Nigerien", "Niamey"), ("Mali", "Malian", "Bamako"),
    ("Greece", "Greek", "Athens"), ("Poland", "Polish", "Warsaw"),
    ("Mexico", "Mexican", "Mexico City"), ("Iraq", "Iraqi", "Baghdad"),
    ("Syria", "Syrian", "Damascus"), ("Lebanon", "Lebanese", "Beirut"),
    ("Armenia", "Armenian", "Yerevan"), ("Azerbaijan", "Azerbaijani", "Baku"),
    ("Indonesia", "Indonesian", "Jakarta"), ("Vietnam", "Vietnamese", "Hanoi"),
    ("Saudi Arabia", "Saudi", "Riyadh"), ("Rwanda", "Rwandan", "Kigali"),
]
# leaders' names, swapped among themselves
LEADERS = [
    "Vladimir Putin", "Volodymyr Zelensky", "Recep Tayyip Erdogan",
    "Emmanuel Macron", "Olaf Scholz", "Narendra Modi", "Xi Jinping",
    "Nicolas Maduro", "Gustavo Petro", "Ilham Aliyev", "Nikol Pashinyan",
    "Abdel Fattah al-Burhan", "Hakan Fidan", "Antony Blinken", "Kim Jong Un",
    "Najib Mikati", "Kassym-Jomart Tokayev", "Abiy Ahmed", "William Ruto",
    "Bola Tinubu", "Luiz Inacio Lula da Silva", "Fumio Kishida",
]
TITLES = ["Talks", "Tensions", "Visit", "Clashes", "Agreement", "Protests",
          "Sanctions", "Aid", "Ceasefire", "Summit"]

_slot_of = {}
for _row, _names in enumerate(COUNTRIES):
    for _slot, _name in enumerate(_names):
        _slot_of[_name] = ("c", _row, _slot)
for _row, _name in enumerate(LEADERS):
    _slot_of[_name] = ("l", _row, 0)
# longest first so "Saudi Arabia" wins over "Saudi", "Niger" is no "Nigeria"
NAME_RE = re.compile(r"\b(" + "|".join(
    re.escape(n) for n in sorted(_slot_of, key=len, reverse=True)) + r")\b")
SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")
DATELINE_RE = re.compile(r"^[A-Z][A-Z .'-]+ -- ")


def split_sentences(text):
    """Rough sentence split; a dateline prefix ("KYIV -- ") is dropped."""
    out = []
    for para in text.split("\n"):
        para = DATELINE_RE.sub("", para.strip())
        out.extend(s for s in SPLIT_RE.split(para) if len(s.split()) >= 4)
    return out


def source_sentences():
    sents = []
    for path in (os.path.join(ROOT, "tests/dev/dev.jsonl"),
                 os.path.join(ROOT, "examples/wire.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    sents.extend(split_sentences(json.loads(line)["text"]))
    for path in sorted(glob.glob(os.path.join(ROOT, "examples/*.txt"))):
        with open(path, encoding="utf-8") as f:
            sents.extend(split_sentences(f.read()))
    if not sents:
        sys.exit("gen_corpus.py: no source sentences found under " + ROOT)
    return sents


def vary(sentence, rng):
    """The sentence with each named country/leader replaced by another."""
    swap = {}

    def repl(m):
        kind, row, slot = _slot_of[m.group(1)]
        table = COUNTRIES if kind == "c" else LEADERS
        if (kind, row) not in swap:
            swap[(kind, row)] = rng.randrange(len(table))
        new = table[swap[(kind, row)]]
        return new[slot] if kind == "c" else new

    return NAME_RE.sub(repl, sentence)


def parse_size(s):
    mult = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    s = s.strip().upper().rstrip("B")
    if s and s[-1] in mult:
        return int(float(s[:-1]) * mult[s[-1]])
    return int(s)


def write_corpus(out, rng, sentences, max_sentences, max_bytes):
    """Write documents until max_sentences sentences (or max_bytes bytes)."""
    start = datetime.date(2015, 1, 1).toordinal()
    span = datetime.date(2025, 12, 31).toordinal() - start + 1
    pool = None
    if max_bytes:   # a gigabyte: draw from pre-varied sentences, fast
        pool = [vary(rng.choice(sentences), rng) for _ in range(20000)]
    written = n_sent = doc = 0
    while (n_sent < max_sentences) if max_bytes is None else (written < max_bytes):
        doc += 1
        k = rng.randint(3, 12)
        if max_bytes is None:
            k = min(k, max_sentences - n_sent)
        body = [rng.choice(pool) if pool else vary(rng.choice(sentences), rng)
                for _ in range(k)]
        date = datetime.date.fromordinal(start + rng.randrange(span))
        rec = {"id": "doc-%06d" % doc, "date": date.isoformat(),
               "title": "%s %s" % (rng.choice(COUNTRIES)[1], rng.choice(TITLES)),
               "source": "dyad bench corpus", "text": " ".join(body)}
        line = json.dumps(rec, ensure_ascii=False) + "\n"
        out.write(line)
        written += len(line.encode("utf-8"))
        n_sent += k
    return doc, n_sent, written


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sentences", nargs="?", type=int, default=5000,
                    help="sentences to write (default 5000)")
    ap.add_argument("--bytes", help="write at least this much instead (200M, 1G)")
    ap.add_argument("--seed", type=int, default=20251)
    ap.add_argument("-o", "--output", help="output file (default stdout)")
    a = ap.parse_args()
    max_bytes = parse_size(a.bytes) if a.bytes else None
    if max_bytes is None and a.sentences < 1:
        ap.error("N must be at least 1")
    rng = random.Random(a.seed)
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    try:
        docs, n, size = write_corpus(out, rng, source_sentences(),
                                     a.sentences, max_bytes)
    finally:
        if a.output:
            out.close()
    print("gen_corpus.py: %d documents, %d sentences, %d bytes"
          % (docs, n, size), file=sys.stderr)


if __name__ == "__main__":
    main()
