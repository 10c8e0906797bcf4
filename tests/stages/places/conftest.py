"""Fixtures of the places tests: gazetteers built in tmp from the rows of
``places_rows.py``."""

from __future__ import annotations

import pytest

from places_rows import NAMESAKE_ROWS, ROWS, VILLAGE_ROWS, settings_with


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return settings_with(ROWS, tmp_path_factory.mktemp("gaz"))


@pytest.fixture(scope="module")
def namesakes(tmp_path_factory):
    return settings_with(NAMESAKE_ROWS, tmp_path_factory.mktemp("namesakes"))


@pytest.fixture(scope="module")
def villages(tmp_path_factory):
    return settings_with(VILLAGE_ROWS, tmp_path_factory.mktemp("villages"))
