"""The project's own texts whose per-stage output the stage-version pins
(stage_versions.json) fix: the shipped example and a few reports written to
touch every stage (figures, sources, relative dates, places, several events)."""

from __future__ import annotations

import datetime as dt
from importlib import resources

from fogcount.stages.ingest import Record, normalise

TEXTS = [
    ("market", dt.date(2020, 5, 6),
     "KANDAHAR, Afghanistan (Wire) - Gunmen killed six people at a market in Kandahar on Tuesday, police said.\n\n"
     "A provincial health official said at least 9 people were wounded. Separately, an air strike killed two "
     "children in the village of Spin Boldak, about 100 km to the southeast, on Monday, the ministry said."),
    ("protest", dt.date(2020, 5, 9),
     "On 9 May 2020, hundreds of taxi drivers protested in Salem against fuel prices. Police arrested 30 of "
     "them, a rights group said, and dozens were injured."),
    ("clash", None,
     "Clashes between the army and rebels near Goma left 14 fighters dead last week, according to a local "
     "monitor. The army said it had not lost any soldiers."),
]


def stage_records() -> list[Record]:
    example = resources.files("fogcount.data").joinpath("example.txt").read_text("utf-8")
    records = [Record(text=normalise(example), origin="example", id="example", published=dt.date(2018, 6, 14))]
    records += [Record(text=normalise(text), origin=name, id=name, published=published)
                for name, published, text in TEXTS]
    return records
