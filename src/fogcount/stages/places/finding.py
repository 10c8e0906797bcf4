"""Finding the places a document names.

spaCy's GPE, LOC and FAC entities, plus runs of capitalised words that the
gazetteer knows and that the text marks as places: a cue noun ("the Hassi
area", "Anbar province", "the village of Hassi", "the Euphrates River") or a
locative preposition ("from Jazeera Khalidiya", "toward Thirthar"). The small
English model tags many Arabic place names as PERSON or ORG, or misses them:
the cue and the gazetteer find them anyway. Every mention goes into the
document's ``places``, resolved or not.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from ...rules import alternation
from ...gazetteer.query import name_abbreviations
from ...lexicon import common_nouns
from ...vocabulary import Vocabulary
from ..annotate import Annotation
from .mention import Mention, name_key, rules

_PLACE_ENTS = {"GPE", "LOC", "FAC"}
# The labels the small model gives names it does not know for places ("Ciudad
# del Carmen" ORG, "Encarnacion" WORK_OF_ART): the cue and gazetteer finders look at them.
_NAME_ENTS = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", ""}


def _cue_after(ann: Annotation, last: int) -> str | None:
    tokens = ann.tokens
    if last < len(tokens) and tokens[last].lower in rules().cue_nouns:
        return tokens[last].lower
    return None


def _cue_before(ann: Annotation, first: int, last: int | None = None) -> str | None:
    """ "the village of X", "the town of X", "the city of X"; "rural X" (its
    countryside); "Barangay X" (a cue that begins the name). Not the noun before
    "of" when the name ends with a cue noun of its own ("X district of Ghazni
    province": the district is X, which lies in the province)."""
    tokens = ann.tokens
    own = last is not None and last - first > 1 and tokens[last - 1].lower in rules().cue_nouns
    if first >= 2 and tokens[first - 1].lower == "of" and tokens[first - 2].lower in rules().cue_nouns and not own:
        return tokens[first - 2].lower
    if first >= 1 and tokens[first - 1].lower in rules().cue_adjectives:
        return rules().cue_adjectives[tokens[first - 1].lower]
    if tokens[first].lower in rules().leading_cues:
        return tokens[first].lower  # "Barangay Basak"
    return None


# Nouns for a town that a town's name follows in apposition ("the capital Sanaa", "third city Taez").
_TOWN_NOUNS = frozenset({"capital", "city", "town"})


def _named_by_noun(ann: Annotation, first: int, last: int) -> bool:
    """The name stands in apposition to a noun for a town right before it, or before
    a comma ("in the capital Sanaa", "near the rebel-held capital, Sanaa"), or the noun
    right before it is a compound of the name ("around third city Taez"), which the
    model often leaves untagged."""
    tokens = ann.tokens
    noun = first - 2 if first >= 2 and tokens[first - 1].text == "," else first - 1
    if noun < 0 or tokens[noun].lower not in _TOWN_NOUNS or tokens[noun].pos != "NOUN":
        return False
    if any(tokens[k].dep == "appos" and tokens[k].head == noun for k in range(first, last)):
        return True
    # a compound of the name only where the name is no word for a kind of thing ("the city
    # Council of X", "the town Hall": the noun's own council and hall)
    name = ann.text[tokens[first].idx:tokens[last - 1].end].lower()
    return noun == first - 1 and tokens[noun].dep == "compound" and first <= tokens[noun].head < last \
        and name not in common_nouns()


def _locative_before(ann: Annotation, first: int, *, strong: bool = False) -> bool:
    tokens = ann.tokens
    i = first - 1
    while i >= 0 and (tokens[i].lower == "the" or tokens[i].lower in rules().part_words):
        i -= 1  # "in the", "in rural", "in northern"
    return i >= 0 and tokens[i].lower in (rules().strong_locative if strong else rules().locative)


def _capitalised_runs(ann: Annotation):
    """Token ranges of capitalised words, joined by name particles ("Jazeera
    Khalidiya", "Al-Hassi", "Amiriyat al Fallujah")."""
    tokens = ann.tokens
    table = rules()
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        particle = (tok.lower in table.connectors and tok.lower != "of" and i + 2 < n and tokens[i + 1].text == "-"
                    and tokens[i + 2].text[:1].isupper())  # "al-Shafa", "el-Fasher"
        particle = particle or (tok.lower in table.articles and i + 1 < n and tokens[i + 1].text[:1].isupper()
                                and tokens[i + 1].sent == tok.sent)  # "in al Bab", "the village of al Khadir"
        if not particle and not (tok.text[:1].isupper() and tok.pos in ("PROPN", "NOUN", "ADJ", "X")):
            i += 1
            continue
        j = i + 1
        while j < n and tokens[j].sent == tok.sent:
            nxt = tokens[j]
            if nxt.text[:1].isupper() and nxt.pos in ("PROPN", "NOUN", "X", "ADJ") and nxt.lower not in table.cue_nouns:
                j += 1
            elif nxt.lower in table.connectors and j + 1 < n and tokens[j + 1].text[:1].isupper() and nxt.lower != "of":
                j += 1
            elif nxt.lower in table.connectors and nxt.lower != "of" and j + 2 < n and tokens[j + 1].lower in table.connectors \
                    and tokens[j + 2].text[:1].isupper():
                j += 2  # "Leon de los Aldama", "Santa Cruz de la Sierra"
            elif nxt.text == "." and tokens[j - 1].lower in name_abbreviations() and j + 1 < n \
                    and tokens[j + 1].text[:1].isupper() and tokens[j + 1].sent == tok.sent:
                j += 1  # "Ft. Worth", "Pt. Pleasant": the model splits the word from its full stop
            else:
                break
        yield i, j
        i = j


def find_mentions(ann: Annotation, gazetteer, vocab: Vocabulary) -> list[Mention]:
    """Every place the text names, in order, without overlaps; not the words of
    an actor's name ("Islamic" of "Islamic State")."""
    tokens, text = ann.tokens, ann.text
    found: dict[int, Mention] = {}
    actor_spans = [(m.start, m.end) for m in vocab.actor_mentions(text)]

    def in_actor(start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in actor_spans)
    # spaCy's places
    for i, j in ann.entity_runs(_PLACE_ENTS):
        for first, last in _parts(ann, i + 1 if tokens[i].lower == "the" else i, j):
            if not in_actor(tokens[first].idx, tokens[last - 1].end):
                found[first] = _mention(ann, first, last)
    # places that begin an organisation's name ("the Texas Forest Service", "Damascus
    # University"): where the organisation is, not where anything happened
    for first, last, rest in _leading_places(ann, gazetteer):
        mention = _mention(ann, first, last)
        if not in_actor(mention.start, mention.end):
            facility = rest.split()[-1].lower() in rules().facility_nouns if rest.split() else False
            mention.modifies = None if facility else rest
            mention.organisation = True
            found[first] = mention
    # demonyms ("Sudanese refugees", "the Palestinians"): the country, named through its people
    for i, j in ann.entity_runs({"NORP"}):
        mention = _mention(ann, i, j)
        if not in_actor(mention.start, mention.end) and _whole_country_word(vocab, mention.text):
            found[i] = mention
    # a dateline in capitals ("MANSFIELD — The council...", "BEIRUT (Reuters) -"), which
    # the model rarely tags: the place the report was filed from
    agency: set[int] = set()  # "(Reuters)" is no place
    for match, first, last in _datelines(ann):
        agency.update(k for k in range(last + 1, len(tokens)) if tokens[k].idx < match.end())
        mention = _mention(ann, first, last + 1)
        if mention.text and not in_actor(mention.start, mention.end) and gazetteer.lookup(mention.text, limit=1):
            mention.dateline = True
            found = {k: m for k, m in found.items() if not (m.first <= last and first < m.last)}
            found[first] = mention
    # a known name that goes on past the model's entity ("Sao Sebastiao" of "Sao
    # Sebastiao da Boa Vista", "Leon" of "Leon de los Aldama"): the whole name
    # A name joined by a hyphen and a Persian particle ("Mazar-e Sharif", "Pul-e Khumri") is
    # one name though the model tags its halves apart: the halves give way to it.
    for first, last in _capitalised_runs(ann):
        shorter = found.get(first)
        inner = [k for k in range(first + 1, last) if k in found]
        joined = any(tokens[k].text == "-" and tokens[k + 1].lower in rules().ezafe for k in range(first, last - 1))
        if shorter is not None and last > shorter.last and not shorter.organisation \
                and (not inner or joined and not any(found[k].organisation for k in inner)):
            longer = _mention(ann, first, last)
            if longer.last > shorter.last and gazetteer.lookup(longer.text, limit=1):
                found[first] = longer
                for k in inner:
                    del found[k]
    taken = {k for m in found.values() for k in range(m.first, m.last)} | agency
    cued: set[str] = set()  # names a cue word made places ("the Hassi area"): places wherever they recur
    # names the model missed or took for people and organisations
    for first, last in _capitalised_runs(ann):
        if any(k in taken for k in range(first, last)):
            continue
        if not all(tokens[k].ent in _NAME_ENTS for k in range(first, last)):
            continue
        cue = _cue_after(ann, last) or _cue_before(ann, first)
        if cue is None and _named_by_noun(ann, first, last) \
                and gazetteer.lookup(text[tokens[first].idx:tokens[last - 1].end], limit=1):
            cue = "city"  # "in the capital Sanaa", "third city Taez": a known name set beside a town's noun
        if cue in rules().part_of_town_cues and any(tokens[k].ent == "NORP" for k in range(first, last)):
            cue = None  # "the Muslim community", "the Yazidi community": people, not a neighbourhood
        placed = _placed_in_after(ann, last)
        if cue is None and not placed and not _locative_before(ann, first):
            continue
        if first == ann.sentences[tokens[first].sent][0] and cue is None:
            continue
        mention = _mention(ann, first, last)
        if in_actor(mention.start, mention.end):
            continue
        if cue is None and name_key(mention.text) not in cued and not gazetteer.lookup(mention.text, limit=1) \
                and not placed and not _described_after(text, mention.end) \
                and not _locative_before(ann, first, strong=True):
            continue  # an unknown capitalised name after "from" is a place only if the text places it
        if cue is not None:
            cued.add(name_key(mention.text))
        found[first] = mention
        taken.update(range(first, last))
    # "in Santa Fe, Ocotepeque", "Bar Ujeed village (Ceel Buur, Galgaduud)": a known
    # name right after a place, after a comma or an opening parenthesis, says where it lies
    # One pass in text order: a name added here can only place a name after it, so
    # each is seen once (a list of n names after commas was n passes of n runs).
    ends = sorted(m.end for m in found.values())
    for first, last in sorted(_capitalised_runs(ann)):
        if any(k in taken for k in range(first, last)):
            continue
        start = tokens[first].idx
        at = bisect.bisect_right(ends, start)
        before = ends[at - 1] if at else None
        if before is None or not _gap(r"[,(]").fullmatch(text[before:start]):
            continue
        mention = _mention(ann, first, last)
        if in_actor(mention.start, mention.end) or not gazetteer.lookup(mention.text, limit=1) \
                or first in agency:
            continue
        found[first] = mention
        taken.update(range(first, last))
        bisect.insort(ends, mention.end)
    # "(Al Hali, Al Hudaydah)": a place and its division in parentheses, after words that
    # are no place the text names ("in the east of Hodeidah Red Sea port city (Al Hali, ...)")
    for first, last in _division_pairs(ann, gazetteer):
        if any(k in taken for k in range(first, last)) or first in agency:
            continue
        mention = _mention(ann, first, last)
        if mention.text and not in_actor(mention.start, mention.end):
            found[first] = mention
            taken.update(range(first, last))
    # a name of punctuation alone ("Ga." read as "." after "Macon, "): no text, no place (issue 17)
    mentions = sorted((m for m in found.values() if m.start < m.end), key=lambda m: m.start)
    mentions = [_place_before_common_words(ann, gazetteer, m) for m in mentions]
    for m in mentions:
        m.cue = m.cue or _cue_after(ann, m.last) or _cue_before(ann, m.first, m.last)
        if not m.organisation:
            m.modifies = _country_as_modifier(ann, vocab, m) or (
                None if _whole_country_word(vocab, m.text) else _group_named(ann, m))
    _peoples_names(ann, mentions)
    mentions = _without_persons_names(ann, vocab, mentions)
    mentions = sorted(mentions + _capitals(ann, vocab, mentions), key=lambda m: m.start)
    mentions = [end for m in mentions for end in _road_ends(ann, m)]
    # "the Houthi-controlled prison", "pro-Houthi forces": an actor's name the
    # actor look-up did not see as a word of its own is the actor, not a place
    return [m for m in mentions if _whole_country_word(vocab, m.text) or vocab.actor_named(m.text) is None]


# A place that begins an organisation's name must be a division, a country or a
# town at least this big, not any village that shares a word ("the Carl Perkins
# Civic Center"); a town of any size when an office's word follows it ("Berea Police").
_ORGANISATION_PLACE_POPULATION = 20_000


def _place_before_common_words(ann: Annotation, gazetteer, m: Mention) -> Mention:
    """ "Lamar County Commissioners", "Harris County Clerk", "Newark Live Bait":
    a name the index does not know, that is a place the index knows by its own
    name followed by words for kinds of things (WordNet's common nouns), is an
    organisation's or a thing's name that begins with the place (as
    :func:`_leading_places` finds for the words of its lists). Not a name whose
    later words are names ("Jazeera Khalidiya": no noun), nor one after a
    connector ("Nice of Russia")."""
    tokens = ann.tokens
    if m.last - m.first < 2 or m.dateline or m.organisation or not m.text[:1].isupper():
        return m
    nouns = common_nouns()
    r = rules()
    last = tokens[m.last - 1]
    if not (_common_word(last, nouns) or last.lower in r.office_nouns) or gazetteer.lookup(m.text, limit=1):
        return m  # most names end in a name: no look-up for them
    for cut in range(m.last - 1, m.first, -1):
        rest = [t for t in tokens[cut:m.last] if t.text[:1].isalnum() and t.lower not in ("'s", "’s")]
        if not rest or not all(_common_word(t, nouns) or t.lower in r.office_nouns
                               or (t.lower in r.connectors and t is not rest[0]) for t in rest):
            break  # a later word is a name: so are the words before it
        if all(t.lower in r.cue_nouns for t in rest) or " ".join(t.lower for t in rest) in r.division_phrases:
            return m  # "Takhar Province", "Demsa Local Government": a place named with its cue, looked up as one
        phrase = _division_phrase_at(ann, cut)
        if phrase:  # "Zurmi Local area": the division's phrase goes on past the model's name
            return _mention(ann, m.first, cut + phrase)
        head = tokens[cut - 1]
        if not head.text[:1].isalnum() or head.lower in r.connectors or head.lower in r.articles \
                or (cut - m.first == 1 and head.lower in r.name_heads):
            continue
        name = ann.text[tokens[m.first].idx:head.end]
        if any(c.match in ("exact", "name") and c.kind in ("city", "admin", "admin1", "country")
               for c in gazetteer.lookup(name, limit=5)):
            shorter = _mention(ann, m.first, cut)
            shorter.organisation = shorter.borrowed = True
            shorter.modifies = None if rest[-1].lower in r.facility_nouns else ann.text[rest[0].idx:rest[-1].end]
            return shorter
    return m


def _common_word(token, nouns: frozenset[str]) -> bool:
    """The word is a common noun, or its plural ("Pleas", "Commissioners": the
    model keeps a proper noun's form as its lemma)."""
    word = token.lower
    return word in nouns or token.lemma.lower() in nouns or (word.endswith("ies") and word[:-3] + "y" in nouns) \
        or (word.endswith("es") and word[:-2] in nouns) or (word.endswith("s") and word[:-1] in nouns)


def _leading_places(ann: Annotation, gazetteer):
    """(first, last, rest of the name) of places that begin a name the model
    tagged ORG, longest first (not PERSON: "Ali Sada" is a man, and "Jazeera
    Khalidiya" a place the text describes); also of a name it tagged a place
    that goes on with a facility's or an office's word ("Henderson County
    Jail", "Berea Police", "Vancouver International Airport")."""
    tokens = ann.tokens
    r = rules()
    for i, j in ann.entity_runs({"ORG"} | _PLACE_ENTS):
        first = i + 1 if tokens[i].lower == "the" else i
        whole = ann.text[tokens[first].idx:tokens[j - 1].end] if first < j else ""
        if not whole or gazetteer.lookup(whole, limit=1) or _described_after(ann.text, tokens[j - 1].end):
            # the whole name is a place ("Minas Gerais"; "Jazeera Khalidiya, 20 miles west of
            # Fallujah"): the other finders take it
            continue
        for length in range(min(3, j - first - 1), 0, -1):
            words = tokens[first:first + length]
            after = tokens[first + length]
            if not all(t.text[:1].isupper() for t in words) or not after.text[:1].isalpha() \
                    or after.lower in rules().connectors or (length == 1 and words[0].lower in r.name_heads) \
                    or words[0].lower in r.facility_nouns \
                    or after.lower in r.cue_nouns:  # "Donga LGA", "Hays County": the cue finder's
                continue  # "Ras al Ain", "Nord-Kivu", "Tal Tamer": a name that goes on, not an organisation
            if tokens[i].ent != "ORG" and after.lower not in r.facility_nouns | r.office_nouns:
                continue  # "South Los Angeles", "Santa Clara Valley": a place's name that goes on
            if all(t.lower in r.part_words or t.lower in r.cue_nouns for t in tokens[first + length:j]):
                continue  # "Abeokuta South LGA", "Nnewi North LGA": a division's name
            if _division_phrase_at(ann, first + length):
                continue  # "Numan Local Area", "Zurmi Local area": a division's name
            name = ann.text[words[0].idx:words[-1].end]
            if any(c.match in ("exact", "name") and (c.kind in ("admin1", "country") or (
                    c.kind == "city" and ((c.population or 0) >= _ORGANISATION_PLACE_POPULATION
                                          or tokens[i].ent != "ORG" or after.lower in r.office_nouns)) or (
                    c.kind == "admin" and c.match == "exact" and words[-1].lower in r.cue_nouns))
                   for c in gazetteer.lookup(name, limit=5)):
                yield first, first + length, ann.text[tokens[first + length].idx:tokens[j - 1].end]
                break


def _country_as_modifier(ann: Annotation, vocab: Vocabulary, m: Mention) -> str | None:
    """The noun a country's name or demonym describes ("the US dollar exchange
    rate", "Burundi troops", "U.S. officials"): it says whose the thing is,
    not where anything happened. None for a place used as one."""
    if m.dateline or vocab.find_country(m.text) is None or not _whole_country_word(vocab, m.text):
        return None  # "BEIRUT (Reuters) -": where the report is from, not Lebanon's government
    if m.last < len(ann.tokens) and ann.tokens[m.last].text in ("-", "–"):
        # "Iran-backed rebels", "the Saudi-led coalition", "Indian-controlled Kashmir": a
        # participle after the hyphen says who backs, leads or holds, not where anything
        # happened; else "Mogadishu-Wadajir district": a city's part, named with the city
        after = ann.tokens[m.last + 1] if m.last + 1 < len(ann.tokens) else None
        return after.text if after is not None and after.tag == "VBN" else None
    last = ann.tokens[m.last - 1]
    head = ann.tokens[last.head]
    if last.dep in ("compound", "amod", "nmod") and head.i >= m.last and head.pos in ("NOUN", "PROPN") \
            and head.lower not in rules().cue_nouns:
        # "a Moscow restaurant", "the Tehran prison": a building or site the name
        # describes stands in the place (a capital the vocabulary reads as its country)
        return None if head.lower in rules().facility_nouns else head.text
    if last.ent == "NORP" and vocab.find_country(m.text) != m.text:
        return m.text  # a demonym that names people ("the Palestinians"), not the country itself
    return None


# "(Al Hali, Al Hudaydah)": two names, capitalised, the second the last, in parentheses.
_PAIR_IN_PARENTHESES = re.compile(r"\((?P<place>[A-Z][^(),;]{1,40}?),\s*(?P<division>[A-Z][^(),;]{1,40}?)\)")


def _division_pairs(ann: Annotation, gazetteer) -> Iterator[tuple[int, int]]:
    """Token ranges of the names in a parenthesis that holds a place and the
    division it lies in ("(Al Hali, Al Hudaydah)", "(Konduga LGA, Borno)"):
    the second a division by its name (a first-level division or a country),
    the first a place the gazetteer knows in that division (not "(Democrat,
    Ohio)", a party: the index's Democrat is in Alabama). A coder's or a
    reporter's way to say where something happened, whatever the words before
    it are."""
    for match in _PAIR_IN_PARENTHESES.finditer(ann.text):
        division = match["division"].strip()
        divisions = [c for c in gazetteer.lookup(division, limit=5)
                     if c.kind in ("admin1", "country") and name_key(c.name) == name_key(division)
                     or c.kind == "admin1" and name_key(division) in name_key(c.name)]
        if not divisions:
            continue
        place = re.sub(rf"\s+(?:{rules().cue_alternation})$", "", match["place"].strip(), flags=re.IGNORECASE)
        if not any(c.country == d.country and (d.kind == "country" or c.admin1_code == d.admin1_code)
                   for d in divisions for c in gazetteer.lookup(place, country=d.country)):
            continue
        for start, text in ((match.start("place"), place), (match.start("division"), division)):
            first, last = ann.token_at(start), ann.token_at(start + len(text) - 1)
            if first is not None and last is not None and all(
                    ann.tokens[k].text[:1].isupper() or ann.tokens[k].lower in rules().connectors
                    or ann.tokens[k].lower in rules().articles or not ann.tokens[k].text[:1].isalpha()
                    for k in range(first, last + 1)):
                yield first, last + 1


# Inside an entity, these tokens end one name and begin another: "Nis, Serbia", "Penas
# Blancas (Alajuela", "Balet Weyne, Hiraan", "the Damboa - Maiduguri road".
_NAME_BREAKS = {",", "(", ")", ";", "/"}


def _parts(ann: Annotation, first: int, last: int) -> list[tuple[int, int]]:
    """The names within the entity's tokens [first, last): the model runs a place
    and the division after a comma or a parenthesis into one entity; a dash between
    blanks joins two names (a road's ends), one inside a word does not ("Mogadishu-Wadajir")."""
    tokens = ann.tokens
    parts, start = [], first
    for k in range(first, last):
        tok = tokens[k]
        spaced_dash = tok.text in ("-", "–", "—") and k > first and tokens[k - 1].end < tok.idx \
            and k + 1 < last and tok.end < tokens[k + 1].idx
        if tok.text in _NAME_BREAKS or spaced_dash:
            if start < k:
                parts.append((start, k))
            start = k + 1
    if start < last:
        parts.append((start, last))
    return parts


def _road_ends(ann: Annotation, m: Mention) -> list[Mention]:
    """"the Chtaura-Masnaa road", "the Damboa - Maiduguri road": a route named by its two
    ends (a dash between two names, a route cue after them) is named by two places, each
    a town of its own (the route's first end first); not one the text puts in a place
    ("the Aleppo-Lattakia highway in Idleb"); any other mention stays as it is."""
    if m.cue not in rules().route_cues:
        return [m]
    after = re.match(rf"\s*(?:{alternation(rules().route_cues)})\b(?:\s*\([^()]*\))?\s+(\w+)\s+[A-Z]",
                     ann.text[m.end:m.end + 80], re.IGNORECASE)
    if after and after.group(1).lower() in rules().inside_locative:
        return [m]  # "the Dhaka-Sylhet highway in Rupganj": the text says where on it (.resolving)
    tokens = ann.tokens
    dashes = [k for k in range(m.first + 1, m.last - 1) if tokens[k].text in ("-", "–", "—")]
    if len(dashes) != 1 or not tokens[m.first].text[:1].isupper() or not tokens[dashes[0] + 1].text[:1].isupper():
        return [m]
    ends = [_mention(ann, m.first, dashes[0]), _mention(ann, dashes[0] + 1, m.last)]
    for end in ends:
        end.road_end = True
    return [end for end in ends if end.text] or [m]


def _gap(separator: str) -> re.Pattern:
    """The text between a place and the name that says where it lies: an
    optional cue noun ("Kafr Oweid village, Idleb", "Etsako West LGA, Edo")
    then ``separator`` (a regular expression: "," "\\(" "in"). Compiled by
    ``re``, which keeps the few patterns this makes."""
    return re.compile(rf"\s*(?:(?:{rules().cue_alternation})\s*)?(?:{separator})\s*", re.IGNORECASE)


# "Sfuhen in the southern countryside of Idleb", "Auno (Konduga LGA, Borno)": what
# follows a name puts it inside a division (a part of one, or two names in parentheses).
_PLACED_IN_AFTER = re.compile(
    r"\s+in\s+(?:the\s+)?(?:[a-z]+(?:ern)?\s+)?(?:countryside|outskirts|suburbs|part|parts|area|district|province|"
    r"governorate|region|municipality|county)\s+of\s+[A-Z]|\s*\(\s*[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3},\s*[A-Z]")


def _placed_in_after(ann: Annotation, last: int) -> bool:
    """The words after the name (its last token ``last`` - 1) put it inside a
    division: it is a place even where no locative word comes before it."""
    if last >= len(ann.tokens):
        return False
    end = ann.tokens[last - 1].end
    return _PLACED_IN_AFTER.match(ann.text, end, min(len(ann.text), end + 80)) is not None


def _described_after(text: str, end: int) -> bool:
    """ "Jazeera Khalidiya, 20 miles west of Fallujah": a name the text places by another."""
    return rules().described.match(text, end, min(len(text), end + 60)) is not None


def _mention(ann: Annotation, first: int, last: int) -> Mention:
    tokens = ann.tokens
    while last > first and (tokens[last - 1].pos == "PUNCT" or tokens[last - 1].dep == "case"):
        last -= 1
    if first > 0 and _capital_article(ann, first - 1):
        first -= 1  # "(At Tuhayat, Al Hudaydah)": the model leaves the article out of the name
    while last - first > 2 and _initial_before(tokens, first):
        first += 2  # "Rep. Jane Roe, D-Iowa City": a party's initial joined to the member's town
    start, end = tokens[first].idx, tokens[last - 1].end
    return Mention(start=start, end=end, text=ann.text[start:end], sent=tokens[first].sent, first=first, last=last)


def _initial_before(tokens, first: int) -> bool:
    """The name begins with one capital letter joined to it by a hyphen ("D-" of
    "D-Iowa City", "R-" of "R-Elbow Lake": a legislator's party before the town
    he stands for), no part of the place's name."""
    letter, dash, word = tokens[first], tokens[first + 1], tokens[first + 2]
    return len(letter.text) == 1 and letter.text.isupper() and dash.text in ("-", "–") \
        and letter.end == dash.idx and dash.end == word.idx and word.text[:1].isupper()


def _capital_article(ann: Annotation, k: int) -> bool:
    """Token ``k`` is an Arabic article written with a capital inside a
    sentence, right before a capitalised word ("At" of "At Tuhayat"; not the
    English "At" that begins a sentence)."""
    tokens = ann.tokens
    tok = tokens[k]
    return tok.lower in rules().capital_articles and tok.text[:1].isupper() and k + 1 < len(tokens) \
        and tokens[k + 1].text[:1].isupper() and tokens[k + 1].sent == tok.sent \
        and ann.sentences[tok.sent][0] != k


# Words between a country's name and "capital" that are no other division's ("the rebel-held
# Yemeni capital" is Sanaa; "Balochistan's provincial capital" is no country's).
_NOT_THE_COUNTRYS = frozenset({"provincial", "state", "regional", "district", "county", "departmental",
                               "economic", "commercial", "cultural", "former", "old"})


def _capitals(ann: Annotation, vocab: Vocabulary, mentions: list[Mention]) -> list[Mention]:
    """ "Somalia's capital", "the Afghan capital", "the rebel-held Yemeni capital":
    the word "capital" after a country's name or its people's is a place, the
    country's capital (``[capitals]``), resolved as that town (not a provincial
    or a state capital: only a country's name counts); "the capital" alone, in
    a text whose words for countries all name one, is that country's."""
    table = rules().capitals
    ends = {m.last: m for m in mentions}
    taken = {k for m in mentions for k in range(m.first, m.last)}
    found = []
    countries_named = functools.cache(lambda: _countries_named(ann, vocab))  # once, where "the capital" asks
    for tok in ann.tokens:
        if tok.lower != "capital" or tok.i in taken or tok.pos != "NOUN":
            continue
        j, skipped = tok.i - 1, 0
        while j >= 0 and skipped < 2 and ann.tokens[j].text[:1].islower() and ann.tokens[j].text[:1].isalpha() \
                and ann.tokens[j].lower not in _NOT_THE_COUNTRYS and ann.tokens[j].lower not in ("the", "a", "'s"):
            j, skipped = j - 1, skipped + 1
        if j >= 0 and ann.tokens[j].lower in ("'s", "’s"):
            j -= 1
        named = ends.get(j + 1)
        if named is not None and _whole_country_word(vocab, named.text):
            country = vocab.find_country(named.text)
        elif j >= 0 and ann.tokens[j].lower == "the" and len(set(countries_named())) == 1:
            country = countries_named()[0]  # "killed in the capital": the one country the text names
        else:
            continue
        if country not in table:
            continue
        k = tok.i + 1 + (tok.i + 1 < len(ann.tokens) and ann.tokens[tok.i + 1].text == ",")
        if k < len(ann.tokens) and ann.tokens[k].pos == "PROPN" \
                and name_key(ann.tokens[k].text) != name_key(table[country][1].split()[0]):
            continue  # "the capital Hadibu": the name after the word is the capital meant
        mention = _mention(ann, tok.i, tok.i + 1)
        mention.capital_of = country
        found.append(mention)
    return found


def _countries_named(ann: Annotation, vocab: Vocabulary) -> list[str]:
    """The countries the text's words for countries name (names, demonyms, capitals), in order."""
    return [country for country, _, _ in vocab.find_countries(ann.text)]


def _group_named(ann: Annotation, m: Mention) -> str | None:
    """The group of people a place's name describes ("tribesmen" in "Al Hayash
    tribesmen", "fighters" in "Zintan fighters"): whose they are or where they
    come from, not where anything happened."""
    if m.last >= len(ann.tokens):
        return None
    after = ann.tokens[m.last]
    if after.lower in rules().group_nouns and after.pos == "NOUN" and not _division_phrase_at(ann, m.last):
        return after.text  # (not "local" in "Numan Local Area": the division's words)
    # "the Al Salih and Al Tlais families": the group noun is coordinated with the name (the
    # parse makes "families" the conjunct of "Salih"), and describes it as it does the other name
    for tok in ann.tokens[m.last:m.last + 8]:
        if tok.head == m.last - 1 and tok.dep == "conj" and tok.lower in rules().group_nouns and tok.pos == "NOUN":
            return tok.text
    return None


def _peoples_names(ann: Annotation, mentions: list[Mention]) -> None:
    """A name an ethnic word stands beside ("ethnic Dogon", "of Mossi ethnicity",
    "the Borana ethnic group": ``ethnic_words``) is a people's: that mention and
    every other of the same name describe the people (``modifies``), no place
    ("The Dogon and the Fulani have clashed"), whatever village of the name the
    index has. Not another mention with a cue of its own ("in Afar region") or
    after a locative word that puts something inside or near it ("in Afar", "near
    Afar": ``inside_locative``, ``strong_locative``): that is the place of the name."""
    words = rules().ethnic_words
    peoples = set()
    beside = set()
    for m in mentions:
        before = ann.tokens[m.first - 1].lower if m.first > 0 else ""
        after = ann.tokens[m.last].lower if m.last < len(ann.tokens) else ""
        if before in words or after in words:
            peoples.add(name_key(m.text))
            beside.add(id(m))
    for m in mentions:
        if m.modifies is None and not m.country_word and name_key(m.text) in peoples \
                and (id(m) in beside or not (m.cue or _placing_word_before(ann, m.first))):
            m.modifies = "people"


# An age beside a name says the name is a person's: "34-year-old Jane Roe", "Jane Roe, 22,".
_AGE_BEFORE = re.compile(r"\d{1,3}[- ]year[- ]old\s+$")
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,")


def _without_persons_names(ann: Annotation, vocab: Vocabulary, mentions: list[Mention]) -> list[Mention]:
    """The mentions less those of one word that are part of a person's name where the text gives
    it: a word inside a person's name of two words or more ("Dallas" of "Dallas Bidwell"), the
    name told again where the model tags that very word a person ("the killing of Ponce" after
    "Annarae Ponce"), or a name with an age after it ("Roe, 22,"). Only that mention: the same
    word elsewhere, untagged, is the town's ("Tiara Jackson, 19, ... the west side of Jackson",
    "Houston Johnson ... Houston police"). Not one the text places as a place: after a word that
    puts something in or near it ("in Jackson": :func:`_placing_word_before`), with a cue word
    ("Jackson County"), before a comma and its division ("Jackson, Miss."), a dateline, a
    country's word, nor one that begins an organisation's name ("Houston Police")."""
    tokens = ann.tokens
    words: set[str] = set()
    surnames: set[str] = set()  # the last words of those names, and one-word names told with an age
    inside: set[int] = set()  # tokens of a person's name the text gives (a run of two words or more, an aged name)

    def name(run) -> None:
        if any(t.text in ("-", "–") for t in run):
            return  # "Logan-Rogersville": a hyphen joins places' names more often than a surname's halves
        run = [t for t in run if t.text[:1].isupper() and t.text[:1].isalpha() and len(t.text) > 1]
        if len(run) >= 2:
            words.add(run[0].text.casefold())
            words.add(run[-1].text.casefold())
            surnames.add(run[-1].text.casefold())
            inside.update(t.i for t in run)

    # a run the model tags a person that the text marks as a place ("escape from Albu Aifan, 8
    # miles south of Ramadi": the model tags many Arabic place names so) names no person
    spans = {(m.first, m.last) for m in mentions}
    person_runs = ann.entity_runs(("PERSON",))
    for i, j in person_runs:
        if (i, j) not in spans and (i + (tokens[i].lower == "the"), j) not in spans:
            name(tokens[i:j])
    # a name the model tags otherwise, told as a person's by an age: "34-year-old Jane Roe",
    # "Jane Roe, 22," and then "Roe, 22,"
    for i, j in _capitalised_runs(ann):
        start = tokens[i].idx
        aged = _AGE_BEFORE.search(ann.text[max(0, start - 16):start]) is not None \
            or _AGE_AFTER.match(ann.text[tokens[j - 1].end:tokens[j - 1].end + 6]) is not None
        if aged and j - i <= 4:
            if j - i > 1:
                name(tokens[i:j])
            elif _AGE_AFTER.match(ann.text[tokens[i].end:tokens[i].end + 6]):
                inside.add(i)  # "Roe, 22,"; not "a 27-year-old Columbus woman"
                words.add(tokens[i].text.casefold())  # and told again, "from Roe", it is Roe
                surnames.add(tokens[i].text.casefold())
    if not inside:
        return mentions
    # a word of a name given above told again where the model tags it a person, a last word of one
    # where it tags it an organisation (not "Residents of Huntsville" after "Huntsville Fire Chief
    # Tom Roe", a run the model tags a person), beside another word of such a name ("More Jane Roe Photos": the model
    # tags the first word a place), or where only a person can stand ("officers found Ponce",
    # "fired a handgun at Milner", "the killing of Ponce", "Lopez's rampage", "Ponce's son")
    tagged = {i for i, j in person_runs if j - i == 1 and tokens[i].text.casefold() in words}
    tagged.update(m.first for m in mentions if tokens[m.first].text.casefold() in words
                  and (tokens[m.first].ent == "PERSON" or _persons_slot(ann, m.first)
                       or tokens[m.first].ent == "ORG" and tokens[m.first].text.casefold() in surnames
                       or _beside_a_name(ann, m, words, spans)))
    kept = []
    for m in mentions:
        one_word = m.last - m.first == 1 or (m.last - m.first == 2 and tokens[m.last - 1].lower in ("'s", "’s"))
        placed = m.cue or m.dateline or m.country_word or m.organisation or m.capital_of \
            or _placing_word_before(ann, m.first, but=rules().not_placing_a_name) \
            or _whole_country_word(vocab, m.text) \
            or re.match(r"\s*,\s*[A-Z]", ann.text[m.end:m.end + 4]) is not None
        if not placed and one_word and (m.first in inside or m.first in tagged):
            continue
        kept.append(m)
    return kept


def _beside_a_name(ann: Annotation, m: Mention, words: set[str], spans: set) -> bool:
    """Is the one-word mention ``m`` run together (no punctuation between) with a capitalised word
    of a person's name the text gives (``words``) that is itself no place mention ("Dallas" of
    "More Dallas Roe Photos", "Milner" of "Jane Ann Milner" where the model tags neither)?"""
    tokens = ann.tokens
    for k in (m.first - 1, m.last):
        if 0 <= k < len(tokens) and tokens[k].sent == tokens[m.first].sent and tokens[k].text[:1].isupper() \
                and tokens[k].text.casefold() in words and (k, k + 1) not in spans \
                and ann.text[min(tokens[k].end, tokens[m.first].end):max(tokens[k].idx, tokens[m.first].idx)].strip() == "":
            return True
    return False


def _persons_slot(ann: Annotation, i: int) -> bool:
    """Is the word at ``i`` the object of a verb or noun whose object is a person
    (``person_object_words``), directly or after "at" or "of" ("found Ponce", "fired at Milner",
    "the killing of Ponce"), or the owner of a noun a person owns (``person_possessed_words``:
    "Ponce's son", "Lopez's rampage")?"""
    tokens, words = ann.tokens, rules().person_object_words
    tok = tokens[i]
    if tok.head == i:
        return False
    head = tokens[tok.head]
    if tok.dep == "poss":
        return head.lemma.lower() in rules().person_possessed_words or head.lower in rules().person_possessed_words
    if tok.dep == "dobj":
        return head.lemma.lower() in words or head.lower in words
    if tok.dep == "pobj" and head.lower in ("at", "of") and head.head != head.i:
        governor = tokens[head.head]
        if governor.dep == "dobj" and governor.head != governor.i and head.lower == "at":
            governor = tokens[governor.head]  # "fired a handgun at Milner"
        return governor.lemma.lower() in words or governor.lower in words
    return False


def _placing_word_before(ann: Annotation, first: int, but: frozenset[str] = frozenset()) -> bool:
    """Whether a word that puts something in or near the place after it comes
    before token ``first`` ("in", "at", "near", "outside"; over "the" and the
    part words: "in northern"); not one of ``but``."""
    tokens = ann.tokens
    i = first - 1
    while i >= 0 and (tokens[i].lower == "the" or tokens[i].lower in rules().part_words):
        i -= 1
    return i >= 0 and tokens[i].lower not in but \
        and (tokens[i].lower in rules().inside_locative or tokens[i].lower in rules().strong_locative)


def _division_phrase_at(ann: Annotation, i: int) -> int:
    """How many words from token ``i`` make the longest of ``division_phrases``
    they begin ("Local Government Area", "Local area"), which names a lower
    division with the name before it; 0 for none."""
    words = [t.lower for t in ann.tokens[i:i + 3]]
    return max((n for n in range(1, len(words) + 1) if " ".join(words[:n]) in rules().division_phrases), default=0)


def _whole_country_word(vocab: Vocabulary, text: str) -> bool:
    found = vocab.find_countries(text)
    return bool(found) and found[0][1] == 0 and found[0][2] == len(text.rstrip("."))  or bool(found) and found[0][2] >= len(text) - 1 and found[0][1] == 0


# A dateline's place in capitals, before a dash, a comma and a division, or the
# agency in parentheses: "HAMILTON — ", "COLUMBUS, Ohio — ", "BEIRUT (AP) — ".
# Only where a dateline stands (see _datelines).
_DATELINE_NAME_RE = re.compile(
    r"\s*(?P<name>[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3})"
    r"(?:,\s+[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?\s*(?:\([A-Za-z][A-Za-z. ]{0,30}\)\s*)?(?:—|–|--|-)\s")


def _datelines(ann: Annotation) -> Iterator[tuple[re.Match, int, int]]:
    """(match, first token, last token) of the datelines: at the start of the
    text, of a line, or of the sentence after the headline (news pages run the
    title into the text: "Man held after theft. ATHENS — Police..."), never
    further in ("... officials said. NATO — which ...")."""
    tokens = ann.tokens
    starts = {ann.sentences[k][0] for k in range(min(2, len(ann.sentences)))}
    for k, tok in enumerate(tokens):
        if k not in starts and not (k > 0 and "\n" in ann.text[tokens[k - 1].end:tok.idx]):
            continue
        match = _DATELINE_NAME_RE.match(ann.text, tok.idx)
        if match is None:
            continue
        last = ann.token_at(match.end("name") - 1)
        if last is not None and last >= k:
            yield match, k, last
