"""The learning ecology (06): the learner's credentials, the links between them, sizes and definitions."""
from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from course_helpers import data, ecology as e

DEFINITIONS = {d.id: d for d in e.definitions_from_rows(data.load("microcredential_definitions").to_dict("records"))}
GOOD = {"name": "Certificate in Carbon Accounting", "size": 5, "unit": "ECTS", "level": 7, "kind": "micro",
        "when": "past"}


def make(**changes):
    credential, problems = e.validate_credential(dict(GOOD, **changes), "c1")
    assert problems == [], problems
    return credential


# ------------------------------------------------------------------ sizes

def test_ects_is_a_range_of_hours_and_nz_credits_are_ten_hours():
    assert e.to_hours(5, "ECTS") == (125, 150)
    assert e.to_hours(40, "NZ credits") == (400, 400)
    assert e.to_hours(12, "hours") == (12, 12)
    assert e.hours_to_ects(150) == (5, 6)
    assert e.ECTS_PER_YEAR * e.ECTS_HOURS[0] == e.YEAR_HOURS[0] and e.ECTS_PER_YEAR * e.ECTS_HOURS[1] == e.YEAR_HOURS[1]
    with pytest.raises(ValueError):
        e.to_hours(1, "weeks")


@given(st.floats(0.01, 1e5))
def test_hours_and_ects_convert_both_ways(hours):
    low, high = e.hours_to_ects(hours)
    assert math.isclose(e.to_hours(low, "ECTS")[1], hours) and math.isclose(e.to_hours(high, "ECTS")[0], hours)


def test_definitions_in_hours_as_the_brief_gives_them():
    assert (DEFINITIONS["nz_nzqa"].min_hours, DEFINITIONS["nz_nzqa"].max_hours) == (50, 400)
    assert (DEFINITIONS["au_nmf"].min_hours, DEFINITIONS["au_nmf"].max_hours) == (1, None)
    assert (DEFINITIONS["cmf"].min_hours, DEFINITIONS["cmf"].max_hours) == (100, 150)
    assert (DEFINITIONS["cmf"].level_min, DEFINITIONS["cmf"].level_max) == (6, 7)
    assert (DEFINITIONS["microhe_module"].min_hours, DEFINITIONS["microhe_module"].max_hours) == (25, 150)
    assert (DEFINITIONS["microhe_slp"].min_hours, DEFINITIONS["microhe_slp"].max_hours) == (None, 1500)
    assert not DEFINITIONS["eu_2022"].sets_size and not DEFINITIONS["unesco_2022"].sets_size


@pytest.mark.parametrize("size, unit, level, definition, verdict", [
    (5, "ECTS", 7, "cmf", "fits"),             # 125-150 h, inside 100-150 h at 25 or 30 h a credit
    (4, "ECTS", 6, "cmf", "fits"),             # 100-120 h
    (120, "hours", 5, "cmf", "fits"),          # size fits; the level is outside 6-7 (said in words)
    (200, "hours", 7, "cmf", "does not fit"),
    (6, "ECTS", 7, "cmf", "may fit"),          # 150-180 h touches the top
    (30, "NZ credits", None, "nz_nzqa", "fits"),
    (2, "hours", None, "nz_nzqa", "does not fit"),
    (3, "hours", None, "au_nmf", "open top"),
    (0.5, "hours", None, "au_nmf", "does not fit"),
    (10, "ECTS", 7, "eu_2022", "no size"),
])
def test_which_definitions_a_credential_fits(size, unit, level, definition, verdict):
    got, sentence = e.definition_fits(make(size=size, unit=unit, level=level), DEFINITIONS[definition])
    assert got == verdict
    assert sentence.startswith(DEFINITIONS[definition].framework)
    if definition == "cmf" and level == 5:
        assert "Its level, EQF 5, is outside EQF 6 to 7." in sentence


# ------------------------------------------------------------------ credentials

@pytest.mark.parametrize("changes, words", [
    ({"size": -3}, "more than 0, not -3"),
    ({"size": 0}, "more than 0, not 0"),
    ({"size": "lots"}, "should be a number, not 'lots'"),
    ({"size": float("nan")}, "should be a number"),
    ({"size": float("inf")}, "should be a number"),
    ({"size": True}, "should be a number, not True"),
    ({"size": 10 ** 6, "unit": "hours"}, "is more than 20,000 hours"),
    ({"size": 5000, "unit": "ECTS"}, "5000 ECTS is more than 800 ECTS"),
    ({"level": 12}, "EQF level from 1 to 8, or unknown, not 12"),
    ({"level": 0}, "not 0"),
    ({"level": 7.5}, "not 7.5"),
    ({"level": "seven"}, "not 'seven'"),
    ({"name": ""}, "Give the credential a name."),
    ({"name": "   "}, "Give the credential a name."),
    ({"name": "\u202e\u202c"}, "Give the credential a name."),
    ({"name": "x" * 10_000}, "The name has 10,000 characters; keep it to 120 or fewer."),
    ({"name": None}, "The name should be text, not None"),
    ({"unit": "weeks"}, "The unit should be one of hours, ECTS, NZ credits, not 'weeks'"),
    ({"kind": "diploma"}, "The kind should be one of"),
    ({"when": "someday"}, "past or planned"),
    ({"colour": "red"}, "A credential has no field 'colour'."),
])
def test_bad_input_is_told_in_words_and_not_accepted(changes, words):
    credential, problems = e.validate_credential(dict(GOOD, **changes), "c1")
    assert credential is None
    assert any(words in p for p in problems), problems
    assert all("\n" not in p and p.endswith(".") for p in problems)


