"""The answers of 05 and 06 in the portfolio: worded, the learner's own text marked as theirs, figures drawn."""
from __future__ import annotations

from course_helpers import course
from course_helpers.portfolio import figures, words

HOSTILE = "<script>window.__pwned = 1</script>\u202e"


def shown(step_id: str, prompt_id: str, value):
    return words.show_value(course.prompt(step_id, prompt_id), value)


def test_an_unbundled_module_is_one_line_per_part():
    text = shown("05", "unbundled_module", {"content": ["norvale", "corrin"], "credential": "norvale"}).text
    assert text.splitlines()[0] == "Content (design): Norvale University and Corrin Energy, jointly."
    assert "Teaching (delivery): no provider chosen yet." in text


def test_a_pathway_lists_modules_in_order_and_keeps_an_unknown_id_as_the_learners_text():
    result = shown("05", "pathway", ["NV-DATA", HOSTILE])
    assert result.listed and result.lines[0] == (words.Piece("1. NV-DATA (Foundations of data analysis), 5 ECTS"),)
    assert words.Piece(HOSTILE, learner=True) in result.lines[1] and "not in the catalogue" in result.text


def test_counting_settings_give_the_count_in_words():
    text = shown("05", "choice_settings", {"catalogue_size": 50_000, "length": 5}).text
    assert text.startswith("A catalogue of 50,000 modules and pathways of 5: about 2.6 sextillion")


def test_credentials_and_links_mark_every_name_and_id_as_the_learners():
    credential = {"id": "r1", "name": HOSTILE, "size": 8, "unit": "hours", "kind": "badge", "when": "past"}
    result = shown("06", "my_credentials", [credential])
    assert result.lines[0][0] == words.Piece(HOSTILE, learner=True)
    assert result.text.endswith(" (r1): 8 hours, level unknown, digital badge, past")
    links = shown("06", "my_interfaces", [{"from": "r2", "to": "r1", "kind": "gives_entry_to"}])
    assert links.text == "r2 gives entry to r1" and links.lines[0][0].learner and links.lines[0][2].learner


def test_a_value_that_does_not_fit_is_kept_raw_with_a_note():
    result = shown("06", "my_credentials", [{"id": "r1", "name": "x", "size": -1, "unit": "hours", "kind": "badge",
                                            "when": "past"}])
    assert result.note and "-1" in result.text


def test_the_portfolio_draws_05s_module_and_06s_map_only_when_there_is_something_to_draw():
    five, six = course.step("05"), course.step("06")
    assert figures.draw_step(five, {}) == [] and figures.draw_step(six, {}) == []
    drawn = figures.draw_step(five, {"unbundled_module": {"teaching": ["ostberg"]}})
    assert len(drawn) == 1 and "Teaching (delivery): Ostberg University." in drawn[0].description
    credentials = [{"id": "r1", "name": "BSc", "size": 180, "unit": "ECTS", "level": 6, "kind": "degree",
                    "when": "past"},
                   {"id": "r2", "name": "Module", "size": 5, "unit": "ECTS", "level": 7, "kind": "micro",
                    "when": "past"}]
    drawn = figures.draw_step(six, {"my_credentials": credentials,
                                    "my_interfaces": [{"from": "r2", "to": "r1", "kind": "stacks_into"}]})
    assert len(drawn) == 1 and drawn[0].png.startswith(b"\x89PNG") and "- Module stacks into BSc" in drawn[0].description
