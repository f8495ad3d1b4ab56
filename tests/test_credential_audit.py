"""The audit of notebook 07: Annex I data, every check, hostile input, outcome verbs and sizes."""
from __future__ import annotations

import pytest
from hypothesis import given, settings

from course_helpers import data, outcomes
from course_helpers.credential_audit import Audit, audit, element_rows, example
from course_helpers.credential_sizes import size_fit
from course_helpers.credentials import NOT_APPLICABLE, MicroCredential, from_json, with_values
from credential_cases import HOSTILE_FORMS, markup_everywhere, stored_forms

# Annex I of Council Recommendation 2022/C 243/02, in the Annex's order (content plan, section 07).
ANNEX_I_MANDATORY = (
    "Identification of the learner",
    "Title of the micro-credential",
    "Country(ies)/Region(s) of the issuer",
    "Awarding body(ies)",
    "Date of issuing",
    "Learning outcomes",
    "Notional workload needed to achieve the learning outcomes (in ECTS, wherever possible)",
    "Level (and cycle, if applicable) of the learning experience leading to the micro-credential (EQF, QF-EHEA), "
    "if applicable",
    "Type of assessment",
    "Form of participation in the learning activity",
    "Type of quality assurance used to underpin the micro-credential",
)
ANNEX_I_OPTIONAL = ("Prerequisites needed to enrol in the learning activity",
                    "Supervision and identity verification during assessment", "Grade achieved",
                    "Integration/stackability options", "Further information")
ANNEX_II = ("Quality", "Transparency", "Relevance", "Valid assessment", "Learning pathways", "Recognition",
            "Portable", "Learner-centred", "Authentic", "Information and guidance")

ELEMENT_IDS = [f"E{n:02d}" for n in range(1, 12)] + [f"O{n:02d}" for n in range(1, 6)]
SHORT_NAMES = {row["id"]: row["short_name"] for row in element_rows()}
COMPLETE = example("data-ethics")


def by(result: Audit, element_id: str, level: str | None = None) -> list:
    return [f for f in result.findings if f.element_id == element_id and (level is None or f.level == level)]


# --- the data ------------------------------------------------------------------------------------

def test_elements_match_annex_i_in_names_and_order():
    rows = element_rows()
    assert tuple(r["element"] for r in rows if r["status"] == "mandatory") == ANNEX_I_MANDATORY
    assert tuple(r["element"] for r in rows if r["status"] == "optional") == ANNEX_I_OPTIONAL
    assert [r["id"] for r in rows] == ELEMENT_IDS
    assert [r["order"] for r in rows] == list(range(1, 12)) + list(range(1, 6))


def test_principles_match_annex_ii_and_descriptions_are_marked_as_ours():
    table = data.load("eu_principles")
    assert tuple(table["principle"]) == ANNEX_II
    assert set(table["name_verification"]) == {"verified"} and set(table["verification"]) == {"partly"}


def test_every_element_is_linked_to_a_principle_and_readings_are_labelled():
    links = data.load("element_principles")
    assert set(links["element_id"]) == set(ELEMENT_IDS)
    ours = links[links["source"] == "companion-authors"]
    assert set(ours["verification"]) == {"interpretation"}


def test_the_recommendation_is_dated_and_called_a_recommendation():
    sources = data.load("sources").set_index("id")
    note = sources.loc["eu-council-2022-microcredentials", "note"]
    assert "after the course ran" in note and "does not bind" in note
    assert set(data.load("eu_definition")["adopted"]) == {"2022-06-16"}


# --- presence -----------------------------------------------------------------------------------

def test_a_complete_example_has_all_eleven_mandatory_elements():
    result = audit(COMPLETE)
    assert result.present == tuple(ELEMENT_IDS[:11]) and result.missing == ()
    assert not [f for f in result.findings if f.level == "gap"]


def test_an_empty_form_lists_every_mandatory_gap_in_annex_order_each_naming_its_element():
    result = audit(MicroCredential())
    gaps = [f for f in result.findings if f.level == "gap"]
    assert [f.element_id for f in gaps] == ELEMENT_IDS[:11]
    assert result.missing == tuple(ELEMENT_IDS[:11])
    for finding in gaps:
        assert finding.sentence.startswith(SHORT_NAMES[finding.element_id])
        assert finding.principles, finding.element_id
        assert all(f"({link.id})" in finding.sentence for link in finding.principles)
    assert "11 of the 11" not in result.summary() and "0 of the 11" in result.summary()


def test_optional_elements_are_advice_not_gaps():
    result = audit(with_values(COMPLETE, grade=""))
    assert [f.level for f in by(result, "O03")] == ["advice"]
    assert "optional" in by(result, "O03")[0].sentence


