"""Highlighting untrusted text: escaped, overlaps resolved, excerpts placed."""

from __future__ import annotations

from fogcount.web.text import Mark, excerpts, highlight, through
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
