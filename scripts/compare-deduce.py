#!/usr/bin/env python3
"""Kring and DEDUCE side by side on Kring's pseudonymisation evaluation set, scored by ONE scorer.

Input: the export written by the test PseudonymCompareExportTest (target/pseudonym-compare/kring.json): per
evaluation file the plain text (markup stripped exactly as the Java evaluation does), the gold mentions, the traps
and Kring's replacements; the DEDUCE peer cases; and Kring's speed on the concatenated text. This script scores
Kring's replacements from that export, and -- when the Python package `deduce` (vmenger/deduce, LGPL-3.0) is
importable -- runs DEDUCE on the same texts and scores its annotations with the same definitions:

  * a gold mention is caught when every letter and digit of it lies inside some replacement (any DEDUCE tag);
  * a trap (ordinary text that must stay) is kept when no replacement overlaps it;
  * attribution: Kring's replacement carries case numbers; it is wrong when it overlaps a mention and does not
    include the mention's case. DEDUCE tags `patient` (the one patient given as metadata) or `persoon` (anyone):
    a client mention counts as attributed when a `patient` annotation of the run for that very client overlaps it;
    wrong when a `patient` annotation of a run for another client overlaps it. Relatives are never attributed by
    DEDUCE (it has no notion of them).

DEDUCE allows one patient per document. Feeding (--feed):
  * paragraph (default): every paragraph (a line of the file; lines joined where an annotated name is wrapped
    over a line break) is run once per client whose name (or whose
    relative's name) the gold annotation puts in that paragraph, with that client as `patient`, and once without
    a patient when there is none; the annotations of the runs are united. This tells DEDUCE who is discussed in
    each paragraph -- an oracle that Kring does not get (Kring is given all clients of the vault for every text).
  * all: the whole file is run once per client in clients.json (the vault), each as `patient`, united -- the same
    knowledge Kring has.

Speed: DEDUCE's chars/s on the concatenation of the evaluation texts (the same string Kring's export timed), CPU
(time.process_time) and wall, median of --speed-runs runs, without patient metadata and with one patient.
Run the export first, or pass --run-kring to run it from here right before DEDUCE is timed (same machine, same
load, one run):

    ./mvnw -q test -Dtest=PseudonymCompareExportTest -Dsurefire.failIfNoSpecifiedTests=false
    python3 scripts/compare-deduce.py [--feed paragraph|all] [--json out.json]

Without `deduce` installed the script prints Kring's column only and says so (exit code 0); it invents nothing.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
import unicodedata
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_EXPORT = os.path.join(ROOT, "target", "pseudonym-compare", "kring.json")
DEFAULT_CLIENTS = os.path.join(ROOT, "src", "test", "resources", "pseudonym", "clients.json")

# java.lang.Character.isLetterOrDigit: Unicode letters (Lu, Ll, Lt, Lm, Lo) and decimal digits (Nd)
_LETTER_OR_DIGIT = {"Lu", "Ll", "Lt", "Lm", "Lo", "Nd"}


def letter_or_digit(ch):
    return unicodedata.category(ch) in _LETTER_OR_DIGIT


def covered(text, start, end, spans):
    """Every letter and digit of text[start:end] lies inside one of spans (start, end, ...)."""
    for i in range(start, end):
        if not letter_or_digit(text[i]):
            continue
        if not any(s[0] <= i < s[1] for s in spans):
            return False
    return True


def overlapping(spans, start, end):
    return [s for s in spans if s[0] < end and s[1] > start]


# ---------------------------------------------------------------------------------------------------------------
# scoring (one scorer for both engines)
# ---------------------------------------------------------------------------------------------------------------

class Tally:
    def __init__(self):
        self.gold = 0
        self.found = 0
        self.traps = 0
        self.kept = 0
        self.client = 0  # client mentions (not relatives)
        self.attributed = 0  # client mentions covered and given to the right case
        self.wrong = 0  # mentions touched by a replacement for another case

    def add(self, other):
        for k, v in vars(other).items():
            setattr(self, k, getattr(self, k) + v)

    def recall(self):
        return self.found / self.gold if self.gold else float("nan")

    def kept_share(self):
        return self.kept / self.traps if self.traps else float("nan")


def score(doc, spans, attribution):
    """spans: list of (start, end, cases) where cases is a set of case numbers the replacement is given to (empty
    when it names nobody, e.g. DEDUCE's `persoon`). attribution: True when the engine assigns cases at all."""
    t = Tally()
    text = doc["text"]
    misses, broken = [], []
    for g in doc["gold"]:
        t.gold += 1
        ok = covered(text, g["start"], g["end"], spans)
        if ok:
            t.found += 1
        else:
            misses.append(g)
        over = overlapping(spans, g["start"], g["end"])
        if attribution and any(s[2] and g["case"] not in s[2] for s in over):
            t.wrong += 1
        if g.get("relation") is None:
            t.client += 1
            if ok and attribution and any(g["case"] in s[2] for s in over):
                t.attributed += 1
    for tr in doc["traps"]:
        t.traps += 1
        if overlapping(spans, tr["start"], tr["end"]):
            broken.append(tr)
        else:
            t.kept += 1
    return t, misses, broken


def kring_spans(doc):
    return [(k["start"], k["end"], set(k["cases"])) for k in doc["kring"]]


# ---------------------------------------------------------------------------------------------------------------
# DEDUCE
# ---------------------------------------------------------------------------------------------------------------

def load_deduce():
    try:
        import deduce  # noqa: F401
        from deduce import Deduce
        from deduce.person import Person
    except Exception as e:  # ImportError, or a broken install
        return None, None, None, "%s: %s" % (type(e).__name__, e)
    version = getattr(deduce, "__version__", "unknown")
    return Deduce(), Person, version, None


def person_for(Person, client):
    """DEDUCE's Person from a Kring client: first names (given names and roepnaam), initials, surname with prefix."""
    first = (client.get("firstNames") or "").split()
    roep = client.get("roepnaam")
    if roep and roep not in first:
        first.append(roep)
    initials = "".join(n[0].upper() for n in (client.get("firstNames") or "").split() if n)
    surname = " ".join(p for p in (client.get("prefix"), client.get("surname")) if p)
    return Person(first_names=first or None, initials=initials or None, surname=surname or None)


def deduce_annotations(model, text, person=None):
    metadata = {"patient": person} if person is not None else None
    doc = model.deidentify(text, metadata=metadata) if metadata else model.deidentify(text)
    return [(a.start_char, a.end_char, a.tag) for a in doc.annotations]


def deduce_spans_for_file(model, Person, doc, clients, feed):
    """Run DEDUCE on one evaluation file; returns (start, end, cases, tag) with cases={patient case} for a
    `patient` annotation of the run for that case, else empty."""
    text = doc["text"]
    out = []
    if feed == "all":
        for number, client in clients.items():
            for s, e, tag in deduce_annotations(model, text, person_for(Person, client)):
                out.append((s, e, {number} if tag == "patient" else set(), tag))
        return out
    # feed == "paragraph": one line of the file is one paragraph, except that a line break inside an annotated
    # mention or trap (a name wrapped over two lines) does not cut: those lines stay one paragraph
    for start, end in paragraphs(doc):
        line = text[start:end]
        if not line.strip():
            continue
        cases = sorted({g["case"] for g in doc["gold"] if g["start"] < end and g["end"] > start})
        runs = [(c, person_for(Person, clients[c])) for c in cases if c in clients] or [(None, None)]
        for number, person in runs:
            for s, e, tag in deduce_annotations(model, line, person):
                out.append((start + s, start + e, {number} if (tag == "patient" and number) else set(), tag))
    return out


def paragraphs(doc):
    """(start, end) of the paragraphs of a file: its lines, joined where an annotation spans a line break."""
    text = doc["text"]
    spans = [(a["start"], a["end"]) for a in doc["gold"] + doc["traps"]]
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "\n" and not any(a < i < b for a, b in spans):
            out.append((start, i))
            start = i + 1
    out.append((start, len(text)))
    return out


def peer_person(Person, case):
    first = case["firstNames"]
    if re.fullmatch(r"(?:[A-Z]\.)+", first.replace(" ", "")):
        # an initials-only client of DEDUCE's TestPersonInitialsPattern: Person(initials="AFTH")
        return Person(initials=first.replace(".", "").replace(" ", ""), surname=case["surname"])
    # DEDUCE's tests give initials where they test them (Person(first_names=["Jan", "Johan"], initials="JJ", ...));
    # the converted cases keep only the first names, so the initials are their first letters
    names = first.split()
    return Person(first_names=names, initials="".join(n[0].upper() for n in names), surname=case["surname"])


def timed(fn, runs):
    cpu, wall = [], []
    for _ in range(runs):
        c0, w0 = time.process_time(), time.perf_counter()
        fn()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    return statistics.median(cpu), statistics.median(wall)


# ---------------------------------------------------------------------------------------------------------------
# report
# ---------------------------------------------------------------------------------------------------------------

def groups(files):
    return {
        "development": [f for f in files if not f["heldOut"]],
        "held out": [f for f in files if f["heldOut"]],
        "held out without minutes-11": [f for f in files if f["heldOut"] and f["name"] != "minutes-11.txt"],
        "minutes-11": [f for f in files if f["name"] == "minutes-11.txt"],
        "all": list(files),
    }


def fmt(t, attribution):
    att = ("%d/%d" % (t.attributed, t.client)) if attribution else "not attempted"
    wrong = str(t.wrong) if attribution else "-"
    return "recall %.3f (%d/%d)  kept %.3f (%d/%d)  attributed %s  wrong %s" % (
        t.recall(), t.found, t.gold, t.kept_share(), t.kept, t.traps, att, wrong)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--export", default=DEFAULT_EXPORT)
    ap.add_argument("--clients", default=DEFAULT_CLIENTS)
    ap.add_argument("--feed", choices=["paragraph", "all"], default="paragraph")
    ap.add_argument("--speed-runs", type=int, default=7)
    ap.add_argument("--run-kring", action="store_true",
                    help="run the Kring export (Maven test) first, so both speeds come from one run")
    ap.add_argument("--json", help="write all figures to this file")
    ap.add_argument("--verbose", action="store_true", help="list misses and broken traps")
    args = ap.parse_args()

    if args.run_kring:
        subprocess.run(["./mvnw", "-q", "test", "-Dtest=PseudonymCompareExportTest",
                        "-Dsurefire.failIfNoSpecifiedTests=false"], cwd=ROOT, check=True)
    if not os.path.exists(args.export):
        sys.exit("no export at %s: run ./mvnw -q test -Dtest=PseudonymCompareExportTest "
                 "-Dsurefire.failIfNoSpecifiedTests=false (or pass --run-kring)" % args.export)
    with open(args.export, encoding="utf-8") as fh:
        export = json.load(fh)
    with open(args.clients, encoding="utf-8") as fh:
        clients = {c["number"]: c["client"] for c in json.load(fh)["cases"]}
    files = export["files"]
    result = {"export": args.export, "feed": args.feed, "kring": {}, "deduce": None}

    # Kring, from the export
    per_file_k = {}
    for f in files:
        t, misses, broken = score(f, kring_spans(f), attribution=True)
        per_file_k[f["name"]] = t
        if args.verbose:
            for g in misses:
                print("KRING  MISS   %s %s %s «%s»" % (f["name"], g["variant"], g["case"], g["text"]))
            for tr in broken:
                print("KRING  BROKEN %s %s «%s»" % (f["name"], tr["type"], tr["text"]))

    model, Person, version, why = load_deduce()
    per_file_d = {}
    if model is not None:
        result["deduce"] = {"version": version}
    if model is not None:
        for f in files:
            spans = deduce_spans_for_file(model, Person, f, clients, args.feed)
            t, misses, broken = score(f, [(s, e, c) for s, e, c, _ in spans], attribution=True)
            per_file_d[f["name"]] = t
            if args.verbose:
                for g in misses:
                    print("DEDUCE MISS   %s %s %s «%s»" % (f["name"], g["variant"], g["case"], g["text"]))
                for tr in broken:
                    print("DEDUCE BROKEN %s %s «%s»" % (f["name"], tr["type"], tr["text"]))

    print("Kring and DEDUCE on Kring's evaluation set (%d files), one scorer; DEDUCE feed: %s" % (
        len(files), args.feed))
    print("%-16s %-6s %s" % ("file", "engine", "figures"))
    for f in files:
        name = f["name"] + (" (held out)" if f["heldOut"] else "")
        print("%-27s kring  %s" % (name, fmt(per_file_k[f["name"]], True)))
        if per_file_d:
            print("%-27s deduce %s" % ("", fmt(per_file_d[f["name"]], True)))
    for gname, members in groups(files).items():
        tk = Tally()
        for f in members:
            tk.add(per_file_k[f["name"]])
        result["kring"][gname] = vars(tk)
        print("%-27s kring  %s" % (gname.upper(), fmt(tk, True)))
        if per_file_d:
            td = Tally()
            for f in members:
                td.add(per_file_d[f["name"]])
            result["deduce"][gname] = vars(td)
            print("%-27s deduce %s" % ("", fmt(td, True)))

    # DEDUCE's own patient-name cases, converted (src/test/resources/pseudonym/peer)
    peer = export["peer"]
    k_pass = sum(1 for c in peer if _peer_ok(c, kring_spans(c)))
    print("\nDEDUCE peer cases (%d): kring passes %d" % (len(peer), k_pass), end="")
    result["kring"]["peer"] = {"cases": len(peer), "passed": k_pass}
    if model is not None:
        d_pass, d_pass_same = 0, 0
        for c in peer:
            spans = [(s, e, set()) for s, e, _ in deduce_annotations(model, c["text"], peer_person(Person, c))]
            ok = _peer_ok(c, spans)
            d_pass += ok
            d_pass_same += ok and not c.get("differs")
        same = sum(1 for c in peer if not c.get("differs"))
        print("; deduce passes %d (%d of the %d cases where Kring expects what DEDUCE's tests expect)"
              % (d_pass, d_pass_same, same))
        result["deduce"]["peer"] = {"cases": len(peer), "passed": d_pass, "passedSameExpectation": d_pass_same,
                                    "sameExpectation": same}
    else:
        print()

    # speed
    ks = export["speed"]
    print("\nspeed on the concatenated evaluation text (%d chars): kring %.2f M chars/s CPU, %.2f M chars/s wall "
          "(%d clients, load %.1f, Java %s)" % (ks["chars"], ks["charsPerSecondCpu"] / 1e6,
                                                ks["charsPerSecondWall"] / 1e6, ks["clients"], ks["loadAverage"],
                                                ks["java"]))
    result["kring"]["speed"] = ks
    if model is not None:
        text = "".join(f["text"] + "\n\n" for f in files)
        if len(text) != ks["chars"]:
            sys.exit("the concatenated text differs from the one Kring timed (%d != %d chars)" % (
                len(text), ks["chars"]))
        one = person_for(Person, next(iter(clients.values())))
        deduce_annotations(model, text)  # warm-up
        cpu0, wall0 = timed(lambda: deduce_annotations(model, text), args.speed_runs)
        cpu1, wall1 = timed(lambda: deduce_annotations(model, text, one), args.speed_runs)
        load = os.getloadavg()[0]
        print("deduce %.3f M chars/s CPU, %.3f M chars/s wall without patient; %.3f / %.3f M with one patient "
              "(load %.1f, Python %s, deduce %s)" % (len(text) / cpu0 / 1e6, len(text) / wall0 / 1e6,
                                                     len(text) / cpu1 / 1e6, len(text) / wall1 / 1e6, load,
                                                     sys.version.split()[0], version))
        result["deduce"]["speed"] = {"chars": len(text), "cpuSecondsMedian": cpu0, "wallSecondsMedian": wall0,
                                     "cpuSecondsMedianOnePatient": cpu1, "wallSecondsMedianOnePatient": wall1,
                                     "loadAverage": load, "version": version}
    else:
        print("\nDEDUCE not measured: the package `deduce` cannot be imported here (%s). "
              "Install it (pip install deduce, which brings docdeid, rapidfuzz, frozendict, regex) and run this "
              "script again; nothing is estimated in its place." % why)

    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(result, fh, indent=2, default=lambda o: sorted(o) if isinstance(o, set) else str(o))


def _peer_ok(case, spans):
    text = case["text"]
    if any(not covered(text, g["start"], g["end"], spans) for g in case["gold"]):
        return False
    return not any(overlapping(spans, t["start"], t["end"]) for t in case["traps"])


if __name__ == "__main__":
    main()
