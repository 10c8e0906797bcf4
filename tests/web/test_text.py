"""Highlighting untrusted text: escaped, overlaps resolved, excerpts placed."""

from __future__ import annotations

import pytest

from fogcount.web.text import Mark, excerpts, highlight, place_text, text_anchor, through
from web_reports import FALLUJAH_TEXT, fallujah_report


def test_highlight_escapes_and_wraps_marks():
    text = "<b>12</b> killed in Hassi"
    out = str(highlight(text, [Mark(3, 5, "claim", 'a "title"'), Mark(20, 25, "place", "Al Hassi")]))
    assert out == ('&lt;b&gt;<mark class="claim" title="a &#34;title&#34;">12</mark>&lt;/b&gt; killed in '
                   '<mark class="place" title="Al Hassi">Hassi</mark>')


def test_overlapping_marks_give_way_by_priority():
    text = "Iraqi police in Mosul said"
    out = str(highlight(text, [Mark(15, 20, "place", "Mosul"), Mark(0, 20, "source", "police"),
                               Mark(30, 40, "claim", "out of range")]))
    assert out.count("<mark") == 1 and '<mark class="source"' in out


def test_excerpts_place_the_claims_sentences_in_the_text():
    report = fallujah_report()
    text = " ".join(FALLUJAH_TEXT)
    found = excerpts(report)
    assert [sentence for _, sentence in found] == FALLUJAH_TEXT
    assert all(text[start:start + len(sentence)] == sentence for start, sentence in found)


def test_chains():
    claim = fallujah_report().claims[1]
    assert through(claim) == "a Ministry of Defense video"


@pytest.mark.parametrize("text, name, shown", [
    ("Saraqeb", "Saraqib", "Saraqeb (Saraqib)"),  # spelled otherwise: the gazetteer's beside the article's
    ("Fallujah", "Fallujah", "Fallujah"),
    ("near Fallujah", "Fallujah", "near Fallujah"),  # the text holds the name
    ("Idlib", "idlib", "Idlib"),  # up to case ...
    ("Sanaa", "Sanaá", "Sanaa"),  # ... and diacritics
    ("Kafr Nabl", None, "Kafr Nabl"),
    (None, "Aleppo", "Aleppo"),
])
def test_a_place_as_the_article_spells_it_with_the_gazetteers_name_beside_it(text, name, shown):
    assert place_text(text, name) == shown


def test_a_claims_figure_in_the_text_has_an_anchor_for_links_from_its_event():
    assert text_anchor("fallujah:c2") == "text-c2" and text_anchor("c2") == "text-c2"
    out = str(highlight("Ten died.", [Mark(0, 3, "claim", "t", "#claim-c1", "text-c1")]))
    assert out == '<a href="#claim-c1"><mark class="claim" id="text-c1" title="t">Ten</mark></a> died.'
