"""Notebook 07's audit form as data: reading stored values without raising, the strict check, the value kinds."""
from __future__ import annotations

import math
from types import SimpleNamespace

import pytest
from hypothesis import given, settings

from course_helpers import kinds
from course_helpers.credential_audit import example, example_ids
from course_helpers.credentials import (FIELDS, MAX_OUTCOMES, MAX_TEXT, NOT_APPLICABLE, MicroCredential, from_json,
                                        issue_date, shape_problem, to_json)
from course_helpers.vocabulary import BLOCK_IDS
from credential_cases import HOSTILE_FORMS, MEGABYTE, json_values, markup_everywhere

CREDENTIAL_PROMPT = SimpleNamespace(kind="credential", options=())
RANKING_PROMPT = SimpleNamespace(kind="ranking", items=tuple(zip(BLOCK_IDS, BLOCK_IDS)), most=0)


@pytest.mark.parametrize("example_id", ["data-ethics", "cloud-security"])
def test_examples_round_trip_through_json(example_id):
    credential = example(example_id)
    stored = to_json(credential)
    assert list(stored) == list(FIELDS)
    loaded = from_json(stored)
    assert loaded.credential == credential and loaded.problems == ()
    assert shape_problem(stored) is None


def test_examples_are_the_two_in_the_data_and_clearly_fictional():
    assert list(example_ids()) == ["data-ethics", "cloud-security"]
    for example_id in example_ids():
        credential = example(example_id)
        assert "(fictional)" in credential.awarding_body and "(fictional)" in credential.learner


@pytest.mark.parametrize("name", HOSTILE_FORMS)
def test_reading_any_stored_form_never_raises(name):
    loaded = from_json(HOSTILE_FORMS[name])
    assert isinstance(loaded.credential, MicroCredential)
    for problem in loaded.problems:
        assert problem.field in FIELDS or problem.field == ""
        assert "\n" not in problem.sentence and len(problem.sentence) < 300


@pytest.mark.parametrize("stored, field, expected, words", [
    ({"title": ["a"]}, "title", "", "not a list of 1"),
    ({"ects": "lots"}, "ects", None, "not 'lots'"),
    ({"ects": float("nan")}, "ects", None, "not nan"),
    ({"level": True}, "level", None, "not True"),
    ({"learning_outcomes": {"a": 1}}, "learning_outcomes", (), "not an object"),
    ({"learning_outcomes": ["evaluate x", 5, None]}, "learning_outcomes", ("evaluate x",), "2 saved statements"),
    ("text", "title", "", "object of fields"),
], ids=repr)
def test_what_cannot_be_used_is_left_empty_and_said(stored, field, expected, words):
    loaded = from_json(stored)
    assert loaded.credential.value(field) == expected
    assert any(words in p.sentence for p in loaded.problems), loaded.problems


@pytest.mark.parametrize("stored, expected", [
    ({"level": 6}, 6), ({"level": 6.0}, 6), ({"level": "6"}, 6), ({"level": "EQF 7"}, 7),
    ({"level": "eqf level 5"}, 5), ({"level": "not applicable"}, NOT_APPLICABLE), ({"level": "N/A"}, NOT_APPLICABLE),
    ({"level": 0}, 0), ({"level": "first cycle"}, "first cycle"), ({"level": ""}, None), ({}, None),
])
def test_levels_are_read_leniently_but_odd_ones_are_kept_for_the_audit(stored, expected):
    assert from_json(stored).credential.level == expected


def test_numbers_and_outcomes_are_read_as_a_form_would_send_them():
    loaded = from_json({"ects": "2,5", "hours": 60.0, "learning_outcomes": " evaluate a\n\n apply b \n"})
    assert loaded.credential.ects == 2.5 and loaded.credential.hours == 60
    assert loaded.credential.learning_outcomes == ("evaluate a", "apply b")


