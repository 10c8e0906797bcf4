"""Annotate: the pinned model, chunking of long texts, sentence breaks."""

from __future__ import annotations

import shutil

import pytest

from fogcount.errors import ModelError
from fogcount.settings import Settings
from fogcount.stages.annotate import annotate, chunks, load_pipeline, model_path, pinned_hashes, verify_model


def test_installed_model_matches_the_pinned_hashes():
    path = model_path("en_core_web_sm")
    verify_model(path)  # raises on any difference
    assert set(pinned_hashes()) >= {"tok2vec/model", "parser/model", "ner/model", "tagger/model"}


def test_a_model_whose_files_differ_is_refused(tmp_path):
    copy = tmp_path / "model"
    shutil.copytree(model_path("en_core_web_sm"), copy)
    with open(copy / "ner" / "model", "r+b") as handle:
        handle.seek(100)
        byte = handle.read(1)
        handle.seek(100)
        handle.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(ModelError, match="ner/model .* refusing"):
        verify_model(copy)
    shutil.copy(model_path("en_core_web_sm") / "ner" / "model", copy / "ner" / "model")
    verify_model(copy)
    (copy / "parser" / "model").unlink()
    with pytest.raises(ModelError, match="lacks parser/model"):
        verify_model(copy)


def test_unknown_model_name_is_a_clear_error():
    with pytest.raises(ModelError, match="not installed"):
        model_path("en_core_web_nonexistent")


def test_chunks_cut_at_paragraphs_and_cover_the_text():
    text = ("One sentence here. " * 30 + "\n\n") * 20
    pieces = chunks(text, 1000)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 1000 for _, p in pieces)
    assert all(text[o : o + len(p)] == p for o, p in pieces)
    assert all(p.endswith("\n\n") for _, p in pieces[:-1])


def test_chunks_cut_a_text_with_no_spaces():
    text = "x" * 2500
    assert [len(p) for _, p in chunks(text, 1000)] == [1000, 1000, 500]


def test_long_text_is_parsed_in_pieces_with_document_offsets():
    paragraph = "At least 12 soldiers were killed in Hajin on Monday.\n\n"
    text = paragraph * 40
    whole = annotate(text, settings=Settings())
    pieces = annotate(text, settings=Settings(chunk_chars=300))
    assert [(t.text, t.idx) for t in pieces.tokens] == [(t.text, t.idx) for t in whole.tokens]
    for tok in pieces.tokens:
        assert text[tok.idx : tok.end] == tok.text
        assert 0 <= tok.head < len(pieces.tokens)
    assert len(pieces.sentences) == 40


def test_blank_line_ends_a_sentence():
    ann = annotate("Dozens killed in clashes\n\nThe army said 12 soldiers died.", settings=Settings())
    texts = [ann.sentence_text(i)[0].strip() for i in range(len(ann.sentences))]
    assert texts == ["Dozens killed in clashes", "The army said 12 soldiers died."]


def test_pipeline_is_loaded_once():
    assert load_pipeline() is load_pipeline()


def test_paragraphs_are_parted_by_blank_lines_or_else_by_line_breaks():
    ann = annotate("One sentence. Two sentence.\n\nThree sentence.", settings=Settings())
    assert ann.paragraphs == [0, 0, 1] and ann.same_paragraph(0, 1) and not ann.same_paragraph(1, 2)
    wrapped = annotate("First line here.\nSecond line here.", settings=Settings())
    assert wrapped.paragraphs == [0, 1]


def test_entity_runs_are_one_label_within_one_sentence():
    ann = annotate("John Smith met Mary Jones in Mosul on Tuesday. Ahmed Ali said so.", settings=Settings())
    people = [ann.text[ann.tokens[i].idx:ann.tokens[j - 1].end] for i, j in ann.entity_runs(("PERSON",))]
    assert people == ["John Smith", "Mary Jones", "Ahmed Ali"]
    for i, j in ann.entity_runs(("PERSON", "GPE", "DATE")):
        assert len({ann.tokens[k].ent for k in range(i, j)}) == 1 and len({ann.tokens[k].sent for k in range(i, j)}) == 1
