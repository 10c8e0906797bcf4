"""Reconcile: per category and role, one origin one figure, subsets, increments,
supersession, zeros, vague words, the three policies and the partisan discount,
each bound naming its claims; the Fallujah figure by hand and from the article,
and the same reading of an article the project wrote (tests/data/tawila-2024-03.txt),
which runs on a fresh clone where ../shared is absent."""

from __future__ import annotations

import datetime as dt

import pytest

from fogcount.errors import SettingsError
from fogcount.models import Claim, Cue, Figure, Source, Subject, TimeRef, Value
from fogcount.stages.reconcile import (
    ARTICLE_ORIGIN,
    POLICIES,
    explain,
    origin_figures,
    origin_of,
    reconcile,
)

_position = iter(range(0, 10**9, 10))


def claim(
    id: str,
    low: int | None,
    high: int | None = ...,  # type: ignore[assignment]
    *,
    category: str = "people.killed",
    role: str = "unknown",
    origin: str | None = None,
    speaker: str | None = None,
    channel: str | None = None,
    kind: str = "media",
    partisan: bool | None = None,
    text: str | None = None,
    vague: bool = False,
    incremental: bool = False,
    cumulative: bool = False,
    negated: bool = False,
    part_of: str | None = None,
    hedge: str | None = None,
    at: int | None = None,
) -> Claim:
    """A claim by hand: ``high`` defaults to ``low`` (an exact figure); ``origin``
    None gives a claim with no source; ``at`` is its place in the text (else
    the order the helper is called in)."""
    if high is ...:
        high = low
    start = next(_position) if at is None else at
    source = None
    if origin is not None:
        source = Source(speaker=speaker or origin, kind=kind, channel=channel, origin=origin, partisan=partisan)
    return Claim(
        id=id,
        sentence=f"sentence of {id}",
        span=(start, start + 2),
        category=category,
        value=Value(text=text or str(low if low is not None else high), low=low, high=high, vague=vague,
                    incremental=incremental, cumulative=cumulative),
        subject=Subject(text=None, role=role),
        negated=negated,
        hedge=hedge,
        source=source,
        part_of=part_of,
    )


def one(claims, **options) -> Figure:
    figures = reconcile(claims, **options)
    assert len(figures) == 1, [(f.category, f.role) for f in figures]
    return figures[0]


def bounds(figure: Figure) -> tuple:
    return figure.low, figure.best, figure.high


# ---------------------------------------------------------------- the API


def test_policies_are_exported_and_ucdp_is_the_default():
    assert POLICIES == ("conservative", "ucdp", "median")
    assert one([claim("c1", 5)]).policy == "ucdp"


def test_an_unknown_policy_is_a_coded_settings_error():
    with pytest.raises(SettingsError, match="conservative, ucdp, median"):
        reconcile([claim("c1", 5)], policy="acled")


def test_no_claims_no_figures():
    assert reconcile([]) == []


def test_claims_are_not_changed():
    claims = [claim("c1", 5, origin="a"), claim("c2", 7, origin="a"), claim("c3", 2, part_of="c1")]
    before = [c.model_dump() for c in claims]
    reconcile(claims, policy="median", discount_partisan=True)
    assert [c.model_dump() for c in claims] == before


# ---------------------------------------------------------------- rule 1: category and role apart


def test_a_governments_terrorists_are_not_added_to_a_monitors_civilians():
    monitor = claim("c1", 12, role="civilian", origin="monitor", kind="monitor", partisan=False)
    government = claim("c2", 24, 99, text="dozens", vague=True, role="combatant", origin="ministry",
                       kind="government", partisan=True)
    civilian, combatant = reconcile([government, monitor])
    assert (civilian.role, bounds(civilian), civilian.claims) == ("civilian", (12, 12, 12), ["c1"])
    assert (combatant.role, bounds(combatant), combatant.claims) == ("combatant", (24, 24, 99), ["c2"])


def test_figures_are_sorted_by_category_then_role():
    claims = [
        claim("c1", 1, category="vehicles.destroyed"),
        claim("c2", 2, role="unknown", origin="police"),  # another source's total: not held in c4
        claim("c3", 3, role="security_forces"),
        claim("c4", 4, role="civilian"),
        claim("c5", 5, category="people.injured", role="combatant"),
    ]
    assert [(f.category, f.role) for f in reconcile(claims)] == [
        ("people.injured", "combatant"),
        ("people.killed", "civilian"),
        ("people.killed", "security_forces"),
        ("people.killed", "unknown"),
        ("vehicles.destroyed", "unknown"),
    ]


def test_categories_are_kept_apart():
    killed, injured = (claim("c1", 4, origin="police"), claim("c2", 9, origin="police", category="people.injured"))
    figures = {f.category: bounds(f) for f in reconcile([killed, injured])}
    assert figures == {"people.killed": (4, 4, 4), "people.injured": (9, 9, 9)}


# ---------------------------------------------------------------- rule 2: one origin, one figure


def test_twenty_reprints_of_one_origin_are_one_source():
    outlets = [f"Outlet {i}" for i in range(20)]
    claims = [claim(f"c{i + 1}", 250, None, text="at least 250", origin="u.s. officials|united states",
                    speaker="U.S. officials", channel=outlet, kind="government") for i, outlet in enumerate(outlets)]
    figure = one(claims + [claim("c21", 40, origin="observatory", kind="monitor")])
    assert figure.independent_sources == 2
    # two origins disagree: the low is the monitor's 40 (also the best: a monitor outranks a government)
    assert bounds(figure) == (40, 40, 250)
    assert figure.high_claims == [c.id for c in claims]
    assert figure.low_claims == figure.best_claims == ["c21"]
    assert any("the same figure repeated counts once" in n for n in figure.notes)
    # alone, the twenty reprints give the figure once
    assert bounds(one(claims)) == (250, 250, 250)
    assert one(claims).independent_sources == 1


def test_a_claim_without_a_source_is_the_article_origin():
    assert origin_of(claim("c1", 5)) == ARTICLE_ORIGIN == "article"
    assert origin_of(claim("c2", 5, origin="police|iraq")) == "police|iraq"
    speaker_only = claim("c3", 5, origin="x")
    speaker_only.source.origin = None
    speaker_only.source.speaker = "  The Police "
    assert origin_of(speaker_only) == "the police"


def test_unsourced_claims_share_one_origin_so_the_latest_is_kept():
    figure = one([claim("c1", 10), claim("c2", 12)])
    assert bounds(figure) == (12, 12, 12)
    assert figure.independent_sources == 1
    assert figure.claims == ["c1", "c2"]
    assert figure.low_claims == figure.best_claims == figure.high_claims == ["c2"]


def test_the_same_origins_later_plain_figure_is_kept_and_said_so():
    """Over several reports (in reading order) the later report's figure is the speaker's newest account."""
    figure = one([_from("day-1", claim("c1", 10, origin="police")), _from("day-2", claim("c1", 8, origin="police"))],
                 in_order=True)
    assert bounds(figure) == (8, 8, 8)  # the latest, even when smaller
    assert any(n.startswith("day-2:c1 (8) replaces") and "later figure is kept" in n for n in figure.notes)


def test_within_one_report_a_smaller_figure_of_the_same_source_is_held_in_the_larger():
    """ "Police said four people were wounded ... two victims were taken to hospital, police said": some of the four."""
    figure = one([claim("c1", 4, origin="police"), claim("c2", 2, origin="police")])
    assert bounds(figure) == (4, 4, 4)
    assert figure.claims == ["c1", "c2"]
    assert any(n.startswith("c2 (2) is held in c1 (4)") for n in figure.notes)


def _others(c):
    c.subject.text = "others"
    return c


@pytest.mark.parametrize("incremental", [False, True])
def test_hurt_others_of_one_report_are_held_in_its_larger_figure_whoever_tells_it(incremental):
    """ "Five people were shot, including one man shot 10 times, police said ...
    Four others were taken to the hospital": the four are of the five."""
    five = claim("c1", 5, category="people.injured", origin="police", kind="police")
    four = _others(claim("c3", 4, category="people.injured", incremental=incremental))
    figure = one([five, four])
    assert bounds(figure) == (5, 5, 5)
    assert any(n.startswith("c3 (4) is held in c1 (5)") for n in figure.notes)
    # others as many as told before, or of the dead, are not among them
    two = _others(claim("c5", 2, category="people.injured", incremental=True))
    assert one([claim("c4", 2, category="people.injured", origin="police", kind="police"), two]).best == 2
    dead = reconcile([claim("c6", 5, origin="police", kind="police"),
                      _others(claim("c7", 4, category="people.injured", incremental=incremental))])
    assert [f.best for f in dead] == [4, 5]


def test_text_order_is_the_span_not_the_list_order():
    later = claim("c2", 12, origin="police", at=500)
    earlier = claim("c1", 10, origin="police", at=100)
    figure = one([later, earlier])
    assert bounds(figure) == (12, 12, 12)
    assert figure.claims == ["c1", "c2"]


def test_the_toll_rose_to_15_supersedes():
    figure = one([
        claim("c1", 10, origin="health ministry", kind="government"),
        claim("c2", 15, text="15", cumulative=True, origin="health ministry", kind="government"),
    ])
    assert bounds(figure) == (15, 15, 15)
    assert figure.low_claims == ["c2"]
    assert any("supersedes (a cumulative figure) c1" in n for n in figure.notes)


def test_different_origins_are_not_superseded():
    figure = one([claim("c1", 10, origin="police", kind="police"),
                  claim("c2", 15, cumulative=True, origin="hospital", kind="medical")])
    assert figure.independent_sources == 2
    assert (figure.low, figure.high) == (10, 15)  # the hospital's 15 does not supersede the police's 10
    assert figure.best == 15  # the hospital (medical) outranks the police


# ---------------------------------------------------------------- rule 3: subsets


def test_six_civilians_including_two_women_is_six():
    six = claim("c1", 6, role="civilian", origin="police")
    two = claim("c2", 2, role="civilian", origin="police", part_of="c1")
    figure = one([six, two])
    assert bounds(figure) == (6, 6, 6)
    assert figure.claims == ["c1", "c2"]
    assert "c2" not in figure.low_claims + figure.best_claims + figure.high_claims
    assert any(n.startswith("c2 (2) is part of c1") for n in figure.notes)


def test_a_subset_from_another_origin_is_not_added_either():
    figure = one([claim("c1", 6, role="civilian", origin="police"),
                  claim("c2", 2, role="civilian", origin="witness", kind="witness", part_of="c1")],
                 policy="median")
    assert bounds(figure) == (6, 6, 6)


def test_a_part_of_another_role_is_no_figure_of_its_own():
    """"15 people were killed ... the dead included three children": the children
    are evidence about the 15, listed in its figure; there is no civilian figure of 3."""
    people = claim("c1", 15, role="unknown", origin="police")
    children = claim("c2", 3, role="civilian", origin="police", part_of="c1")
    figure = one([people, children])
    assert (figure.role, bounds(figure)) == ("unknown", (15, 15, 15))
    assert figure.claims == ["c1", "c2"] and figure.independent_sources == 1
    assert any(n.startswith("c2 (3) is part of c1") for n in figure.notes)
    # a part of a part goes with the whole too
    women = claim("c3", 1, role="civilian", origin="police", part_of="c2")
    assert one([people, children, women]).claims == ["c1", "c2", "c3"]
    # a part whose whole is not among the claims is a figure like any other
    assert bounds(one([children])) == (3, 3, 3)


# ---------------------------------------------------------------- rule 3b: one report, one account


def test_one_person_named_later_in_the_report_is_one_of_the_total():
    """ "Five people were injured, authorities said ... A fifth person who had also
    been shot drove to the hospital": the fifth is one of the five, not a toll of 1."""
    five = claim("c1", 5, category="people.injured", origin="authorities", kind="government", text="Five")
    fifth = claim("c2", 1, category="people.injured", text="A", incremental=True)
    figure = one([five, fifth])
    assert bounds(figure) == (5, 5, 5) and figure.independent_sources == 1
    assert any(n.startswith("c2 (A) is held in c1 (Five)") for n in figure.notes)


