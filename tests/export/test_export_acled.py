"""The ACLED layout, round-tripped through csv: columns, values, and ACLED's
fatalities convention."""

from __future__ import annotations

import io

import pytest

from fogcount.export import ACLED_COLUMNS, read_acled, write_acled
from fogcount.export.acled import conservative_figure, time_precision
from fogcount.export._common import EventRow
from fogcount.models import Claim, Cue, Document, Event, Report, Source, Subject, Value

ACLED_ORDER = (
    "event_id_cnty, event_date, year, time_precision, disorder_type, event_type, sub_event_type, actor1, "
    "assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, civilian_targeting, iso, region, country, "
    "admin1, admin2, admin3, location, latitude, longitude, geo_precision, source, source_scale, notes, "
    "fatalities, tags, timestamp"
).split(", ")


def export(reports) -> tuple[int, str, list[dict[str, str]]]:
    out = io.StringIO()
    written = write_acled(reports, out)
    return written, out.getvalue(), read_acled(out.getvalue())


def by_id(rows):
    return {r["event_id_cnty"]: r for r in rows}


def test_header_is_document_id_then_acleds_columns_in_order(reports):
    _, text, _ = export(reports)
    assert text.splitlines()[0].split(",") == ["document_id"] + ACLED_ORDER
    assert [c.name for c in ACLED_COLUMNS] == ["document_id"] + ACLED_ORDER


def test_one_row_per_event_in_input_order(reports):
    written, _, rows = export(reports)
    assert written == 5 == len(rows)
    assert [r["event_id_cnty"] for r in rows] == ["doc-1-e1", "doc-1-e2", "doc-1-e3", "doc-2-e1", "doc-2-e2"]
    assert [r["document_id"] for r in rows] == ["doc-1"] * 3 + ["doc-2"] * 2


def test_event_columns(reports):
    row = by_id(export(reports)[2])["doc-1-e1"]
    assert row["event_date"] == "2016-06-29" and row["year"] == "2016" and row["time_precision"] == "1"
    assert (row["event_type"], row["sub_event_type"]) == ("Battles", "Armed clash")
    assert row["disorder_type"] == "Political violence"
    assert (row["actor1"], row["actor2"]) == ("Islamic State", "Iraqi Army")
    assert (row["country"], row["iso"], row["admin1"]) == ("Iraq", "368", "Anbar")
    assert (row["location"], row["latitude"], row["longitude"], row["geo_precision"]) == ("the Hassi area (Al Hassi)", "33.1", "43.7", "2")  # the text's spelling, the gazetteer's beside it
    assert row["civilian_targeting"] == ""


def test_source_is_the_chains_and_the_outlet_for_unattributed_claims(reports):
    row = by_id(export(reports)[2])["doc-1-e1"]
    assert row["source"] == ('U.S. officials via Reuters; Gen. Hamed Al-Maliki via a Ministry of Defense video; '
                             'Karim al-Nuri via Al-Sabah; The "Fog" Gazette, Baghdad')


def test_notes_keep_each_sentence_once_with_commas_quotes_and_unicode(reports):
    sentences = {c.id: c.sentence for c in reports[0].claims}
    row = by_id(export(reports)[2])["doc-1-e1"]
    expected = [sentences[i] for i in ("c1", "c2", "c3", "c4", "c6", "c9")]  # c5 shares c4's sentence
    assert row["notes"] == " ".join(expected)
    assert 'calling it "a rout".' in row["notes"]
    assert "«Tens» of militants — Daesh's best" in row["notes"] and "Al Ḥāṣī,\nresidents" in row["notes"]


def test_fatalities_follow_acleds_convention(reports):
    rows = by_id(export(reports)[2])
    # min(250, tens=10, 61) combatants + dozens=12 civilians (the part_of claim not again) + 3 soldiers
    assert rows["doc-1-e1"]["fatalities"] == "25"
    assert rows["doc-1-e2"]["fatalities"] == "100"  # hundreds = 100; "many" gives no figure
    assert rows["doc-1-e3"]["fatalities"] == "0"  # none reported
    assert rows["doc-2-e1"]["fatalities"] == "2"  # min(negated 0, 7) civilians + a few = 2 fighters
    assert rows["doc-2-e2"]["fatalities"] == "5"  # claims elsewhere: the figures' low


