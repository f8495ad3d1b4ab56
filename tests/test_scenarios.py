"""The logic behind notebooks 01 and 02: quadrants, distances, readings, rating areas, mapping feedback."""
from __future__ import annotations

import math
import re

import pytest

from course_helpers import scenarios
from course_helpers.vocabulary import CAMILLERI_IDS, NONE_OF_THEM
from course_helpers.scenarios import Reading

# ------------------------------------------------------------------ quadrants


@pytest.mark.parametrize("x, y, number, name", [
    (-3, 2, 1, "Greater Whole"),
    (4, 1, 2, "Micro Quals"),
    (-1, -5, 3, "Professions Rule"),
    (5, -5, 4, "Market Place"),
    (-5, 5, 1, "Greater Whole"),
    (0.5, 0.5, 2, "Micro Quals"),
])
def test_quadrant_of_each_corner_follows_the_steps_layout(x, y, number, name):
    quad = scenarios.quadrant_of(x, y)
    assert (quad.number, quad.name) == (number, name)
    assert scenarios.where(x, y) == f"in quadrant {number} {name}"


def test_quadrant_axes_match_the_step():
    layout = {q.name: (q.lead, q.form, q.corner) for q in scenarios.QUADRANTS}
    assert layout == {
        "Greater Whole": ("Government", "Bundled", "top left"),
        "Micro Quals": ("Government", "Unbundled", "top right"),
        "Professions Rule": ("Market", "Bundled", "bottom left"),
        "Market Place": ("Market", "Unbundled", "bottom right"),
    }
    assert scenarios.quadrant("H3") is scenarios.quadrant(3)
    with pytest.raises(KeyError):
        scenarios.quadrant("H5")


@pytest.mark.parametrize("x, y, between", [
    (0, 3, ("1 Greater Whole", "2 Micro Quals")),
    (0, -2, ("3 Professions Rule", "4 Market Place")),
    (-4, 0, ("1 Greater Whole", "3 Professions Rule")),
    (1, 0, ("2 Micro Quals", "4 Market Place")),
])
def test_points_on_an_axis_line_are_on_a_named_border(x, y, between):
    assert scenarios.quadrant_of(x, y) is None
    assert scenarios.where(x, y) == f"on the border between {between[0]} and {between[1]}"
    assert len(scenarios.neighbours_of(x, y)) == 2


def test_the_centre_touches_all_four():
    assert scenarios.quadrant_of(0, 0) is None
    assert len(scenarios.neighbours_of(0, 0)) == 4
    assert "all four" in scenarios.where(0, 0)


@pytest.mark.parametrize("bad", [(6, 0), (0, -5.5), (True, 1), ("1", 2), (math.nan, 0)])
def test_points_off_the_scale_are_refused(bad):
    with pytest.raises((ValueError, TypeError)):
        scenarios.quadrant_of(*bad)


def test_distance():
    assert scenarios.distance((0, 0), (3, 4)) == 5
    assert scenarios.distance((-5, -5), (5, 5)) == pytest.approx(math.sqrt(200))
    assert scenarios.distance((2, -1), (2, -1)) == 0
    assert scenarios.distance((1, 1), (4, 5)) == scenarios.distance((4, 5), (1, 1)) == 5


@pytest.mark.parametrize("x, y, reading", [
    (-3, 4, "strongly government-led and fairly bundled"),
    (5, -5, "fully market-led and fully unbundled"),
    (1, -2, "somewhat market-led and slightly unbundled"),
    (0, 3, "fairly government-led and midway between bundled and unbundled"),
    (-2, 0, "led equally by government and the market and somewhat bundled"),
])
def test_describe_point_in_plain_words(x, y, reading):
    assert scenarios.describe_point(x, y) == reading


def test_format_point():
    assert scenarios.format_point((-3, 2)) == "x = -3, y = 2"


# ------------------------------------------------------- probable vs preferable


@pytest.mark.parametrize("likelihood, desirability, kind, label", [
    (5, 4, "likely_wanted", "likely and wanted"),
    (4, 1, "likely_unwanted", "likely but unwanted"),
    (2, 5, "unlikely_wanted", "wanted but unlikely"),
    (1, 2, "unlikely_unwanted", "neither likely nor wanted"),
    (3, 3, "undecided", "undecided on both counts"),
    (3, 5, "undecided", "wanted, undecided how likely"),
    (3, 1, "undecided", "unwanted, undecided how likely"),
    (5, 3, "undecided", "likely, undecided whether wanted"),
    (1, 3, "undecided", "unlikely, undecided whether wanted"),
])
def test_classify_ratings(likelihood, desirability, kind, label):
    assert scenarios.classify(likelihood, desirability) == kind
    assert scenarios.class_label(likelihood, desirability) == label


@pytest.mark.parametrize("bad", [(0, 3), (3, 6), (None, 2), (2.5, 3), (True, 3)])
def test_classify_refuses_ratings_off_the_scale(bad):
    with pytest.raises(ValueError):
        scenarios.classify(*bad)


# ------------------------------------------------------------- mapping feedback