def test_victims_of_a_named_role_are_held_in_the_reports_total_of_unknown_role():
    """ "A gunman wounded six people ... A 20-year-old man shot in the chest was taken
    to hospital ... a 17-year-old boy and an 18-year-old man, police said": one
    figure of six, not six plus civilians of 1 and 1."""
    figures = reconcile([
        claim("c1", 6, category="people.injured", origin="police", kind="police"),
        claim("c2", 1, category="people.injured", role="civilian", text="A"),
        claim("c3", 1, category="people.injured", role="civilian", origin="police", kind="police", text="an"),
    ])
    assert [(f.role, bounds(f), f.claims) for f in figures] == [("unknown", (6, 6, 6), ["c1", "c2", "c3"])]


def test_an_equal_figure_of_unknown_role_is_the_same_as_one_of_a_named_role():
    """ "Four men were shot ... Four others suffered wounds" in one report: one figure of four."""
    figures = reconcile([claim("c1", 4, category="people.injured", role="civilian"),
                         claim("c2", 4, category="people.injured")])
    assert [(f.role, bounds(f)) for f in figures] == [("civilian", (4, 4, 4))]


def test_the_reports_own_smaller_figure_is_held_in_one_it_attributes_to_a_source():
    # "three were hit in the leg and one in the arm ... All four victims were hurt, police said"
    figure = one([claim("c1", 3, category="people.injured"),
                  claim("c2", 4, category="people.injured", origin="police", kind="police")])
    assert bounds(figure) == (4, 4, 4)
    assert any("c1 (3) is held in c2 (4)" in n for n in figure.notes)


def test_the_reports_own_dead_and_a_count_it_adds_to_are_not_held_in_a_sources_figure():
    # the dead: "killed 5 people ... 7 were killed, police said" are two accounts
    killed = one([claim("c1", 5), claim("c2", 7, origin="police", kind="police")], policy="conservative")
    assert killed.low == 5
    # "Four were hurt in one blast ... another three in the second": the start of the report's own count
    hurt = one([claim("c1", 7, category="people.injured", origin="security source", kind="unknown"),
                claim("c2", 4, category="people.injured"),
                claim("c3", 3, category="people.injured", incremental=True)], policy="conservative")
    assert hurt.low == 7 and not any("c2 (4) is held" in n for n in hurt.notes)


def test_the_reports_own_figure_is_not_held_in_a_sources_marked_update():
    figure = one([claim("c1", 2, category="people.injured"),
                  claim("c2", 3, category="people.injured", origin="police", kind="police", cumulative=True)],
                 policy="conservative")
    assert figure.low == 2


def test_another_sources_smaller_total_in_the_same_report_is_its_own_figure():
    """ "Police said 3 were hurt; the hospital said 5": the range shows the disagreement."""
    figure = one([claim("c1", 3, origin="police", kind="police"), claim("c2", 5, origin="hospital", kind="medical")])
    assert (figure.low, figure.high, figure.independent_sources) == (3, 5, 2)


def test_the_reports_own_smaller_figure_after_a_sources_is_a_part_of_it():
    """ "31 workers were killed, officials said ... gunmen came back and killed seven of them": the
    report's own smaller figure told after a source's total is some of them, not a lower toll."""
    figure = one([claim("c1", 31, origin="officials", kind="government"), claim("c2", 7)])
    assert bounds(figure) == (31, 31, 31)
    assert any(n.startswith("c2 (7) is held in c1 (31)") for n in figure.notes)


def test_the_reports_own_parts_that_add_up_are_not_held():
    """ "At least seven were killed, a source said. Four died in one blast, another three in the other":
    the report's own pieces add up to a figure of their own."""
    figure = one([claim("c1", 7, None, origin="source", kind="police"), claim("c2", 4),
                  claim("c3", 3, text="another three", incremental=True)])
    assert not any("is held in" in n for n in figure.notes)


def test_the_reports_own_figure_before_a_sources_smaller_one_is_not_held():
    """ "Five people were killed. Police said three died": the source's smaller figure disagrees."""
    figure = one([claim("c1", 5), claim("c2", 3, origin="police", kind="police")])
    assert (figure.low, figure.high, figure.independent_sources) == (3, 5, 2)


def test_one_person_in_another_report_is_that_reports_own_figure():
    """Holding stays within a report: another outlet's "a man was killed" is its own account."""
    figure = one([_from("paper-a", claim("c1", 3)), _from("paper-b", claim("c1", 1, text="a"))], in_order=True)
    assert (figure.low, figure.high, figure.independent_sources) == (1, 3, 2)


def test_another_person_after_the_sources_own_figure_still_adds():
    """ "Two people died ... Another person died later" (one source): 3."""
    figure = one([claim("c1", 2), claim("c2", 1, text="Another", incremental=True)])
    assert bounds(figure) == (3, 3, 3)


def test_an_increment_after_a_piece_of_the_total_is_another_piece_of_it():
    """ "Twelve villagers were killed ... Seven were shot in the first hamlet, while another five
    died in the second": twelve, the increment goes on from the piece; past the total it adds."""
    figure = one([claim("c1", 12), claim("c2", 7, text="Seven"),
                  claim("c3", 5, text="another five", incremental=True)])
    assert bounds(figure) == (12, 12, 12)
    assert any(n.startswith("c3 (another five) is held in c1 (12)") for n in figure.notes)
    figure = one([claim("c1", 12), claim("c2", 7, text="Seven"),
                  claim("c3", 6, text="another six", incremental=True)])
    assert bounds(figure) == (18, 18, 18)
    # right after the total (no piece told), it adds: "Two people died. Another person died later"
    figure = one([claim("c1", 12), claim("c2", 1, text="Another", incremental=True)])
    assert bounds(figure) == (13, 13, 13)


def test_an_increment_after_a_smaller_count_of_victims_is_one_of_the_total():
    """ "A shooting injured five people ... Three victims were found, police said ... an
    additional victim walked into the hospital": five, the fourth among them (the increment
    goes on from the three, whatever their category or source). Right after the total, or
    past it, it adds."""
    total = claim("c1", 5, category="people.injured")
    found = claim("c2", 3, category="people.casualties", origin="police")
    later = _of("additional victim", claim("c3", 1, category="people.injured", text="an", incremental=True))
    figures = {f.category: f for f in reconcile([total, found, later])}
    assert bounds(figures["people.injured"]) == (5, 5, 5)
    assert any(n.startswith("c3 (") and "held in c1" in n for n in figures["people.injured"].notes)
    # right after the total: one more
    figure = one([claim("c4", 5, category="people.injured"),
                  _of("additional victim", claim("c5", 1, category="people.injured", text="an", incremental=True))])
    assert bounds(figure) == (6, 6, 6)
    # past the total: the count and the increment are more than it, so it adds
    told = [claim("c6", 4, category="people.injured"), claim("c7", 3, category="people.casualties")]
    many = _of("more victims", claim("c8", 2, category="people.injured", text="two", incremental=True))
    figures = {f.category: f for f in reconcile([*told, many])}
    assert bounds(figures["people.injured"]) == (6, 6, 6)


def test_a_death_of_some_of_the_hurt_adds_to_the_dead_and_leaves_fewer_hurt():
    """ "Five were killed and 30 wounded. Twelve were taken to hospital, where one victim died":
    six dead, 29 hurt (the one is of the twelve, held in the thirty)."""
    told = [claim("c1", 5), claim("c2", 30, category="people.injured"), claim("c3", 12, category="people.injured")]
    death = claim("c4", 1, text="one", incremental=True)
    death = death.model_copy(update={"sentence": told[-1].sentence,
                                     "cue": Cue(text="died", span=death.span, rule="hurt:verb:die")})
    figures = {f.category: f for f in reconcile([*told, death])}
    assert bounds(figures["people.killed"]) == (6, 6, 6)
    assert bounds(figures["people.injured"]) == (29, 29, 29)


def _of(subject: str, made: Claim) -> Claim:
    """The claim counting ``subject`` ("others", "men")."""
    return made.model_copy(update={"subject": Subject(text=subject, role=made.subject.role)})


def test_a_reports_victims_told_after_its_injured_toll_add_nothing():
    """ "left one dead and injured four others ... Two other men were also shot ...
    Another woman suffered a gunshot wound": four injured, the later ones among them."""
    figure = one([_of("others", claim("c1", 4, category="people.injured")),
                  _of("other men", claim("c2", 2, category="people.injured", text="Two", incremental=True)),
                  _of("woman", claim("c3", 1, category="people.injured", text="Another", incremental=True))])
    assert bounds(figure) == (4, 4, 4)
    assert any("among the 4 its report already counts" in n for n in figure.notes)


def test_a_numbered_increment_or_more_adds_to_its_reports_injured_toll():
    """ "Two people were wounded ... Two more people were wounded later": four;
    "Five people were injured ... Another three were injured when a second bomb
    went off": eight. Only "other" people or one "another" can be among those counted."""
    figure = one([claim("c1", 2, category="people.injured"),
                  _of("more people", claim("c2", 2, category="people.injured", text="Two", incremental=True))])
    assert bounds(figure) == (4, 4, 4)
    figure = one([claim("c1", 5, category="people.injured"),
                  claim("c2", 3, category="people.injured", text="three", incremental=True)])
    assert bounds(figure) == (8, 8, 8)


def test_the_same_others_told_twice_in_a_report_count_once():
    """ "Both men were killed, and three others were injured" printed twice on a page: three."""
    figure = one([_of("others", claim("c1", 3, category="people.injured")),
                  _of("others", claim("c2", 3, category="people.injured", text="three", incremental=True))])
    assert bounds(figure) == (3, 3, 3)


def test_a_number_of_others_after_a_vague_word_of_others_says_how_many_it_told():
    """ "Several other people were hurt ... Four other people were wounded": four, the
    number the vague word told, not several plus four (seven)."""
    figure = one([_of("other people", claim("c1", 3, 9, category="people.injured", text="Several", vague=True,
                                             incremental=True)),
                  _of("other people", claim("c2", 4, category="people.injured", text="Four", incremental=True))])
    assert bounds(figure) == (4, 4, 4)
    assert any("numbers the others c1" in n for n in figure.notes)


def test_a_number_of_others_told_at_a_time_of_its_own_adds_to_the_vague_word():
    """ "A guard was shot in the first raid and several others were hurt. In a second raid two hours
    later, five others were hurt": the five are hurt in another happening, more (eight), not the
    several told again; with no time of its own the number still tells how many the vague word did."""
    vague = _of("others", claim("c1", 3, 9, category="people.injured", text="several", vague=True))
    later = _of("others", claim("c2", 5, category="people.injured", text="five", incremental=True))
    later = later.model_copy(update={"time": TimeRef(text="two hours later")})
    figure = one([vague, later])
    assert figure.low == 8 and not any("numbers the others" in n for n in figure.notes)


def test_a_number_after_a_vague_word_still_adds_where_either_is_not_of_others_or_another_report_tells_it():
    """The vague word of people at large ("Several people were hurt ... Two more were wounded
    later"), a number of "more" people, and another outlet's vague word are no count told
    again: they add or compete as before."""
    plain = one([claim("c1", 3, 9, category="people.injured", text="Several", vague=True),
                 _of("others", claim("c2", 4, category="people.injured", text="Four", incremental=True))])
    assert plain.low == 7 and not any("numbers the others" in n for n in plain.notes)
    more = one([_of("others", claim("c1", 3, 9, category="people.injured", text="Several", vague=True)),
                _of("more people", claim("c2", 2, category="people.injured", text="Two", incremental=True))])
    assert more.low == 5
    apart = reconcile([_of("others", claim("d1:c1", 3, 9, category="people.injured", text="Several", vague=True)),
                       _of("others", claim("d2:c1", 4, category="people.injured", text="Four", incremental=True))],
                      in_order=True)
    assert not any("numbers the others" in n for f in apart for n in f.notes)


def _in(sentence: str, made: Claim, when: str | None = None) -> Claim:
    """The claim told in ``sentence`` (and on the day ``when``, ISO, where given)."""
    update: dict = {"sentence": sentence}
    if when is not None:
        day = dt.date.fromisoformat(when)
        update["time"] = TimeRef(text=when, start=day, end=day, precision="day")
    return made.model_copy(update=update)


