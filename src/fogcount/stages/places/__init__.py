"""Places: every place a document names, on the map where the gazetteer knows
it, and the place each figure is about.

One module a step, run in this order by :func:`place_mentions`:
:mod:`.finding` (the names the text marks as places), :mod:`.resolving`
(each name's gazetteer entry, in the document's context), :mod:`.deriving`
(points the text describes by other points: "20 miles west of X", "near X",
a place within its container); then :mod:`.assigning` gives each figure its
place (the stage's ``run`` runs them all). :mod:`.mention` holds what they share:
the mention as it goes through the steps and the rule table.

Needs: an Annotation, claims (with sources), a Gazetteer. Fills:
``Report.places``, ``Claim.place`` and the state's ``document_place`` (the
fallback place of figures and events, for the events stage) and
``event_places`` (the resolved places ranked as where an event happened, in
which order the events stage reads its events' sentences).
"""

from __future__ import annotations

from ...settings import Settings
from ...vocabulary import Vocabulary
from ..annotate import Annotation
from ..base import DocumentState, Stage
from .assigning import PLACE_REACH, assign_places, destination_place, document_place, event_mention, event_order, origin_place
from .deriving import apply_derivations, destination, place_within_containers, share_by_name
from .finding import find_mentions
from .mention import Mention
from .resolving import pycountry_code, resolve_mentions

NAME = "places"
VERSION = "40"  # 7: event_places, the places ranked as where an event happened (for the events stage); 8: a name in parentheses before a division is a place only where the index has it in that division (review of f060ed3: branch fixes); 9: a figure's place ranked as the event's (in its sentence and carried), divisions in parentheses after a country place the name before it, a name in a district and province in parentheses is no province, an entity run across a comma or parenthesis is several names, a division before a hamlet of its name (branch places); and a derived point set off by a comma after a name ranks as that name (lead, merge of places); 10: a lower division named with its designator is the division, a name whose towns abroad are a fiftieth of its biggest lends its country to the others, a known place before common nouns in an unknown name is that organisation's place, a small town named like a first-level division it is not in weighs less (branch geoparse); 11: a known place followed by cue words only ('Takhar Province') stays one name, no organisation's (branch geoparse, after its merge); 12: 11 and a consonant match beyond a town's reach (30 km) of the town or district the text puts it by falls back to that container, a road named by its two ends ("the X-Y road") names both ends as places unless the text puts it in a place, a name coordinated with a group noun ("the X and Y families") describes the group (branch places); 13: a capital before a facility's noun ("a Moscow restaurant") is where it stands, no government; a country's name or its people's before a place ("the Afghan city of Kabul", "a university of Afghanistan in Kabul") makes it no container (branch wadplaces); 14: a lower division the text calls one ("X village, Y Local Government Area", "the X area of Y District") bounds the place within a district's reach (45 km) after a comma, "in" or "of" too, a far namesake falling back to it (branch wadplaces); 15: "Somalia's capital", "the Afghan capital" (a country's name or its people's before the word) is a place, the country's capital by the [capitals] table (branch wadplaces); 16: "the capital" alone, in a text whose words for countries all name one, is its capital, unless another name follows the word ("the capital Hadibu") (branch wadplaces); 17: a division's bare name not its own (El Beni for "Beni") that is a big town's own name abroad sets neither the division nor its country; a known name the model leaves untagged in apposition to "capital", "city" or "town" ("the capital Sanaa") is a place (branch wadplace); 18: such a name after a comma too ("the rebel-held capital, Sanaa"); a name whose halves a hyphen and a Persian particle join ("Mazar-e Sharif", "Pul-e Khumri"), which the model tags apart, is one name where the index knows it (branch wadplace); 19: a town matched by an alternate name only gives way to a town of its country ten times its size that bears the name as its own, and to a first-level division of that name it lies outside (or whose name its own extends: "New York City"); a town and a county the text names with its designator, in one state and a district's reach apart, support each other twice as much; a party's initial before a legislator's town ("D-Iowa City") is no part of its name; a country's name that is a town of a country the text names ("Lebanon" beside "Boone County") lends that town's support (branch gvaplaces3); 20: a country's name or its people's before a hyphen and a participle ("Iran-backed rebels", "the Saudi-led coalition", "Indian-controlled Kashmir") describes who backs, leads or holds (modifies), no place of anything (branch wadplace3); 21: a name before a phrase of division_phrases that goes on past the model's name ("Zurmi Local area", "Numan Local Area": "local area" joins the table) is that lower division, not an organisation's or a group's ("Local") (branch wadplace3); 22: a place the index gives no first-level division (a district or village of the Who's On First import) is in that of its country's nearest town that has one (within 30 km), and a numeric code that lost its leading zero ("8") is the country's two-digit one ("08") (Gazetteer._placed), so a province the text names selects it; a district is placed at a hamlet of its name (fewer than 1,000 people) only within a district's reach (45 km); "the X district of Y province": a name ending with a cue noun of its own takes no cue from the noun before "of" (branch wadplace4); 23: a lower division the text calls one, in parentheses after a first-level division it calls one ("Plateau state (Barkin Ladi district)"), is the part of it the text means, not its container (branch wadplace4); 24: a name an ethnic word stands beside ("ethnic Dogon", "of Mossi ethnicity", "the Borana ethnic group": ethnic_words) is a people's in every mention of it, no place (modifies "people"), and "herdsmen", "herders", "pastoralists" are group nouns (branch wadplace4); 25: 24 and the review of the merge: a people's name leaves alone a mention of it with a cue of its own or after in/at/near ("in Afar region"); the gazetteer forgets the codes neighbours tell when another connection imports, pairs a town's lost-zero code ("1") with its division's ("01"), looks for neighbours across the antimeridian and gives a province to towns, villages and lower divisions only; 26: a country's name the word after it calls a first-level division ("Nigeria's Niger state", not "the state of Niger" nor "the Mexico state of Durango") is that division where the index has one of the name (branch wadplace5); 27: a place the text puts in a lower division none of whose namesakes lies within a district's reach (45 km) of the division's point is the namesake, by its own name, in the division's first-level division (the index's district points are the middles of districts up to 100 km across: "Kanoma in the Maru Local Government Area") (branch wadplace5); 28: a division's possessive right before a place ("Kech District's Mand area", "Herat province's Farsi district") puts the place in it (branch wadplace5); 29: the review of the merge: a division word that modifies a noun after it ("Niger state television", "state media") calls no name a division, and a country's name read as its division lends that reading to no bare mention of the name (branch fixlink5); 30: 29 over claims 73 (a count of groups and a habit no claim: one figure fewer over the project's texts; the stage's own rules unchanged; branch precision6); 31: 30 over claims 76 (the example text's families figure back, as families.present); 32: 31 and a consonant match is taken only beside a place of another name, found by its own keys, within a town's reach (30 km), or in a division the text names (branch wadplace6); 33: 32 and a lower division the text calls one after ", in" ("the commune of X, in Y territory") holds the place, and a division the index has as its town holds, beyond a district's reach of the town, the name's own namesakes in the town's first-level division (branch wadplace6); 34: 33 and a name without its cue is also without a phrase of division_phrases ("Chukun Local Government" is looked for by its consonants as "Chukun") (branch wadplace6); 35: ", in Y territory" holds only a name the text calls a place ("the commune of X", "X township"), and not where a list of "in" phrases goes on ("in Beni, in Lubero territory and in Goma"); a place of origin, and the divisions the text puts it in, rank after every other place of its precision as where the event happened, before "placed in its divisions" ("militants who came from X, in Y territory, killed seven in Z": Z) (review 2 finding 1, branch fixplace6); 36: a name "of" a cue noun after a preposition of origin is a place of origin ("fighters who came from the commune of X, in Y territory": origin_place, _event_rank), and "from" on an adverb or adjective of distance is none ("not far from the town of X") (branch fixplace6); 37: a lower division the index has only as a place of another kind than a division or a town of its name (a mountain, a hotel, a consonant guess) holds no namesake of the place in its first-level division (_bound_by_containers: review 2 finding 8, branch fixplace6); 38: a bearing from a place the text names with a noun between ("65 km east of the capital X", "100 km south of the city of X": [near] anchor_nouns) is a point that far from it, as "65 km east of X" is (branch wadplace7); 39: a unit the text calls a lower division of a first-level one ("Nasarawa LGA of Kano State") is no other first-level division and no namesake in another one farther than a container's reach from the division's point: with none in it, it falls back to the container (_outside); a container given its own container's point gives it on ("Gwagwarwa, Nasarawa LGA of Kano State": place_within_containers, the last named first) (branch fixrev7); 40: review B of merge27: a bearing is taken after "the" only with a noun of [near] between ("the city of X", "the capital X"; the mention "capital" after "the Nigerian "), not from a name a border or a road follows ("the X border", "the X-Y road": not_before), nor from a country or a region (precision 3); a place after a preposition of a destination on a verb ("fled to X": destination_locative) is destination_place (branch fixev7)


