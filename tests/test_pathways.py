"""Rebundling (05): a pathway checked against an award's stacking rules, including impossible and hostile ones.

The property-based tests compare :func:`pathways.check` with a plain reference
reading of each rule, on generated catalogues (prerequisite loops included)
and generated pathways (unknown, repeated and non-text ids included).
"""
from __future__ import annotations

import math
import time

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from course_helpers import data, pathways as p
from course_helpers.text import escape, plain_name

CATALOGUE = p.modules_from_rows(data.load("microcredential_catalogue").to_dict("records"),
                                data.load("providers").to_dict("records"))
AWARDS = p.awards_from_rows(data.load("awards").to_dict("records"))
PGCERT = AWARDS["pgcert-data-sustainability"]
PRO = AWARDS["award-energy-data"]
GOOD = ["NV-DATA", "NV-CARB", "NV-STAT", "NV-RES", "NV-PROJ"]


def rules(findings):
    return [f.rule for f in findings]


# ------------------------------------------------------------------ the real catalogue and awards

def test_the_catalogue_is_fictional_realistic_and_consistent():
    assert 20 <= len(CATALOGUE) <= 30
    assert {m.stacking for m in CATALOGUE.values()} == {"home", "partner", "external"}
    assert any(m.ects == 0 for m in CATALOGUE.values()), "some micro-credentials carry no credit"
    for module in CATALOGUE.values():
        assert all(q in CATALOGUE and q != module.id for q in module.prerequisites)
        assert (module.level is None) == (module.ects == 0)
    for award in AWARDS.values():
        assert "degree" not in award.title.lower() and "not a degree" in award.kind
        assert all(r in CATALOGUE for r in award.required)


def test_the_catalogue_has_no_prerequisite_loop():
    for module in CATALOGUE:
        assert "prerequisite_cycle" not in rules(p.check([module], CATALOGUE, PGCERT))


def test_a_complete_pathway_meets_every_rule():
    assert p.check(GOOD, CATALOGUE, PGCERT) == []
    assert p.is_complete(GOOD, CATALOGUE, PGCERT)
    summary = p.summarise(GOOD, CATALOGUE)
    assert (summary.total_ects, summary.home_ects, summary.external_share) == (30, 30, 0)
    assert p.describe_summary(summary) == ("5 modules (30 ECTS): 30 ECTS from your university, 0 from alliance "
                                           "partners and 0 from outside providers (0% of the credit). "
                                           "EQF levels: EQF 6: 5 ECTS, EQF 7: 25 ECTS.")


def test_both_awards_can_be_completed_and_the_smaller_one_is_not_a_degree():
    assert p.is_complete(["CE-SAFE", "CE-GRID", "QL-VIS", "NV-WRIT"], CATALOGUE, PRO)
    assert "not a degree" in PRO.kind


def test_every_broken_rule_is_explained_naming_the_module():
    pathway = ["NV-PROJ", "NV-CARB", "NV-CARB", "CE-SAFE", "QL-VIS", "QL-SQL", "QL-ESG", "CE-METER", "XX-1", 3, None]
    found = {}
    for finding in p.check(pathway, CATALOGUE, PGCERT):
        found.setdefault(finding.rule, finding)  # the first of each rule
    assert found["unknown_module"].message == "XX-1 is not in the catalogue: check the id, or remove it."
    assert found["not_an_id"].message == "Entry 10 of your pathway (3) is not a module id: remove it."
    assert found["repeated"].message.startswith("NV-CARB (Carbon accounting with data) appears twice")
    assert "NV-PROJ (Applied sustainability project) needs NV-CARB" in found["prerequisite_order"].message
    assert "move NV-CARB before NV-PROJ" in found["prerequisite_order"].message
    assert "add NV-RES before NV-PROJ" in found["prerequisite_missing"].message
    assert "CE-SAFE (Health and safety at energy sites) is at EQF level 5" in found["level_range"].message
    assert "at most 10 ECTS from outside providers; your pathway has 12" in found["external_cap"].message
    assert found["external_cap"].modules == ("CE-SAFE", "QL-VIS", "QL-SQL", "QL-ESG")
    assert found["credit_low"].status == "to_do" and "3 more to go" in found["credit_low"].message
    assert found["no_credit"].status == "note" and "carries no ECTS credit" in found["no_credit"].message
    statuses = [f.status for f in p.check(pathway, CATALOGUE, PGCERT)]
    assert statuses == sorted(statuses, key=p.STATUS_ORDER.index)


