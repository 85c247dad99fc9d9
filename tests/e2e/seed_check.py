#!/usr/bin/env python3
"""Check dyad's events for the seed article (../shared/seed/article.txt).

usage: seed_check.py EVENTS.jsonl

Prints PASS/FAIL lines, one per required relation, plus the boilerplate and
"no Israeli or Argentine actor" checks.  Actor codes are matched by prefix
(VEN matches VENGOV); Hezbollah is any code containing HEZ.
"""
import json
import sys

events = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]


def is_(code, prefix):
    if prefix == "HEZ":
        return "HEZ" in code
    return code.startswith(prefix)


def year(e):
    d = e.get("event_date") or ""
    return d[:4]


def find(src, tgts, roots, yr=None, words=()):
    for e in events:
        ev = e.get("evidence") or ""
        if is_(e["source"], src) and any(is_(e["target"], t) for t in tgts) \
                and e["root"] in roots and (yr is None or year(e) == yr) \
                and (not words or any(w in ev for w in words)):
            return e
    return None


# name, source, targets, roots, year, words of the evidence sentence
checks = [
    ("maduro_2022_visit_to_tehran", "VEN", ["IRN"], ["04"], "2022", ["Tehran"]),
    ("raisi_2023_visit_to_latin_america", "IRN", ["LAM", "SAM", "AME"], ["04"], "2023", ["Raisi"]),
    ("embassy_bombing_1992_by_hezbollah", "HEZ", ["ISR", "ARG"], ["18"], "1992", ["embassy"]),
    ("amia_bombing_1994_by_hezbollah", "HEZ", ["ARG", "ISR"], ["18"], "1994", ["AMIA"]),
    ("iran_oil_and_refinery_aid_to_venezuela", "IRN", ["VEN"], ["07"], None, ["oil", "refiner"]),
    ("venezuela_land_and_agreements_for_iran", "VEN", ["IRN"], ["05", "06", "07"], None,
     ["land", "agreements"]),
    ("passports_for_hezbollah_via_venezuelan_official", "VEN", ["HEZ"], ["07", "06", "05"], None,
     ["passports", "access"]),
    ("chavez_ahmadinejad_meetings", "VEN", ["IRN"], ["04"], None, ["Ahmadinejad"]),
    ("iranian_military_assets_for_venezuela", "IRN", ["VEN"], ["07", "06"], None,
     ["military assets"]),
]
failed = 0
for name, src, tgts, roots, yr, words in checks:
    e = find(src, tgts, roots, yr, words)
    if name == "chavez_ahmadinejad_meetings" and not e:
        e = find("IRN", ["VEN"], ["04"], None, words)
    if e:
        print("PASS seed_%s (%s>%s %s %s)" % (name, e["source"], e["target"], e["code"], year(e)))
    else:
        failed += 1
        print("FAIL seed_%s: no %s>%s root %s%s" % (name, src, "/".join(tgts), "/".join(roots),
                                                   " in " + yr if yr else ""))
bad = [e for e in events if e["source"][:3] in ("ISR", "ARG")]
if bad:
    failed += 1
    print("FAIL seed_no_israeli_or_argentine_actor: %s" % ", ".join(
        "%s>%s %s" % (e["source"], e["target"], e["code"]) for e in bad))
else:
    print("PASS seed_no_israeli_or_argentine_actor")
boiler = [e for e in events if any(w in (e.get("evidence") or "") for w in
                                   ("Leave A Reply", "Exit mobile", "Share."))]
if boiler:
    failed += 1
    print("FAIL seed_no_boilerplate_events: %d" % len(boiler))
else:
    print("PASS seed_no_boilerplate_events")
spans_ok = all(isinstance(e.get("span"), list) and e["span"][1] > e["span"][0] for e in events)
print(("PASS" if spans_ok and events else "FAIL") + " seed_events_have_spans")
sys.exit(1 if failed else 0)
