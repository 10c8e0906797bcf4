"""Reports built by hand for the web tests (no NLP pipeline); conftest.py stores them in a temporary SQLite file.

fallujah (published 2016-06-30), one event in Iraq, Battles / Armed clash, 2016-06-29, Al Hassi:
  c1 "At least 250" fighters killed   U.S. officials via Reuters          government, partisan
  c2 "tens" of militants killed       Gen. Hamed Al-Maliki via a MoD video military, partisan
  c3 "more than 60" fighters killed   Karim al-Nuri via Al-Sabah          militia
idlib (published 2019-05-03), one event in Syria, Explosions/Remote violence / Air/drone strike, 2019-05-02, Idlib:
  c1 "12" civilians killed            Syrian Observatory for Human Rights  monitor
  c2 "nine" civilians killed          the White Helmets                     medical
hostile (published 2021-03-10), one event in Mali, title, sentence, source and place carrying a <script>
  element and an onerror= attribute that set window.__pwned and the page title when they run.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from fogcount.models import Claim, Document, Event, Figure, PlaceRef, Report, Source, Subject, TimeRef, Value

PAYLOAD_SCRIPT = "<script>window.__pwned = 1; document.title = 'pwned';</script>"
PAYLOAD_IMG = "<img src=x onerror=\"window.__pwned = 2; document.title = 'pwned'\">"


def _sentence_report(doc_id: str, title: str, published: dt.date, sentences: list[str], place: PlaceRef, date: dt.date,
                     event_type: str, sub_event_type: str, figures: list[tuple[str, int | None, int | None, Source, str]],
                     *, role: str = "unknown", url: str | None = None) -> Report:
    """A report over the text of ``sentences`` (joined by a space): one claim per figure (as written, low, high,
    source, subject), found in the first sentence that holds it, with its source's span in that sentence."""
    text = " ".join(sentences)
    claims = []
    for number, (written, low, high, source, subject) in enumerate(figures, 1):
        sentence = next(s for s in sentences if written in s)
        begin = text.index(sentence)
        at = text.index(written, begin)
        speaker_at = text.find(source.mention or source.speaker, begin, begin + len(sentence))
        source = source.model_copy(update={"span": (speaker_at, speaker_at + len(source.mention or source.speaker))}
                                   if speaker_at >= 0 else {})
        claims.append(Claim(id=f"c{number}", sentence=sentence, span=(at, at + len(written)), category="people.killed",
                            value=Value(text=written, low=low, high=high), subject=Subject(text=subject, role=role),
                            source=source, time=TimeRef(text=None, start=date, end=date, precision="day"),
                            place=place, event="e1"))
    place_at = text.find(place.text)
    places = [place.model_copy(update={"span": (place_at, place_at + len(place.text))})] if place_at >= 0 else []
    event = Event(id="e1", event_type=event_type, sub_event_type=sub_event_type, date_start=date, date_end=date,
                  place=place, claims=[c.id for c in claims], sentence=claims[0].sentence,
                  figures=[Figure(category="people.killed", role=role, claims=[c.id for c in claims])])
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Report(document=Document(id=doc_id, sha256=sha, title=title, published=published, outlet="Test Wire",
                                    url=url),
                  places=places, claims=claims, events=[event])


US = Source(speaker="U.S. officials", kind="government", affiliation="United States", channel="Reuters",
            chain=["U.S. officials", "Reuters"], origin="u.s. officials|united states", partisan=True)
MALIKI = Source(speaker="Gen. Hamed Al-Maliki", kind="military", affiliation="Iraq",
                channel="a Ministry of Defense video", chain=["Gen. Hamed Al-Maliki", "a Ministry of Defense video"],
                origin="gen. hamed al-maliki|iraq", partisan=True)
NURI = Source(speaker="Karim al-Nuri", kind="militia", channel="Al-Sabah", chain=["Karim al-Nuri", "Al-Sabah"],
              origin="karim al-nuri|badr", partisan=False)
SOHR = Source(speaker="Syrian Observatory for Human Rights", kind="monitor", origin="sohr", partisan=False)
HELMETS = Source(speaker="The White Helmets", kind="medical", origin="white helmets", partisan=False)
HOSTILE = Source(speaker=f"Colonel {PAYLOAD_IMG}", mention="Colonel", kind="military", partisan=True,
                 origin="hostile colonel")