READINGS = {
    "C1": Reading("H4", "A platform market keeps learning in separate pieces.", "H2",
                  "governments list what the platforms sell"),
    "C2": Reading("H1", "Publicly funded alliances stack credits into degrees."),
    "C3": Reading("H4", "Learners choose short episodes from many providers."),
    "C4": Reading("H1", "Universities decide what stacks into their awards."),
    "C5": Reading(NONE_OF_THEM, "Universities opting out leaves nothing to place."),
    "C6": Reading("H3", "ECIU-style contracts put companies in charge of delivery."),
}
NAMES = {"C1": "Global micro-credential marketplace", "C2": "Consortia of universities",
         "C3": "Lifelong micro-learning", "C4": "University gatekeepers", "C5": "Ivory towers",
         "C6": "Outsourcing higher education"}
JUDGING = re.compile(r"\b(wrong|incorrect|correct|mistake|error|right answer)\b|[✗✘✓✔❌]", re.I)


def feedback(choices):
    return {f.scenario_id: f for f in scenarios.mapping_feedback(choices, READINGS, NAMES)}


def test_agreement_is_named_with_the_reason():
    item = feedback({"C1": "H4"})["C1"]
    assert item.status == "agree"
    assert item.message.startswith("You and the companion's authors both placed C1 Global micro-credential "
                                   "marketplace nearest to 4 Market Place")
    assert "A platform market keeps learning in separate pieces." in item.message
    # agreeing still shows an argument, not a tick: the strongest rival reading and when it holds
    assert "The strongest rival reading is 2 Micro Quals, which holds if governments list what the platforms sell." \
        in item.message


def test_agreeing_on_none_of_them():
    item = feedback({"C5": NONE_OF_THEM})["C5"]
    assert item.status == "agree"
    assert "none of HolonIQ's quadrants fits C5 Ivory towers" in item.message


def test_a_difference_gives_the_teams_reason_and_the_case_for_the_learners_reading():
    item = feedback({"C3": "H2"})["C3"]
    assert item.status == "differ"
    assert "You placed C3 Lifelong micro-learning nearest to 2 Micro Quals" in item.message
    assert "Ours places it nearer to 4 Market Place, because learners choose short episodes" in item.message
    assert f"that reading holds if {scenarios.DEFENSIBLE_IF['H2']}" in item.message
    assert item.choice == "H2" and item.reference.nearest == "H4"


def test_a_reason_starting_with_an_acronym_keeps_its_capitals():
    item = feedback({"C6": "H4"})["C6"]
    assert "because ECIU-style contracts" in item.message


def test_differences_involving_none_of_them_read_naturally():
    learner_none = feedback({"C1": NONE_OF_THEM})["C1"]
    assert learner_none.status == "differ"
    assert learner_none.message.startswith("You felt that none of HolonIQ's quadrants fits C1")
    assert "nearest to none" not in learner_none.message
    team_none = feedback({"C5": "H1"})["C5"]
    assert "Ours finds that none of the quadrants fits it well" in team_none.message
    assert scenarios.DEFENSIBLE_IF["H1"] in team_none.message


def test_unanswered_scenarios_do_not_reveal_the_teams_reading():
    item = feedback({})["C2"]
    assert item.status == "unanswered"
    assert "not chosen" in item.message
    assert "Greater Whole" not in item.message and READINGS["C2"].reason not in item.message
    assert item.choice is None and item.choice_label == "not chosen yet"


def test_no_verdict_wording_in_any_message():
    options = ["H1", "H2", "H3", "H4", NONE_OF_THEM, None]
    for choice in options:
        for item in feedback({sid: choice for sid in CAMILLERI_IDS}).values():
            assert not JUDGING.search(item.message), item.message
    for template in (scenarios.SUMMARY_NOTHING, scenarios.SUMMARY_SOME):
        assert not JUDGING.search(template)


def test_the_learner_who_picks_our_rival_reading_gets_our_own_case_for_it():
    item = feedback({"C1": "H2"})["C1"]
    assert "that reading holds if governments list what the platforms sell." in item.message


def test_the_learners_choices_are_never_changed():
    choices = {"C1": "H2", "C3": None, "C5": NONE_OF_THEM}
    before = dict(choices)
    scenarios.mapping_feedback(choices, READINGS, NAMES)
    assert choices == before


def test_unknown_choice_is_refused():
    with pytest.raises(ValueError):
        scenarios.mapping_feedback({"C1": "H9"}, READINGS, NAMES)


@pytest.mark.parametrize("choices, start", [
    ({}, "You have not related any of the six scenarios to a quadrant yet."),
    ({"C1": "H4", "C2": "H1", "C3": "H4", "C4": "H1", "C5": "H1", "C6": "H4"}, "You have related six of the six"),
    ({"C1": "H4", "C2": "H2"}, "You have related two of the six"),
])
def test_the_summary_counts_what_is_related_never_what_matches(choices, start):
    text = scenarios.mapping_summary(scenarios.mapping_feedback(choices, READINGS, NAMES))
    assert text.startswith(start)
    assert "match" not in text and " of 6" not in text  # readings and arguments, not a score
    if 0 < len(choices) < 6:
        assert text.endswith("Four still to choose.")


def test_readings_from_the_data_file():
    from course_helpers import data

    readings = scenarios.readings_from_rows(data.load("scenario_mapping").to_dict("records"))
    assert set(readings) == set(CAMILLERI_IDS)
    for reading in readings.values():
        assert reading.nearest in {"H1", "H2", "H3", "H4", NONE_OF_THEM}
        assert reading.reason
