"""Settings are one table (settings.SETTINGS): the Settings object's defaults
and the CLI's option help come from it, options are keyword-only and frozen,
bad values are refused. That each is documented is tests/test_docs.py's."""

from __future__ import annotations

import dataclasses
import inspect

import pytest
import typer

from fogcount.batch import DaskRunner
from fogcount.cli import EXIT_OK, app, main
from fogcount.errors import SettingsError
from fogcount.settings import DEFAULT_SETTINGS, SETTINGS, SETTINGS_HELP, Settings
from fogcount.web.app import MAP_POINTS, PAGE_SIZE, create_app

COMMAND = typer.main.get_command(app)


def test_the_table_names_each_setting_once_with_help():
    names = [setting.name for setting in SETTINGS]
    assert len(names) == len(set(names)) == len(DEFAULT_SETTINGS) == len(SETTINGS_HELP)
    for setting in SETTINGS:
        assert setting.help.endswith(".") and "\n" not in setting.help, setting.name


def test_every_settings_field_is_in_the_table_with_its_default():
    for field in dataclasses.fields(Settings):
        assert field.name in DEFAULT_SETTINGS, field.name
        assert field.default == DEFAULT_SETTINGS[field.name]
    assert Settings().max_bytes == 1_000_000 and Settings().policy == "ucdp" and Settings().actors == ()


def test_the_web_and_batch_defaults_are_the_tables():
    create = inspect.signature(create_app).parameters
    assert (create["page_size"].default, create["map_points"].default) == (PAGE_SIZE, MAP_POINTS)
    assert (PAGE_SIZE, MAP_POINTS) == (DEFAULT_SETTINGS["page_size"], DEFAULT_SETTINGS["map_points"]) == (100, 500)
    for name in ("allow_writes", "token", "tile_url", "max_body"):
        assert create[name].default == DEFAULT_SETTINGS[name]
    runner = inspect.signature(DaskRunner).parameters
    for name in ("workers", "scheduler", "connect_timeout", "worker_timeout"):
        assert runner[name].default == DEFAULT_SETTINGS[name]


@pytest.mark.parametrize("command", ["extract", "ingest", "serve"])
def test_the_options_that_are_settings_take_the_tables_help_and_default(command, capsys):
    options = [p for p in COMMAND.commands[command].params if p.param_type_name == "option"]
    settings = [p for p in options if p.name in SETTINGS_HELP]
    assert len(settings) >= 6
    for option in settings:
        assert option.help == SETTINGS_HELP[option.name]
        assert option.opts[0] == "--" + option.name.replace("_", "-")
        default = option.default if option.default != [] else ()
        assert default == DEFAULT_SETTINGS[option.name], option.name
    assert main([command, "--help"]) == EXIT_OK
    shown = "".join(capsys.readouterr().out.split())  # --help wraps lines (at hyphens too)
    for option in settings:
        assert "".join(SETTINGS_HELP[option.name].split()) in shown, option.name


def test_settings_are_keyword_only_and_frozen():
    settings = Settings(max_bytes=5)
    assert settings.replace(max_bytes=6).max_bytes == 6 and settings.max_bytes == 5
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.max_bytes = 7
    with pytest.raises(TypeError):
        Settings(5)


def test_bad_settings_are_refused():
    for bad, message in (({"chunk_chars": 0}, "chunk_chars must be a whole number of at least 1, not 0"),
                         ({"batch_size": 0}, "batch_size must be a whole number of at least 1, not 0"),
                         ({"max_bytes": -1}, "max_bytes must be a whole number of at least 1, not -1"),
                         ({"published": "2020-01-01"}, "published must be a date, not '2020-01-01'"),
                         ({"policy": "loudest"}, "policy must be conservative, ucdp or median, not 'loudest'"),
                         ({"actors": "one.toml"}, "actors must be a list of file paths, not one string")):
        with pytest.raises(SettingsError) as caught:
            Settings(**bad)
        assert str(caught.value) == f"E300 {message}"