def test_too_much_credit_names_the_module_that_passes_the_limit():
    pathway = GOOD + ["NV-POL", "NV-GIS", "OS-CIRC"]
    found = p.check(pathway, CATALOGUE, PGCERT)
    assert rules(found) == ["credit_high"]
    assert found[0].modules == ("OS-CIRC",)
    assert "45 ECTS, more than the 40" in found[0].message and "at least 5 ECTS" in found[0].message


def test_required_module_and_credit_at_the_award_level():
    found = {f.rule: f for f in p.check(["NV-DATA", "NV-STAT", "NV-POL", "NV-ETH", "NV-WRIT", "OS-PY", "OS-COMM",
                                         "QL-VIS"], CATALOGUE, PGCERT)}
    assert "requires NV-CARB (Carbon accounting with data)" in found["required_module"].message
    assert "needs at least 20 ECTS at EQF level 7; your pathway has 12.5" in found["level_credit"].message
    assert found["level_credit"].modules == ("NV-STAT", "NV-POL", "NV-ETH")


def test_not_a_list_and_empty():
    for value in ("NV-DATA", {"NV-DATA": 1}, 42, b"NV", 3.5, True):
        assert rules(p.check(value, CATALOGUE, PGCERT)) == ["not_a_list"]
    assert "empty" in rules(p.check([], CATALOGUE, PGCERT))
    assert "empty" in rules(p.check(None, CATALOGUE, PGCERT))
    assert not p.is_complete([], CATALOGUE, PGCERT)


# ------------------------------------------------------------------ hostile input

HOSTILE_TITLE = '<img src=x onerror=alert(1)>\u202eevil\u202c' + "x" * 5000


def hostile_catalogue():
    catalogue = dict(CATALOGUE)
    catalogue["EVIL"] = p.Module("EVIL", HOSTILE_TITLE, 5, 5, "corrin", "external", ("NV-DATA", "GHOST"))
    catalogue["LOOP-A"] = p.Module("LOOP-A", "A", 5, 7, "norvale", "home", ("LOOP-B",))
    catalogue["LOOP-B"] = p.Module("LOOP-B", "B", 5, 7, "norvale", "home", ("LOOP-C",))
    catalogue["LOOP-C"] = p.Module("LOOP-C", "C", 5, 7, "norvale", "home", ("LOOP-A",))
    catalogue["SELF"] = p.Module("SELF", "S", 5, 7, "norvale", "home", ("SELF",))
    return catalogue


def test_markup_and_bidi_in_titles_stay_text_one_line_and_short():
    found = p.check(["EVIL"], hostile_catalogue(), PGCERT)
    evil = [f for f in found if "EVIL" in f.modules]
    assert evil and all("\u202e" not in f.message and "\n" not in f.message for f in found)
    assert all(len(f.message) < 600 for f in found)
    assert any("<img src=x" in f.message for f in evil)  # kept as text: the display escapes it
    assert all("<img" not in escape(f.message) for f in evil)
    assert any("GHOST" in f.message and f.rule == "prerequisite_unknown" for f in found)


