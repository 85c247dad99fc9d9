#!/usr/bin/env python3
"""check.py -- check dyad's events for one demo article against its
expected-events file.

How it fits: every demo article examples/<name>.{txt,html,jsonl} has
examples/expected/<name>.tsv (events a good coder must find, by actor prefix
and root) and optionally examples/expected/<name>.forbid.tsv (actor prefixes
that must never be a source, because they only occur in page boilerplate).
Run dyad on the article, then:

    dyad code -q examples/scs_standoff.html > /tmp/scs.jsonl
    python3 examples/check.py scs_standoff /tmp/scs.jsonl

Each expected line is matched by at most one output event (multiset
matching) whose source and target start with the given prefixes, whose root
is equal and, when the year column is set, whose event_date (or story_date)
starts with that year.  Prints PASS/FAIL lines and "found N/M"; exits 0 when
every expected event is found and no forbidden source occurs, 1 otherwise,
2 on bad input.  Standard library only.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep tests/dev free of __pycache__
sys.path.insert(0, os.path.join(HERE, "..", "tests", "dev"))
from score import InputError, read_jsonl  # noqa: E402  (shared JSONL reader)


def read_tsv(path):
    """Rows of a tab-separated file, skipping blank lines and # comments."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append((lineno, line.split("\t")))
    return rows


def read_events(path):
    """dyad's JSON Lines output as a list of event objects (via the dev-set
    scorer's reader, so both tools reject bad lines the same way)."""
    if path == "-":
        return [ev for _, ev in read_jsonl(sys.stdin, "<stdin>")]
    with open(path, encoding="utf-8") as f:
        return [ev for _, ev in read_jsonl(f, path)]


def event_root(ev):
    return str(ev.get("root") or (ev.get("code") or "")[:2])


def event_year(ev):
    return str(ev.get("event_date") or ev.get("story_date") or "")[:4]


def matches(ev, src, tgt, root, year):
    return (str(ev.get("source") or "").startswith(src)
            and str(ev.get("target") or "").startswith(tgt)
            and event_root(ev) == root
            and (not year or event_year(ev) == year))


def check(name, events, out):
    """Return the number of failures for article `name` given its events."""
    failures = 0
    used = set()
    expected = read_tsv(os.path.join(HERE, "expected", name + ".tsv"))
    found = 0
    for lineno, cols in expected:
        if len(cols) < 3:
            raise ValueError("expected/%s.tsv:%d: need at least 3 columns" % (name, lineno))
        src, tgt, root = cols[0], cols[1], cols[2]
        year = cols[3] if len(cols) > 3 else ""
        note = cols[4] if len(cols) > 4 else ""
        hit = next((i for i, ev in enumerate(events)
                    if i not in used and matches(ev, src, tgt, root, year)), None)
        label = "%s %s->%s %s %s %s" % (name, src, tgt, root, year, note)
        if hit is None:
            failures += 1
            out.write("FAIL %s\n" % label)
        else:
            used.add(hit)
            found += 1
            out.write("PASS %s\n" % label)
    forbid_path = os.path.join(HERE, "expected", name + ".forbid.tsv")
    if os.path.exists(forbid_path):
        for _, cols in read_tsv(forbid_path):
            bad = [ev for ev in events if str(ev.get("source") or "").startswith(cols[0])]
            if bad:
                failures += 1
                out.write("FAIL %s forbidden source %s appears %d time(s)\n"
                          % (name, cols[0], len(bad)))
            else:
                out.write("PASS %s no source %s\n" % (name, cols[0]))
    out.write("found %d/%d expected events in %s\n" % (found, len(expected), name))
    return failures


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: check.py NAME DYAD_OUTPUT.jsonl|-\n")
        return 2
    try:
        failures = check(argv[0], read_events(argv[1]), sys.stdout)
    except (OSError, ValueError, InputError) as e:
        sys.stderr.write("check.py: %s\n" % e)
        return 2
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
