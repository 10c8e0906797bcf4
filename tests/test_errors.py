"""Coded errors: stable codes, one-line messages."""

from fogcount import errors


def test_codes_are_unique_and_shown():
    classes = [errors.FogcountError, errors.InputError, errors.RecordError, errors.ModelError, errors.SettingsError]
    assert len({c.code for c in classes}) == len(classes)
    err = errors.InputError("a.txt: no such file")
    assert str(err) == "E100 a.txt: no such file" and "\n" not in str(err)
    assert isinstance(errors.RecordError("x"), errors.InputError)
