"""A place's name as people are shown it: :func:`place_label`.

The reader of an article knows a place by the article's spelling ("Saraqeb",
"Kafr Nabl"); the gazetteer has its own ("Saraqib", "Kafranbel"). Every view
(the table, the exports' ``location``, the web page) shows the text's spelling
with the gazetteer's beside it where they differ, through this one function.
"""

from __future__ import annotations

from .names import fold


def place_label(place) -> str:
    """``"Saraqeb (Saraqib)"``: the text's spelling, then the gazetteer's name
    in parentheses when it is spelled otherwise (up to case and diacritics, and
    not already part of the text: "near Fallujah", "20 km west of Fallujah" stay
    as written); a place the gazetteer lacks that was placed at the container
    the text names says so: ``"Kafr Oweid (in Idlib)"``. ``place``: a
    :class:`fogcount.models.PlaceRef`, or None (``""``)."""
    if place is None:
        return ""
    text = place.text
    if place.name:
        return spelled(text, place.name)
    if place.derived_from and place.lat is not None and not _within(place.derived_from, text):
        return f"{text} (in {place.derived_from})"
    return text


def spelled(text: str | None, name: str | None) -> str:
    """The text's spelling with the gazetteer's ``name`` beside it where that is
    spelled otherwise: what :func:`place_label` shows of a resolved place, for
    views that hold the two names without the place (the web map's points)."""
    if not text:
        return name or ""
    if not name or name == text or _within(name, text):  # the same spelling (most places): no folding
        return text
    return f"{text} ({name})"


def _within(name: str, text: str) -> bool:
    """The name, folded, is the text or a run of its words."""
    words, inner = fold(text).split(), fold(name).split()
    return bool(inner) and any(words[i : i + len(inner)] == inner for i in range(len(words) - len(inner) + 1))