@pytest.mark.parametrize("raw", [None, "a credential", 5, ["name"], {"name": {"nested": ["x"] * 10}}])
def test_input_that_is_not_a_record_is_refused_in_a_sentence(raw):
    credential, problems = e.validate_credential(raw, "c1")
    assert credential is None and problems and all(len(p) < 300 for p in problems)


def test_good_input_is_kept_with_level_unknown_allowed_and_numbers_as_text():
    credential = make(level="", size="2,5")
    assert (credential.level, credential.size) == (None, 2.5)
    assert make(level="unknown").level is None and make(level="6").level == 6
    assert make(name="  <b>Badge</b>  ").name == "<b>Badge</b>"  # stored as typed; escaped when shown
    assert credential.as_value() == {"id": "c1", "name": GOOD["name"], "size": 2.5, "unit": "ECTS", "level": None,
                                     "kind": "micro", "when": "past"}


def test_stored_lists_keep_the_good_records_and_name_the_others():
    value = [dict(GOOD, id="c1"), dict(GOOD, id="c2", level=12), dict(GOOD, id="c1", name="again"), "junk"]
    kept, problems = e.validate_credentials(value)
    assert [c.id for c in kept] == ["c1"]
    assert problems[0].startswith("Credential 2 (Certificate in Carbon Accounting): The level")
    assert "Two credentials share the id c1." in problems[1]
    assert problems[2].startswith("Credential 4 (?)")
    kept, problems = e.validate_credentials([dict(GOOD, id=f"c{i}") for i in range(100)])
    assert len(kept) == e.MAX_CREDENTIALS and "the map holds at most 40" in problems[0]


def test_new_ids_are_never_reused():
    assert e.next_id([]) == "c1"
    assert e.next_id([{"id": "c1"}, {"id": "c7"}, {"id": "x9"}]) == "c8"
    assert e.next_id([make()]) == "c2"


# ------------------------------------------------------------------ interfaces

CREDS = [make(), e.validate_credential(dict(GOOD, name="MSc Energy", size=90, kind="degree"), "c2")[0],
         e.validate_credential(dict(GOOD, name="Forklift badge", size=8, unit="hours", level=None, kind="badge",
                                    when="planned"), "c3")[0]]


def test_links_are_validated_and_isolated_credentials_found():
    links = [{"from": "c1", "to": "c2", "kind": "stacks_into"},
             {"from": "c1", "to": "c2", "kind": "stacks_into"},
             {"from": "c1", "to": "c1", "kind": "rpl"},
             {"from": "c1", "to": "c9", "kind": "rpl"},
             {"from": "c2", "to": "c1", "kind": "teleports"},
             {"from": "c2", "to": "c1"},
             "c1 -> c2"]
    kept, problems = e.validate_interfaces(links, CREDS)
    assert kept == [e.Interface("c1", "c2", "stacks_into")]
    assert problems == [
        "Link 2: The link 'Certificate in Carbon Accounting stacks into MSc Energy' is there twice.",
        "Link 3: Certificate in Carbon Accounting cannot link to itself.",
        "Link 4: The link's to ('c9') is not one of your credentials.",
        "Link 5: The kind of link should be one of stacks into, gives entry to, credit transfer to, recognition of "
        "prior learning towards, not 'teleports'.",
        "Link 6: A link should say from, to and kind, not an object.",
        "Link 7: A link should say from, to and kind, not 'c1 -> c2'.",
    ]
    assert [c.id for c in e.isolated(CREDS, kept)] == ["c3"]
    assert e.describe_interface(kept[0], {c.id: c for c in CREDS}) == (
        "Certificate in Carbon Accounting stacks into MSc Energy")


JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
                       lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner,
                                                                                   max_size=4), max_leaves=15)
RECORDS = st.fixed_dictionaries({"from": st.sampled_from(["c1", "c2", "c3", "c4", 5]),
                                 "to": st.sampled_from(["c1", "c2", "c3", None]),
                                 "kind": st.sampled_from(list(e.INTERFACE_KINDS) + ["other"])})


@settings(max_examples=200, deadline=None)
@given(st.one_of(JSONISH, st.lists(st.one_of(RECORDS, JSONISH), max_size=10)))
def test_any_stored_links_are_read_without_raising(value):
    kept, problems = e.validate_interfaces(value, CREDS)
    ids = {c.id for c in CREDS}
    assert all(i.source in ids and i.target in ids and i.source != i.target for i in kept)
    assert len(set(kept)) == len(kept)
    assert all(p and "\n" not in p for p in problems)
    isolated = e.isolated(CREDS, kept)
    linked = {i.source for i in kept} | {i.target for i in kept}
    assert {c.id for c in isolated} == ids - linked


@settings(max_examples=200, deadline=None)
@given(st.one_of(JSONISH, st.dictionaries(st.sampled_from(e.FIELDS + ("extra",)), JSONISH)))
def test_any_credential_input_gives_a_credential_or_sentences(raw):
    credential, problems = e.validate_credential(raw, "c1")
    assert (credential is None) == bool(problems)
    if credential is not None:
        assert credential.size > 0 and credential.level in (None, *e.LEVELS) and credential.name.strip()


def test_isolation_notes_name_each_unlinked_credential():
    links = [e.Interface("c1", "c2", "stacks_into")]
    assert e.isolation_notes(CREDS, links) == ["Forklift badge has no link to any other credential."]
    assert e.isolation_notes(CREDS, []) == [f"{c.label} has no link to any other credential." for c in CREDS]