_TOLL = "Gunfire raked the street on Monday, killing a night guard and wounding three others."


def test_others_beside_the_dead_of_their_own_sentence_tell_the_hurt_again():
    """ "The bullets wounded a woman and her son ... killing a night guard and wounding
    three others": the three are others than the guard, the report's hurt told again,
    so three, not five."""
    claims = [_in("The bullets wounded a woman and her son.",
                  claim("c1", 2, category="people.injured", text="a woman and her son")),
              _in(_TOLL, claim("c2", 1, text="a")),
              _in(_TOLL, _of("others", claim("c3", 3, category="people.injured", text="three", incremental=True)))]
    injured = [f for f in reconcile(claims) if f.category == "people.injured"][0]
    assert bounds(injured) == (3, 3, 3)
    assert any("others than the dead its sentence tells first" in n and "replaces c1" in n for n in injured.notes)


def test_others_whose_sentence_tells_no_dead_or_more_people_still_add():
    """Over-counting stays where it was asked for, and nothing is taken from a plain addition:
    "three others were wounded later" with no dead in its sentence adds; "killing a guard and
    wounding four more people" says more, and adds."""
    no_dead = [_in("Two men were wounded.", claim("c1", 2, category="people.injured")),
               _in("A guard was killed.", claim("c2", 1, text="A")),
               _in("Three others were wounded later.",
                   _of("others", claim("c3", 3, category="people.injured", text="Three", incremental=True)))]
    assert bounds([f for f in reconcile(no_dead) if f.category == "people.injured"][0]) == (5, 5, 5)
    more = [_in("Two men were wounded.", claim("c1", 2, category="people.injured")),
            _in("He then killed a guard and wounded four more people.", claim("c2", 1, text="a")),
            _in("He then killed a guard and wounded four more people.",
                _of("more people", claim("c3", 4, category="people.injured", text="four", incremental=True)))]
    assert bounds([f for f in reconcile(more) if f.category == "people.injured"][0]) == (6, 6, 6)


def test_others_beside_the_dead_of_another_happening_time_or_report_do_not_replace():
    """Two separate shootings in one report, a quoted old toll, a time of its own with no date
    ("Six were wounded. Two days later ... wounded 20 others": 26) and another outlet's figure:
    the others are not the earlier hurt told again, so the rule leaves them as they were."""
    separate = "In a separate shooting, gunmen killed a woman and wounded three others."
    two = [_in("Two men were wounded on Elm Street.", claim("c1", 2, category="people.injured")),
           _in(separate, claim("c2", 1, text="a")),
           _in(separate, _of("others", claim("c3", 3, category="people.injured", text="three", incremental=True)))]
    assert bounds([f for f in reconcile(two) if f.category == "people.injured"][0]) == (5, 5, 5)
    old = "In 2012, a gunman killed a teacher and wounded four others there."
    quoted = [_in("Two students were wounded on Monday.", claim("c1", 2, category="people.injured"), "2024-03-04"),
              _in(old, claim("c2", 1, text="a"), "2012-06-01"),
              _in(old, _of("others", claim("c3", 4, category="people.injured", text="four", incremental=True)),
                  "2012-06-01")]
    figure = [f for f in reconcile(quoted) if f.category == "people.injured"][0]
    assert not any("others than the dead" in n for n in figure.notes)
    later = "Two days later an air strike killed two civilians and wounded 20 others."
    undated = [_in("Six were wounded.", claim("c1", 6, category="people.injured")),
               _in(later, claim("c2", 2, text="two")),
               _in(later, _of("others", claim("c3", 20, category="people.injured", text="20", incremental=True)))]
    undated[1:] = [c.model_copy(update={"time": TimeRef(text="Two days later")}) for c in undated[1:]]
    assert bounds([f for f in reconcile(undated) if f.category == "people.injured"][0]) == (26, 26, 26)
    outlets = [_from("paper-a", _in("Two men were wounded.", claim("c1", 2, category="people.injured"))),
               _from("paper-b", _in(_TOLL, claim("c1", 1, text="a"))),
               _from("paper-b", _in(_TOLL, _of("others", claim("c2", 3, category="people.injured", text="three",
                                                                  incremental=True))))]
    figure = [f for f in reconcile(outlets, in_order=True) if f.category == "people.injured"][0]
    assert not any("others than the dead" in n for n in figure.notes)


def test_a_toll_told_again_by_a_second_source_is_not_added():
    """ "wounding two men ... Police said the gunman killed one man and wounded two others": two."""
    said = "Police said the gunman killed one man and wounded two others."
    figure = [f for f in reconcile([
        _in("A gunman opened fire, wounding two men.", claim("c1", 2, category="people.injured")),
        _in(said, claim("c2", 1, origin="police")),
        _in(said, _of("others", claim("c3", 2, category="people.injured", origin="police", text="two",
                                      incremental=True)))]) if f.category == "people.injured"][0]
    assert bounds(figure) == (2, 2, 2)


def test_another_injured_after_one_person_still_adds():
    """ "A man was shot ... Another man was shot": two; and a larger increment adds too."""
    figure = one([claim("c1", 1, category="people.injured", text="A"),
                  claim("c2", 1, category="people.injured", text="Another", incremental=True)])
    assert bounds(figure) == (2, 2, 2)
    figure = one([claim("c1", 2, category="people.injured"),
                  claim("c2", 3, category="people.injured", text="three more", incremental=True)])
    assert bounds(figure) == (5, 5, 5)


def test_an_increment_over_another_reports_figure_adds():
    """Holding an increment stays within its report: one source's later report adds to its earlier one."""
    figure = one([_from("paper-a", claim("c1", 4, category="people.injured", origin="police")),
                  _from("paper-b", claim("c1", 1, category="people.injured", origin="police", text="another",
                                         incremental=True))], in_order=True)
    assert bounds(figure) == (5, 5, 5)


def test_an_exact_figure_within_the_most_reliable_open_one_is_the_ucdp_best():
    """ "At least four people were shot" (the outlet) and "three men and two women were hurt"
    (police): five is the best, the low stays four; a figure below the open one is not taken."""
    figure = one([claim("c1", 4, None, category="people.injured", text="At least four"),
                  claim("c2", 5, category="people.injured", origin="police", kind="police")])
    assert bounds(figure) == (4, 5, 5)
    assert "within the open figure" in explain(figure)[1]
    figure = one([claim("c1", 4, None, category="people.injured", text="At least four"),
                  claim("c2", 3, category="people.injured", origin="police", kind="police")])
    assert bounds(figure) == (3, 4, 4)
    # a party's exact number is no better best than a non-party's open figure: "over 20" (the outlet) stands
    # against the armed group's own 57
    figure = one([claim("c1", 20, None, text="over 20", origin="article", partisan=False),
                  claim("c2", 57, origin="Islamic State", kind="armed_group", partisan=True)])
    assert bounds(figure)[1] == 20


def test_a_higher_floor_within_the_most_reliable_open_one_is_the_ucdp_best():
    """ "A car bomb killed more than 30 people in the market" (the outlet) and "at least 36 people
    were killed, a provincial official said": both are floors, and 36 is the tighter one. The low
    stays the outlet's 31, the high the largest figure claimed."""
    figure = one([claim("c1", 31, None, text="more than 30"),
                  claim("c2", 36, None, text="at least 36", origin="official", kind="government")])
    assert bounds(figure) == (31, 36, 36)
    assert figure.best_claims == ["c2"]
    assert "higher floor" in explain(figure)[1]


def test_no_floor_but_a_higher_open_one_within_the_ratio_is_the_ucdp_best():
    """What a higher floor is not: a lower floor ("at least 12" against the outlet's "at least 15"),
    one far above ("at least 90", over WITHIN_OPEN_RATIO times 15), an "up to" ("as many as 25"
    bounds from above), a vague word ("dozens") and a party's floor against a non-party's."""
    outlet = dict(text="at least 15", at=0)  # told first: the others are written below it
    for other in (claim("c2", 12, None, text="at least 12", origin="police", kind="police"),
                  claim("c2", 90, None, text="at least 90", origin="resident", kind="witness"),
                  claim("c2", None, 25, text="as many as 25", origin="police", kind="police"),
                  claim("c2", 24, 99, text="dozens", vague=True, origin="doctors", kind="medical"),
                  claim("c2", 20, None, text="at least 20", origin="army", kind="military", partisan=True)):
        figure = one([claim("c1", 15, None, **outlet), other.model_copy(update={"span": (100, 102)})])
        assert figure.best == 15 and figure.best_claims == ["c1"], other.value.text
    # an exact number within the open one is still taken before a higher floor of the same rank, where it is
    # not below that floor (19 against "at least 18"; 17 is not: the floor says there were more)
    for exact, best in ((19, 19), (17, 18)):
        figure = one([claim("c1", 15, None, **outlet),
                      claim("c2", 18, None, text="at least 18", origin="police", kind="police"),
                      claim("c3", exact, origin="sheriff", kind="police")])
        assert figure.best == best, exact


def test_of_several_higher_floors_within_the_ratio_the_highest_is_the_best():
    """ "Over 20 were killed (the outlet) ... at least 24, police said ... at least 33, the sheriff said":
    every floor is a floor of the happening, so the highest is the tightest, whichever source of equal
    rank is told first; and an exact figure below one of those floors ("23, a deputy said") is no best."""
    outlet = claim("c1", 21, None, text="over 20", at=0)
    police = claim("c2", 24, None, text="at least 24", origin="police", kind="police", at=100)
    sheriff = claim("c3", 33, None, text="at least 33", origin="sheriff", kind="police", at=200)
    for claims in ([outlet, police, sheriff], [outlet, sheriff, police]):
        figure = one(claims)
        assert bounds(figure) == (21, 33, 33) and figure.best_claims == ["c3"]
        assert "the highest within it" in explain(figure)[1]
    deputy = claim("c4", 23, origin="deputy", kind="police", at=300)
    figure = one([outlet, police, deputy])
    assert bounds(figure) == (21, 24, 24) and figure.best_claims == ["c2"]
    # an exact figure at or above every such floor is still taken before them
    figure = one([outlet, police, claim("c4", 26, origin="deputy", kind="police", at=300)])
    assert figure.best == 26


def test_a_floor_told_of_happenings_in_the_plural_or_over_an_area_is_no_best():
    """ "Police said at least 25 people were killed in raids across the region on Monday" beside the
    outlet's "more than 20 were killed in the bombing": the 25 may count several happenings (a roundup
    the claims stage did not mark a tally); it widens the high, the outlet's floor stays the best. Told of
    one happening ("at least 25 were killed in the bombing") it is the best."""
    outlet = _in_sentence(claim("c1", 21, None, text="more than 20", at=0),
                          "More than 20 people were killed in the bombing.")
    for told in ("Police said at least 25 people were killed in raids across the region on Monday.",
                 "Police said at least 25 people were killed across the region on Monday."):
        police = _in_sentence(claim("c2", 25, None, text="at least 25", origin="police", kind="police", at=100), told)
        assert bounds(one([outlet, police])) == (21, 21, 25), told
    police = _in_sentence(claim("c2", 25, None, text="at least 25", origin="police", kind="police", at=100),
                          "Police said at least 25 people were killed in the bombing.")
    assert bounds(one([outlet, police])) == (21, 25, 25)


def test_two_sources_tolls_of_one_place_compete_and_a_past_toll_does_not_add():
    """Negative cases of adding: "Six people were killed in the village, police said. The hospital
    said nine were killed in the village" is one toll told two ways (6 to 9, not 15); two floors give
    the higher, not their sum; and "Clashes in Bora killed 40 people in 2019" after today's toll
    adds nothing to it and takes nothing from it (its own event)."""
    figure = one([claim("c1", 6, origin="police", kind="police"),
                  claim("c2", 9, origin="hospital", kind="medical")])
    assert (figure.low, figure.high) == (6, 9) and figure.best in (6, 9)
    figure = one([claim("c1", 8, None, text="At least eight"),
                  claim("c2", 12, None, text="at least 12", origin="police", kind="police")])
    assert bounds(figure) == (8, 12, 12)
    import fogcount

    report = fogcount.extract("Gunmen killed more than 30 people in a market in Bora on Monday. At least 36 "
                              "people were killed, a provincial official said. Clashes in Bora killed 40 "
                              "people in 2019.", published="2024-05-07")
    tolls = sorted((f.low, f.best, f.high) for e in report.events for f in e.figures
                   if f.category == "people.killed")
    assert tolls == [(31, 36, 36), (40, 40, 40)]


