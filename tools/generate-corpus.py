#!/usr/bin/env python3
"""Writes N articles of generated news into a folder, for benchmarks (never committed).

Usage: tools/generate-corpus.py N OUTDIR [--seed S]

Deterministic for a given N and seed. The names are composed from the project's own word lists
(Sources/Articles/Lexicon/Lists): first names, places, organisation words, titles and role words, so a
large corpus has tens of thousands of distinct people, thousands of organisations and places. Each article
has a title, most a date line and a byline, some a dateline and a caption; the body has quotations in the
attribution patterns news uses, dates in many forms, and reported speech. About one article in ten has no
date.
"""
import os
import random
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
LISTS = os.path.join(ROOT, "Sources", "Articles", "Lexicon", "Lists")


def word_list(file, name):
    """The lines of a `static let name = \"\"\" ... \"\"\"` literal in a generated word-list file."""
    text = open(os.path.join(LISTS, file), encoding="utf-8").read()
    m = re.search(r"static let " + name + r' = """\n(.*?)\n\s*"""', text, re.S)
    if not m:
        sys.exit(f"generate-corpus: no list {name} in {file}")
    return [line.split("\t")[0] for line in m.group(1).split("\n") if line and not line.startswith("#")]


def cap(w):
    return " ".join(p[:1].upper() + p[1:] for p in w.split(" "))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPICS = ["the budget", "the new bridge", "the strike", "the merger", "the election", "the flood defences",
          "the trade deal", "the hospital plan", "the water supply", "the rail line", "the school reform",
          "the tax proposal", "the power outage", "the port expansion", "the housing plan"]
VERBS = ["said", "says", "told reporters", "added", "explained", "warned", "noted", "argued", "insisted"]
CLAIMS = ["we will not back down", "the numbers simply do not add up", "this is a turning point for the region",
          "nobody expected the costs to rise this fast", "we have been clear from the start",
          "the community deserves better answers", "it is too early to say what comes next",
          "our crews worked through the night", "the talks were constructive but difficult",
          "we are confident the plan will hold", "there is still a lot of work to do",
          "families are worried about the winter", "the decision was not taken lightly"]
SUFFIXES = ["son", "man", "ley", "ton", "ford", "wood", "field", "well", "er", "by", "stone", "berg"]


class Names:
    def __init__(self, rng):
        self.rng = rng
        self.first = [cap(w) for w in word_list("FirstNames.swift", "firstNames") if w.isalpha()]
        self.places = [w for w in word_list("Places.swift", "places") if re.fullmatch(r"[A-Z][A-Za-z .'-]+", w) and len(w) > 3]
        common = [w for w in word_list("CommonWords.swift", "commonWords") if w.isalpha() and 4 <= len(w) <= 7]
        rng.shuffle(common)
        # surnames: first names and common words with a family-name ending, thousands of them
        self.last = sorted({cap(w) + rng.choice(SUFFIXES) for w in common[:6000]} | set(self.first[:1500]))
        heads = ["Corp.", "Group", "Holdings", "Bank", "Partners", "Industries", "Labs", "Energy", "Airlines",
                 "Council", "Foundation", "Institute", "Union", "Association"]
        self.orgs = sorted({f"{rng.choice(self.last)} {rng.choice(heads)}" for _ in range(4000)}
                           | {f"University of {p}" for p in self.places[:800]}
                           | {f"{p} City Council" for p in self.places[800:1600]})
        self.titles = ["Mayor", "Minister", "Senator", "Dr.", "Judge", "Chief", "Governor", "Professor"]
        self.roles = ["spokesperson", "chief executive", "analyst", "engineer", "lawyer", "organiser", "economist"]

    def person(self):
        return f"{self.rng.choice(self.first)} {self.rng.choice(self.last)}"