def test_prerequisite_loops_are_reported_once_and_not_as_order_advice():
    catalogue = hostile_catalogue()
    found = p.check(["LOOP-A", "LOOP-B", "LOOP-C", "SELF"], catalogue, PGCERT)
    loops = [f for f in found if f.rule == "prerequisite_cycle"]
    assert sorted(f.modules for f in loops) == [("LOOP-A", "LOOP-B", "LOOP-C"), ("SELF",)]
    assert "a loop in the catalogue" in loops[0].message
    assert not {"prerequisite_order", "prerequisite_missing"} & set(rules(found))
    # A loop only reached through prerequisites is still found.
    catalogue["TOP"] = p.Module("TOP", "T", 5, 7, "norvale", "home", ("LOOP-A",))
    found = p.check(["TOP"], catalogue, PGCERT)
    assert "prerequisite_cycle" in rules(found) and "prerequisite_missing" in rules(found)


def test_a_prerequisite_chain_of_thousands_needs_no_recursion():
    n = 20_000
    chain = {f"M{i}": p.Module(f"M{i}", f"Module {i}", 1, 7, "norvale", "home", (f"M{i + 1}",) if i < n - 1 else ())
             for i in range(n)}
    chain[f"M{n - 1}"] = p.Module(f"M{n - 1}", "last", 1, 7, "norvale", "home", ("M0",))  # one huge loop
    found = p.check(["M0"], chain, PGCERT)
    loop = [f for f in found if f.rule == "prerequisite_cycle"]
    assert len(loop) == 1 and len(loop[0].modules) == n and "more" in loop[0].message


def test_thousands_of_entries_give_a_bounded_list_of_findings_quickly():
    pathway = [f"FAKE-{i}" for i in range(10_000)] + ["NV-DATA"] * 5_000 + list(range(3_000))
    start = time.perf_counter()
    found = p.check(pathway, CATALOGUE, PGCERT)
    assert time.perf_counter() - start < 2.0
    per_rule = {}
    for f in found:
        per_rule[f.rule] = per_rule.get(f.rule, 0) + 1
    assert per_rule["unknown_module"] == p.MAX_FINDINGS_PER_RULE + 1
    assert per_rule["not_an_id"] == p.MAX_FINDINGS_PER_RULE + 1
    assert any("…and 9,990 more entries break the same rule (not in the catalogue)" in f.message for f in found)
    assert any("appears 5,000 times" in f.message for f in found)


@pytest.mark.parametrize("entry", ["", " ", "\x00", "\ud800", "a" * 100_000, "<b>NV-DATA</b>", "NV-DATA\u202e"])
def test_odd_ids_are_unknown_modules_with_a_short_sentence(entry):
    found = p.check([entry], CATALOGUE, PGCERT)
    unknown = [f for f in found if f.rule == "unknown_module"]
    assert len(unknown) == 1 and len(unknown[0].message) < 120
    assert "\x00" not in unknown[0].message and "\ud800" not in unknown[0].message


@pytest.mark.parametrize("entry", [[1, 2], {"id": "NV-DATA"}, 1.5, float("nan"), True, b"NV-DATA"])
def test_entries_that_are_not_text_are_not_ids(entry):
    assert rules(p.check([entry, "NV-DATA"], CATALOGUE, PGCERT))[0] == "not_an_id"


# ------------------------------------------------------------------ properties

TITLES = st.sampled_from(["Data", "", "<b>bold</b> & co", "\u202eevil", "x" * 300]) | st.text(max_size=12)


@st.composite
def catalogues(draw, max_size=12):
    n = draw(st.integers(1, max_size))
    ids = [f"M{i}" for i in range(n)]
    modules = {}
    for i, mid in enumerate(ids):
        ects = draw(st.sampled_from([0, 1, 2.5, 5, 10]))
        level = None if ects == 0 else draw(st.one_of(st.none(), st.integers(4, 8)))
        prereqs = tuple(draw(st.lists(st.sampled_from(ids + ["GHOST"]), max_size=3, unique=True)))
        stacking = draw(st.sampled_from(["home", "partner", "external"]))
        modules[mid] = p.Module(mid, draw(TITLES), ects, level, "x", stacking, prereqs)
    return modules