def test_principle_links_that_are_our_reading_say_so():
    finding = by(audit(with_values(COMPLETE, assessment="")), "E09", "gap")[0]
    assert {link.id for link in finding.principles} == {"P04", "P02"}
    assert "companion authors' reading" in finding.sentence
    sourced = by(audit(with_values(COMPLETE, quality_assurance="")), "E11", "gap")[0]
    assert "Quality (P01)" in sourced.sentence and "reading" not in sourced.sentence


# --- workload --------------------------------------------------------------------------------------

@pytest.mark.parametrize("ects, hours, level, words", [
    (5, 130, "ok", "agree"),
    (5, 125, "ok", "agree"), (5, 150, "ok", "agree"),
    (5, 40, "problem", "would mean 125–150 hours"),
    (5, 151, "problem", "30.2 hours a credit"),
    (5, None, "ok", "about 125–150 hours"),
    (None, 100, "advice", "no ECTS"),
    (0, None, "problem", "0 ECTS is not a workload"),
    (None, -40, "problem", "-40 hours is not a workload"),
    (10_000, None, "advice", "more than a full-time academic year of 60 ECTS"),
    (None, 50_000, "advice", "more than a full-time academic year"),
], ids=repr)
def test_workload_against_ects_at_25_to_30_hours_a_credit(ects, hours, level, words):
    result = audit(with_values(COMPLETE, ects=ects, hours=hours))
    found = [f for f in by(result, "E07") if words in f.sentence]
    assert found and found[0].level == level, by(result, "E07")
    assert all(f.sentence.startswith("Notional workload") for f in by(result, "E07"))


def test_absurd_workloads_never_say_annex_i_sets_a_size():
    for finding in by(audit(with_values(COMPLETE, ects=10_000, hours=None)), "E07"):
        assert "Annex I itself sets no size" in finding.sentence or "ECTS" in finding.sentence


# --- level -------------------------------------------------------------------------------------

@pytest.mark.parametrize("level, verdict, words", [
    (6, "ok", "EQF level 6"), (1, "ok", "EQF level 1"), (8, "ok", "EQF level 8"),
    (NOT_APPLICABLE, "ok", "which Annex I allows"),
    (0, "problem", "0 is not an EQF level"), (9, "problem", "9 is not an EQF level"),
    (-3, "problem", "-3 is not an EQF level"), ("first cycle", "problem", "'first cycle' is not an EQF level"),
    (None, "gap", "only where one applies"),
], ids=repr)
def test_level_is_one_to_eight_or_not_applicable(level, verdict, words):
    result = audit(with_values(COMPLETE, level=level))
    findings = by(result, "E08")
    assert [f.level for f in findings] == [verdict] and words in findings[0].sentence
    assert ("E08" in result.present) == (level is not None)


# --- learning outcomes -------------------------------------------------------------------------------

@pytest.mark.parametrize("statement, verdict, verb", [
    ("Evaluate the bias risks of a data set", "assessable", "evaluate"),
    ("Learners will be able to design a survey", "assessable", "design"),
    ("By the end of the course, you will be able to compare two frameworks", "assessable", "compare"),
    ("On completion of this course learners can analyse logs", "assessable", "analyse"),
    ("After the module, students should be able to understand logs", "vague", "understand"),
    ("- Evaluates sources critically", "assessable", "evaluate"),
    ("Understand the GDPR", "vague", "understand"),
    ("Students will understand ethics", "vague", "understand"),
    ("Know the main attacks", "vague", "know"),
    ("Appreciate diversity", "vague", "appreciate"),
    ("Be aware of the risks", "vague", "be aware of"),
    ("Be familiar with cloud tools", "vague", "be familiar with"),
    ("Demonstrate an understanding of statistics", "vague", "demonstrate an understanding of"),
    ("Knowledge of statistics", "unclear", "knowledge"),
    ("<script>alert(1)</script>", "unclear", ""),
    ("   ", "empty", ""),
], ids=repr)
def test_outcome_verbs(statement, verdict, verb):
    result = outcomes.check(statement)
    assert (result.verdict, result.verb) == (verdict, verb)
    assert (result.suggestion != "") == (verdict == "vague")


def test_each_vague_outcome_is_named_with_a_suggestion():
    result = audit(with_values(COMPLETE, learning_outcomes=["Understand X", "Know Y", "Evaluate Z"]))
    problems = by(result, "E06", "problem")
    assert len(problems) == 2
    assert "'Understand X' starts with 'understand'" in problems[0].sentence and "explain" in problems[0].sentence
    assert "1 of 3" in by(result, "E06", "advice")[0].sentence


def test_assessable_outcomes_give_one_ok_line():
    result = audit(with_values(COMPLETE, learning_outcomes=["Evaluate Z", "Apply Y"]))
    assert [f.level for f in by(result, "E06")] == ["ok"]


def test_many_outcomes_are_capped_and_repeats_reported_once():
    result = audit(with_values(COMPLETE, learning_outcomes=["understand it"] * 10_000))
    assert len(by(result, "E06", "problem")) == 1
    assert any("only the first 30" in f.sentence for f in by(result, "E06"))