def test_an_exact_figure_far_above_the_open_one_is_not_the_same_told_more_precisely():
    """ "At least four people were killed, the health ministry said. A resident said 40 people were
    killed": forty is another account, the ministry's figure stays the best."""
    figure = one([claim("c1", 4, None, text="At least four", origin="ministry", kind="medical"),
                  claim("c2", 40, origin="resident", kind="witness")])
    assert bounds(figure) == (4, 4, 40)
    assert "within the open figure" not in explain(figure)[1]


def test_a_figure_is_not_held_in_the_update_that_supersedes_it():
    """ "10 were killed ... the toll rose to 15": the update supersedes, it does not hold."""
    figure = one([claim("c1", 10, origin="ministry"), claim("c2", 15, cumulative=True, origin="ministry")])
    assert bounds(figure) == (15, 15, 15)
    assert any("supersedes (a cumulative figure) c1" in n for n in figure.notes)
    assert not any("is held in" in n for n in figure.notes)


def test_one_side_is_not_held_in_the_others_figure():
    """ "Forty GNA soldiers were killed ... a LNA soldier died": two sides, not one of the forty."""
    gna = claim("c1", 40, origin="article", role="security_forces")
    lna = claim("c2", 1, origin="article", role="security_forces", text="a")
    gna = gna.model_copy(update={"subject": gna.subject.model_copy(update={"actor": "Government of National Accord forces"})})
    lna = lna.model_copy(update={"subject": lna.subject.model_copy(update={"actor": "Libyan National Army"})})
    assert bounds(one([gna, lna])) == (41, 41, 41)


def _said(made: Claim, cue: str, subject: str | None = None) -> Claim:
    """The claim with the outcome word that gave its category (and the counted noun phrase)."""
    return made.model_copy(update={"cue": Cue(text=cue, span=(0, len(cue)), rule=f"verb:{cue}"),
                                   "subject": made.subject.model_copy(update={"text": subject})})


def test_people_shot_count_the_dead_too():
    """ "Five people were shot at a party; one of them died at the hospital": four injured."""
    shot = _said(claim("c1", 5, category="people.injured", text="Five"), "shot", "people")
    died = claim("c2", 1, text="one")
    injured, killed = reconcile([shot, died])
    assert (injured.category, bounds(injured)) == ("people.injured", (4, 4, 4))
    assert bounds(killed) == (1, 1, 1)
    assert any(n.startswith("c1 (Five shot) counts the 1 dead of its report (c2) too: 4 injured") for n in injured.notes)
    assert shot.value.low == 5  # the claim itself is not changed


def test_more_dead_than_hit_in_the_report_leave_none_of_the_hit_hurt():
    """ "Three people were found dead in the house ... he had shot his two sons": the two shot
    are among the three dead, none hurt; but "Gunmen killed five villagers ... two attackers were
    shot by guards" keeps the two attackers hurt (a named side the dead are not), and more dead
    in another report only than the hit leave the hit as they were."""
    shot = _said(claim("c2", 2, category="people.injured", text="two"), "shot", "sons")
    figures = reconcile([claim("c1", 3, text="Three"), shot])
    assert [(f.category, bounds(f)) for f in figures] == [("people.injured", (0, 0, 0)), ("people.killed", (3, 3, 3))]
    sons = _said(claim("c2", 2, category="people.injured", role="civilian", text="two"), "shot", "sons")
    injured = next(f for f in reconcile([claim("c1", 3, text="Three"), sons]) if f.category == "people.injured")
    assert bounds(injured) == (0, 0, 0)
    assert any("counts the 3 dead of its report (c1) too: 0 injured" in n for n in injured.notes)
    guards = _said(claim("c2", 2, category="people.injured", role="combatant", text="two"), "shot", "attackers")
    figures = reconcile([claim("c1", 5, role="civilian", text="five"), guards])
    assert bounds(next(f for f in figures if f.category == "people.injured")) == (2, 2, 2)
    elsewhere = [_from("paper-a", _said(claim("c1", 2, category="people.injured", text="two"), "shot", "people")),
                 _from("paper-b", claim("c1", 3, text="Three"))]
    injured = next(f for f in reconcile(elsewhere, in_order=True) if f.category == "people.injured")
    assert bounds(injured) == (2, 2, 2)


def test_people_shot_in_one_report_count_the_dead_another_report_tells():
    """ "Five men were shot" (an early report, no dead), "One person is dead" (another): four injured."""
    shot = _from("paper-a", _said(claim("c1", 5, category="people.injured", role="civilian", text="Five"),
                                  "shot", "men"))
    dead = _from("paper-b", claim("c1", 1, text="One"))
    injured = next(f for f in reconcile([shot, dead], in_order=True) if f.category == "people.injured")
    assert bounds(injured) == (4, 4, 4)
    assert any("counts the 1 dead of the other reports (paper-b:c1) too" in n for n in injured.notes)


def test_people_shot_as_many_as_another_reports_wounded_are_those_wounded():
    """ "Two were killed and four others were wounded" (one report), "4 people were shot" (another):
    the four shot are the four wounded, not the two dead among them (two injured)."""
    dead = _from("paper-a", claim("c1", 2, origin="police"))
    wounded = _from("paper-a", _said(claim("c2", 4, category="people.injured", origin="police"), "wounded", "others"))
    shot = _from("paper-b", _said(claim("c1", 4, category="people.injured", origin="police"), "shot", "people"))
    injured = next(f for f in reconcile([dead, wounded, shot], in_order=True) if f.category == "people.injured")
    assert bounds(injured) == (4, 4, 4)


def test_others_shot_and_the_wounded_leave_the_dead_out_already():
    """ "One man was killed and four others were shot"; "three people were wounded": no subtraction."""
    others = _said(claim("c1", 4, category="people.injured"), "shot", "others")
    wounded = _said(claim("c3", 3, category="people.injured", origin="police"), "wounded", "people")
    for injured in (others, wounded):
        figures = reconcile([claim("c2", 1), injured])
        assert next(f for f in figures if f.category == "people.injured").best == injured.value.low


def test_one_of_the_wounded_who_died_is_no_longer_injured():
    """ "One of three men wounded in the attack has died": one dead, two injured; "One of three women
    has died" in another sentence, or a death of other words, leaves the three wounded."""
    def told(sentence: str, dead_words: str) -> list:
        died = _said(claim("c1", 1, text="One"), "died", dead_words).model_copy(update={"sentence": sentence})
        wounded = _said(claim("c2", 3, category="people.injured", text="three"), "wounded", "men")
        return [died, wounded.model_copy(update={"sentence": sentence})]
    injured, killed = reconcile(told("One of three men wounded in the attack has died.", "three men"))
    assert (injured.category, bounds(injured), bounds(killed)) == ("people.injured", (2, 2, 2), (1, 1, 1))
    injured, _ = reconcile(told("One of three men wounded in the attack has died.", "women"))
    assert bounds(injured) == (3, 3, 3)
    died, wounded = told("One of three men wounded in the attack has died.", "three men")
    injured, _ = reconcile([died, wounded.model_copy(update={"sentence": "Three men were wounded."})])
    assert bounds(injured) == (3, 3, 3)


def test_a_named_victim_who_died_is_a_death_not_an_injury():
    """ "Craig Roberts, 15, was found shot ... Roberts died at the hospital": one dead, no injured."""
    dead = _said(claim("c1", 1, text="Craig Roberts"), "died", "Roberts")
    shot = _said(claim("c2", 1, category="people.injured", text="Roberts"), "shot", "Roberts")
    figures = reconcile([dead, shot])
    assert [(f.category, bounds(f), f.claims) for f in figures] == [("people.killed", (1, 1, 1), ["c1", "c2"])]


def test_a_man_shot_is_not_the_man_killed():
    """ "A man was killed ... a man was wounded": two people, no name, nothing held across outcomes."""
    figures = reconcile([_said(claim("c1", 1, text="A"), "killed", "man"),
                         _said(claim("c2", 1, category="people.injured", text="a"), "wounded", "man")])
    assert [(f.category, f.best) for f in figures] == [("people.injured", 1), ("people.killed", 1)]


def test_people_in_one_report_and_men_in_another_are_the_same_people():
    """ "Five people were shot" (one outlet), "Five men were shot" (another): one figure of five, not ten."""
    figures = reconcile([_from("paper-a", claim("c1", 5, category="people.injured")),
                         _from("paper-b", claim("c1", 5, category="people.injured", role="civilian"))], in_order=True)
    assert [(f.role, bounds(f), f.independent_sources) for f in figures] == [("civilian", (5, 5, 5), 2)]
    assert any("told two ways" in n for n in figures[0].notes)


def test_a_report_that_gives_both_roles_keeps_them_apart():
    """ "Twelve people were killed ... three soldiers died" in one report, another report's 12: no merging."""
    figures = reconcile([_from("paper-a", claim("c1", 12, origin="police")),
                         _from("paper-a", claim("c2", 3, role="security_forces", origin="army")),
                         _from("paper-b", claim("c1", 12))], in_order=True)
    assert [(f.role, f.best) for f in figures] == [("security_forces", 3), ("unknown", 12)]


def _in_sentence(made: Claim, sentence: str) -> Claim:
    return made.model_copy(update={"sentence": sentence})


def test_a_number_a_report_gives_a_side_said_again_with_no_side_is_that_figure():
    """ "Seven rebels were killed. The group said eight fighters died, but police knew of seven deaths":
    seven combatants, not 7 + 7; the unknown figure's note says why. Not a different number ("seven
    rebels ... 12 people"), not "seven others"."""
    rebels = _in_sentence(claim("c1", 7, role="combatant", text="Seven"), "Seven rebels were killed.")
    told = "The group said eight fighters died, but police knew of seven deaths."
    group = _in_sentence(claim("c2", 8, role="combatant", origin="group", text="eight"), told)
    police = _in_sentence(claim("c3", 7, origin="police", text="seven"), told)
    figures = reconcile([rebels, group, police])
    assert [(f.role, f.best, f.claims) for f in figures] == [("combatant", 7, ["c1", "c2", "c3"])]
    assert any("say again a number the report gives this role" in n for n in figures[0].notes)
    more = _in_sentence(claim("c3", 12, origin="police", text="12"), told)
    assert [(f.role, f.best) for f in reconcile([rebels, group, more])] == [("combatant", 7), ("unknown", 12)]
    others = _in_sentence(claim("c3", 7, origin="police", text="seven others"), told)
    others = others.model_copy(update={"subject": Subject(text="others")})
    assert [(f.role, f.best) for f in reconcile([rebels, group, others])] == [("combatant", 7), ("unknown", 7)]


def test_a_number_another_report_gives_a_side_is_no_saying_again():
    """Report A: "Seven soldiers were killed at the base ... Five people were killed at the market, police
    said"; report B: "Five soldiers were killed". A's five people are not B's five soldiers said again by
    A (12 died in A's account): they stay a figure of their own."""
    a1 = _in_sentence(claim("A:c1", 7, role="security_forces", origin="army", text="Seven"),
                      "Seven soldiers were killed at the base.")
    a2 = _in_sentence(claim("A:c2", 5, origin="police", text="five"), "Five people were killed at the market, police said.")
    b1 = _in_sentence(claim("B:c1", 5, role="security_forces", origin="ministry", text="five"), "Five soldiers were killed.")
    figures = reconcile([a1, a2, b1], in_order=True)
    assert [(f.role, f.low, f.best, f.claims) for f in figures] == [
        ("security_forces", 5, 7, ["A:c1", "B:c1"]), ("unknown", 5, 5, ["A:c2"])]


