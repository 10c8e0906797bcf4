"""place_label: the text's spelling, with the gazetteer's name beside it where they differ."""

from __future__ import annotations

import pytest

from fogcount.gazetteer import place_label
from fogcount.models import PlaceRef


@pytest.mark.parametrize("place, label", [
    (PlaceRef(text="Saraqeb", name="Saraqib", lat=35.86, lon=36.8), "Saraqeb (Saraqib)"),
    (PlaceRef(text="Kafr Nabl", name="Kafranbel", lat=35.61, lon=36.56), "Kafr Nabl (Kafranbel)"),
    (PlaceRef(text="Fallujah", name="Fallujah", lat=33.35, lon=43.79), "Fallujah"),
    (PlaceRef(text="FALLŪJAH", name="Fallujah", lat=33.35, lon=43.79), "FALLŪJAH"),  # case and marks only
    (PlaceRef(text="near Fallujah", name="Fallujah", lat=33.35, lon=43.79, derived_from="Fallujah"), "near Fallujah"),
    (PlaceRef(text="20 miles west of Fallujah", lat=33.3, lon=43.4, derived_from="Fallujah"), "20 miles west of Fallujah"),
    (PlaceRef(text="Zawiyat Qarmun", lat=35.93, lon=36.63, precision=2, derived_from="Idlib"), "Zawiyat Qarmun (in Idlib)"),
    (PlaceRef(text="Zawiyat Qarmun"), "Zawiyat Qarmun"),
    (None, ""),
])
def test_place_label(place, label):
    assert place_label(place) == label