def date_forms(rng, d):
    """(text, kind) of ways news writes a time, relative to the article's date d = (y, m, day)."""
    y, m, day = d
    return rng.choice([
        f"on {rng.choice(WEEKDAYS)}", f"{rng.choice(WEEKDAYS)} morning", f"on {MONTHS[m - 1]} {day}",
        f"on {MONTHS[rng.randrange(12)]} {rng.randint(1, 28)}, {y - rng.randint(0, 3)}", "last week", "next month",
        f"in {y - rng.randint(1, 20)}", "the third quarter", "two days ago", "earlier this year", "since 2015",
        f"in {MONTHS[rng.randrange(12)]}", "at 9:30 a.m.", "in the 1990s", "for three weeks", "every Thursday",
        "yesterday", "a year earlier",
    ])


def article(rng, names, k):
    y, m, day = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
    topic = rng.choice(TOPICS)
    place = rng.choice(names.places)
    org = rng.choice(names.orgs)
    cast = [names.person() for _ in range(rng.randint(3, 6))]
    lines = [f"{cap(topic.replace('the ', ''))} in {place}: {rng.choice(['talks resume', 'costs rise', 'vote delayed', 'crews return', 'deal reached'])}", ""]
    if rng.random() > 0.1:
        lines += [f"{MONTHS[m - 1]} {day}, {y}"]
    lines += [f"By {names.person()}", ""]
    paragraphs = []
    if rng.random() < 0.5:
        paragraphs.append(f"{place.upper()} (Wire) — {cast[0]}, the {rng.choice(names.roles)} of {org}, "
                          f"{rng.choice(['said', 'announced'])} {date_forms(rng, (y, m, day))} that {topic} would go ahead.")
    else:
        paragraphs.append(f"{rng.choice(names.titles)} {cast[0]} of {place} {rng.choice(['said', 'warned'])} "
                          f"{date_forms(rng, (y, m, day))} that {topic} faces new delays.")
    for p in range(rng.randint(4, 9)):
        who = rng.choice(cast)
        last = who.split(" ")[-1]
        claim = rng.choice(CLAIMS)
        pattern = rng.randrange(8)
        if pattern == 0:
            s = f"“{claim.capitalize()},” {last} {rng.choice(VERBS)}."
        elif pattern == 1:
            s = f"{who}, a {rng.choice(names.roles)} at {rng.choice(names.orgs)}, said: “{claim.capitalize()}.”"
        elif pattern == 2:
            s = f"“{claim.capitalize()},” said {who}. “{rng.choice(CLAIMS).capitalize()}.”"
        elif pattern == 3:
            s = f"“{claim.capitalize()},” {rng.choice(['he', 'she'])} said {date_forms(rng, (y, m, day))}."
        elif pattern == 4:
            s = f"A {rng.choice(names.roles)} for {rng.choice(names.orgs)} said that {claim}."
        elif pattern == 5:
            s = (f"According to {who}, {claim}. The {rng.choice(names.places)} office of {rng.choice(names.orgs)} "
                 f"confirmed the figures {date_forms(rng, (y, m, day))}.")
        elif pattern == 6:
            s = f"{rng.choice(names.titles)} {who} told {rng.choice(names.orgs)} {date_forms(rng, (y, m, day))} that “{claim}.”"
        else:
            s = (f"Officials in {rng.choice(names.places)} and {rng.choice(names.places)} met "
                 f"{date_forms(rng, (y, m, day))} with {names.person()} and {names.person()} to discuss {topic}.")
        # a unique sentence per article keeps copies from being the same text
        if p == 0:
            s += f" The file number is {k}-{rng.randrange(10 ** 6)}."
        paragraphs.append(s)
    if rng.random() < 0.3:
        paragraphs.append(f"{cast[1]} speaks in {place} {date_forms(rng, (y, m, day))}. (Photo: {names.person()})")
    return "\n".join(lines) + "\n" + "\n\n".join(paragraphs) + "\n"


def main():
    args = sys.argv[1:]
    seed = 1
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    n, out = int(args[0]), args[1]
    rng = random.Random(seed)
    names = Names(rng)
    os.makedirs(out, exist_ok=True)
    for k in range(n):
        with open(os.path.join(out, f"{k:06d}.txt"), "w", encoding="utf-8") as f:
            f.write(article(rng, names, k))


if __name__ == "__main__":
    main()
