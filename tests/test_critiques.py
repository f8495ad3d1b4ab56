"""Notebook 04's reasoning: links between critiques and drivers, evidence ratings, the critique to steelman."""
from __future__ import annotations

import copy
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from course_helpers import critiques, strings
from course_helpers.vocabulary import CRITIQUE_IDS, DRIVER_IDS, LINK_RELATIONS, NO_DRIVER, critique_titles

CRITIQUES = list(CRITIQUE_IDS)
DRIVERS = list(DRIVER_IDS)
TITLES = critique_titles()
DRIVER_NAMES = {"twin_transitions": "Recovery, the twin transitions and skills shortages",
                "lifelong_learning": "Learning throughout working life", "employer_demand": "Skills over degrees",
                "cost_access": "Cost and access", "online_growth": "The pandemic's push online"}
VERDICT = re.compile(r"\b(right|wrong|correct|incorrect|true|false|score|mistaken)\b", re.IGNORECASE)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30)
    | st.sampled_from([*CRITIQUES, *DRIVERS, *LINK_RELATIONS, NO_DRIVER]),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["driver", "relation", *CRITIQUES]) | st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


def links_of(value):
    return critiques.clean_links(value, CRITIQUES, DRIVERS)


# -------------------------------------------------------------------- links

def test_every_critique_gets_a_link_in_order_and_partial_links_are_kept():
    links, notes = links_of({"two_tier": {"driver": "employer_demand", "relation": "pushes against"},
                             "jungle": {"driver": "cost_access"}, "gig_work": {"driver": NO_DRIVER}})
    assert notes == [] and list(links) == CRITIQUES
    assert links["two_tier"].state == "linked"
    assert links["jungle"].state == "relation missing"
    assert links["gig_work"].state == "no driver"
    assert links["cost_shift"].state == "not linked"
    assert links_of(None) == ({c: critiques.CritiqueLink(c) for c in CRITIQUES}, [])


@pytest.mark.parametrize("value, words", [
    ({"hype": {"driver": "cost_access"}}, "Left out 1 unknown critique: 'hype'."),
    ({"jungle": {"driver": "greed"}}, "Left out 1 link that could not be read: jungle (an object)."),
    ({"jungle": {"driver": "cost_access", "relation": "questions"}}, "jungle (an object)"),
    ({"jungle": {"driver": NO_DRIVER, "relation": "pushes against"}}, "jungle (an object)"),
    ({"jungle": {"driver": "cost_access", "colour": "red"}}, "jungle (an object)"),
    ({"jungle": "cost_access"}, "jungle ('cost_access')"),
    ({"jungle": ["cost_access", "answers"]}, "jungle (a list of 2)"),
    (["jungle"], "Your saved links could not be read (a list of 1), so none are shown."),
    ("x" * 100_000, "could not be read (a text of 100,000 characters)"),
])
def test_unusable_links_are_left_out_with_a_sentence(value, words):
    links, notes = links_of(value)
    assert any(words in note for note in notes), notes
    assert list(links) == CRITIQUES
    assert all(len(n) < 300 for n in notes)


@settings(max_examples=150, deadline=None)
@given(json_values)
def test_any_json_value_gives_readable_links_and_sentences_never_an_exception(value):
    links, notes = links_of(value)
    assert list(links) == CRITIQUES
    for link in links.values():
        assert link.driver in (None, NO_DRIVER, *DRIVERS)
        assert link.relation in (None, *LINK_RELATIONS)
        assert not (link.driver == NO_DRIVER and link.relation is not None)
    assert all(isinstance(n, str) and len(n) < 400 for n in notes)


@pytest.mark.parametrize("link, expected", [
    (critiques.CritiqueLink("two_tier", "employer_demand", "pushes against"),
     "'A two-tier system' pushes against 'Skills over degrees'"),
    (critiques.CritiqueLink("cost_shift", "cost_access", "answers"),
     "'The cost moves to the learner' answers 'Cost and access'"),
    (critiques.CritiqueLink("jungle", "cost_access"),
     "'A jungle of certificates' is linked to 'Cost and access'; how (answers or pushes against) is not chosen yet"),
    (critiques.CritiqueLink("gig_work", NO_DRIVER), "'Gig qualifications for a gig economy' concerns none of the "
                                                    "drivers, in your view"),
    (critiques.CritiqueLink("equity_gap"), "'Benefits may go to those already ahead' is not linked yet"),
])
def test_each_link_in_words(link, expected):
    assert critiques.link_line(link, TITLES, DRIVER_NAMES) == expected


