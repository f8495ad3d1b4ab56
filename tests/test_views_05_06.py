"""The live views and tables of 05 and 06: they follow the answers, say everything in words, and escape.

Views are built on a real step session over a journal in a temporary folder
and driven through the answer widgets, as a notebook drives them.
"""
from __future__ import annotations

from html import escape, unescape

import pytest

from course_helpers import activity_data, strings, vocabulary
from course_helpers.ecology_views import (concepts_table as ecology_concepts, credential_types_table, definition_fits,
                                          definitions_table, ecology_map)
from course_helpers.journal import ERASE_CONFIRMATION
from course_helpers.pathway_views import awards_table, choice_chart, pathway_check
from course_helpers.session import StepSession
from course_helpers.course import step as find_step
from course_helpers.unbundling_views import (arrangement_text, concepts_table, eciu_types_table, module_grid,
                                             parts_table, providers_table)

BIOLOGY = {"id": "r1", "name": "BSc <i>Biology</i>", "size": 180, "unit": "ECTS", "level": 6, "kind": "degree",
           "when": "past"}
CARBON = {"id": "r2", "name": "Carbon accounting", "size": 5, "unit": "ECTS", "level": 7, "kind": "micro",
          "when": "planned"}


@pytest.fixture
def five(journal):
    return StepSession(find_step("05"), journal)


@pytest.fixture
def six(journal):
    return StepSession(find_step("06"), journal)


def test_the_award_choices_match_the_awards_table():
    rows = activity_data.rows("awards")
    assert tuple(r["id"] for r in rows) == vocabulary.AWARD_IDS
    assert tuple(r["title"] for r in rows) == vocabulary.AWARD_TITLES
    assert tuple(r["kind"] for r in rows) == vocabulary.AWARD_KINDS
    assert all("not a degree" in kind for kind in vocabulary.AWARD_KINDS)


# --- tables ------------------------------------------------------------------------------------

@pytest.mark.parametrize("make", [lambda: concepts_table(), eciu_types_table, parts_table, providers_table,
                                  awards_table, ecology_concepts, credential_types_table, definitions_table])
def test_every_table_shows_status_and_source_and_marks_interpretations(make):
    html = make().html
    assert "<th scope=\"col\" style" in html and ">Status<" in html and ">Source<" in html
    assert "<script" not in html and "onerror" not in html
    if "Interpretation (the companion authors" in html:
        assert "<strong>Interpretation (the companion authors&#x27; reading)</strong>" in html


def test_a_concepts_table_can_show_chosen_rows_in_order():
    html = concepts_table(["choice_scale", "choice_driver"], caption="Choice").html
    assert html.index("How fast choice grows") < html.index("Learner choice as a driver")
    assert "Unbundling is not the same" not in html


def test_later_definitions_are_dated_as_after_the_course():
    text = unescape(definitions_table().html)
    assert "2022, after the course" in text and "2018, before the course" in text and "date unknown" in text
    assert "Reported by a secondary source" in text  # MICROGUIDE's range is second-hand


def test_the_awards_table_states_each_rule_in_words():
    text = unescape(awards_table().html)
    assert "30 to 40 ECTS" in text and "modules at EQF 6 to 7; at least 20 ECTS at EQF 7" in text
    assert "at most 10 ECTS from outside providers" in text and "NV-CARB" in text
    assert "postgraduate certificate, not a degree" in text


# --- 05: the module taken apart ----------------------------------------------------------------

def test_the_module_grid_waits_for_a_tick_then_follows_every_change(five, journal):
    grid, words = module_grid(five), arrangement_text(five)
    assert grid.description == strings.GRID_PLACEHOLDER and grid.png == b""
    assert words.text == strings.ARRANGEMENT_EMPTY
    assignment = five.answer("unbundled_module")
    assignment.value = {"content": ["norvale", "corrin"], "teaching": ["ostberg", "quillora"]}
    assert grid.png.startswith(b"\x89PNG")
    assert "Content (design): Norvale University and Corrin Energy, jointly." in grid.description
    assert words.text.startswith("Co-construction and co-delivery")
    assert "- Quality assurance (Content: Corrin Energy)" in words.text
    assert "- Data sharing (because the delivery is shared)" in words.text
    assert "- Quillora (a platform): delivers the teaching." in words.text
    assignment.value = {"content": ["corrin"], "teaching": ["quillora"]}
    assert "Handing a job to someone else is not the same as sharing it" in words.text
    journal.erase(ERASE_CONFIRMATION)
    assert grid.description == strings.GRID_PLACEHOLDER and words.text == strings.ARRANGEMENT_EMPTY


