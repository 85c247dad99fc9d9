#!/usr/bin/env python3
"""gen_events.py -- synthetic CAMEO events as JSON Lines (fixed seed).

Used by the network benchmark (bench/net_bench.c) and by the store/net
end-to-end tests to fill a database without running the coder:

    python3 bench/gen_events.py N [SEED] > events.jsonl
    dyad events --ingest-jsonl events.jsonl --db net.sqlite

Actors are state codes (country + agent) and a few IGOs.  Countries fall
into blocs that mostly cooperate inside and fight across, so community
detection has a structure to find.  Ten events per document, dates over
2015-2024.
"""
import json
import random
import sys

COUNTRIES = ["USA", "GBR", "FRA", "DEU", "ISR", "CAN", "AUS", "JPN", "KOR",
             "ITA", "IRN", "SYR", "LBN", "VEN", "CUB", "NIC", "RUS", "BLR",
             "CHN", "PRK", "IND", "PAK", "BGD", "NPL", "LKA", "EGY", "SAU",
             "ARE", "QAT", "TUR", "BRA", "ARG", "CHL", "COL", "PER", "MEX",
             "NGA", "GHA", "KEN", "ETH", "ZAF", "UKR", "POL", "ROU", "GRC"]
AGENTS = ["", "GOV", "MIL", "COP", "OPP", "BUS", "MED", "REB", "LEG", "JUD"]
IGOS = ["IGOUNO", "IGOEU", "IGONAT", "IGOAFR", "IGOARL"]
COOP = ["010", "020", "036", "040", "042", "043", "051", "057", "061", "070"]
CONFLICT = ["111", "112", "120", "130", "138", "160", "172", "180", "190",
            "193"]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 42)
    nblocs = 5
    bloc = {c: i % nblocs for i, c in enumerate(COUNTRIES)}
    out = sys.stdout
    for i in range(n):
        a = rng.choice(COUNTRIES)
        if rng.random() < 0.7:   # mostly within the bloc ...
            b = rng.choice([c for c in COUNTRIES if bloc[c] == bloc[a] and c != a])
            code = rng.choice(COOP if rng.random() < 0.85 else CONFLICT)
        else:                    # ... and conflict across blocs
            b = rng.choice([c for c in COUNTRIES if bloc[c] != bloc[a]])
            code = rng.choice(CONFLICT if rng.random() < 0.8 else COOP)
        src = a + rng.choice(AGENTS)
        tgt = rng.choice(IGOS) if rng.random() < 0.03 else b + rng.choice(AGENTS)
        date = "%04d-%02d-%02d" % (rng.randint(2015, 2024), rng.randint(1, 12),
                                   rng.randint(1, 28))
        doc = "SYN%07d" % (i // 10)
        sent = i % 10 + 1
        ev = {"doc": doc, "sentence": sent, "story_date": date,
              "event_date": date, "date_precision": "day", "source": src,
              "target": tgt, "code": code, "source_text": src.lower(),
              "target_text": tgt.lower(), "trigger": "verb%s" % code,
              "method": "tree",
              "evidence": "Synthetic sentence %d of %s: %s %s %s." % (
                  sent, doc, src, code, tgt)}
        out.write(json.dumps(ev, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
