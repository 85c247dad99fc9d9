#!/usr/bin/env python3
"""score.py -- score dyad's coded events against the hand-coded dev set.

How it fits: tests/dev/dev.jsonl holds news sentences we wrote and coded by
hand (one JSON object per line: id, date, text, events[{source,target,code}]).
`dyad code` turns the same sentences into JSON Lines events that carry
"doc" (= the sentence id), "source", "target", "code" and "root".  This
script compares the two at the CAMEO *root* level (first two digits of the
event code) and prints precision / recall / F1 overall and per root, ending
with the line "root F1: 0.xx" that scripts grep for.

Matching rule: an event is a key (source, target, root) inside one document.
Gold and system events are multisets per document; the number of true
positives for a key is min(gold count, system count), so duplicate system
events are not rewarded twice.  With --loose, source and target are compared
on their first three letters only (country / IGO / IMG prefix), which
forgives role disagreements such as IRNGOV vs IRN.

System events whose "doc" is not a dev id are ignored (with one warning), so
the scorer can be fed output from a larger run.

Dates and places: a gold event may carry "event_date" (the event's own date
as the text states it: "YYYY", "YYYY-MM" or "YYYY-MM-DD") and "location"
(the ISO 3166 alpha-3 code of the country where it happened).  When any
gold event does, each gold event is paired with a system event of the same
key, and for the pairs the script counts dates right (the system's text
date, written at its own precision, equals the gold one), missed (no text
date or another date) and spurious (a text date where the gold has none);
likewise for location countries.  A system event's text date is its
"event_date" when its "date_text" names a year ("in 1992", "on 18 July
1994"; not "on Tuesday", which the gold leaves undated as the story's
business); older output without the field: when "event_date" differs
from "story_date".  These lines come before the
root F1 line, which stays last.

Standard library only.  Usage:
    python3 tests/dev/score.py [--gold dev.jsonl] [--loose] SYSTEM.jsonl|-
    python3 tests/dev/score.py --self-test
"""

import argparse
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_GOLD = os.path.join(HERE, "dev.jsonl")
ROOTS = ["%02d" % r for r in range(1, 21)]


class InputError(Exception):
    """Bad input: the message names the file, the line and the fault."""


def root_of(event):
    """CAMEO root of an event: its "root" field, else the code's first two
    digits.  Returns None when neither gives a two-digit root 01..20."""
    root = event.get("root")
    if not root:
        code = event.get("code") or ""
        root = code[:2]
    root = str(root)
    return root if root in ROOTS else None


def event_key(event, loose):
    """The (source, target, root) tuple an event is matched on."""
    src = str(event.get("source") or "")
    tgt = str(event.get("target") or "")
    if loose:
        src, tgt = src[:3], tgt[:3]
    return (src, tgt, root_of(event))


def system_date(event):
    """The date the text gave a system event, at its precision, or None."""
    date = event.get("event_date")
    if not date:
        return None
    if "date_text" in event:
        # the gold dates only what the text fixes itself: a date read
        # relative to the story ("on Tuesday", "last week") has no year
        text = event["date_text"] or ""
        if not any(text[i:i + 4].isdigit() for i in range(len(text) - 3)):
            return None
    elif date == event.get("story_date"):
        return None
    width = {"year": 4, "month": 7}.get(event.get("date_precision"), 10)
    return date[:width]


def system_place(event):
    loc = event.get("location")
    return (loc.get("country") or None) if isinstance(loc, dict) else None


