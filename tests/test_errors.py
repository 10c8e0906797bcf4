"""Coded errors: stable codes, one-line messages, and one table (errors.ERRORS)
that the CLI and the web page read their statuses from."""

from __future__ import annotations

import importlib
import pkgutil
from http import HTTPStatus

import pytest

import fogcount
from fogcount import errors
from fogcount.cli import EXIT_FAILED, EXIT_INTERNAL, EXIT_USAGE, main
from fogcount.gazetteer import Gazetteer, GazetteerError


def error_classes() -> set[type[errors.FogcountError]]:
    """Every coded error class fogcount defines, in any of its modules (the gazetteer's too)."""
    for module in pkgutil.walk_packages(fogcount.__path__, "fogcount."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found, todo = set(), [errors.FogcountError]
    while todo:
        cls = todo.pop()
        found.add(cls)
        todo.extend(cls.__subclasses__())
    return {cls for cls in found if cls.__module__.startswith("fogcount.")}


def test_codes_are_unique_and_shown():
    own_codes = [cls.code for cls in error_classes() if "code" in vars(cls)]
    assert len(own_codes) == len(set(own_codes))
    assert set(own_codes) <= set(errors.ERRORS)
    assert all(code == row.code for code, row in errors.ERRORS.items())
    err = errors.InputError("a.txt: no such file")
    assert str(err) == "E100 a.txt: no such file" and "\n" not in str(err)
    assert isinstance(errors.RecordError("x"), errors.InputError)


def test_every_error_class_is_in_the_table():
    classes = error_classes()
    assert GazetteerError in classes
    for cls in classes:
        row = errors.ERRORS[cls.code]
        assert issubclass(cls, row.kind)
        if "code" in vars(cls):  # a class with a code of its own is its row's kind
            assert row.kind is cls
    for row in errors.ERRORS.values():  # and each row's kind raises its code (StageError: one of four)
        assert row.kind.code == row.code or row.kind is errors.StageError
    assert sorted(errors.ERRORS) == ["E000", "E100", "E101", "E200", "E300", "E400", "E500", "E600",
                                     "E700", "E701", "E702", "E703", "E800"]


def test_every_row_says_what_the_code_means_in_one_line():
    for row in errors.ERRORS.values():
        assert row.description.endswith(".") and "\n" not in row.description
        assert row.template is None or "{" in row.template


def test_http_statuses_are_the_requests_or_the_servers_fault():
    for row in errors.ERRORS.values():
        assert HTTPStatus(row.http_status).phrase and 400 <= row.http_status < 600  # a status, and an error's
    for kind in (errors.FogcountError, errors.InputError, errors.RecordError, errors.SettingsError):
        assert errors.ERRORS[kind.code].http_status == 400
    for kind in (errors.ModelError, errors.GazetteerFailure, errors.StoreError, errors.BatchError, errors.StageError):
        assert errors.ERRORS[kind.code].http_status >= 500  # the server's fault, never "400 Bad request"


def test_exit_statuses_are_the_clis():
    assert {row.exit_status for row in errors.ERRORS.values()} == {EXIT_FAILED, EXIT_USAGE, EXIT_INTERNAL}
    assert errors.row_of(errors.DocumentFault("x.txt: internal error")).exit_status == EXIT_INTERNAL
    assert errors.row_of(errors.SettingsError("x")).exit_status == EXIT_USAGE
    assert errors.row_of(errors.StoreError("x")).exit_status == EXIT_FAILED


def test_a_record_error_names_its_record_as_the_template_puts_it():
    assert errors.ERRORS["E101"].template == "{origin}: {reason}"
    message = errors.ERRORS["E101"].template.format(origin="batch.jsonl:12", reason="record has no 'text'")
    assert errors.RecordError(message).origin == "batch.jsonl:12"


def test_the_gazetteers_error_is_e400_and_its_text_stays_bare(tmp_path):
    with pytest.raises(errors.GazetteerFailure) as caught:  # the gazetteer's own class, caught as fogcount's
        Gazetteer.open(tmp_path / "none.sqlite", build_if_missing=False)
    assert isinstance(caught.value, GazetteerError)
    assert str(caught.value) == f"no gazetteer index at {tmp_path / 'none.sqlite'}"
    assert errors.row_of(caught.value) is errors.ERRORS["E400"]


def test_the_cli_exits_with_the_codes_status(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Two people were killed.", encoding="utf-8")
    assert main(["extract", "--policy", "loudest", str(article)]) == EXIT_USAGE
    assert main(["events", "--db", str(tmp_path / "no" / "such" / "s.db")]) == EXIT_FAILED
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("fogcount: E300 policy must be conservative, ucdp or median")
    assert err[1].startswith("fogcount: E500 ")


def test_a_stage_error_has_the_row_of_its_own_code():
    from fogcount.stages.base import Stage

    with pytest.raises(errors.StageError) as caught:
        Stage(name="broken", version="1", requires=("report.nowhere",), assigns=(),
              run=lambda state, settings: state)
    row = errors.row_of(caught.value)
    assert row.code == "E703" and row.kind is errors.StageError and row.http_status == 500
    assert caught.value.message == row.template.format(name="broken", paths="report.nowhere")
