"""Taking a module apart (05): who does what, shared design or delivery, and what each arrangement needs."""
from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from course_helpers import data, unbundling as u

PARTS = u.parts_from_rows(data.load("module_parts").to_dict("records"))
PROVIDERS = u.providers_from_rows(data.load("providers").to_dict("records"))
RULES = u.need_rules_from_rows(data.load("arrangement_needs").to_dict("records"))
ALL_HOME = {p: "norvale" for p in u.PART_IDS}


def arrange(value):
    assignment, problems = u.normalise(value, PARTS, PROVIDERS)
    assert problems == []
    return assignment


def test_ids_in_code_match_the_data():
    assert tuple(p.id for p in PARTS) == u.PART_IDS
    assert tuple(PROVIDERS) == u.PROVIDER_IDS
    assert {p.kind for p in PROVIDERS.values()} == set(data.PROVIDER_KINDS)
    assert sum(p.kind == u.HOME_KIND for p in PROVIDERS.values()) == 1


def test_design_is_content_and_assessment_delivery_is_teaching_and_support():
    roles = {p.id: p.role for p in PARTS}
    assert roles == {"content": "design", "assessment": "design", "teaching": "delivery", "support": "delivery",
                     "credential": "award"}


def test_everything_at_home_is_bundled_and_needs_nothing_extra():
    assignment = arrange(ALL_HOME)
    arrangement = u.classify(assignment, PARTS, PROVIDERS)
    assert arrangement.kind == "neither"
    assert "Norvale University does every part, so the module is still bundled" in arrangement.explanation
    needs = u.needs(assignment, PARTS, PROVIDERS, RULES)
    assert [n.rule for n in needs] == ["none"]
    assert "Nothing beyond your university's usual processes" in needs[0].sentence


def test_shared_design_only_is_co_construction_not_co_delivery():
    assignment = arrange(dict(ALL_HOME, content=["norvale", "corrin"]))
    arrangement = u.classify(assignment, PARTS, PROVIDERS)
    assert (arrangement.co_construction, arrangement.co_delivery) == (True, False)
    assert arrangement.explanation.startswith("Co-construction without co-delivery: Norvale University and Corrin "
                                              "Energy share the design, but Norvale University alone delivers it.")
    rules = [n.rule for n in u.needs(assignment, PARTS, PROVIDERS, RULES)]
    assert rules == ["content_employer", "shared_design", "shared_design_qa"]


def test_shared_delivery_only_is_co_delivery_not_co_construction():
    assignment = arrange(dict(ALL_HOME, teaching=["norvale", "ostberg"]))
    arrangement = u.classify(assignment, PARTS, PROVIDERS)
    assert arrangement.kind == "co_delivery"
    assert "Co-delivery without co-construction: Norvale University alone designs the module" in arrangement.explanation
    assert [n.rule for n in u.needs(assignment, PARTS, PROVIDERS, RULES)] == [
        "teaching_partner", "shared_delivery", "shared_delivery_qa"]


def test_design_by_one_and_delivery_by_another_is_unbundled_but_shared_by_nobody():
    assignment = arrange({"content": "corrin", "assessment": "corrin", "teaching": "quillora",
                          "support": "quillora", "credential": "norvale"})
    arrangement = u.classify(assignment, PARTS, PROVIDERS)
    assert arrangement.kind == "neither"
    assert arrangement.explanation.startswith("Neither, although the module is unbundled")
    assert "Handing a job to someone else is not the same as sharing it" in arrangement.explanation
    assert "Corrin Energy designs the content" in arrangement.explanation


def test_both_shared_and_a_joint_credential():
    assignment = arrange({"content": ["norvale", "ostberg"], "assessment": "norvale", "teaching": "norvale",
                          "support": ["norvale", "quillora"], "credential": ["norvale", "ostberg"]})
    arrangement = u.classify(assignment, PARTS, PROVIDERS)
    assert arrangement.kind == "both"
    assert "The credential is issued jointly by Norvale University and Ostberg University." in arrangement.explanation
    needs = {n.need for n in u.needs(assignment, PARTS, PROVIDERS, RULES)}
    assert needs == {"agreement", "quality_assurance", "data_sharing", "recognition"}


def test_who_does_what_names_every_part_and_provider():
    assignment = arrange({"content": ["norvale", "corrin"], "credential": "ostberg"})
    lines = u.who_does_what(assignment, PARTS, PROVIDERS)
    assert lines[0] == "Content (design): Norvale University and Corrin Energy, jointly."
    assert "Teaching (delivery): no provider chosen yet." in lines
    assert lines[-1] == "Credential (award): Ostberg University."
    by = u.by_provider(assignment, PARTS, PROVIDERS)
    assert "Corrin Energy (an employer): designs the content." in by
    assert "Quillora (a platform): nothing in this arrangement." in by
    assert "Ostberg University (a partner university in an alliance): awards the credential." in by


