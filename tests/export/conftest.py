"""Reports built by hand for the export tests (no NLP pipeline).

doc-1 (published 2016-06-30, outlet and title with commas and quotes):
  e1 Battles / Armed clash, Islamic State vs Iraqi Army, 2016-06-29, the Hassi area (precision 2)
     c1 "At least 250" fighters killed (U.S. officials via Reuters)            combatant  -> 250
     c2 "tens" of militants killed (Gen. Hamed Al-Maliki via a MoD video)      combatant  -> 10 (ACLED)
     c3 "more than 60" fighters killed (militia spokesman via Al-Sabah)        combatant  -> 61
     c4 "dozens" of civilians killed (no source: the outlet's own)             civilian   -> 12 (ACLED)
     c5 "five" women killed, part_of c4                                        civilian   (not counted again)
     c6 "40" people injured                                                    (not killed)
     c9 "three" soldiers killed                                                security_forces -> 3
     ACLED fatalities = min(250, 10, 61) + 12 + 3 = 25
  e2 Explosions/Remote violence / Air/drone strike, 2016-06-26..29, Jazeera Khalidiya (unresolved)
     c7 "hundreds" killed unknown -> 100; c8 "many" killed unknown -> no figure.  ACLED 100
  e3 Strategic developments / Arrests, no date, no place; c10 "12" captured.  ACLED 0
doc-2:
  e1 Violence against civilians / Attack: c1 "no one" killed, negated (0); c2 "7" civilians (7);
     c3 "a few" fighters (2).  ACLED min(0, 7) + 2 = 2
  e2 figures only (its claims are in another document), June 2016, Anbar (precision 3):
     civilian low 5 best 7 high 9.  ACLED 5 (fallback on the figures' low)
"""

from __future__ import annotations

import datetime as dt

import pytest

from fogcount.models import Claim, Document, Event, Figure, PlaceRef, Report, Source, Subject, TimeRef, Value

D29 = dt.date(2016, 6, 29)
HASSI = PlaceRef(text="the Hassi area", name="Al Hassi", lat=33.1, lon=43.7, precision=2, country="IQ",
                 admin1="Anbar", gazetteer_id="geonames:1")
JAZEERA = PlaceRef(text="Jazeera Khalidiya", precision=2, country="IQ", derived_from="Fallujah")
ANBAR = PlaceRef(text="Anbar province", name="Anbar", lat=33.4, lon=42.0, precision=3, country="IQ", admin1="Anbar")
WEDNESDAY = TimeRef(text="early Wednesday morning", start=D29, end=D29, precision="day")

US = Source(speaker="U.S. officials", kind="government", affiliation="United States", channel="Reuters",
            chain=["U.S. officials", "Reuters"], origin="u.s. officials|united states", partisan=True)
MALIKI = Source(speaker="Gen. Hamed Al-Maliki", kind="military", affiliation="Iraq",
                channel="a Ministry of Defense video", chain=["Gen. Hamed Al-Maliki", "a Ministry of Defense video"],
                origin="gen. hamed al-maliki|iraq", partisan=True)
MAYOR = Source(speaker="the mayor", kind="government", origin="the mayor")
MILITIA = Source(speaker="Karim al-Nuri", kind="militia", channel="Al-Sabah", chain=["Karim al-Nuri", "Al-Sabah"],
                 origin="karim al-nuri|badr")

# Sentences with commas, double quotes, non-ASCII letters and a line break.
S1 = 'At least 250 suspected fighters were killed, U.S. officials told Reuters, calling it "a rout".'
S2 = "«Tens» of militants — Daesh's best — were killed near Jazeera Khalidiya, said Gen. Hamed Al-Maliki."
S3 = 'More than 60 fighters died, Karim al-Nuri told Al-Sabah; "we buried them," he said.'
S4 = "Dozens of civilians, including five women, were killed in Al Ḥāṣī,\nresidents said."


def claim(id, text, low, high, *, sentence, category="people.killed", role="unknown", actor=None, vague=False,
          qualifier=None, negated=False, source=None, time=WEDNESDAY, place=HASSI, event="e1", part_of=None,
          span=(0, 1)):
    return Claim(id=id, sentence=sentence, span=span, category=category,
                 value=Value(text=text, low=low, high=high, qualifier=qualifier, vague=vague),
                 subject=Subject(text="people", actor=actor, role=role), negated=negated, source=source,
                 time=time, place=place, event=event, part_of=part_of)


