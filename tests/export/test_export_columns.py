"""Every export column and GeoJSON property is documented (the pattern of
tests/test_settings.py): a column added without saying how it is filled fails."""

from __future__ import annotations

import io

import pytest

from fogcount.export import GEOJSON_PROPERTIES, LAYOUTS, WRITERS, markdown


def test_every_format_has_a_writer():
    assert set(WRITERS) == {"acled", "ucdp", "csv", "geojson"}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_column_is_documented(layout):
    columns = LAYOUTS[layout]
    names = [c.name for c in columns]
    assert len(names) == len(set(names)), f"{layout}: a column name is repeated"
    assert names[0] == "document_id"
    for column in columns:
        assert column.doc and len(column.doc.split()) >= 2, f"{layout}.{column.name} has no description"
        if column.get is None:
            assert "empty" in column.doc, f"{layout}.{column.name} is never filled: its doc must say so"
    table = markdown(columns)
    assert all(f"| `{n}` |" in table for n in names)


def test_every_geojson_property_is_documented():
    for name, (doc, get) in GEOJSON_PROPERTIES.items():
        assert doc and callable(get), name


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_row_has_a_cell_per_column(layout, reports):
    import csv

    out = io.StringIO()
    WRITERS[layout](reports, out)
    lines = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert {len(line) for line in lines} == {len(LAYOUTS[layout])}