HASSI = PlaceRef(text="Hassi", name="Al Hassi", lat=33.1, lon=43.7, precision=2, country="IQ", admin1="Anbar")
IDLIB = PlaceRef(text="Idlib", name="Idlib", lat=35.93, lon=36.63, precision=1, country="SY", admin1="Idlib")
MOPTI = PlaceRef(text="Mopti", name=f"Mopti {PAYLOAD_SCRIPT}", lat=14.49, lon=-4.18, precision=1, country="ML")

FALLUJAH_TEXT = ["At least 250 suspected fighters were killed near Hassi, U.S. officials told Reuters.",
                 "Gen. Hamed Al-Maliki said in a Ministry of Defense video that tens of militants died.",
                 "Karim al-Nuri told Al-Sabah that more than 60 fighters were killed."]
IDLIB_TEXT = ["An air strike on a market in Idlib killed 12 civilians, the Syrian Observatory for Human Rights said.",
              "The White Helmets counted nine civilians dead."]
HOSTILE_TEXT = [f"Colonel said that 7 people {PAYLOAD_IMG} were killed in Mopti {PAYLOAD_SCRIPT} on Tuesday."]


def fallujah_report() -> Report:
    return _sentence_report("fallujah", "Iraqi forces retake Hassi", dt.date(2016, 6, 30), FALLUJAH_TEXT, HASSI,
                            dt.date(2016, 6, 29), "Battles", "Armed clash",
                            [("At least 250", 250, None, US, "suspected fighters"), ("tens", 20, 99, MALIKI, "militants"),
                             ("more than 60", 61, None, NURI, "fighters")], role="combatant",
                            url="https://example.org/hassi")


def idlib_report() -> Report:
    return _sentence_report("idlib", "Air strike on Idlib market", dt.date(2019, 5, 3), IDLIB_TEXT, IDLIB,
                            dt.date(2019, 5, 2), "Explosions/Remote violence", "Air/drone strike",
                            [("12", 12, 12, SOHR, "civilians"), ("nine", 9, 9, HELMETS, "civilians")], role="civilian")


def hostile_report() -> Report:
    return _sentence_report("hostile", f"Clashes {PAYLOAD_SCRIPT} {PAYLOAD_IMG}", dt.date(2021, 3, 10), HOSTILE_TEXT,
                            MOPTI, dt.date(2021, 3, 9), "Battles", "Armed clash",
                            [("7", 7, 7, HOSTILE, "people")], url="javascript:window.__pwned=3")


def numbered_report(number: int) -> Report:
    """A short report of its own event (``number`` from 1): "Shelling killed N people in Town N, the mayor said.",
    three days after the last one's (so that the store links none of them), in Iraq for odd numbers and Syria for
    even ones, in towns 7 degrees of longitude apart (round the world); every fourth place has no coordinates (it
    is not on the map)."""
    country, lat = ("IQ", 33.0) if number % 2 else ("SY", 35.0)
    mapped = number % 4 != 0
    town = PlaceRef(text=f"Town {number}", name=f"Town {number}", lat=lat if mapped else None,
                    lon=-170.0 + (7 * number) % 340 if mapped else None, precision=1, country=country)
    mayor = Source(speaker="the mayor", kind="government", origin=f"mayor of town {number}", partisan=False)
    day = dt.date(2020, 1, 1) + dt.timedelta(days=3 * number)
    return _sentence_report(f"town-{number}", f"Shelling in Town {number}", day + dt.timedelta(days=1),
                            [f"Shelling killed {number} people in Town {number}, the mayor said."], town, day,
                            "Explosions/Remote violence", "Shelling/artillery/missile attack",
                            [(f"{number} people", number, number, mayor, "people")], role="civilian")


def extracted(text: str, report: Report):
    """What the web app's extractor returns (a document state): ``report``, with the normalised ``text``."""
    from fogcount.stages.base import DocumentState
    from fogcount.stages.ingest import Record, normalise

    return DocumentState(record=Record(text=normalise(text), origin="test"), report=report)