def test_an_assignment_that_does_not_fit_is_neither_drawn_nor_echoed(five, journal):
    journal.save("05", "unbundled_module", {"content": ["norvale", "<script>x</script>"]})
    grid, words = module_grid(five), arrangement_text(five)
    assert words.text == strings.ARRANGEMENT_EMPTY and grid.description == strings.GRID_PLACEHOLDER
    assert "<script>" not in words.value and "could not be shown" in five.answer("unbundled_module").status.value


# --- 05: the pathway ---------------------------------------------------------------------------

def test_the_check_waits_for_an_award_then_names_each_broken_rule_and_module(five):
    check = pathway_check(five)
    assert check.text.startswith(strings.CHECK_CHOOSE_AWARD) and "No modules yet." in check.text
    builder = five.answer("pathway")
    for module in ("NV-STAT", "NV-DATA", "QL-VIS", "QL-SQL", "QL-ESG"):
        builder.add(module)
    five.answer("award").value = "pgcert-data-sustainability"
    text = check.text
    assert text.startswith("Postgraduate Certificate in Applied Data for Sustainability: 2 rules broken")
    assert ("- Broken: NV-STAT (Applied statistics for sustainability) needs NV-DATA (Foundations of data "
            "analysis) first, but it comes later in your pathway: move NV-DATA before NV-STAT.") in text
    assert "accepts at most 10 ECTS from outside providers; your pathway has 11" in text
    assert "- Still to do:" in text and "Totals: 5 modules (21 ECTS)" in text
    builder.move(1, -1)
    assert "comes later in your pathway" not in check.text


def test_a_complete_pathway_is_said_to_be_complete(five):
    check = pathway_check(five)
    five.answer("award").value = "award-energy-data"
    builder = five.answer("pathway")
    for module in ("NV-DATA", "QL-VIS", "CE-SAFE", "CE-GRID"):
        builder.add(module)
    assert check.text.startswith("This pathway meets every stacking rule of Professional Award in Energy Data Skills")


# --- 05: counting --------------------------------------------------------------------------------

def test_the_choice_chart_waits_for_settings_and_redraws_only_for_new_numbers(five, monkeypatch):
    chart = choice_chart(five)
    assert chart.description == strings.CHOICE_PLACEHOLDER
    settings = five.answer("choice_settings")
    settings.size_box.set_state({"value": "50,000"})
    settings.length_box.set_state({"value": "5"})
    assert "a catalogue of 50,000 modules and pathways of 5 allow about 2.6 sextillion" in chart.description
    assert "If the order of taking the modules counts too" in chart.description
    draws = []
    monkeypatch.setattr(type(chart), "_draw", lambda self: draws.append(1) or (_ for _ in ()).throw(AssertionError))
    settings.size_box.set_state({"value": "abc"})  # not a number: the chart keeps the last good settings
    settings.size_box.set_state({"value": "50000"})  # the same numbers, written differently
    assert draws == [] and chart.error is None


# --- 06: the map and the fits --------------------------------------------------------------------

def test_the_map_waits_for_the_first_credential_then_follows_them(six, journal):
    shown = ecology_map(six)
    fits = definition_fits(six)
    assert shown.png == b"" and shown.description == strings.MAP_PLACEHOLDER
    assert escape(strings.MAP_PLACEHOLDER) in shown.text.value and shown.image.value == ""
    assert fits.text == strings.FITS_NONE_YET
    six.answer("my_interfaces").value = [{"from": "r2", "to": "r1", "kind": "stacks_into"}]
    assert shown.png == b"", "links without credentials draw nothing"
    six.answer("my_credentials").value = [BIOLOGY, CARBON]
    assert shown.png.startswith(b"\x89PNG")
    links = six.answer("my_interfaces")
    links.value = [{"from": "r2", "to": "r1", "kind": "stacks_into"}]
    assert "- Carbon accounting stacks into BSc <i>Biology</i> (solid black arrow)." in shown.description
    assert "Without any link" not in shown.description
    assert "- Carbon accounting: EU Council Recommendation: sets no size" in fits.text
    assert "&lt;i&gt;" in fits.value and "<i>" not in fits.value
    journal.erase(ERASE_CONFIRMATION)
    assert shown.png == b"" and shown.description == strings.MAP_PLACEHOLDER


def test_links_the_map_cannot_draw_are_named_under_it(six, journal):
    journal.save("06", "my_credentials", [BIOLOGY])
    journal.save("06", "my_interfaces", [{"from": "r9", "to": "r1", "kind": "rpl"}])
    shown = ecology_map(six)
    assert strings.MAP_LEFT_OUT in shown.description
    assert "Link 1: The link's from ('r9') is not one of your credentials." in shown.description
    assert "BSc <i>Biology</i>: no link, so it is ringed" not in shown.description  # (worded by the map)
    assert "Without any link: BSc <i>Biology</i>." in shown.description