def test_people_and_civilians_in_one_report_are_the_same_people():
    """ "One person is dead ... One man died at the hospital, police said": one death, not two;
    "Five people were shot, police said ... Three men and two women were hurt, the captain said": five."""
    dead = reconcile([claim("c1", 1, text="One"), claim("c2", 1, role="civilian", origin="police", text="One")])
    assert [(f.role, bounds(f)) for f in dead] == [("civilian", (1, 1, 1))]
    assert any("told two ways: no sentence counts both apart" in n for n in dead[0].notes)
    hurt = reconcile([claim("c1", 5, category="people.injured", origin="police"),
                      claim("c2", 5, category="people.injured", role="civilian", origin="captain")])
    assert [(f.role, bounds(f), f.independent_sources) for f in hurt] == [("civilian", (5, 5, 5), 2)]


def test_fewer_civilians_from_another_origin_of_the_report_are_some_of_the_people():
    """ "Gunmen killed 6 people, police said. Three civilians died in the crossfire.": the article's three
    are some of the police's six (held in it), neither a disagreement (a best of 3) nor more dead (9)."""
    figures = reconcile([claim("c1", 6, origin="police"), claim("c2", 3, role="civilian")])
    assert [(f.role, bounds(f)) for f in figures] == [("unknown", (6, 6, 6))]


def test_a_sentence_that_counts_civilians_and_others_apart_keeps_them_apart():
    """ "A man and two others were shot": three people, the man none of the two others."""
    sentence = "A man and two others were shot."
    man = _in_sentence(_said(claim("c1", 1, category="people.injured", role="civilian", text="A"), "shot", "man"),
                       sentence)
    others = _in_sentence(_said(claim("c2", 2, category="people.injured", text="two"), "shot", "others"), sentence)
    figures = reconcile([man, others])
    assert [(f.role, f.best) for f in figures] == [("civilian", 1), ("unknown", 2)]


def test_two_sources_figures_in_one_sentence_are_civilians_told_two_ways():
    """ "Gunmen killed 14 villagers on Monday, but the army said six were killed": the army's six and
    the outlet's 14 are one toll told two ways (6 to 14), not 20; the sentence counts them apart only
    where one voice tells both ("A man and two others were shot": three, the test below, unchanged)."""
    sentence = "Gunmen killed 14 villagers on Monday, but the army said six were killed."
    villagers = _in_sentence(claim("c1", 14, role="civilian", text="14"), sentence)
    army = _in_sentence(claim("c2", 6, origin="army", kind="military", text="six"), sentence)
    figures = reconcile([villagers, army])
    assert [(f.role, bounds(f)) for f in figures] == [("civilian", (6, 14, 14))]
    assert any("no sentence counts both apart" in n for n in figures[0].notes)
    # the same two figures in two sentences were told two ways before too
    figures = reconcile([villagers.model_copy(update={"sentence": "Gunmen killed 14 villagers on Monday."}),
                         army.model_copy(update={"sentence": "The army said six were killed."})])
    assert [(f.role, bounds(f)) for f in figures] == [("civilian", (6, 14, 14))]


def test_more_people_told_by_a_second_source_in_one_sentence_are_counted_apart():
    """ "Police said two herders were killed, while medics said four more people died later": the four
    are more than the two (an increment, or of "others"), whoever tells them: six dead, not 2 to 4."""
    sentence = "Police said two herders were killed, while medics said four more people died later."
    herders = _in_sentence(claim("c1", 2, role="civilian", origin="police", kind="police", text="two"), sentence)
    for more in (claim("c2", 4, origin="medics", kind="medical", text="four more", incremental=True),
                 _said(claim("c2", 4, origin="medics", kind="medical", text="four"), "died", "other people")):
        figures = reconcile([herders, _in_sentence(more, sentence)])
        assert [(f.role, bounds(f)) for f in figures] == [("civilian", (2, 2, 2)), ("unknown", (4, 4, 4))]


def test_a_source_told_at_the_end_of_a_sentence_is_the_voice_of_all_its_figures():
    """ "Four herders were killed in the raid and two people died in hospital, according to a doctor":
    the parser hangs the doctor on the second clause only, but one voice tells both figures, and one
    voice's sentence counts them apart. A source told between them ("..., but the army said six were
    killed") is a second voice: one toll told two ways (the test above)."""
    sentence = "Four herders were killed in the raid and two people died in hospital, according to a doctor."
    herders = _in_sentence(claim("c1", 4, role="civilian", text="Four", at=0), sentence)
    doctor = _in_sentence(claim("c2", 2, origin="doctor", kind="medical", text="two", at=40), sentence)
    trailing = doctor.model_copy(update={"source": doctor.source.model_copy(update={"span": (80, 92)})})
    figures = reconcile([herders, trailing])
    assert [(f.role, bounds(f)) for f in figures] == [("civilian", (4, 4, 4)), ("unknown", (2, 2, 2))]
    between = doctor.model_copy(update={"source": doctor.source.model_copy(update={"span": (30, 38)})})
    assert [(f.role, f.low, f.high) for f in reconcile([herders, between])] == [("civilian", 2, 4)]


def test_two_sources_figures_of_another_happening_or_place_in_one_sentence_stay_apart():
    """ "Rebels killed 14 herders, and officials said nine were killed in a separate raid" (or "in a
    neighbouring district"): two tolls, not one told two ways (6 to 14 would give the low to another
    happening)."""
    for told in ("Rebels killed 14 herders, and officials said nine were killed in a separate raid.",
                 "Rebels killed 14 herders, and officials said nine were killed in a neighbouring district."):
        herders = _in_sentence(claim("c1", 14, role="civilian", text="14"), told)
        officials = _in_sentence(claim("c2", 9, origin="officials", kind="government", text="nine"), told)
        figures = reconcile([herders, officials])
        assert [(f.role, bounds(f)) for f in figures] == [("civilian", (14, 14, 14)), ("unknown", (9, 9, 9))], told


def test_held_figures_are_no_origins_figure_for_the_export():
    """:func:`origin_figures` (the ACLED export's fold) leaves the held "a 20-year-old man" out too."""
    assert origin_figures([claim("c1", 6, origin="police"), claim("c2", 1, text="A")]) == {"police": (6, 6)}


# ---------------------------------------------------------------- rule 4: increments


def test_another_60_adds():
    figure = one([claim("c1", 5, origin="police"), claim("c2", 60, text="another 60", incremental=True,
                                                          origin="police")])
    assert bounds(figure) == (65, 65, 65)
    assert figure.low_claims == figure.best_claims == figure.high_claims == ["c1", "c2"]
    assert any("c2 (another 60) adds to c1" in n for n in figure.notes)
    assert "5 + another 60, police (c1, c2)" in explain(figure)[0]


@pytest.mark.parametrize(
    "first, increment, expected",
    [
        ((250, None), (60, 60), (310, None)),  # open above stays open
        ((20, 99), (24, 99), (44, 198)),  # tens, then dozens more
        ((None, 10), (5, 5), (5, 15)),  # an open low reads as 0 when the other is bounded
        ((None, 10), (None, 5), (None, 15)),  # both open below: stays open
    ],
)
def test_incremental_intervals_add(first, increment, expected):
    figure = one([claim("c1", *first, origin="a"), claim("c2", *increment, incremental=True, origin="a")])
    low, high = expected
    point = low if low is not None else high  # an origin's figure: its low where bounded, else its high
    assert (figure.low, figure.best, figure.high) == (point, point, high if high is not None else low)


def test_chained_increments_then_a_cumulative_total():
    claims = [claim("c1", 5, origin="a"), claim("c2", 3, incremental=True, origin="a"),
              claim("c3", 2, incremental=True, origin="a")]
    assert bounds(one(claims)) == (10, 10, 10)
    assert bounds(one(claims + [claim("c4", 12, cumulative=True, origin="a")])) == (12, 12, 12)


def test_an_increment_from_another_origin_does_not_add():
    figure = one([claim("c1", 5, origin="police", kind="police"),
                  claim("c2", 60, incremental=True, origin="militia", kind="militia")])
    assert figure.independent_sources == 2
    assert (figure.low, figure.high) == (5, 60)
    assert any("adds to nothing earlier" in n for n in figure.notes)


def test_the_same_increment_through_two_channels_is_added_once():
    base = claim("c1", 5, origin="a", channel="Reuters")
    more = claim("c2", 60, incremental=True, origin="a", channel="Reuters")
    again = claim("c3", 60, incremental=True, origin="a", channel="AP")
    figure = one([base, more, again])
    assert bounds(figure) == (65, 65, 65)
    assert figure.best_claims == ["c1", "c2", "c3"]


# ---------------------------------------------------------------- rule 5: zeros and denials


def test_no_casualties_is_a_claim_of_zero():
    figure = one([claim("c1", 0, 0, text="No", negated=True, origin="army", kind="military")])
    assert bounds(figure) == (0, 0, 0)
    assert figure.low_claims == ["c1"]
    assert any("is a claim of 0" in n for n in figure.notes)


@pytest.mark.parametrize("policy, expected", [("conservative", (0, 0, 3)), ("ucdp", (0, 3, 3)),
                                              ("median", (0, 0, 3))])
def test_zero_against_a_figure(policy, expected):
    figure = one([claim("c1", 0, 0, text="No", negated=True, origin="army", kind="military"),
                  claim("c2", 3, origin="hospital", kind="medical")], policy=policy)
    assert bounds(figure) == expected


def test_a_zero_after_its_reports_own_count_denies_others_not_the_count():
    # "A boy suffered a gunshot wound ... No one else was hurt": one hurt, not none
    figure = one([claim("c1", 1, category="people.injured", text="a"),
                  claim("c2", 0, 0, category="people.injured", text="no one", negated=True)])
    assert bounds(figure) == (1, 1, 1)
    assert figure.claims == ["c1", "c2"]
    assert any("c2 (no one) is a zero beside c1" in n for n in figure.notes)


def test_a_zero_of_the_same_source_beside_its_count_is_set_aside_wherever_it_stands():
    # "None were seriously hurt, police said ... police said six people were injured"
    figure = one([claim("c1", 0, 0, category="people.injured", text="None", negated=True, origin="police",
                        kind="police"),
                  claim("c2", 6, None, category="people.injured", text="at least six", origin="police",
                        kind="police")])
    assert bounds(figure) == (6, 6, 6)


def test_a_zero_of_another_report_is_still_a_claim_of_zero():
    # a zero of a named side beside a count of people of unknown role: "no police officers were hurt"
    figures = reconcile([claim("c1", 5, category="people.injured"),
                         claim("c2", 0, 0, category="people.injured", role="security_forces", negated=True)])
    assert [(f.role, f.best) for f in figures] == [("security_forces", 0), ("unknown", 5)]
    figure = one([claim("r1:c1", 2, category="people.injured"),
                  claim("r2:c1", 0, 0, category="people.injured", text="No", negated=True)], policy="conservative")
    assert figure.low == 0


def test_a_denied_figure_bounds_nothing():
    figure = one([claim("c1", 20, negated=True, origin="army"), claim("c2", 4, origin="medics", kind="medical")])
    assert bounds(figure) == (4, 4, 4)
    assert figure.claims == ["c1", "c2"]
    assert any("c1 (20) is denied" in n for n in figure.notes)


# ---------------------------------------------------------------- vague words


def test_tens_alone_keeps_the_low_at_20():
    figure = one([claim("c1", 20, 99, text="tens", vague=True, origin="army")])
    assert bounds(figure) == (20, 20, 99)


def test_many_bounds_nothing_but_is_listed():
    alone = one([claim("c1", None, None, text="many", vague=True)])
    assert bounds(alone) == (None, None, None)
    assert alone.claims == ["c1"] and alone.independent_sources == 0  # it gives no figure
    assert alone.low_claims == alone.best_claims == alone.high_claims == []
    assert explain(alone)[0] == "low none: no claim bounds the figure"
    figure = one([claim("c1", None, None, text="many", vague=True, origin="a"), claim("c2", 7, origin="b")])
    assert bounds(figure) == (7, 7, 7)
    assert figure.claims == ["c1", "c2"] and figure.independent_sources == 1


def test_a_later_many_does_not_wipe_out_a_figure():
    figure = one([claim("c1", 7, origin="a"), claim("c2", None, None, text="many", vague=True, origin="a")])
    assert bounds(figure) == (7, 7, 7)


def test_up_to_alone_gives_its_stated_number():
    figure = one([claim("c1", None, 10, text="up to 10", origin="a")])
    assert bounds(figure) == (10, 10, 10)


