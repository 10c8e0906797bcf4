"""Settings are documented: every option has help, and the README names every
setting and command (a test fails when one is added without documentation)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import typer

from fogcount.cli import app
from fogcount.settings import SETTINGS_HELP, Settings

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_setting_has_help():
    names = {f.name for f in dataclasses.fields(Settings)}
    assert names == set(SETTINGS_HELP)


def test_settings_are_keyword_only_and_frozen():
    settings = Settings(max_bytes=5)
    assert settings.replace(max_bytes=6).max_bytes == 6 and settings.max_bytes == 5


def test_readme_documents_every_setting_and_command():
    readme = README.read_text(encoding="utf-8")
    for name in SETTINGS_HELP:
        assert f"`{name}`" in readme, f"setting {name} is not in the README"
    command = typer.main.get_command(app)
    for name in command.commands:
        assert f"fogcount {name}" in readme, f"command {name} is not in the README"
    assert "make demo" in readme and "make test" in readme


def test_bad_settings_are_refused():
    import pytest

    from fogcount.errors import SettingsError

    for bad in ({"chunk_chars": 0}, {"batch_size": 0}, {"max_bytes": -1}, {"published": "2020-01-01"},
                {"actors": "one.toml"}):
        with pytest.raises(SettingsError):
            Settings(**bad)