# --- hostile input -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", HOSTILE_FORMS)
def test_hostile_forms_become_findings_never_exceptions(name):
    result = audit(HOSTILE_FORMS[name])
    assert result.findings and len(result.sizes) == len(data.load("credential_frameworks"))
    for finding in result.findings:
        assert finding.element_id in ELEMENT_IDS or finding.element_id == ""
        assert finding.sentence.startswith(finding.element)
        assert len(finding.sentence) < 900


def test_a_megabyte_title_is_reported_and_not_quoted_whole():
    result = audit(HOSTILE_FORMS["a megabyte title"])
    [finding] = [f for f in by(result, "E02") if f.level == "advice"]
    assert "1,048,576 characters" in finding.sentence and len(finding.sentence) < 200


def test_wrong_types_are_problems_naming_the_element():
    result = audit(HOSTILE_FORMS["wrong types"])
    problems = {f.element_id for f in result.findings if f.level == "problem" and "saved value" in f.sentence}
    assert {"E01", "E02", "E06", "E07", "E08"} <= problems
    assert from_json(HOSTILE_FORMS["wrong types"]).credential.country == "7"  # a number reads as its text


def test_markup_is_quoted_as_text_in_findings():
    result = audit(markup_everywhere())
    assert any("<script>alert(1)</script>" in f.sentence for f in result.findings)


def test_supervision_outside_the_annex_options_gets_advice():
    assert not by(audit(COMPLETE), "O02")
    finding = by(audit(with_values(COMPLETE, supervision="a friend watched")), "O02")[0]
    assert finding.level == "advice" and "supervised online or onsite with identity verification" in finding.sentence


def test_a_date_that_is_no_date_is_a_problem():
    assert by(audit(HOSTILE_FORMS["a date that is no date"]), "E05", "problem")
    assert not by(audit(COMPLETE), "E05")


@settings(max_examples=60, deadline=None)
@given(stored_forms)
def test_any_stored_form_audits_without_raising(form):
    result = audit(form)
    assert len(result.present) + len(result.missing) == 11


# --- size against the frameworks ----------------------------------------------------------------------

def verdicts(credential) -> dict[str, str]:
    return {s.framework_id: s.verdict for s in audit(credential).sizes}


def test_sizes_of_the_complete_example():
    assert verdicts(COMPLETE) == {"eu-2022": "no size", "nzqa": "fits", "au-nmf": "fits", "cmf": "fits",
                                  "microhe-skill": "would not fit", "microhe-module": "fits",
                                  "microhe-slp": "fits", "unesco-2022": "no size"}


def test_size_sentences_say_why_and_never_judge_eu_compliance():
    sizes = {s.framework_id: s for s in audit(with_values(COMPLETE, hours=20, ects=None)).sizes}
    assert "would not fit, because it is smaller than the minimum of 100 hours" in sizes["cmf"].sentence
    assert "smaller than the minimum of 5 NZ credits" in sizes["nzqa"].sentence
    assert sizes["eu-2022"].verdict == "no size" and "no size can show" in sizes["eu-2022"].sentence
    for size in sizes.values():
        assert "compl" not in size.sentence.lower()  # no "complies"/"compliant" anywhere


def test_cmf_also_asks_for_its_levels():
    fit = {s.framework_id: s for s in audit(with_values(COMPLETE, level=4)).sizes}["cmf"]
    assert fit.verdict == "would not fit" and "its level is EQF 4" in fit.sentence
    assert verdicts(with_values(COMPLETE, level=NOT_APPLICABLE))["cmf"] == "fits"


def test_ects_only_sizes_allow_for_the_conversion():
    assert verdicts(with_values(COMPLETE, hours=None, ects=4))["cmf"] == "fits"  # 100-120 hours
    assert verdicts(with_values(COMPLETE, hours=None, ects=5.5))["cmf"] == "may fit"  # 137.5-165 hours
    assert verdicts(with_values(COMPLETE, hours=None, ects=3))["microhe-module"] == "fits"


def test_no_workload_cannot_be_sized_and_a_huge_one_stays_open_under_australia():
    assert set(verdicts(with_values(COMPLETE, hours=None, ects=None)).values()) == {"cannot tell", "no size"}
    assert verdicts(with_values(COMPLETE, hours=None, ects=10_000))["au-nmf"] == "may fit"


def test_size_fit_takes_one_framework_row():
    row = {"id": "x", "framework": "Test", "size_rule": "2 to 3 hours", "size_unit": "hours", "size_min": 2,
           "size_max": 3, "eqf_min": None, "eqf_max": None, "level_rule": "", "source": "s", "verification": "verified"}
    assert size_fit(with_values(COMPLETE, hours=2.5), row).verdict == "fits"
    assert size_fit(with_values(COMPLETE, hours=4), row).verdict == "would not fit"