def test_at_least_alone_claims_its_low_as_high():
    figure = one([claim("c1", 250, None, text="at least 250", origin="a")])
    assert bounds(figure) == (250, 250, 250)
    assert "(open above: it counts as its lower bound)" in explain(figure)[2]


# ---------------------------------------------------------------- policies


def _fallujah():
    return [
        claim("c3", 250, None, text="At least 250", role="combatant", origin="u.s. officials|united states",
              speaker="U.S. officials", channel="Reuters", kind="government", partisan=True, at=489,
              hedge="suspected"),
        claim("c14", 61, None, text="more than 60", role="combatant", origin="jaafer al-husseini|kata'ib hezbollah",
              speaker="Jaafer Al-Husseini", channel="the Al-Mada newspaper", kind="militia", partisan=True, at=3594),
        claim("c18", 20, 99, text="tens", vague=True, role="combatant", origin="hamed al-maliki|iraq",
              speaker="Gen. Hamed Al-Maliki", channel="a Ministry of Defense video", kind="military", partisan=True,
              at=3964),
    ]


@pytest.mark.parametrize(
    "policy, expected, low_claims, best_claims",
    [
        ("conservative", (20, 20, 250), ["c18"], ["c18"]),
        # the low is the lowest figure of the sources: the general's "tens" (20);
        # best: government and military rank alike, both partisan; "at least 250" is a range, "tens" vague
        ("ucdp", (20, 250, 250), ["c18"], ["c3"]),
        # the median of 20, 61, 250 is 61
        ("median", (20, 61, 250), ["c18"], ["c14"]),
    ],
)
def test_fallujah_by_hand(policy, expected, low_claims, best_claims):
    figure = one(_fallujah(), policy=policy)
    assert (figure.category, figure.role) == ("people.killed", "combatant")
    assert bounds(figure) == expected
    assert figure.low_claims == low_claims and figure.best_claims == best_claims
    assert figure.high_claims == ["c3"]
    assert figure.claims == ["c3", "c14", "c18"]
    assert figure.independent_sources == 3
    assert figure.partisan_claims == ["c3", "c14", "c18"]
    assert figure.policy == policy


def test_fallujah_explained():
    figure = one(_fallujah())
    low, best, high = explain(figure)
    assert low == ("low 20: tens, Gen. Hamed Al-Maliki via a Ministry of Defense video (c18) is the lowest "
                   "figure of the independent credible sources")
    assert best.startswith("best 250: At least 250, U.S. officials via Reuters (c3) is the figure of the most "
                           "reliable independent source (government, partisan, range; ranked first of 3)")
    assert high == ("high 250: At least 250, U.S. officials via Reuters (c3) is the largest figure claimed "
                    "(open above: it counts as its lower bound)")
    assert figure.notes[:3] == [low, best, high]
    conservative = explain(one(_fallujah(), policy="conservative"))
    assert conservative[0].startswith("low 20: tens, Gen. Hamed Al-Maliki via a Ministry of Defense video (c18) "
                                      "is the lowest figure of the independent credible sources (conservative")


def test_the_issue_example_line():
    figure = one([c for c in _fallujah() if c.id == "c14"])
    assert explain(figure)[0] == ("low 61: more than 60, Jaafer Al-Husseini via the Al-Mada newspaper (c14) "
                                  "is the lowest figure of the independent credible sources")


def test_explain_without_notes_names_the_ids():
    figure = one(_fallujah()).model_copy(update={"notes": []})
    assert explain(figure) == [
        "low 20: c18 is the lowest figure of the independent credible sources",
        "best 250: c3 is the figure of the most reliable independent source",
        "high 250: c3 is the largest figure claimed",
    ]


def test_conservative_takes_the_smallest_figure_and_best_is_low():
    figure = one([claim("c1", 40, origin="a"), claim("c2", 12, origin="b"), claim("c3", 30, 35, origin="c")],
                 policy="conservative")
    assert bounds(figure) == (12, 12, 40)
    assert figure.low_claims == figure.best_claims == ["c2"]


def test_conservative_counts_an_up_to_figure_as_its_high():
    figure = one([claim("c1", None, 10, origin="a"), claim("c2", 12, origin="b")], policy="conservative")
    assert bounds(figure) == (10, 10, 12)


def test_ucdp_low_is_the_lowest_figure_of_the_sources():
    figure = one([claim("c1", 40, origin="a"), claim("c2", 12, origin="b"), claim("c3", 30, 35, origin="c")])
    assert (figure.low, figure.high) == (12, 40)
    assert figure.low_claims == ["c2"] and figure.high_claims == ["c1"]


def test_ties_name_every_origin():
    figure = one([claim("c1", 12, origin="a"), claim("c2", 12, origin="b")])
    assert figure.low_claims == figure.high_claims == ["c1", "c2"]
    assert figure.independent_sources == 2
    assert " each give the lowest figure" in explain(figure)[0]


def _ranked(better: dict, worse: dict) -> int:
    """best between "up to 20" (better source) and "up to 30" (worse): 20 if the ranking prefers the first."""
    a = claim("c1", None, 20, text="up to 20", origin="better", **better)
    b = claim("c2", None, 30, text="up to 30", origin="worse", **worse, at=0)  # first in the text
    figure = one([a, b])
    assert (figure.low, figure.high) == (20, 30)
    return figure.best


@pytest.mark.parametrize(
    "better, worse",
    [
        ({"kind": "monitor"}, {"kind": "media"}),
        ({"kind": "medical"}, {"kind": "witness"}),
        ({"kind": "international_org"}, {"kind": "government"}),
        ({"kind": "media"}, {"kind": "military"}),
        ({"kind": "witness"}, {"kind": "police"}),
        ({"kind": "government"}, {"kind": "armed_group"}),
        ({"kind": "police"}, {"kind": "militia"}),
        ({"kind": "military", "partisan": False}, {"kind": "military", "partisan": True}),
        ({"kind": "media", "partisan": False}, {"kind": "media", "partisan": None}),
        ({"kind": "government", "partisan": None}, {"kind": "government", "partisan": True}),
        # a non-partisan government still ranks below a partisan monitor: the kind comes first
        ({"kind": "monitor", "partisan": True}, {"kind": "government", "partisan": False}),
    ],
)
def test_ucdp_ranks_sources(better, worse):
    assert _ranked(better, worse) == 20


def test_ucdp_prefers_an_exact_figure_within_a_rank():
    figure = one([claim("c1", 8, origin="a", kind="monitor"),
                  claim("c2", None, 30, text="up to 30", origin="b", kind="monitor", at=0),
                  claim("c3", 20, 99, text="tens", vague=True, origin="c", kind="monitor")])
    assert bounds(figure) == (8, 8, 99)  # the exact 8 is the best, and the lowest figure
    figure = one([claim("c1", 8, origin="a", kind="monitor"),
                  claim("c2", None, 30, text="up to 30", origin="b", kind="monitor", at=0)])
    assert bounds(figure) == (8, 8, 30)
    assert figure.best_claims == ["c1"]


def test_ucdp_prefers_a_range_to_a_vague_word_within_a_rank():
    figure = one([claim("c1", 20, 99, text="tens", vague=True, origin="a", kind="media", at=0),
                  claim("c2", 25, 30, text="25 to 30", origin="b", kind="media")])
    assert bounds(figure) == (20, 25, 99)
    assert figure.best_claims == ["c2"]


def test_ucdp_best_is_the_best_sources_figure_within_the_range():
    figure = one([claim("c1", 10, origin="observatory", kind="monitor", partisan=False),
                  claim("c2", 50, None, text="at least 50", origin="ministry", kind="government", partisan=False)])
    assert bounds(figure) == (10, 10, 50)
    assert figure.low_claims == figure.best_claims == ["c1"] and figure.high_claims == ["c2"]


def test_ucdp_best_of_an_approximate_figure_is_the_number_it_states():
    about = claim("c1", 90, 110, text="About 100", origin="un", kind="international_org")
    about.value.qualifier = "about"
    figure = one([about])
    assert bounds(figure) == (90, 100, 110)  # the interval keeps its bounds; the best is what was said
    assert "approximately" in explain(figure)[1]
    assert one([about], policy="conservative").best == 90  # ACLED keeps the lowest
    nearly = claim("c2", 80, 99, text="nearly 100", origin="un", kind="international_org")
    nearly.value.qualifier = "nearly"  # not centred on its number: its low stays the best
    assert bounds(one([nearly])) == (80, 80, 99)


def test_ucdp_best_among_equal_outlets_is_the_figure_most_of_them_give():
    """Three outlets' own reporting ranks equal: the figure two of them give is
    the best, not the one told earliest in its report."""
    claims = [claim("d1:c1", 4, at=0), claim("d2:c1", 5, at=40), claim("d3:c1", 5, at=50)]
    figure = one(claims, in_order=True)
    assert bounds(figure) == (4, 5, 5) and figure.best_claims == ["d2:c1"]
    two = one(claims[:2], in_order=True)  # one against one: the earliest told, as before
    assert two.best == 4
    hospital = claim("d4:c1", 4, origin="hospital", kind="medical", at=0)
    assert one([hospital, *claims[1:]], in_order=True).best == 4  # a better-ranked source is not outvoted


@pytest.mark.parametrize(
    "figures, expected",
    [([10, 20, 30], 20), ([10, 20], 10), ([5], 5), ([7, 3, 9, 1], 3)],
)
def test_median_is_the_lower_median_of_the_origins_figures(figures, expected):
    claims = [claim(f"c{i}", None, f, text=f"up to {f}", origin=f"o{i}") for i, f in enumerate(figures)]
    figure = one(claims, policy="median")
    assert figure.best == expected
    assert figure.best_claims == [c.id for c in claims if c.value.high == expected]


def test_median_and_conservative_explained():
    claims = [claim("c1", None, 10, origin="a"), claim("c2", None, 20, origin="b"),
              claim("c3", None, 20, origin="c"), claim("c4", None, 30, origin="d")]
    best = explain(one(claims, policy="median"))[1]
    assert best == ("best 20: 20, b (c2); 20, c (c3) each give the median of the figures of "
                    "4 independent sources (10, 20, 20, 30)")
    low, best, _ = explain(one(claims[:1], policy="conservative"))
    assert best == "best 10: 10, a (c1) is the low, under the conservative policy"
    assert "(conservative: ACLED keeps the most conservative figure)" in low


def test_median_counts_reprints_once():
    claims = [claim(f"c{i}", None, 100, origin="wire", channel=f"Outlet {i}") for i in range(5)]
    claims += [claim("c8", None, 10, origin="a"), claim("c9", None, 20, origin="b")]
    assert one(claims, policy="median").best == 20


# ---------------------------------------------------------------- partisan sources


def test_partisan_claims_are_listed_under_every_policy():
    figure = one([claim("c1", 5, origin="a", partisan=True), claim("c2", 6, origin="b", partisan=False),
                  claim("c3", 7, origin="c")])
    assert figure.partisan_claims == ["c1"]


@pytest.mark.parametrize(
    "policy, plain, discounted",
    [
        ("ucdp", (40, 40, 250), (40, 40, 250)),
        ("conservative", (40, 40, 250), (40, 40, 250)),
        ("median", (40, 40, 250), (40, 40, 250)),
    ],
)
def test_discount_partisan(policy, plain, discounted):
    claims = [claim("c1", 250, None, text="at least 250", origin="ministry", kind="government", partisan=True),
              claim("c2", 40, origin="observatory", kind="monitor", partisan=False)]
    assert bounds(one(claims, policy=policy)) == plain
    figure = one(claims, policy=policy, discount_partisan=True)
    assert bounds(figure) == discounted
    assert figure.high_claims == ["c1"]
    assert "c1" not in figure.low_claims + figure.best_claims
    assert any(n.startswith("partisan claims (c1) set neither the low nor the best") for n in figure.notes)


def test_discount_partisan_keeps_a_partisan_low_out_of_conservative():
    claims = [claim("c1", 3, origin="army", kind="military", partisan=True),
              claim("c2", 40, origin="observatory", kind="monitor", partisan=False)]
    assert one(claims, policy="conservative").low == 3
    assert one(claims, policy="conservative", discount_partisan=True).low == 40


