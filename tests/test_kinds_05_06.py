"""What a saved answer of notebooks 05 and 06 may hold, and the sentence for what it may not."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from course_helpers import course, ecology, kinds

ASSIGNMENT = course.Prompt("unbundled_module", "assignment", "Who takes each part?")
PATHWAY = course.Prompt("pathway", "pathway", "Your pathway")
CREDENTIALS = course.Prompt("my_credentials", "credentials", "Your credentials")
INTERFACES = course.Prompt("my_interfaces", "interfaces", "Links between them")
COUNT = course.Prompt("choice_settings", "choice_count", "Catalogue size and pathway length")
CRED = {"id": "c1", "name": "BSc Biology", "size": 180, "unit": "ECTS", "level": 6, "kind": "degree", "when": "past"}
LINK = {"from": "c1", "to": "c2", "kind": "gives_entry_to"}


@pytest.mark.parametrize("prompt, value", [
    (ASSIGNMENT, {}), (ASSIGNMENT, {"content": "norvale", "teaching": ["norvale", "corrin"], "support": None}),
    (PATHWAY, []), (PATHWAY, ["NV-DATA", "NV-DATA", "GONE-1"]),
    (CREDENTIALS, []), (CREDENTIALS, [CRED, dict(CRED, id="c2", level=None, size=12, unit="hours")]),
    (INTERFACES, []), (INTERFACES, [LINK, dict(LINK, kind="rpl")]),
    (COUNT, {"catalogue_size": 50_000, "length": 5}), (COUNT, {"catalogue_size": 3, "length": 5}),
    (ASSIGNMENT, None), (PATHWAY, None), (CREDENTIALS, None), (INTERFACES, None), (COUNT, None),
], ids=repr)
def test_values_the_notebooks_store_fit(prompt, value):
    assert kinds.value_problem(prompt, value) is None


@pytest.mark.parametrize("prompt, value, words", [
    (ASSIGNMENT, ["content"], "pair parts of the module with providers, not a list of 1"),
    (ASSIGNMENT, {"curriculum": "norvale"}, "'curriculum' is not a part of the module"),
    (ASSIGNMENT, {"content": "acme"}, "the providers of content should be up to four different ones"),
    (ASSIGNMENT, {"content": ["corrin", "corrin"]}, "up to four different ones"),
    (ASSIGNMENT, {"content": ["norvale"] * 5}, "up to four different ones"),
    (ASSIGNMENT, {"content": 3}, "not 3"),
    (PATHWAY, "NV-DATA", "a list of module ids, not 'NV-DATA'"),
    (PATHWAY, ["NV-DATA", 7], "entry 2 should be a module id of 1 to 40 characters, not 7"),
    (PATHWAY, [""], "entry 1 should be a module id"),
    (PATHWAY, ["x" * 41], "a text of 41 characters"),
    (PATHWAY, ["NV-DATA"] * 61, "it lists 61 modules; a pathway holds at most 60"),
    (CREDENTIALS, [dict(CRED, level=12)], "it holds a credential that cannot be shown: Credential 1 (BSc Biology): "
                                          "The level should be an EQF level from 1 to 8, or unknown, not 12"),
    (CREDENTIALS, [dict(CRED, size=-4)], "more than 0, not -4"),
    (CREDENTIALS, [dict(CRED, name="")], "Give the credential a name"),
    (CREDENTIALS, [CRED, CRED], "Two credentials share the id c1"),
    (CREDENTIALS, {"c1": CRED}, "Your credentials should be a list, not an object"),
    (CREDENTIALS, [CRED] * 41, "the map holds at most 40"),
    (INTERFACES, {"from": "c1"}, "Your links should be a list, not an object"),
    (INTERFACES, [dict(LINK, to="c1")], "Link 1: c1 cannot link to itself"),
    (INTERFACES, [LINK, LINK], "Link 2: the same link is there twice"),
    (INTERFACES, [dict(LINK, kind="friends")], "not 'friends'"),
    (INTERFACES, [dict(LINK, to="y" * 41)], "longer than 40 characters"),
    (INTERFACES, [LINK] * 121, "the map holds at most 120"),
    (COUNT, {"catalogue_size": 0, "length": 5}, "settings that do not fit: The catalogue size should be"),
    (COUNT, {"catalogue_size": 10, "length": 99}, "The pathway length should be a whole number from 1 to 50"),
    (COUNT, {"size": 10}, "a catalogue size and a pathway length, not an object"),
])
def test_values_that_do_not_fit_get_one_sentence(prompt, value, words):
    problem = kinds.value_problem(prompt, value)
    assert problem is not None and words in problem, problem
    assert "\n" not in problem and len(problem) < 300


JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
                       lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner,
                                                                                   max_size=5), max_leaves=20)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([ASSIGNMENT, PATHWAY, CREDENTIALS, INTERFACES, COUNT]), JSONISH)
def test_any_json_value_gets_a_verdict_never_an_exception(prompt, value):
    problem = kinds.value_problem(prompt, value)
    assert problem is None or (problem and "\n" not in problem)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.fixed_dictionaries({
    "name": st.text(min_size=1, max_size=30).filter(lambda s: s.strip() and s.isprintable()),
    "size": st.floats(0.5, 500), "unit": st.sampled_from(ecology.UNITS),
    "level": st.none() | st.integers(1, 8), "kind": st.sampled_from(ecology.KINDS),
    "when": st.sampled_from(ecology.WHEN)}), max_size=8))
def test_credentials_the_editor_accepts_are_values_the_journal_accepts(raws):
    kept = []
    for raw in raws:
        credential, problems = ecology.validate_credential(raw, ecology.next_id(kept))
        if credential is not None:
            kept.append(credential)
    assert kinds.value_problem(CREDENTIALS, [c.as_value() for c in kept]) is None


def test_the_new_kinds_are_registered():
    assert {"assignment", "pathway", "credentials", "interfaces", "choice_count"} <= kinds.known_kinds()
