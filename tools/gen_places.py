#!/usr/bin/env python3
"""gen_places.py -- check dyad's gazetteer, dict/dyad.places.txt.

The gazetteer is written by hand (see the header of the file for its
format); this script is the gate it must pass before it is committed:

  * every line is a comment, a place "NAME [ISO3] LAT LON" or a synonym
    "+NAME" that follows a place;
  * names are upper-case ASCII words joined by '_' (hyphen and '.' allowed
    inside a word), with no apostrophe and no leading THE_ unless a synonym
    without it exists (the coder skips "the" after "in");
  * every name, main or synonym, is unique;
  * the country code is an ISO 3166-1 alpha-3 code (from Debian's
    iso-codes) or one of the few user-assigned codes in ALLOWED_EXTRA;
  * latitude is in [-90, 90] and longitude in [-180, 180].

It also runs two plausibility checks that catch sign slips and wrong
countries: each place must lie within reach of the first place listed for
its country (normally the capital), and places named like a tz database
city must sit close to the coordinates in /usr/share/zoneinfo/zone.tab.
These print warnings, not errors.

Usage:  tools/gen_places.py [dict/dyad.places.txt]
Exit status 0 when the file is valid, 1 otherwise.
"""
import json
import math
import re
import sys

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
ZONE_TABS = ("/usr/share/zoneinfo/zone.tab", "/usr/share/zoneinfo/zone1970.tab")
ALLOWED_EXTRA = {"XKX": "Kosovo"}

PLACE_RE = re.compile(r"^([A-Z0-9][A-Z0-9_.\-]*) \[([A-Z]{3})\] (-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)$")
NAME_RE = re.compile(r"^[A-Z0-9][A-Z0-9_.\-]*$")

# Largest distance (km) from the country's first-listed place before a
# warning; countries not listed use DEFAULT_REACH_KM.
DEFAULT_REACH_KM = 1500
REACH_KM = {
    "USA": 8000, "RUS": 7500, "CAN": 4500, "CHN": 3500, "AUS": 3500,
    "BRA": 3000, "IND": 2500, "IDN": 4000, "ARG": 2600, "CHL": 3000,
    "MEX": 2500, "MYS": 2000, "KAZ": 2000, "DZA": 1800, "SDN": 1600, "COD": 2200,
    "LBY": 1600, "ESP": 2000, "JPN": 2000, "PHL": 1600, "SAU": 1600,
    "IRN": 1600, "KIR": 100, "FRA": 1000, "ZAF": 1600, "ETH": 1200,
    "ECU": 1400, "PNG": 1300, "MOZ": 2000, "NGA": 1100, "AGO": 1100,
}


def load_iso():
    """Return the ISO 3166-1 entries keyed by alpha-3 code."""
    with open(ISO_JSON, encoding="utf-8") as f:
        return {c["alpha_3"]: c for c in json.load(f)["3166-1"]}


def haversine_km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + \
        math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def key(name):
    """Names compare as the loader sees them: '_' and ' ' both split words."""
    return name.replace("_", " ")


def parse(path, errors):
    """Return [(name, code, lat, lon, [synonyms], lineno)]."""
    places = []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n").strip()
            if not line or line.startswith("#"):
                continue
            if not line.isascii():
                errors.append(f"{path}:{n}: non-ASCII text")
                continue
            if line.startswith("+"):
                syn = line[1:]
                if not places:
                    errors.append(f"{path}:{n}: synonym before any place")
                elif not NAME_RE.match(syn):
                    errors.append(f"{path}:{n}: bad synonym {syn!r}")
                else:
                    places[-1][4].append((syn, n))
                continue
            m = PLACE_RE.match(line)
            if not m:
                errors.append(f"{path}:{n}: expected NAME [ISO3] LAT LON: {line!r}")
                continue
            name, code, lat, lon = m.group(1), m.group(2), float(m.group(3)), float(m.group(4))
            places.append((name, code, lat, lon, [], n))
    return places


def check(path):
    errors, warnings = [], []
    places = parse(path, errors)
    iso = load_iso()
    seen = {}
    for name, code, lat, lon, syns, n in places:
        if code not in iso and code not in ALLOWED_EXTRA:
            errors.append(f"{path}:{n}: {name}: unknown country code {code}")
        if not -90 <= lat <= 90 or not -180 <= lon <= 180:
            errors.append(f"{path}:{n}: {name}: coordinates out of range")
        for nm, ln in [(name, n)] + syns:
            if key(nm) in seen:
                errors.append(f"{path}:{ln}: duplicate name {nm} (first on line {seen[key(nm)]})")
            seen.setdefault(key(nm), ln)
        if name.startswith("THE_") and not any(not s.startswith("THE_") for s, _ in syns):
            errors.append(f"{path}:{n}: {name}: needs a synonym without THE_")
    plausibility(places, iso, warnings)
    return places, seen, errors, warnings


def plausibility(places, iso, warnings):
    """Warn about places far from their country's first entry, or far from
    the tz database's coordinates for a city of the same name and country."""
    first = {}
    for name, code, lat, lon, _, n in places:
        if code not in first:
            first[code] = (name, lat, lon)
            continue
        ref = first[code]
        d = haversine_km((lat, lon), ref[1:])
        if d > REACH_KM.get(code, DEFAULT_REACH_KM):
            warnings.append(f"line {n}: {name} [{code}] is {d:.0f} km from {ref[0]}")
    by_name = {key(p[0]): p for p in places}
    rows = []
    for tab in ZONE_TABS:
        try:
            with open(tab, encoding="utf-8") as f:
                rows += [l.split("\t") for l in f if not l.startswith("#")]
        except OSError:
            pass
    matched = set()
    for row in rows:
        city = row[2].split("/")[-1].upper()
        p = by_name.get(key(city))
        if not p or p[1] not in iso or iso[p[1]]["alpha_2"] not in row[0].split(","):
            continue
        matched.add(p[0])
        tz = tz_coords(row[1])
        d = haversine_km(p[2:4], tz)
        if d > 30:
            warnings.append(f"line {p[5]}: {p[0]} is {d:.0f} km from tz {row[2]} {tz}")
    print(f"{len(matched)} places compared with the tz database")


def tz_coords(s):
    """Parse ISO 6709 +DDMM+DDDMM or +DDMMSS+DDDMMSS into degrees."""
    m = re.match(r"([+-])(\d{2})(\d{2})(\d{2})?([+-])(\d{3})(\d{2})(\d{2})?$", s)
    lat = int(m.group(2)) + int(m.group(3)) / 60 + int(m.group(4) or 0) / 3600
    lon = int(m.group(6)) + int(m.group(7)) / 60 + int(m.group(8) or 0) / 3600
    return (-lat if m.group(1) == "-" else lat, -lon if m.group(5) == "-" else lon)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "dict/dyad.places.txt"
    places, names, errors, warnings = check(path)
    for w in dict.fromkeys(warnings):
        print("warning:", w)
    for e in errors:
        print("error:", e)
    iso = load_iso()
    codes = {p[1] for p in places}
    missing = sorted(c for c in iso if c not in codes)
    print(f"{len(places)} places, {len(names)} names, {len(codes)} country codes")
    print("codes without a place:", " ".join(missing))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
