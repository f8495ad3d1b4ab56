"""The share-file format: strict parsing of hostile bytes, and the fast checker agreeing with the JSON Schema."""
from __future__ import annotations

import json
import pickle

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from course_helpers.cohort import schema
from course_helpers.cohort.schema import ShareFileError, document_problem, parse_json, share_schema
from tests.cohort_helpers import encode, share_document

VALIDATOR = jsonschema.Draft202012Validator(share_schema())


def test_the_schema_is_a_valid_draft_2020_12_schema_and_accepts_a_real_file():
    jsonschema.Draft202012Validator.check_schema(share_schema())
    assert VALIDATOR.is_valid(share_document())
    assert document_problem(share_document()) is None


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b"\x80\x04\x95" + pickle.dumps({"a": 1})[3:], "pickle"),
    (pickle.dumps({"format": "mc-course-share"}), "pickle"),
    (b"PK\x03\x04rest", "archive"),
    (b"SQLite format 3\x00....", "database"),
    ("{}".encode("utf-16"), "UTF-16"),
    (b'{"a": "caf\xe9"}', "not UTF-8"),
    (b"[" * 100_000, "too deeply"),
    (b'{"a": NaN}', "NaN"),
    (b'{"a": -Infinity}', "Infinity"),
    (b'{"a": ' + b"9" * 5000 + b"}", "number too large"),
    (b'{"a": 1, "a": 2}', "repeats the key 'a'"),
    (b'{"a": {"b": 1, "b": 1}}', "repeats the key 'b'"),
    (b'{"a": 1', "not valid JSON"),
    (b"\xef\xbb\xbf" + b"[1,", "not valid JSON"),
])
def test_hostile_bytes_get_one_sentence_never_an_exception(data, words):
    with pytest.raises(ShareFileError) as caught:
        parse_json(data)
    message = str(caught.value)
    assert words in message
    assert "\n" not in message and "Traceback" not in message
    assert caught.value.category  # every refusal is grouped for the summary


def test_oversized_input_is_refused_before_parsing():
    with pytest.raises(ShareFileError, match="too large"):
        parse_json(b'"' + b"a" * schema.MAX_FILE_BYTES + b'"')


def test_a_byte_order_mark_is_accepted():
    assert parse_json(b"\xef\xbb\xbf" + encode(share_document()))["class_code"] == "SEM-A"


@pytest.mark.parametrize("change, words", [
    ({"format": "mc-course-journal"}, "journal backup"),
    ({"format": "something-else"}, "not a share file"),
    ({"schema_version": 2}, "newer version"),
    ({"schema_version": "1"}, "schema_version"),
    ({"learner": "0123456789abcdef0123456789abcde\n"}, "learner"),
    ({"learner": "Alice"}, "learner"),
    ({"class_code": "sem-a"}, "class_code"),
    ({"class_code": "SEM-A\n"}, "class_code"),
    ({"created_at": "2026-13-01T00:00:00Z"}, "created_at"),
    ({"created_at": 1700000000}, "created_at"),
    ({"shared_reflections": ["01", "01"]}, "shared_reflections"),
    ({"shared_reflections": "01"}, "shared_reflections"),
    ({"answers": []}, "answers"),
    ({"answers": {"01\n": {}}}, "answers"),
    ({"answers": {"01": {"bad id": 1}}}, "answers.01"),
    ({"answers": {"01": {"x": "a" * (schema.MAX_TEXT_CHARS + 1)}}}, "longer than"),
    ({"answers": {"01": {"x": [[[[[1]]]]]}}}, "nested"),
    ({"answers": {"01": {"x": 10**10}}}, "number beyond"),
    ({"answers": {"01": {"x": list(range(65))}}}, "more than 64"),
])
def test_envelope_problems_are_named(change, words):
    document = share_document(**change)
    problem = document_problem(document)
    assert problem is not None and words in problem
    assert not VALIDATOR.is_valid(document)


def test_missing_and_extra_fields():
    document = share_document()
    del document["learner"]
    assert "has no learner" in document_problem(document)
    assert "has a field 'name'" in document_problem(share_document(name="Alice"))
    assert not VALIDATOR.is_valid(share_document(name="Alice"))


# --- the hand-written checker and the JSON Schema agree ----------------------------------------

IDS = st.sampled_from(["00", "01", "02", "place_today", "x", "y", "why_there", "A_b9"])
KEYS = IDS | st.text(max_size=6)
SCALARS = (st.none() | st.booleans() | st.integers(-2 * 10**9, 2 * 10**9)
           | st.floats(allow_nan=False, allow_infinity=False, width=32) | st.text(max_size=8))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
                      max_leaves=12)
FIELDS = {
    "format": st.sampled_from(["mc-course-share", "mc-course-journal", ""]) | VALUES,
    "schema_version": st.sampled_from([1, 1.0, 2, 0, True, "1"]) | VALUES,
    "class_code": st.sampled_from(["SEM-A", "S1", "ab-c", "X" * 33, "SEM-A\n", "-AB"]) | VALUES,
    "learner": st.sampled_from(["0" * 32, "0" * 31, "0" * 32 + "\n", "G" * 32]) | VALUES,
    "created_at": st.sampled_from(["2026-11-30T10:00:00Z", "2026-11-30 10:00:00", "2026-11-30T24:00:00Z"]) | VALUES,
    "shared_reflections": st.lists(IDS | KEYS, max_size=3) | VALUES,
    "answers": st.dictionaries(KEYS, st.dictionaries(KEYS, VALUES, max_size=4) | VALUES, max_size=4) | VALUES,
}


@st.composite
def documents(draw):
    document = share_document()
    for name in draw(st.lists(st.sampled_from(sorted(FIELDS)), max_size=3, unique=True)):
        document[name] = draw(FIELDS[name])
    if draw(st.booleans()) and draw(st.booleans()):
        document.pop(draw(st.sampled_from(sorted(document))))
    if draw(st.integers(0, 9)) == 0:
        document[draw(KEYS)] = draw(VALUES)
    return document


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_the_fast_checker_agrees_with_the_json_schema(document):
    assert (document_problem(document) is None) == VALIDATOR.is_valid(document), document


@settings(max_examples=300, deadline=None)
@given(VALUES)
def test_any_json_value_gets_the_same_verdict(value):
    assert (document_problem(value) is None) == VALIDATOR.is_valid(value)


def test_boundaries_agree_exactly():
    for length in (schema.MAX_TEXT_CHARS, schema.MAX_TEXT_CHARS + 1):
        document = share_document(answers={"01": {"why_there": "é" * length}})
        assert (document_problem(document) is None) == VALIDATOR.is_valid(document) == (length <= schema.MAX_TEXT_CHARS)
    deep = 1
    for _ in range(schema.MAX_VALUE_DEPTH):
        deep = [deep]
    assert document_problem(share_document(answers={"01": {"x": deep}})) is None
    assert document_problem(share_document(answers={"01": {"x": [deep]}})) is not None
    assert not VALIDATOR.is_valid(share_document(answers={"01": {"x": [deep]}}))


def test_what_a_learner_shares_round_trips_through_json():
    document = share_document()
    assert parse_json(json.dumps(document).encode()) == document
