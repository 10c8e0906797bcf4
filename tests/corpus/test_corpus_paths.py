"""Walking the command line's arguments: files, directories, globs."""

from __future__ import annotations

from pathlib import Path

from fogcount.corpus.paths import expand, takes
from fogcount.errors import RecordError


def _tree(root: Path) -> None:
    for name in ("b.txt", "a.html", "sub/c.jsonl", "sub/deeper/d.warc.gz", "sub/style.css", "sub/logo.png",
                 ".hidden.txt", ".git/e.txt", "README", "feed.xml"):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")


def names(items, root: Path) -> list[str]:
    return [str(i.relative_to(root)) if isinstance(i, Path) else i for i in items]


def test_directory_walk_is_sorted_recursive_and_takes_documents_only(tmp_path):
    _tree(tmp_path)
    assert names(expand([str(tmp_path)]), tmp_path) == [
        "README", "a.html", "b.txt", "feed.xml", "sub/c.jsonl", "sub/deeper/d.warc.gz",
    ]


def test_a_named_file_is_read_whatever_its_name(tmp_path):
    _tree(tmp_path)
    assert names(expand([str(tmp_path / "sub/style.css")]), tmp_path) == ["sub/style.css"]


def test_globs_and_each_file_once(tmp_path):
    _tree(tmp_path)
    got = names(expand([str(tmp_path / "**/*.txt"), str(tmp_path / "b.txt"), str(tmp_path / "sub")]), tmp_path)
    # '**/*.txt' does not match hidden names; b.txt is not read twice; sub/ is walked.
    assert got == ["b.txt", "sub/c.jsonl", "sub/deeper/d.warc.gz"]


def test_arguments_that_name_nothing_are_errors_in_place(tmp_path):
    _tree(tmp_path)
    got = list(expand([str(tmp_path / "missing.txt"), str(tmp_path / "a.html"), str(tmp_path / "*.nothing"), "-"]))
    assert isinstance(got[0], RecordError) and "no such file or directory" in got[0].message
    assert got[1] == tmp_path / "a.html"
    assert isinstance(got[2], RecordError) and "no file matches" in got[2].message
    assert got[3] == "-"


def test_takes():
    assert takes(Path("x/news.WARC.GZ")) and takes(Path("x/page.htm")) and takes(Path("x/Makefile"))
    assert not takes(Path("x/photo.jpg")) and not takes(Path("x/archive.tar.gz"))


def test_every_name_the_kind_detection_knows_is_taken_from_directories():
    from fogcount.corpus.sniff import SUFFIXES, kind_of

    for suffix, kind in SUFFIXES:
        assert takes(Path(f"x/doc{suffix.upper()}")), suffix
        if kind is not None:
            assert kind_of(f"doc{suffix}", b"plain words") == kind
