"""Settings: every option has help, options are keyword-only and frozen, bad
values are refused. That each is documented is tests/test_docs.py's."""

from __future__ import annotations

import dataclasses

from fogcount.settings import SETTINGS_HELP, Settings


def test_every_setting_has_help():
    names = {f.name for f in dataclasses.fields(Settings)}
    assert names == set(SETTINGS_HELP)


def test_settings_are_keyword_only_and_frozen():
    settings = Settings(max_bytes=5)
    assert settings.replace(max_bytes=6).max_bytes == 6 and settings.max_bytes == 5


def test_bad_settings_are_refused():
    import pytest

    from fogcount.errors import SettingsError

    for bad in ({"chunk_chars": 0}, {"batch_size": 0}, {"max_bytes": -1}, {"published": "2020-01-01"},
                {"actors": "one.toml"}):
        with pytest.raises(SettingsError):
            Settings(**bad)