def doc1() -> Report:
    claims = [
        claim("c1", "At least 250", 250, None, qualifier="at least", role="combatant", actor="Islamic State",
              source=US, sentence=S1, span=(612, 624)),
        claim("c2", "tens", 20, 99, vague=True, role="combatant", actor="Islamic State", source=MALIKI,
              sentence=S2),
        claim("c3", "more than 60", 61, None, qualifier="more than", role="combatant", actor="Islamic State",
              source=MILITIA, sentence=S3),
        claim("c4", "Dozens", 24, 99, vague=True, role="civilian", sentence=S4),
        claim("c5", "five", 5, 5, role="civilian", part_of="c4", sentence=S4),
        claim("c6", "40", 40, 40, category="people.injured", source=US, sentence="About 40 were wounded."),
        claim("c9", "three", 3, 3, role="security_forces", actor="Iraqi Army", sentence="Three soldiers died."),
        claim("c7", "hundreds", 200, 999, vague=True, event="e2", place=JAZEERA, sentence="Hundreds were killed."),
        claim("c8", "many", None, None, vague=True, event="e2", place=JAZEERA, sentence="Many died there."),
        claim("c10", "12", 12, 12, category="people.captured", event="e3", time=None, place=None,
              sentence="Police arrested 12 men."),
    ]
    e1 = Event(
        id="e1", event_type="Battles", sub_event_type="Armed clash", date_start=D29, date_end=D29, place=HASSI,
        actors=["Islamic State", "Iraqi Army"], sentence=S1,
        claims=["c1", "c2", "c3", "c4", "c5", "c6", "c9"],
        figures=[
            Figure(category="people.killed", role="combatant", low=61, best=250, high=250,
                   claims=["c1", "c2", "c3"], independent_sources=3),
            Figure(category="people.killed", role="civilian", low=24, best=24, high=99, claims=["c4"],
                   independent_sources=1),
            Figure(category="people.killed", role="security_forces", low=3, best=3, high=3, claims=["c9"],
                   independent_sources=1),
            Figure(category="people.injured", role="unknown", low=40, best=40, high=40, claims=["c6"]),
        ],
    )
    e2 = Event(
        id="e2", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        date_start=dt.date(2016, 6, 26), date_end=D29, place=JAZEERA, actors=["U.S.-led coalition"],
        claims=["c7", "c8"],
        figures=[Figure(category="people.killed", role="unknown", low=200, best=200, high=None, claims=["c7", "c8"],
                        independent_sources=1)],
    )
    e3 = Event(id="e3", event_type="Strategic developments", sub_event_type="Arrests", claims=["c10"],
               figures=[Figure(category="people.captured", low=12, best=12, high=12, claims=["c10"])])
    document = Document(id="doc-1", sha256="a" * 64, title='Iraqi forces "rout" IS near Fallujah, officials say',
                        outlet='The "Fog" Gazette, Baghdad', published=dt.date(2016, 6, 30),
                        url="https://example.org/a")
    return Report(document=document, claims=claims, events=[e1, e2, e3], places=[HASSI, JAZEERA])


def doc2() -> Report:
    claims = [
        claim("c1", "no one", 0, 0, role="civilian", negated=True, source=MAYOR,
              sentence="No one was killed, the mayor said."),
        claim("c2", "7", 7, 7, role="civilian", sentence="Seven civilians were killed."),
        claim("c3", "a few", 2, 5, vague=True, role="combatant", sentence="A few gunmen were killed."),
    ]
    e1 = Event(id="e1", event_type="Violence against civilians", sub_event_type="Attack", date_start=D29,
               place=HASSI, claims=["c1", "c2", "c3"])
    e2 = Event(id="e2", event_type="Battles", sub_event_type="Armed clash", date_start=dt.date(2016, 6, 1),
               date_end=dt.date(2016, 6, 30), place=ANBAR, claims=["x1", "x2"], documents=["doc-1", "doc-2"],
               figures=[Figure(category="people.killed", role="civilian", low=5, best=7, high=9,
                               claims=["x1", "x2"], independent_sources=2)])
    return Report(document=Document(id="doc-2", sha256="b" * 64), claims=claims, events=[e1, e2])


@pytest.fixture
def reports() -> list[Report]:
    return [doc1(), doc2()]