@st.composite
def awards(draw):
    low = draw(st.integers(0, 40))
    lo_level = draw(st.integers(4, 8))
    return p.Award("a", draw(st.text(min_size=1, max_size=30)), draw(st.integers(4, 8)), low,
                   low + draw(st.integers(0, 30)), lo_level, draw(st.integers(lo_level, 8)),
                   draw(st.integers(0, 30)), draw(st.integers(0, 30)),
                   tuple(draw(st.lists(st.sampled_from(["M0", "M1", "M2"]), max_size=2, unique=True))))


def pathways_for(catalogue, hostile=True):
    ids = st.sampled_from(sorted(catalogue))
    entry = st.one_of(ids, st.text(max_size=8), st.integers(), st.none(), st.floats()) if hostile else ids
    return st.lists(entry, max_size=16)


def reference_problems(pathway, catalogue, award):
    """Each rule read the simplest way, to compare with check()."""
    problems = set()
    texts = [e for e in pathway if isinstance(e, str)]
    if len(texts) != len(pathway):
        problems.add("not_an_id")
    if any(e not in catalogue for e in texts):
        problems.add("unknown_module")
    known = [e for e in texts if e in catalogue]
    if len(set(known)) != len(known):
        problems.add("repeated")
    first = list(dict.fromkeys(known))
    modules = [catalogue[i] for i in first]
    for index, m in enumerate(modules):
        for q in m.prerequisites:
            if q not in catalogue:
                problems.add("prerequisite_unknown")
            elif q not in first[:index]:
                problems.add("prerequisite_order_or_loop")
        if m.ects > 0 and (m.level is None or not award.min_module_level <= m.level <= award.max_module_level):
            problems.add("level")
    total = math.fsum(m.ects for m in modules)
    if not award.min_ects <= total <= award.max_ects:
        problems.add("credit")
    if math.fsum(m.ects for m in modules if m.level == award.award_level) < award.min_ects_at_award_level:
        problems.add("level_credit")
    if math.fsum(m.ects for m in modules if m.stacking == "external") > award.max_external_ects:
        problems.add("external_cap")
    if any(r not in first for r in award.required):
        problems.add("required_module")
    if not pathway:
        problems.add("empty")
    return problems


GROUPS = {"prerequisite_order": "prerequisite_order_or_loop", "prerequisite_missing": "prerequisite_order_or_loop",
          "prerequisite_cycle": "prerequisite_order_or_loop", "level_range": "level", "no_level": "level",
          "credit_low": "credit", "credit_high": "credit"}


@settings(max_examples=250, deadline=None)
@given(st.data())
def test_check_agrees_with_a_plain_reading_of_every_rule(draw):
    catalogue = draw.draw(catalogues())
    award = draw.draw(awards())
    pathway = draw.draw(pathways_for(catalogue))
    found = p.check(pathway, catalogue, award)
    got = {GROUPS.get(f.rule, f.rule) for f in found if f.status != "note"}
    assert got == reference_problems(pathway, catalogue, award)
    assert p.is_complete(pathway, catalogue, award) == (not got)
    for finding in found:
        assert finding.message and "\n" not in finding.message
        for module in finding.modules[:6]:
            assert plain_name(module, 40) in finding.message


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_rules_other_than_prerequisites_do_not_depend_on_order(draw):
    catalogue = draw.draw(catalogues())
    award = draw.draw(awards())
    pathway = draw.draw(pathways_for(catalogue, hostile=False))
    shuffled = draw.draw(st.permutations(pathway))
    order_free = {"repeated", "level_range", "no_level", "level_credit", "external_cap", "required_module",
                  "credit_low", "no_credit", "unknown_module"}

    def seen(path):  # modules are named in the learner's order, so compare them as sets
        return sorted((f.rule, tuple(sorted(f.modules))) for f in p.check(path, catalogue, award)
                      if f.rule in order_free)
    assert seen(pathway) == seen(list(shuffled))
    before, after = p.summarise(pathway, catalogue), p.summarise(list(shuffled), catalogue)
    assert math.isclose(before.total_ects, after.total_ects) and set(before.modules) == set(after.modules)


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_taking_a_module_again_only_adds_a_repeat(draw):
    catalogue = draw.draw(catalogues())
    award = draw.draw(awards())
    pathway = draw.draw(pathways_for(catalogue, hostile=False))
    assume(pathway)
    again = pathway + [draw.draw(st.sampled_from(pathway))]
    before = {(f.rule, f.modules, f.message) for f in p.check(pathway, catalogue, award)}
    after = {(f.rule, f.modules, f.message) for f in p.check(again, catalogue, award)}
    assert {r for r, _, _ in after - before} <= {"repeated"}
    assert {r for r, _, _ in before - after} <= {"repeated"}


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_a_complete_pathway_really_keeps_every_rule(draw):
    catalogue = draw.draw(catalogues())
    award = draw.draw(awards())
    pathway = draw.draw(pathways_for(catalogue, hostile=False))
    if not p.is_complete(pathway, catalogue, award):
        return
    modules = [catalogue[i] for i in pathway]
    assert len(set(pathway)) == len(pathway)
    assert award.min_ects <= sum(m.ects for m in modules) <= award.max_ects
    assert sum(m.ects for m in modules if m.stacking == "external") <= award.max_external_ects
    for index, module in enumerate(modules):
        assert set(module.prerequisites) <= set(pathway[:index])


