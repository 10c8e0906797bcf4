"""Exports: reports to the ACLED and UCDP GED layouts, a CSV of claims and
GeoJSON. Each writer is a plain function ``write_X(reports, out) -> int``
over an iterable of :class:`fogcount.models.Report` and a text stream; it
returns the rows (or features) written. Each tabular layout is one table of
columns (name, how it is filled, what fills it): ``ACLED_COLUMNS``,
``UCDP_COLUMNS``, ``CLAIMS_COLUMNS``; GeoJSON's properties are
``GEOJSON_PROPERTIES``.
"""

from __future__ import annotations

from fogcount.export._common import Column, markdown
from fogcount.export.acled import ACLED_COLUMNS, read_acled, write_acled
from fogcount.export.claims_csv import CLAIMS_COLUMNS, read_claims_csv, write_claims_csv
from fogcount.export.geojson import GEOJSON_PROPERTIES, read_geojson, write_geojson
from fogcount.export.ucdp import UCDP_COLUMNS, read_ucdp, write_ucdp

# --format NAME -> writer, for the CLI.
WRITERS = {
    "acled": write_acled,
    "ucdp": write_ucdp,
    "csv": write_claims_csv,
    "geojson": write_geojson,
}

# Tabular layouts; docs/exports.md shows them as markdown() writes them (scripts/docs_tables.py).
LAYOUTS: dict[str, tuple[Column, ...]] = {
    "acled": ACLED_COLUMNS,
    "ucdp": UCDP_COLUMNS,
    "csv": CLAIMS_COLUMNS,
}

__all__ = [
    "ACLED_COLUMNS", "CLAIMS_COLUMNS", "GEOJSON_PROPERTIES", "LAYOUTS", "UCDP_COLUMNS", "WRITERS",
    "Column", "markdown", "read_acled", "read_claims_csv", "read_geojson", "read_ucdp",
    "write_acled", "write_claims_csv", "write_geojson", "write_ucdp",
]
