"""What the place benchmarks share (acled_notes.py, wad_places.py): the place
fogcount outputs for the text's main event (the stages after annotate run on
each cached parse, :func:`pipeline_reports`), its distance to the coded point,
the misses by kind, and beside it, as a diagnostic only, the place
:func:`fogcount.stages.places.event_mention` tells by structure.

A miss is sorted by what went wrong, told from the gazetteer, not from the
gold's name (which the measured half never shows to anyone):

* ``no place``: nothing resolved to a point;
* ``not in index``: no place of the index within 25 km of the coded point
  bears a name the text uses (the village is missing, or the text names only a
  feature class the index lacks);
* ``wrong namesake``: the index has a place of a name the text uses within 25 km,
  but another place of that name (or another name) was chosen;
* ``coarse``: the chosen place is a container (precision 2-3) of the right area, 25-100 km off.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from pathlib import Path

from fogcount.evaluation import within_km
from fogcount.gazetteer import Gazetteer, GazetteerError, name_key
from fogcount.gazetteer.query import haversine_km
from fogcount.models import Report
from fogcount.pipeline import run_stages
from fogcount.settings import Settings
from fogcount.stages.ingest import Record
from fogcount.stages.places import event_mention

KINDS = ("no place", "not in index", "wrong namesake", "coarse")


def add_place_options(parser, unit: str) -> None:
    """The options every places benchmark takes: which half, how many ``unit``s, which index, where misses go."""
    parser.add_argument("--limit", type=int, default=None, help=f"the first N {unit} of the half")
    parser.add_argument("--gazetteer", type=Path, default=None, help="the place index (default: fogcount's own)")
    parser.add_argument("--half", choices=("study", "measure", "all"), default="all")
    parser.add_argument("--misses", type=Path, default=None, help="write the study half's misses here (TSV)")
    parser.add_argument("--annotations", type=Path, default=None,
                        help="keep the parses in this file and reuse them (the places stage alone is rerun)")


def annotated(texts: list[str], cache: Path | None):
    """The texts' annotations, parsed once: with ``cache``, read from that
    pickle when it holds every text and written there after parsing (the parse
    is most of a run's time; a change to the places stage needs only the stage)."""
    from fogcount.settings import Settings
    from fogcount.stages.annotate import annotate_many

    keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
    stored: dict = {}
    if cache is not None and cache.exists():
        with cache.open("rb") as handle:
            stored = pickle.load(handle)
    missing = [i for i, k in enumerate(keys) if k not in stored]
    for i, ann in zip(missing, annotate_many([texts[i] for i in missing], settings=Settings())):
        stored[keys[i]] = ann
    if cache is not None and missing:
        with cache.open("wb") as handle:
            pickle.dump(stored, handle)
    return [stored[k] for k in keys]


def open_for(args, data: Path, program: str) -> Gazetteer | None:
    """The index a places benchmark scores with, once its data file exists and
    --misses asks only for the study half (the measured half is never read);
    None, with a line on stderr, otherwise."""
    if not data.exists():
        print(f"{program}: {data} does not exist", file=sys.stderr)
        return None
    if args.misses is not None and args.half != "study":
        print(f"{program}: --misses only with --half study (the measured half is never read)", file=sys.stderr)
        return None
    return open_index(args.gazetteer, program)


def open_index(path: Path | None, program: str) -> Gazetteer | None:
    """The index at ``path`` (fogcount's own when None); None, with a line on stderr, when it is missing."""
    if path is not None and not path.exists():
        print(f"{program}: no gazetteer index at {path}", file=sys.stderr)
        return None
    try:
        return Gazetteer.open(path)
    except GazetteerError as exc:
        print(f"{program}: {exc}", file=sys.stderr)
        return None


def pipeline_reports(units: list[str], anns: list, gazetteer: Path | None) -> list[Report]:
    """fogcount's reports of the parsed texts: every stage after annotate, run
    on each text's parse with the index ``gazetteer`` (fogcount's own when None),
    as the pipeline runs them (:func:`fogcount.pipeline.run_stages`)."""
    settings = Settings(gazetteer=str(gazetteer) if gazetteer is not None else None)
    return [run_stages(Record(text=ann.text, origin=unit, id=unit), settings, annotation=ann).report
            for unit, ann in zip(units, anns)]


def diagnostic_place(ann, mentions):
    """The place of the text's event as the places stage alone tells it by
    structure (:func:`fogcount.stages.places.event_mention`): no stage outputs it;
    printed beside the pipeline's figure as a diagnostic."""
    found = event_mention(ann, mentions)
    return found.place if found is not None else None


class PlaceScore:
    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.n = self.located = self.within25 = self.within100 = 0
        self.diagnostic25 = 0
        self.only_diagnostic = self.only_pipeline = 0  # right by one of the two places and not by the other
        self.kinds = dict.fromkeys(KINDS, 0)
        self.misses: list[tuple] = []

    def add(self, unit: str, place, ann, mentions, lat: float, lon: float, gold_name: str, text: str) -> None:
        """Score ``place``, the pipeline's place of the text's main event (None:
        no event or no place), against the coded point; ``mentions`` are the
        places stage's, for the diagnostic and the misses' kinds."""
        self.n += 1
        diagnostic = diagnostic_place(ann, mentions)
        diagnostic_right = diagnostic is not None and within_km(diagnostic, lat, lon, 25)
        right = place is not None and place.lat is not None and within_km(place, lat, lon, 25)
        self.diagnostic25 += diagnostic_right
        self.only_diagnostic += diagnostic_right and not right
        self.only_pipeline += right and not diagnostic_right
        if place is not None and place.lat is None:
            place = None
        if place is not None:
            self.located += 1
            self.within100 += within_km(place, lat, lon, 100)
            if right:
                self.within25 += 1
                return
        kind = self._kind(place, mentions, lat, lon)
        self.kinds[kind] += 1
        self.misses.append((unit, kind, gold_name, place.text if place else "",
                            place.name if place else "", f"{place.lat},{place.lon}" if place else "",
                            " | ".join(m.text for m in mentions), text.replace("\t", " ").replace("\n", " ")))

    def _kind(self, place, mentions, lat: float, lon: float) -> str:
        near = {name_key(c.name) for c, _ in self.gazetteer.near(lat, lon, 25, limit=400)}
        texts = {name_key(m.text) for m in mentions}
        if texts & near or any(self._alt_near(m.text, lat, lon) for m in mentions):
            return "wrong namesake" if place is not None else "no place"
        if place is None:
            return "no place"
        if (place.precision or 1) >= 2 and haversine_km(place.lat, place.lon, lat, lon) <= 100:
            return "coarse"
        return "not in index"

    def _alt_near(self, text: str, lat: float, lon: float) -> bool:
        return any(c.lat is not None and haversine_km(c.lat, c.lon, lat, lon) <= 25
                   for c in self.gazetteer.lookup(text, limit=50))

    def print(self, target: float) -> None:
        n = max(1, self.n)
        print(f"locations <= 25 km    {self.within25 / n:.3f}   (target {target}; {self.within25} of {self.n}; "
              "fogcount's output: the main event's place)")
        print(f"locations <= 100 km   {self.within100 / n:.3f}")
        print(f"with a place          {self.located / n:.3f}")
        print("misses by kind        " + ", ".join(f"{k} {v / n:.3f}" for k, v in self.kinds.items()))
        print(f"diagnostic: event_mention <= 25 km {self.diagnostic25 / n:.3f}   (the places stage's own choice, "
              f"which no stage outputs; right only by it {self.only_diagnostic}, only by the pipeline "
              f"{self.only_pipeline})")

    def write_misses(self, path: Path) -> None:
        with path.open("w", encoding="utf-8") as out:
            out.write("unit\tkind\tgold\ttext\tname\tpoint\tmentions\tnote\n")
            for row in self.misses:
                out.write("\t".join(map(str, row)) + "\n")