def reaches(catalogue, start, goal):
    """Whether ``goal`` can be reached from ``start`` through prerequisites (a plain search)."""
    seen, todo = set(), [start]
    while todo:
        node = todo.pop()
        for q in catalogue[node].prerequisites:
            if q == goal:
                return True
            if q in catalogue and q not in seen:
                seen.add(q)
                todo.append(q)
    return False


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_prerequisite_and_level_findings_match_module_by_module(draw):
    catalogue = draw.draw(catalogues(max_size=10))
    award = draw.draw(awards())
    pathway = draw.draw(st.lists(st.sampled_from(sorted(catalogue)), max_size=8))
    first = list(dict.fromkeys(pathway))
    expected, loop_members = set(), set()
    for index, mid in enumerate(first):
        for q in catalogue[mid].prerequisites:
            if q not in catalogue:
                expected.add(("prerequisite_unknown", (mid, q)))
            elif reaches(catalogue, q, mid):
                loop_members |= {mid, q}
            elif q not in first:
                expected.add(("prerequisite_missing", (mid, q)))
            elif q not in first[:index]:
                expected.add(("prerequisite_order", (mid, q)))
        m = catalogue[mid]
        if m.ects > 0 and m.level is None:
            expected.add(("no_level", (mid,)))
        elif m.ects > 0 and not award.min_module_level <= m.level <= award.max_module_level:
            expected.add(("level_range", (mid,)))
    found = p.check(pathway, catalogue, award)
    assume(all(f.modules for f in found if f.rule in {r for r, _ in expected}))  # nothing cut by the cap
    got = {(f.rule, f.modules) for f in found if f.rule in {"prerequisite_unknown", "prerequisite_missing",
                                                           "prerequisite_order", "no_level", "level_range"}}
    assert got == expected
    in_loops = {m for f in found if f.rule == "prerequisite_cycle" for m in f.modules}
    assert loop_members <= in_loops


def test_the_verdict_counts_rules_not_findings():
    assert p.verdict(p.check(GOOD, CATALOGUE, PGCERT), PGCERT) == (
        "This pathway meets every stacking rule of Postgraduate Certificate in Applied Data for Sustainability.")
    found = p.check(["CE-METER"], CATALOGUE, PGCERT)
    assert p.verdict(found, PGCERT).endswith(": none broken, 3 rules still to do.")
    found = p.check(["X1", "X2", "NV-CARB"], CATALOGUE, PGCERT)
    assert p.verdict(found, PGCERT).endswith(": 2 rules broken, 2 rules still to do.")