def read_jsonl(lines, name):
    """Yield (line number, object) for each non-blank line; malformed JSON or
    non-object lines raise InputError naming the file and line."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            raise InputError("%s:%d: invalid JSON (%s)" % (name, lineno, e))
        if not isinstance(obj, dict):
            raise InputError("%s:%d: expected a JSON object" % (name, lineno))
        yield lineno, obj


def load_gold(lines, name, loose, details=None):
    """Map doc id -> Counter of event keys.  Every gold document is kept,
    including those with no events (they still count for precision).
    details, when a dict, gets doc id -> [(key, event_date, location)]."""
    gold = {}
    for lineno, obj in read_jsonl(lines, name):
        doc = obj.get("id")
        events = obj.get("events")
        if not isinstance(doc, str) or not isinstance(events, list):
            raise InputError("%s:%d: need string \"id\" and list \"events\""
                             % (name, lineno))
        if doc in gold:
            raise InputError("%s:%d: duplicate id %s" % (name, lineno, doc))
        keys = Counter()
        for ev in events:
            key = event_key(ev, loose)
            if key[2] is None:
                raise InputError("%s:%d: event with bad code %r"
                                 % (name, lineno, ev.get("code")))
            keys[key] += 1
            if details is not None:
                details.setdefault(doc, []).append(
                    (key, ev.get("event_date") or None, ev.get("location") or None))
        gold[doc] = keys
    if not gold:
        raise InputError("%s: no gold documents" % name)
    return gold


def load_system(lines, name, gold, loose, warn, details=None):
    """Map doc id -> Counter of event keys, for docs that are in gold.
    details, when a dict, gets doc id -> [(key, text date, place)]."""
    system = {doc: Counter() for doc in gold}
    unknown = 0
    for lineno, obj in read_jsonl(lines, name):
        doc = obj.get("doc")
        if doc not in gold:
            unknown += 1
            continue
        key = event_key(obj, loose)
        if key[2] is None:
            warn("%s:%d: event without a valid root ignored" % (name, lineno))
            continue
        system[doc][key] += 1
        if details is not None:
            details.setdefault(doc, []).append(
                (key, system_date(obj), system_place(obj)))
    if unknown:
        warn("%s: %d event(s) for documents not in the gold set ignored"
             % (name, unknown))
    return system


def count(gold, system):
    """Return {root: [tp, fp, fn]} plus an "all" entry."""
    tally = {r: [0, 0, 0] for r in ROOTS + ["all"]}
    for doc, gkeys in gold.items():
        skeys = system.get(doc, Counter())
        for key in set(gkeys) | set(skeys):
            tp = min(gkeys[key], skeys[key])
            fp = skeys[key] - tp
            fn = gkeys[key] - tp
            for bucket in (key[2], "all"):
                tally[bucket][0] += tp
                tally[bucket][1] += fp
                tally[bucket][2] += fn
    return tally


def pair_details(gold_details, sys_details):
    """Pairs (gold, system) of events with the same document and key; a
    gold event takes a system event with its own date first."""
    pairs = []
    for doc, gevs in gold_details.items():
        pool = list(sys_details.get(doc, []))
        for g in sorted(gevs, key=lambda e: e[1] is None):
            same = [s for s in pool if s[0] == g[0]]
            if not same:
                continue
            best = next((s for s in same if s[1] == g[1]), same[0])
            pool.remove(best)
            pairs.append((g, best))
    return pairs


def count_details(pairs, field):
    """[right, missed, spurious, gold total] of one field (1 date, 2 place)
    over the matched pairs."""
    right = missed = spurious = total = 0
    for g, s in pairs:
        if g[field] is not None:
            total += 1
            if s[field] == g[field]:
                right += 1
            else:
                missed += 1
        elif s[field] is not None:
            spurious += 1
    return [right, missed, spurious, total]


def report_details(pairs, out):
    """The date and place lines; returns {"dates": [...], "places": [...]}."""
    result = {}
    for name, field in (("event dates", 1), ("locations", 2)):
        right, missed, spurious, total = count_details(pairs, field)
        result[name] = [right, missed, spurious, total]
        acc = right / total if total else 0.0
        out.write("%s (of %d matched events): %d of %d right (%.2f), "
                  "%d missed or wrong, %d spurious\n"
                  % (name, len(pairs), right, total, acc, missed, spurious))
    return result


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(tally, out, loose, pairs=None):
    mode = "loose (3-letter actors)" if loose else "strict actors"
    out.write("matching: source, target, root; %s\n" % mode)
    out.write("%-5s %5s %5s %5s  %6s %6s %6s\n"
              % ("root", "tp", "fp", "fn", "P", "R", "F1"))
    for r in ROOTS + ["all"]:
        tp, fp, fn = tally[r]
        if r != "all" and tp + fp + fn == 0:
            continue
        p, rec, f = prf(tp, fp, fn)
        out.write("%-5s %5d %5d %5d  %6.3f %6.3f %6.3f\n"
                  % (r, tp, fp, fn, p, rec, f))
    f_all = prf(*tally["all"])[2]
    if pairs is not None:
        report_details(pairs, out)
    out.write("root F1: %.2f\n" % f_all)
    return f_all


def score(gold_lines, gold_name, sys_lines, sys_name, loose, out, warn):
    gdet, sdet = {}, {}
    gold = load_gold(gold_lines, gold_name, loose, gdet)
    system = load_system(sys_lines, sys_name, gold, loose, warn, sdet)
    annotated = any(g[1] or g[2] for evs in gdet.values() for g in evs)
    pairs = pair_details(gdet, sdet) if annotated else None
    return report(count(gold, system), out, loose, pairs)


def self_test():
    """Check the scorer on a tiny built-in example with known figures."""
    import io
    gold = [
        '{"id":"a","events":[{"source":"VENGOV","target":"IRN","code":"042"}]}',
        '{"id":"b","events":[{"source":"RUSMIL","target":"UKR","code":"194"},'
        '{"source":"UKR","target":"RUS","code":"111"}]}',
        '{"id":"c","events":[]}',
    ]
    system = [
        # a: right root and actors, different sub-code -> tp
        '{"doc":"a","source":"VENGOV","target":"IRN","code":"043","root":"04"}',
        # a: duplicate -> fp (multiset matching)
        '{"doc":"a","source":"VENGOV","target":"IRN","code":"040","root":"04"}',
        # b: role differs (RUS vs RUSMIL) -> strict fn+fp, loose tp
        '{"doc":"b","source":"RUS","target":"UKR","code":"190","root":"19"}',
        # c: event in a no-event sentence -> fp; root taken from code
        '{"doc":"c","source":"ARG","target":"FRA","code":"190"}',
        # unknown doc -> ignored
        '{"doc":"zzz","source":"USA","target":"CHN","code":"010","root":"01"}',
    ]
    failures = []

    def check(cond, what):
        print(("PASS " if cond else "FAIL ") + what)
        if not cond:
            failures.append(what)

    warnings = []
    for loose, want in ((False, {"all": [1, 3, 2], "19": [0, 2, 1]}),
                        (True, {"all": [2, 2, 1], "19": [1, 1, 0]})):
        out = io.StringIO()
        tally = count(load_gold(gold, "gold", loose),
                      load_system(system, "sys", load_gold(gold, "gold", loose),
                                  loose, warnings.append))
        f = report(tally, out, loose)
        tag = "loose" if loose else "strict"
        check(tally["all"] == want["all"], "%s overall counts %s" % (tag, tally["all"]))
        check(tally["19"] == want["19"], "%s root 19 counts %s" % (tag, tally["19"]))
        p, r, _ = prf(*want["all"])
        check(abs(f - 2 * p * r / (p + r)) < 1e-9, "%s F1 %.3f" % (tag, f))
        check(out.getvalue().rstrip().endswith("root F1: %.2f" % f),
              "%s last line is root F1" % tag)
    check(any("not in the gold set" in w for w in warnings),
          "unknown documents warned about")
    check(prf(0, 0, 0) == (0.0, 0.0, 0.0), "empty tallies give zeros")
    dgold = [
        '{"id":"d","events":[{"source":"IRN","target":"VEN","code":"072",'
        '"event_date":"2007","location":"VEN"},'
        '{"source":"IRN","target":"IMGHEZ","code":"072"}]}',
        '{"id":"e","events":[{"source":"IRN","target":"VEN","code":"072"}]}',
    ]
    dsys = [
        # right year, wrong country
        '{"doc":"d","source":"IRN","target":"VEN","code":"072","story_date":'
        '"2024-01-05","event_date":"2007-01-01","date_precision":"year",'
        '"date_text":"since 2007","location":{"name":"Tehran","country":"IRN"}}',
        # a text date the gold does not have: spurious
        '{"doc":"d","source":"IRN","target":"IMGHEZ","code":"072","story_date":'
        '"2024-01-05","event_date":"2024-01-02","date_precision":"day"}',
        # a date read relative to the story ("on Tuesday"): no text date
        '{"doc":"e","source":"IRN","target":"VEN","code":"072","story_date":'
        '"2024-01-05","event_date":"2024-01-02","date_precision":"day",'
        '"date_text":"on Tuesday"}',
    ]
    gdet, sdet = {}, {}
    gd = load_gold(dgold, "gold", False, gdet)
    load_system(dsys, "sys", gd, False, warnings.append, sdet)
    pairs = pair_details(gdet, sdet)
    check(len(pairs) == 3, "dated events paired by key")
    check(count_details(pairs, 1) == [1, 0, 1, 1], "dates: right and spurious %s"
          % count_details(pairs, 1))
    check(count_details(pairs, 2) == [0, 1, 0, 1], "places: wrong country %s"
          % count_details(pairs, 2))
    out = io.StringIO()
    score(dgold, "g", dsys, "s", False, out, warnings.append)
    check("event dates (of 3 matched events): 1 of 1 right" in out.getvalue() and
          out.getvalue().rstrip().splitlines()[-1].startswith("root F1"),
          "date lines come before the root F1 line")
    try:
        load_gold(['{"id":"x","events":[]}', "{oops"], "g.jsonl", False)
        check(False, "bad JSON rejected")
    except InputError as e:
        check("g.jsonl:2" in str(e), "bad JSON rejected with file:line")
    try:
        load_gold(['{"id":"x","events":[{"source":"A","target":"B","code":"99"}]}'],
                  "g.jsonl", False)
        check(False, "bad gold code rejected")
    except InputError:
        check(True, "bad gold code rejected")
    print("self-test: %s" % ("FAIL" if failures else "PASS"))
    return 1 if failures else 0


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("system", nargs="?", help="dyad JSON Lines output, or -")
    ap.add_argument("--gold", default=DEFAULT_GOLD, help="gold JSONL (default: dev.jsonl)")
    ap.add_argument("--loose", action="store_true",
                    help="compare actors on their first 3 letters")
    ap.add_argument("--self-test", action="store_true", help="test the scorer")
    args = ap.parse_args(argv)
    if args.self_test:
        return self_test()
    if not args.system:
        ap.error("SYSTEM file required (or --self-test)")

    def warn(msg):
        sys.stderr.write("score.py: warning: %s\n" % msg)

    try:
        with open(args.gold, encoding="utf-8") as g:
            gold_lines = g.readlines()
        if args.system == "-":
            sys_lines, sys_name = sys.stdin.readlines(), "<stdin>"
        else:
            with open(args.system, encoding="utf-8") as s:
                sys_lines, sys_name = s.readlines(), args.system
        score(gold_lines, args.gold, sys_lines, sys_name, args.loose,
              sys.stdout, warn)
    except (OSError, UnicodeDecodeError, InputError) as e:
        sys.stderr.write("score.py: %s\n" % e)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