def test_text_is_kept_exactly_markup_included():
    credential = markup_everywhere()
    assert from_json(to_json(credential)).credential == credential
    assert from_json({"title": MEGABYTE}).credential.title == MEGABYTE  # kept; the audit says it is too long


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_any_json_value_reads_without_raising(value):
    loaded = from_json(value)
    stored = to_json(loaded.credential)
    assert from_json(stored).credential == loaded.credential  # what was read round-trips
    for number in (loaded.credential.ects, loaded.credential.hours):
        assert number is None or math.isfinite(number)


@pytest.mark.parametrize("text, ok", [("2023-06-15", True), ("2023-02-30", False), ("2023-06-15T10:00:00Z", True),
                                      ("next spring", False), ("", False), ("2" * 100, False)])
def test_issue_dates(text, ok):
    assert (issue_date(text) is not None) == ok


# --- the strict check of a stored form, and the value kinds -------------------------------------

@pytest.mark.parametrize("value", [{}, {"title": "T"}, {"level": None}, {"level": 8}, {"level": NOT_APPLICABLE},
                                   {"ects": 2.5, "hours": 60}, {"learning_outcomes": []},
                                   {"title": "x" * MAX_TEXT}], ids=repr)
def test_forms_a_widget_can_show_fit(value):
    assert shape_problem(value) is None
    assert kinds.value_problem(CREDENTIAL_PROMPT, value) is None


@pytest.mark.parametrize("value, words", [
    ("a form", "object of fields"), ([], "object of fields"), ({"nonsense": 1}, "does not know"),
    ({"title": 5}, "title should be text"), ({"title": "x" * (MAX_TEXT + 1)}, "more than the 5,000"),
    ({"learning_outcomes": "one"}, "list of texts"), ({"learning_outcomes": [1]}, "list of texts"),
    ({"learning_outcomes": ["a"] * (MAX_OUTCOMES + 1)}, "31 learning outcomes"),
    ({"learning_outcomes": ["a" * 1001]}, "longer than 1,000"),
    ({"ects": "5"}, "ects should be a number"), ({"ects": True}, "not True"), ({"hours": 1e7}, "up to 1,000,000"),
    ({"hours": float("inf")}, "not inf"), ({"level": 0}, "not 0"), ({"level": 9}, "not 9"),
    ({"level": "EQF 6"}, "not 'EQF 6'"), ({"level": 6.0}, "not 6.0"),
], ids=repr)
def test_forms_a_widget_cannot_show_get_one_sentence(value, words):
    problem = kinds.value_problem(CREDENTIAL_PROMPT, value)
    assert problem is not None and words in problem, problem
    assert "\n" not in problem and len(problem) < 200


def test_a_deeply_nested_form_is_refused_before_its_check_runs():
    value: dict = {}
    for _ in range(100_000):
        value = {"title": value}
    assert "levels deep" in kinds.value_problem(CREDENTIAL_PROMPT, value)


@pytest.mark.parametrize("value", [[], ["recognition"], list(BLOCK_IDS), ["funding", "recognition"]], ids=repr)
def test_rankings_whole_or_partial_fit(value):
    assert kinds.value_problem(RANKING_PROMPT, value) is None


@pytest.mark.parametrize("value, words", [
    ("recognition", "should be a list"), ({"recognition": 1}, "should be a list"),
    (["recognition", "recognition"], "the same thing twice"), (["bribery"], "'bribery', which this prompt does not"),
    ([1], "1, which this prompt does not"), ([["recognition"]], "a list of 1, which this prompt does not"),
], ids=repr)
def test_rankings_that_do_not_fit_get_one_sentence(value, words):
    problem = kinds.value_problem(RANKING_PROMPT, value)
    assert problem is not None and words in problem, problem


def test_checking_stored_answers_does_not_load_pandas():
    import subprocess
    import sys

    code = ("import sys, types\nfrom course_helpers import kinds\n"
            "p = types.SimpleNamespace(kind='credential', options=())\n"
            "r = types.SimpleNamespace(kind='ranking', items=(('Funding', 'funding'),), most=0)\n"
            "kinds.value_problem(p, {'title': 'x'}); kinds.value_problem(r, ['funding'])\n"
            "print('pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