def test_unknowns_are_empty_cells(reports):
    rows = by_id(export(reports)[2])
    unlocated, bare = rows["doc-1-e2"], rows["doc-1-e3"]
    assert unlocated["location"] == "Jazeera Khalidiya" and unlocated["latitude"] == unlocated["longitude"] == ""
    assert unlocated["time_precision"] == "2"  # 26 to 29 June
    for column in ("event_date", "year", "time_precision", "country", "iso", "location", "latitude", "geo_precision",
                   "actor1", "actor2"):
        assert bare[column] == "", column
    for column in ("assoc_actor_1", "inter1", "region", "admin2", "source_scale", "tags", "timestamp"):
        assert all(r[column] == "" for r in rows.values()), column
    assert rows["doc-2-e1"]["civilian_targeting"] == "Civilian targeting"
    assert rows["doc-2-e2"]["time_precision"] == "3" and rows["doc-2-e2"]["geo_precision"] == "3"


def test_no_reports_write_the_header_only():
    written, text, rows = export([])
    assert written == 0 and rows == [] and text.count("\n") == 1


def test_reports_may_be_a_generator(reports):
    assert export(r for r in reports)[0] == 5


def killed(text, low, high, *, vague=False, negated=False):
    return Claim(id="c", sentence="s", span=(0, 1), category="people.killed", negated=negated,
                 value=Value(text=text, low=low, high=high, vague=vague), subject=Subject(text="people"))


@pytest.mark.parametrize(
    ("text", "low", "high", "vague", "negated", "expected"),
    [
        ("tens", 20, 99, True, False, 10),
        ("dozens", 24, 99, True, False, 12),
        ("Hundreds", 200, 999, True, False, 100),
        ("at least dozens", 24, None, True, False, 12),
        ("tens of thousands", 20000, 99999, True, False, 10000),
        ("scores", 40, 99, True, False, 20),
        ("several", 3, 9, True, False, 3),
        ("many", None, None, True, False, None),
        ("up to 30", None, 30, False, False, None),
        ("At least 250", 250, None, False, False, 250),
        ("more than 60", 61, None, False, False, 61),
        ("no one", 0, 0, False, True, 0),
    ],
)
def test_conservative_figure_of_a_claim(text, low, high, vague, negated, expected):
    assert conservative_figure(killed(text, low, high, vague=vague, negated=negated)) == expected


@pytest.mark.parametrize(("days", "expected"), [(1, 1), (2, 2), (7, 2), (8, 3), (31, 3)])
def test_time_precision_from_the_date_span(days, expected):
    import datetime as dt

    start = dt.date(2020, 1, 1)
    event = Event(id="e1", date_start=start, date_end=start + dt.timedelta(days=days - 1))
    assert time_precision(EventRow(report=None, event=event, claims=[])) == expected


def test_one_sources_figures_for_two_sides_add_before_the_smallest_is_taken():
    """ "Forty GNA soldiers and eight LNA soldiers were killed": one toll of 48."""
    import io

    from fogcount.export import read_acled, write_acled
    from fogcount.models import Claim, Document, Event, Report, Subject, Value

    sentence = "Forty GNA soldiers and eight LNA soldiers were killed."

    def killed(cid, text, n, actor):
        return Claim(id=cid, sentence=sentence, span=(0, 1), category="people.killed",
                     value=Value(text=text, low=n, high=n),
                     subject=Subject(text="soldiers", actor=actor, role="security_forces"), event="e1")

    claims = [killed("c1", "Forty", 40, "GNA"), killed("c2", "eight", 8, "LNA")]
    report = Report(document=Document(id="d", sha256="0" * 64), claims=claims,
                    events=[Event(id="e1", claims=["c1", "c2"])])
    out = io.StringIO()
    write_acled([report], out)
    assert read_acled(out.getvalue())[0]["fatalities"] == "48"