def test_the_drivers_most_critiques_answer():
    links, _ = links_of({"two_tier": {"driver": "employer_demand", "relation": "pushes against"},
                         "gig_work": {"driver": "employer_demand", "relation": "answers"},
                         "cost_shift": {"driver": "cost_access", "relation": "answers"},
                         "jungle": {"driver": "cost_access"}, "equity_gap": {"driver": NO_DRIVER}})
    counts = critiques.driver_counts(links, DRIVERS)
    assert counts == {"twin_transitions": 0, "lifelong_learning": 0, "employer_demand": 2, "cost_access": 2,
                      "online_growth": 0}
    assert critiques.busiest_drivers(counts) == ["employer_demand", "cost_access"]
    assert critiques.drivers_summary(links, DRIVERS, DRIVER_NAMES) == (
        "The drivers you linked the most critiques to: 'Skills over degrees' and 'Cost and access' "
        "(2 critiques each).")
    one, _ = links_of({"two_tier": {"driver": "online_growth"}})
    assert critiques.drivers_summary(one, DRIVERS, DRIVER_NAMES) == (
        "The driver you linked the most critiques to: 'The pandemic's push online' (1 critique).")
    nothing, _ = links_of({"two_tier": {"driver": NO_DRIVER}})
    assert critiques.drivers_summary(nothing, DRIVERS, DRIVER_NAMES) == strings.NO_LINKS


# ------------------------------------------------------------------ ratings

def test_ratings_keep_whole_numbers_from_one_to_five_and_name_the_rest():
    ratings, notes = critiques.clean_ratings({"gig_work": 2, "two_tier": None, "jungle": 5, "cost_shift": True,
                                              "no_panacea": 9, "equity_gap": 2.0, "weak_evidence": "3",
                                              "unknown": 1}, CRITIQUES)
    assert ratings == {"gig_work": 2, "jungle": 5}
    assert notes == ["Left out 4 ratings that could not be read: cost_shift (True), weak_evidence ('3'), "
                     "no_panacea (9) and 1 more."]


def test_least_and_most_convincing_in_words():
    assert critiques.ratings_summary({}, TITLES) == [strings.NONE_RATED]
    assert critiques.ratings_summary({"jungle": 3, "two_tier": 3}, TITLES) == [
        "You gave the evidence behind every critique you rated the same rating (3 of 5)."]
    assert critiques.ratings_summary({"jungle": 1, "two_tier": 4, "gig_work": 1}, TITLES) == [
        "The evidence you find least convincing: 'A jungle of certificates' and 'Gig qualifications for a gig "
        "economy' (1 of 5).",
        "The evidence you find most convincing: 'A two-tier system' (4 of 5)."]


def test_the_critique_to_steelman_is_the_least_convincing():
    choice = critiques.steelman_target({"jungle": 4, "two_tier": 2, "gig_work": 5}, CRITIQUES, TITLES)
    assert (choice.critique_id, choice.tied, choice.rating) == ("two_tier", (), 2)
    assert choice.message.startswith("The critique to steelman: 'A two-tier system', whose evidence you found "
                                     "least convincing (2 of 5).")


def test_a_tie_goes_to_the_first_in_the_list_and_says_so():
    choice = critiques.steelman_target({"jungle": 1, "gig_work": 1, "two_tier": 3}, CRITIQUES, TITLES)
    assert choice.critique_id == "gig_work" and choice.tied == ("gig_work", "jungle")
    assert choice.message == ("'Gig qualifications for a gig economy' and 'A jungle of certificates' share your "
                              "lowest rating (1 of 5). We suggest 'Gig qualifications for a gig economy', the first "
                              "of them in the list; steelman another of them if you find it weaker.")
    nothing = critiques.steelman_target({}, CRITIQUES, TITLES)
    assert nothing.critique_id is None and nothing.message == strings.STEELMAN_NONE


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(CRITIQUES), st.integers(1, 5), min_size=1))
def test_the_steelman_target_always_has_the_lowest_rating(ratings):
    choice = critiques.steelman_target(ratings, CRITIQUES, TITLES)
    assert choice.rating == min(ratings.values()) == ratings[choice.critique_id]
    assert (len(choice.tied) > 1) == (list(ratings.values()).count(choice.rating) > 1)


def test_nothing_is_marked_right_or_wrong_and_answers_are_not_changed():
    value = {"two_tier": {"driver": "employer_demand", "relation": "pushes against"}, "jungle": {"driver": NO_DRIVER}}
    before = copy.deepcopy(value)
    links, _ = links_of(value)
    ratings = {"jungle": 1, "two_tier": 5}
    texts = [critiques.link_line(link, TITLES, DRIVER_NAMES) for link in links.values()]
    texts += critiques.ratings_summary(ratings, TITLES)
    texts += [critiques.drivers_summary(links, DRIVERS, DRIVER_NAMES),
              critiques.steelman_target(ratings, CRITIQUES, TITLES).message, strings.EVEN_HANDED]
    texts += [critiques.relation_meaning(r) for r in LINK_RELATIONS]
    for text in texts:
        assert not VERDICT.search(text.replace("marked right or wrong", "")), text
    assert value == before