def place_mentions(ann: Annotation, gazetteer, vocab: Vocabulary) -> list[Mention]:
    """Every place the document names, resolved in context, derived points applied."""
    mentions = find_mentions(ann, gazetteer, vocab)
    resolve_mentions(ann, mentions, gazetteer, vocab)
    apply_derivations(ann, mentions)
    share_by_name(mentions)
    place_within_containers(ann, mentions)
    return mentions


def _run(state: DocumentState, settings: Settings) -> DocumentState:
    ann = state.annotation
    mentions = place_mentions(ann, state.gazetteer, settings.rules.vocabulary)
    state.report.places = [m.place for m in mentions if m.place is not None]
    state.event_places = event_order(ann, mentions)  # each mention ranked once, for both
    state.document_place = document_place(ann, state.report.places, state.event_places)
    assign_places(ann, state.report.claims, mentions, state.document_place)
    state.count("places", len(state.report.places))
    state.count("places_unresolved", sum(p.lat is None for p in state.report.places))
    state.count("claims_placed", sum(c.place is not None for c in state.report.claims))
    return state


STAGE = Stage(NAME, VERSION, requires=("annotation", "gazetteer", "report.claims", "claims.source"),
              assigns=("report.places", "document_place", "event_places", "claims.place"), run=_run)


__all__ = ["NAME", "VERSION", "STAGE", "PLACE_REACH", "destination", "destination_place", "document_place", "event_mention", "event_order",
           "origin_place", "place_mentions", "pycountry_code"]