def test_fatalities_fold_one_origins_figures_before_taking_the_smallest():
    """ "Three men were killed ... A fourth person died later. 4 fatalities." is
    one origin's 4 (its later figure replaces), not min(3, 1, 4)."""
    claims = [
        Claim(id=f"c{i}", sentence="s", span=(i * 10, i * 10 + 1), category="people.killed",
              value=Value(text=text, low=low, high=low), subject=Subject(text="men"))
        for i, (text, low) in enumerate([("Three", 3), ("A", 1), ("4", 4)], start=1)
    ]
    claims.append(Claim(id="c4", sentence="s", span=(50, 51), category="people.killed",
                        value=Value(text="2", low=2, high=2), subject=Subject(text="men"),
                        source=Source(speaker="police", kind="police", origin="police")))
    report = Report(document=Document(id="d", sha256="0" * 64),
                    claims=claims, events=[Event(id="e1", claims=[c.id for c in claims])])
    out = io.StringIO()
    write_acled([report], out)
    assert read_acled(out.getvalue())[0]["fatalities"] == "2"  # min(article's 4, police's 2)


def test_an_origin_that_gives_only_increments_is_no_total():
    """ "Three soldiers were killed. A fourth soldier later died, the army said.":
    the army's one more is not the army's toll, so not the smallest figure (3, not 1)."""
    def killed(cid, text, n, incremental=False, source=None):
        return Claim(id=cid, sentence="s", span=(int(cid[1:]) * 10, int(cid[1:]) * 10 + 1),
                     category="people.killed", value=Value(text=text, low=n, high=n, incremental=incremental),
                     subject=Subject(text="soldiers", role="security_forces"), source=source)

    army = Source(speaker="the army", kind="military", origin="the army")
    claims = [killed("c1", "Three", 3), killed("c2", "A fourth", 1, incremental=True, source=army)]
    report = Report(document=Document(id="d", sha256="0" * 64), claims=claims,
                    events=[Event(id="e1", claims=["c1", "c2"])])
    out = io.StringIO()
    write_acled([report], out)
    assert read_acled(out.getvalue())[0]["fatalities"] == "3"
    # alone, the increment is all there is
    alone = Report(document=Document(id="d", sha256="0" * 64), claims=claims[1:],
                   events=[Event(id="e1", claims=["c2"])])
    out = io.StringIO()
    write_acled([alone], out)
    assert read_acled(out.getvalue())[0]["fatalities"] == "1"


def test_a_toll_for_no_one_in_particular_holds_the_figures_for_roles():
    """ "A woman was found dead. 1 fatality." is 1, not 2; "Two soldiers and
    three civilians were killed. 4 fatalities." is 5 (the parts are more)."""
    def report(*claims):
        out = io.StringIO()
        write_acled([Report(document=Document(id="d", sha256="0" * 64), claims=list(claims),
                            events=[Event(id="e1", claims=[c.id for c in claims])])], out)
        return read_acled(out.getvalue())[0]["fatalities"]

    def killed(id, n, noun, role, rule):
        return Claim(id=id, sentence="s", span=(int(id[1:]) * 10, int(id[1:]) * 10 + 1), category="people.killed",
                     value=Value(text=str(n), low=n, high=n), subject=Subject(text=noun, role=role),
                     cue=Cue(text=noun, span=(0, 1), rule=rule))

    assert report(killed("c1", 1, "woman", "civilian", "modifier:dead"),
                  killed("c2", 1, "fatality", "unknown", "noun:fatality")) == "1"
    assert report(killed("c1", 2, "soldiers", "security_forces", "verb:kill"),
                  killed("c2", 3, "civilians", "civilian", "verb:kill"),
                  killed("c3", 4, "fatalities", "unknown", "noun:fatality")) == "5"
    assert report(killed("c1", 2, "soldiers", "security_forces", "verb:kill"),
                  killed("c2", 3, "others", "unknown", "verb:kill")) == "5"  # "others" add


def test_an_event_dated_on_or_before_a_day_is_not_exact_to_the_day():
    """A report that gives only the day of a later act (a charge, a sentencing) dates its event "on or
    before" that day: ACLED's time_precision is 3 (the day is the latest it can have), not 1."""
    import datetime as dt

    day = dt.date(2020, 1, 20)
    bound = Event(id="e1", date_start=day, date_end=day, date_qualifier="on or before")
    assert time_precision(EventRow(report=None, event=bound, claims=[])) == 3
    exact = Event(id="e1", date_start=day, date_end=day)
    assert time_precision(EventRow(report=None, event=exact, claims=[])) == 1