def test_discount_partisan_sets_best_from_a_non_partisan_source_even_if_worse_ranked():
    claims = [claim("c1", None, 20, origin="monitor", kind="monitor", partisan=True),
              claim("c2", None, 30, origin="paper", kind="media", partisan=False)]
    assert one(claims).best == 20
    assert one(claims, discount_partisan=True).best == 30


def test_unknown_partisanship_is_not_discounted():
    claims = [claim("c1", 250, None, origin="ministry", kind="government", partisan=True),
              claim("c2", 40, origin="someone", kind="unknown", partisan=None)]
    assert bounds(one(claims, discount_partisan=True)) == (40, 40, 250)


def test_when_every_source_is_partisan_the_discount_has_nothing_else():
    figure = one(_fallujah(), discount_partisan=True)
    assert bounds(figure) == (20, 250, 250)
    assert any("every source is a party to the fighting" in n for n in figure.notes)


def test_hedged_claims_do_not_force_the_low():
    """DESIGN.md: hedged claims bound only where nothing firmer exists: a hedged
    figure counts for the best and the high but does not set the low."""
    figure = one([claim("c1", 3, origin="group", kind="armed_group", hedge="claimed"),
                  claim("c2", 10, origin="police", kind="police")])
    assert bounds(figure) == (10, 10, 10)
    assert any("hedged claims (c1) do not set the low" in note for note in figure.notes)
    only_hedged = one([claim("c1", 30, origin="group", kind="armed_group", hedge="claimed")])
    assert only_hedged.low == 30  # with nothing firmer, the hedged figure is the low


# ---------------------------------------------------------------- every bound names its claims


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize("discount", [False, True])
def test_every_bound_names_claims_of_the_figure(policy, discount):
    claims = _fallujah() + [
        claim("c20", 0, 0, text="No", negated=True, role="civilian", origin="pilot", kind="military", partisan=True),
        claim("c21", None, None, text="many", vague=True, role="unknown"),
        claim("c22", 6, role="civilian", origin="hospital", kind="medical", partisan=False),
        claim("c23", 2, role="civilian", origin="hospital", kind="medical", partisan=False, part_of="c22"),
        claim("c24", 4, role="civilian", origin="witness", kind="witness", partisan=False, at=10**9),
    ]
    for figure in reconcile(claims, policy=policy, discount_partisan=discount):
        assert len(explain(figure)) == 3
        if figure.low is None:
            assert (figure.best, figure.high) == (None, None)
            continue
        assert figure.low <= figure.best <= figure.high
        for ids in (figure.low_claims, figure.best_claims, figure.high_claims):
            assert ids and set(ids) <= set(figure.claims)


# ---------------------------------------------------------------- the article


def test_fallujah_article(fallujah):
    killed = [c for c in fallujah.claims if c.category == "people.killed"]
    figures = {(f.category, f.role): f for f in reconcile(killed)}
    combatants = figures[("people.killed", "combatant")]
    # low: the general's "tens" (20); best: the U.S. officials' "at least 250"; high 250
    assert bounds(combatants) == (20, 250, 250)
    assert combatants.independent_sources == 3  # U.S. officials, Al-Husseini, Al-Maliki ("a large number" gives none)
    assert combatants.low_claims == [c.id for c in killed if c.value.text == "tens"]
    assert combatants.best_claims == combatants.high_claims == [
        c.id for c in killed if c.value.text == "At least 250"]
    conservative = {(f.category, f.role): f for f in reconcile(killed, policy="conservative")}
    assert conservative[("people.killed", "combatant")].low == 20


def test_tawila_article(tawila):
    """One toll, four tellings: a monitor's "as many as 80" through two agencies
    (one origin), a rescue group's 57, a government's "dozens". Each bound
    rests on a different source, and the repeated wire figure counts once."""
    killed = [c for c in tawila.claims if c.category == "people.killed"]
    figures = {(f.category, f.role): f for f in reconcile(killed)}
    civilians = figures[("people.killed", "civilian")]
    assert bounds(civilians) == (24, 80, 99)
    assert civilians.independent_sources == 3  # the monitor (AFP and Reuters), the rescue network, the government

    def ids(text):
        return [c.id for c in killed if c.value.text.lower() == text]

    assert civilians.low_claims == ids("dozens")  # the lowest figure of the sources: "dozens" gives 24
    assert civilians.best_claims == ids("as many as 80")  # the monitor ranks first; both agencies carry it
    assert [c.source.channel for c in killed if c.id in civilians.best_claims] == ["Agence France-Presse", "Reuters"]
    assert civilians.high_claims == ids("dozens")  # "dozens" reaches 99
    assert any("the same figure repeated counts once" in note for note in civilians.notes)
    conservative = {(f.category, f.role): f for f in reconcile(killed, policy="conservative")}
    assert bounds(conservative[("people.killed", "civilian")]) == (24, 24, 99)


def test_one_origins_figures_for_different_actors_add():
    """ "Forty GNA soldiers and eight LNA soldiers were killed": two parts of one toll."""
    a = claim("c1", 40, origin="article", role="security_forces")
    b = claim("c2", 8, origin="article", role="security_forces")
    a = a.model_copy(update={"subject": a.subject.model_copy(update={"actor": "Government of National Accord forces"})})
    b = b.model_copy(update={"subject": b.subject.model_copy(update={"actor": "Libyan National Army"})})
    figure = one([a, b])
    assert bounds(figure) == (48, 48, 48)
    assert any("other actors" in note for note in figure.notes)


def _from(document: str, made: Claim) -> Claim:
    """The claim as a linked event holds it: its id "<document>:<claim id>"."""
    return made.model_copy(update={"id": f"{document}:{made.id}",
                                   "part_of": f"{document}:{made.part_of}" if made.part_of else None})


def test_a_vague_word_after_a_number_of_the_same_source_does_not_replace_it():
    """ "At least eight people were killed ... killing several innocent people": eight, not three."""
    figure = one([claim("c1", 8, None, text="At least eight"), claim("c2", 3, 9, text="several", vague=True)])
    assert bounds(figure) == (8, 8, 8)
    assert any("in vaguer words" in n for n in figure.notes)


def test_a_later_reports_vague_word_that_does_not_hold_the_figure_replaces_it():
    """Police: "two were killed" (Monday's report), then "several have been killed" (Tuesday's): the latest
    figure of the origin, at least 3, not a repeat of the 2."""
    figure = one([_from("mon", claim("c1", 2, origin="police")),
                  _from("tue", claim("c1", 3, 9, text="several", vague=True, origin="police"))], in_order=True)
    assert (figure.low, figure.high) == (3, 9)
    assert not any("in vaguer words" in n for n in figure.notes)


def test_a_vague_word_is_no_best_while_a_source_gives_a_number():
    """ "The conflict has killed many" (the article) against community leaders' 23: the best is 23."""
    figure = one([claim("c1", 3, 9, text="many", vague=True), claim("c2", 23, origin="leaders", kind="unknown")])
    assert (figure.best, figure.best_claims) == (23, ["c2"])


def test_a_reliable_sources_vague_word_outranks_a_partisan_number():
    """ "A Taliban spokesman said 3 were killed. Doctors said dozens were killed.": the doctors' word
    is the most reliable source's figure (24), the party's 3 only bounds the low."""
    figure = one([claim("c1", 3, origin="taliban", kind="government", partisan=True),
                  claim("c2", 24, 99, text="dozens", vague=True, origin="doctors", kind="medical")])
    assert bounds(figure) == (3, 24, 99)
    assert figure.best_claims == ["c2"]


def test_a_monitors_vague_word_is_no_best_while_the_article_gives_a_number():
    """ "At least 300 people were killed ... the monitor said security forces killed scores": 300."""
    figure = one([claim("c1", 300, None, text="At least 300"),
                  claim("c2", 40, 99, text="scores", vague=True, origin="monitor", kind="international_org")])
    assert (figure.best, figure.best_claims) == (300, ["c1"])
    assert "within the open figure" not in explain(figure)[1]  # chosen as the first with a number, not as exact


def test_among_equal_outlets_the_figure_told_earliest_in_its_report_is_the_best():
    """Two outlets, same standing: the one whose figure opens its report (its lede) gives the best,
    whichever report was read first."""
    later_paragraph = _from("paper-a", claim("c1", 4, at=900))
    lede = _from("paper-b", claim("c1", 5, at=20))
    assert bounds(one([later_paragraph, lede], in_order=True)) == (4, 5, 5)


def test_two_outlets_unattributed_figures_are_two_origins():
    figure = one([_from("paper-a", claim("c1", 3)), _from("paper-b", claim("c1", 4))], in_order=True)
    assert origin_of(_from("paper-a", claim("c1", 3))) == "article:paper-a"
    assert figure.independent_sources == 2
    assert bounds(figure) == (3, 3, 4)
    # one outlet's own later figure still supersedes its earlier one
    assert bounds(one([_from("paper-a", claim("c1", 3)), _from("paper-a", claim("c2", 4))], in_order=True)) == (4, 4, 4)


def test_the_four_report_market_strike():
    """Issue 14's example: two outlets repeat a monitor's "at least 12", a rescue
    group says 15, the monitor later says 13, a government speaks of "dozens of
    terrorists", and one report adds "the dead included three children".
    Civilians: low 13, high 15, from two independent sources; the government's
    figure is a combatant figure apart; the children are no figure of their own."""
    monitor = {"origin": "observatory|syria", "speaker": "the Observatory", "kind": "monitor", "partisan": False}
    rescue = {"origin": "white helmets|syria", "speaker": "the White Helmets", "kind": "medical", "partisan": False}
    government = {"origin": "ministry|syria", "speaker": "the ministry", "kind": "government", "partisan": True}
    claims = [
        _from("wire", claim("c1", 12, None, text="at least 12", role="civilian", channel="AFP", **monitor)),
        _from("daily", claim("c1", 12, None, text="at least 12", role="civilian", channel="Reuters", **monitor)),
        _from("daily", claim("c2", 3, role="civilian", part_of="c1", **monitor)),
        _from("local", claim("c1", 15, role="civilian", **rescue)),
        _from("local", claim("c2", 24, 99, text="dozens", vague=True, role="combatant", **government)),
        _from("later", claim("c1", 13, role="civilian", **monitor)),
    ]
    figures = {f.role: f for f in reconcile(claims, in_order=True)}
    civilians, combatants = figures["civilian"], figures["combatant"]
    assert set(figures) == {"civilian", "combatant"}
    assert bounds(civilians) == (13, 13, 15) and civilians.independent_sources == 2
    assert civilians.low_claims == civilians.best_claims == ["later:c1"]  # the monitor's latest figure
    assert civilians.high_claims == ["local:c1"]
    assert "daily:c2" in civilians.claims and "daily:c2" not in civilians.low_claims + civilians.high_claims
    assert bounds(combatants) == (24, 24, 99) and combatants.claims == ["local:c2"]


# ---------------------------------------------------------------- the shooter's own death


def own(id: str, category: str = "people.killed", part_of: str | None = None, incremental: bool = False,
        **kw) -> Claim:
    """A claim of the shooter's own death or wound ("before killing himself"), as the claims stage makes it:
    incremental where he harmed others first."""
    made = claim(id, 1, category=category, text="himself", part_of=part_of, incremental=incremental, **kw)
    return made.model_copy(update={"cue": Cue(text="killing", span=(0, 7), rule="self:kill")})


def test_the_shooters_own_death_after_his_victims_adds_to_their_figure():
    # "Detectives say he killed four of his family members before killing himself. Five people died."
    figures = reconcile([claim("c1", 4, origin="detectives"), own("c2", origin="detectives", incremental=True),
                         claim("c3", 5)])
    assert [(f.role, bounds(f)) for f in figures] == [("unknown", (5, 5, 5))]


def test_the_shooters_own_wound_when_he_died_of_it_is_his_death():
    # "shot himself" in one report, "took his own life" in another: one death, no wound
    figures = reconcile([own("d1:c1", category="people.injured"), own("d2:c1")])
    assert [(f.category, bounds(f)) for f in figures] == [("people.killed", (1, 1, 1))]
    assert "d1:c1" in figures[0].claims