def test_partial_arrangements_say_what_is_missing():
    arrangement = u.classify(arrange({"content": "norvale"}), PARTS, PROVIDERS)
    assert "Neither so far" in arrangement.explanation
    assert "Still without a provider: Assessment, Teaching, Learner support and Credential." in arrangement.explanation
    only_delivery = u.classify(arrange({"teaching": ["corrin", "quillora"]}), PARTS, PROVIDERS)
    assert "Nobody designs the module yet" in only_delivery.explanation
    assert u.classify({}, PARTS, PROVIDERS).explanation == u.strings.ARRANGEMENT_EMPTY


def test_every_part_and_outside_kind_has_a_rule_and_every_rule_can_fire():
    outside = [k for k in data.PROVIDER_KINDS if k != u.HOME_KIND]
    for part, kind in itertools.product(u.PART_IDS, outside):
        assert any(r.part == part and r.provider_kind == kind for r in RULES), (part, kind)
    fired = set()
    for part, provider in itertools.product(u.PART_IDS, u.PROVIDER_IDS):
        value = dict(ALL_HOME, **{part: ["norvale", provider] if provider != "norvale" else "norvale"})
        fired |= {n.rule for n in u.needs(arrange(value), PARTS, PROVIDERS, RULES)}
    assert {r.id for r in RULES} <= fired


@pytest.mark.parametrize("value, words", [
    ("content", "should pair each part with a provider, not 'content'"),
    (["content"], "not a list of 1"),
    ({"curriculum": "norvale"}, "'curriculum' is not one of the module's parts"),
    ({"content": "acme"}, "'acme' is not one of the providers"),
    ({"content": 7}, "should be a provider or a list of providers, not 7"),
    ({"content": {"a": 1}}, "not an object"),
    ({"content": ["norvale"] * 5}, "names 5 providers; at most 4"),
    ({"content": "<script>alert(1)</script>" * 50}, "a text of 1,250 characters"),
    ({1: "norvale"}, "1 is not one of the module's parts"),
])
def test_bad_assignments_are_explained_and_left_out(value, words):
    assignment, problems = u.normalise(value, PARTS, PROVIDERS)
    assert any(words in p for p in problems), problems
    assert all("\n" not in p for p in problems)
    assert "content" not in assignment


def test_repeats_within_a_part_count_once():
    assignment, problems = u.normalise({"content": ["corrin", "corrin", "norvale"]}, PARTS, PROVIDERS)
    assert assignment == {"content": ("corrin", "norvale")} and problems == []


JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                       lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                                   max_size=4), max_leaves=12)
VALID = st.dictionaries(st.sampled_from(u.PART_IDS),
                        st.sampled_from(u.PROVIDER_IDS) | st.lists(st.sampled_from(u.PROVIDER_IDS), min_size=1,
                                                                   max_size=4, unique=True))


@settings(max_examples=150, deadline=None)
@given(st.one_of(JSONISH, VALID, st.dictionaries(st.sampled_from(u.PART_IDS), JSONISH)))
def test_any_value_is_read_without_raising_and_every_sentence_is_one_line(value):
    assignment, problems = u.normalise(value, PARTS, PROVIDERS)
    arrangement = u.classify(assignment, PARTS, PROVIDERS)
    sentences = problems + u.who_does_what(assignment, PARTS, PROVIDERS) + [arrangement.explanation]
    sentences += [n.sentence for n in u.needs(assignment, PARTS, PROVIDERS, RULES)]
    assert all(s and "\n" not in s for s in sentences)


@settings(max_examples=200, deadline=None)
@given(VALID)
def test_co_construction_and_co_delivery_follow_the_roles_exactly(value):
    assignment = arrange(value)
    arrangement = u.classify(assignment, PARTS, PROVIDERS)
    designers = {p for part in ("content", "assessment") for p in assignment.get(part, ())}
    deliverers = {p for part in ("teaching", "support") for p in assignment.get(part, ())}
    assert arrangement.co_construction == (len(designers) > 1)
    assert arrangement.co_delivery == (len(deliverers) > 1)
    assert ("Co-construction" in arrangement.explanation) == arrangement.co_construction
    assert ("Co-delivery" in arrangement.explanation or "co-delivery" in arrangement.explanation) == (
        arrangement.co_delivery or arrangement.co_construction)
    needs = u.needs(assignment, PARTS, PROVIDERS, RULES)
    outside = {(part, PROVIDERS[p].kind) for part, chosen in assignment.items() for p in chosen
               if PROVIDERS[p].kind != u.HOME_KIND}
    expected = {r.id for r in RULES if (r.part, r.provider_kind) in outside}
    expected |= {r.id for r in RULES if r.arrangement == "co_construction" and arrangement.co_construction}
    expected |= {r.id for r in RULES if r.arrangement == "co_delivery" and arrangement.co_delivery}
    assert {n.rule for n in needs} - {"none"} == expected