def test_the_wounded_one_who_shot_himself_is_the_one_wounded_again():
    # "A boy was shot in the arm. He accidentally shot himself": one wounded
    assert bounds(one([claim("c1", 1, category="people.injured"), own("c2", category="people.injured")])) == (1, 1, 1)


def test_a_shooter_counted_in_his_sentence_is_a_part_not_one_more():
    assert bounds(one([claim("c1", 1), own("c2", part_of="c1")])) == (1, 1, 1)



def test_a_figure_told_as_bodies_found_is_said_to_be_a_body_count():
    bodies = claim("c1", 12, origin="civil defence", text="12").model_copy(update={"evidence": "bodies"})
    plain = claim("c2", 15, origin="ministry")
    figure = one([bodies, plain])
    assert (figure.low, figure.high) == (12, 15)
    assert any(n.startswith("c1 (12) counts bodies found") for n in figure.notes)
    assert not any("bodies" in n for n in one([claim("c3", 15, origin="ministry")]).notes)


def test_an_open_figure_more_than_n_is_bounded_above_by_its_lower_bound_not_the_number_it_states():
    """ "More than 100 were killed" is [101, open] (DESIGN's interval table): its high is 101, not the
    100 it states, which would lie below its own low; beside an exact 100 of another source the high
    is still 101 and the low 100."""
    alone = one([claim("c1", 101, None, text="more than 100")])
    assert bounds(alone) == (101, 101, 101)
    assert alone.high >= alone.low
    both = one([claim("c1", 101, None, text="more than 100", origin="police"),
                claim("c2", 100, text="100", origin="hospital")])
    assert (both.low, both.high) == (100, 101)


# ---------------------------------------------------------------- casualties told with one number


def _casualties(id: str, low: int | None, high: int | None = ..., *, rule: str = "verb:kill and wound",
                **options) -> Claim:
    made = claim(id, low, high, category="people.casualties", **options)
    return made.model_copy(update={"cue": Cue(text="wounded", span=(0, 7), rule=rule)})


def _by_category(figures: list[Figure]) -> dict[str, tuple]:
    return {f.category: bounds(f) for f in figures}


def test_casualties_less_the_dead_told_apart_are_the_hurt():
    # "Gunmen killed and wounded 22 people ... at least two of them were killed": up to 20 hurt
    figures = reconcile([_casualties("c1", 22), claim("c2", 2, None)])
    assert _by_category(figures) == {"people.injured": (None, 20, 20), "people.killed": (2, 2, 2)}
    hurt = next(f for f in figures if f.category == "people.injured")
    assert hurt.claims == ["c1"] and any("c2" in note and "dead and the hurt together" in note for note in hurt.notes)
    # an exact death toll leaves an exact figure of the hurt
    assert bounds(next(f for f in reconcile([_casualties("c1", 10, rule="noun:casualty"), claim("c2", 4)])
                       if f.category == "people.injured")) == (6, 6, 6)


def test_casualties_less_the_hurt_told_apart_are_the_dead():
    # "At least 15 were killed or wounded ... five were wounded": at least 10 dead
    figures = reconcile([_casualties("c1", 15, None, rule="verb:kill or wound"),
                         claim("c2", 5, category="people.injured")])
    assert _by_category(figures) == {"people.killed": (10, 10, 10), "people.injured": (5, 5, 5)}


@pytest.mark.parametrize("claims", [
    # neither part told apart: the casualties stay
    [_casualties("c1", 22)],
    # both told: the casualties stay beside them
    [_casualties("c1", 22), claim("c2", 2), claim("c3", 20, category="people.injured")],
    # the part is all of them or more ("killed and wounded 68 ... wounded 165")
    [_casualties("c1", 68), claim("c2", 165, category="people.injured")],
    # "victims" are as often the dead alone: no split
    [_casualties("c1", 5, rule="noun:victim"), claim("c2", 2)],
])
def test_casualties_stay_where_no_one_part_is_told(claims):
    assert "people.casualties" in _by_category(reconcile(claims))


def _told(made: Claim, sentence: str, *, role: str | None = None, day: str | None = None,
          rule: str | None = None, text: str | None = None) -> Claim:
    """A claim by hand with its sentence, and where given its role, its day, its cue rule and its text."""
    import datetime as dt

    from fogcount.models import TimeRef
    update: dict = {"sentence": sentence}
    if role is not None:
        update["subject"] = Subject(text=None, role=role)
    if day is not None:
        update["time"] = TimeRef(text=day, start=dt.date.fromisoformat(day), end=dt.date.fromisoformat(day),
                                 precision="day")
    if rule is not None:
        update["cue"] = Cue(text=rule.partition(":")[2], span=(0, 1), rule=rule)
    if text is not None:
        update["value"] = made.value.model_copy(update={"text": text})
    return made.model_copy(update=update)


@pytest.mark.parametrize("part", [
    # "A car bomb killed and wounded 30 shoppers. At least three of the bombers were shot dead by soldiers.":
    # an armed side beside people of unknown role is no part of those the bomb hit
    _told(claim("c2", 3, None), "At least three of the bombers were shot dead by soldiers.", role="combatant"),
    # "... Soldiers said four of their men died in a separate raid.": another happening
    _told(claim("c2", 4), "Soldiers said four of their men died in a separate raid.", role="security_forces"),
    _told(claim("c2", 4), "Separately, four men were killed on the road to the airport."),
    # told on another day than the casualties
    _told(claim("c2", 4), "Four men were killed there on Tuesday.", day="2024-04-30"),
    # "Three of the dead were women": some of an untold number of dead, not their count
    _told(claim("c2", 3, text="Three"), "Three of the dead were women.", rule="noun:dead"),
])
def test_casualties_less_only_a_part_of_the_same_people_and_happening(part):
    casualties = _told(_casualties("c1", 30), "A car bomb killed and wounded 30 shoppers on Saturday.",
                       day="2024-04-27")
    assert "people.casualties" in _by_category(reconcile([casualties, part]))


def test_casualties_less_a_part_of_the_same_people_told_the_same_day_split():
    casualties = _told(_casualties("c1", 30), "A car bomb killed and wounded 30 shoppers on Saturday.",
                       day="2024-04-27")
    for part in (_told(claim("c2", 4), "Four of them died in hospital on Saturday.", day="2024-04-27"),
                 # some of them, dead a day later of their wounds: still the dead among the 30
                 _told(claim("c2", 4, text="Four"), "Four of them died in hospital on Sunday.", day="2024-04-28"),
                 _told(claim("c2", 4), "Four shoppers were killed.", role="civilian"),
                 _told(claim("c2", 4, text="four"), "The dead numbered four.", rule="noun:dead")):
        assert _by_category(reconcile([casualties, part]))["people.injured"] == (26, 26, 26)


def test_casualties_less_a_disputed_part_carry_its_range():
    # "The shelling left 15 casualties. Four were killed, medics said; the militia said six died.":
    # 9 to 11 hurt, best 15 less the best of the dead (medics' four)
    figures = reconcile([_casualties("c1", 15, rule="noun:casualty"),
                         claim("c2", 4, origin="medics", kind="medical"),
                         claim("c3", 6, origin="militia", kind="armed_group", partisan=True)])
    killed = next(f for f in figures if f.category == "people.killed")
    hurt = next(f for f in figures if f.category == "people.injured")
    assert (hurt.low, hurt.high) == (9, 11) and hurt.best == 15 - killed.best
    assert any("c2, c3" in note and "[4, 6]" in note and "[9, 11]" in note for note in hurt.notes)


def test_casualties_less_a_part_open_above_leave_the_figure_open_below():
    # "Gunfire killed and wounded 18 marchers. At least five of them died.": at most 13 hurt, no floor
    hurt = next(f for f in reconcile([_casualties("c1", 18), claim("c2", 5, None, text="At least five")])
                if f.category == "people.injured")
    assert bounds(hurt) == (None, 13, 13) and hurt.low_claims == []
    low = next(line for line in explain(hurt) if line.startswith("low"))
    assert low.startswith("low none:") and "less at least five killed" in low and "from above" in low
    # the lines tell the derived figure, not the casualties' own number as if it were the hurt
    assert not any(line.startswith(("best 13: 18,", "high 13: 18,")) for line in explain(hurt))
    assert any("[open, 13] injured" in note for note in hurt.notes)
    assert bounds(next(f for f in reconcile([_casualties("c1", 18), claim("c2", 5, None)], policy="conservative")
                       if f.category == "people.injured")) == (None, None, 13)



def _tolls(text: str) -> dict[str, int]:
    import fogcount

    out: dict[str, int] = {}
    for event in fogcount.extract(text, published="2024-05-07").events:
        for figure in event.figures:
            out[figure.category] = out.get(figure.category, 0) + (figure.best or 0)
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        # those hit count the dead among them: the injured are the hit less the dead of that group
        ("Two men were shot; one of them died.", {"people.injured": 1, "people.killed": 1}),
        ("Three people were shot, one fatally.", {"people.injured": 2, "people.killed": 1}),
        ("Nine people were shot, three of them fatally, at the fair.", {"people.injured": 6, "people.killed": 3}),
        # must not fire on another group or another category: the arrested stay apart, and a death of
        # another wound told of a victim beyond those hit takes nothing from them
        ("Five were shot and two of them died at the scene; police also arrested two men.",
         {"people.injured": 3, "people.killed": 2, "people.captured": 2}),
        ("Three were shot on Sunday. The fourth victim died of a stab wound.", {"people.injured": 3}),
    ],
)
def test_the_hit_less_their_own_dead(text, expected):
    assert {k: v for k, v in _tolls(text).items() if k in expected} == expected


def test_a_separate_group_hurt_is_not_taken_less_the_dead():
    # the subtraction of the dead never reaches another group: the two bystanders are not read less the dead
    # man. (The whole right reading, 1 + 2 = 3 hurt, is not reached yet: "also" does not mark the bystanders
    # as more people and the survivor is counted among them; docs/reconcile.md says so.)
    assert _tolls("Two men were shot, one died. Two bystanders were also wounded.")["people.injured"] >= 2


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dead share "of them fatally" is a killed figure; only those "shot" are read less their dead
        # (hit_less_the_dead). Reconcile 31 took a share out of any hurt figure before it and was taken back in
        # 32: it took it from another group's figure where reconcile folds the groups together (review R)
        ("Twenty soldiers were wounded in the attack, five of them fatally, the army said.",
         {"people.injured": 20, "people.killed": 5}),
        ("Two men were shot, one died. Two bystanders were also wounded, one of them fatally.",
         {"people.injured": 2, "people.killed": 2}),
        ("Five people were wounded, one of them fatally. Police also shot two gunmen, one fatally.",
         {"people.injured": 5, "people.killed": 2}),
        # "shot": taken away once
        ("Nine people were shot, three of them fatally, at the fair.", {"people.injured": 6, "people.killed": 3}),
        # must not fire: no adverb of death, a hedged one, another group's dead
        ("Five people were hurt in the crash, one of them seriously.", {"people.injured": 5}),
        ("Three miners were injured, one of them probably fatally, in the collapse.", {"people.injured": 3}),
        ("Six people were shot, two of them potentially fatally, officials said.", {"people.injured": 6}),
        ("Ten soldiers were wounded in the ambush. Two civilians were killed in a separate blast.",
         {"people.injured": 10, "people.killed": 2}),
    ],
)
def test_a_dead_share_is_killed_and_only_the_shot_are_read_less_it(text, expected):
    assert _tolls(text) == expected


@pytest.mark.parametrize(
    "text, killed",
    [
        # review Q, H1: a dead share told with "also" after other dead adds to them (claims._mark_also reads the
        # share's cue "share:verb:..." as a verb's). (The dead one stays among the hurt of "also shot", as on
        # main: "also" figures are not read less their dead.)
        ("Gunmen shot dead six people in the market. Four others were also shot, one fatally.", 7),
        ("Five people were killed in the attack in Bora. Police also wounded four gunmen, two of them fatally.", 7),
        ("Gunmen killed five villagers in Bora on Monday. Soldiers also shot three attackers, one fatally.", 6),
    ],
)
def test_a_dead_share_told_also_adds_to_the_dead_before(text, killed):
    assert _tolls(text)["people.killed"] == killed
