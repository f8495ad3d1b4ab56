"""The answer widgets of 05 and 06: saved, restored, checked in words, keyboard-only, and never raising.

Each widget is driven the way the browser drives it (a comm state update for
a tick, a choice or typed text; a button's click handler), against a real
journal in a temporary folder.
"""
from __future__ import annotations

from html import unescape

import ipywidgets as widgets
import pytest

from course_helpers import counting, kinds, strings
from course_helpers.journal import ERASE_CONFIRMATION, Journal
from course_helpers.widgets import Assignment, ChoiceCount, Credentials, Interfaces, PathwayBuilder, answer
from course_helpers.widgets.unbundling import parse_whole, settings_problem

HOSTILE = '<img src=x onerror="window.__pwned=1">\u202eevil\x00'
BIOLOGY = {"id": "r1", "name": "BSc Biology", "size": 180, "unit": "ECTS", "level": 6, "kind": "degree", "when": "past"}
CARBON = {"id": "r2", "name": "Carbon accounting", "size": 5, "unit": "ECTS", "level": 7, "kind": "micro",
          "when": "planned"}


def reopen(journal: Journal) -> Journal:
    return Journal(journal.path)


def typed(control: widgets.Widget, text: str) -> None:
    """Text or a choice arriving from the browser (a comm state update)."""
    if isinstance(control, widgets.ToggleButtons):
        control.set_state({"index": [v for _, v in control.options].index(text)})
    else:
        control.set_state({"value": text})


def said(html_widget: widgets.HTML) -> str:
    """What an HTML widget reads as, entities decoded."""
    return unescape(html_widget.value)


def press(button: widgets.Button) -> None:
    button.click()


def only_keyboard_controls(widget: widgets.Widget) -> list[type]:
    """Every control class inside a widget that a learner could operate."""
    found, stack = [], [widget]
    while stack:
        node = stack.pop()
        if isinstance(node, (widgets.Dropdown, widgets.RadioButtons, widgets.IntSlider, widgets.FloatSlider,
                             widgets.SelectionSlider, widgets.Select)):
            found.append(type(node))
        stack.extend(getattr(node, "children", ()))
    return found


# --- 05: the module taken apart ----------------------------------------------------------------

def test_an_assignment_is_ticked_saved_and_restored(journal):
    grid = answer("05", "unbundled_module", journal)
    assert isinstance(grid, Assignment) and len(grid.controls) == 5 * 4
    assert all(isinstance(c, widgets.Checkbox) for c in grid.controls)
    tips = [c.description for c in grid.controls]  # each label names its part: the box's accessible name
    assert tips[0] == "Content: Norvale University" and tips[-1] == "Credential: Quillora"
    for tip in ("Content: Norvale University", "Content: Corrin Energy", "Teaching: Ostberg University"):
        grid.controls[tips.index(tip)].set_state({"value": True})
    saved = {"content": ["norvale", "corrin"], "teaching": ["ostberg"]}
    assert journal.latest("05", "unbundled_module").value == saved
    assert answer("05", "unbundled_module", reopen(journal)).value == saved
    grid.controls[tips.index("Teaching: Ostberg University")].set_state({"value": False})
    assert journal.latest("05", "unbundled_module").value == {"content": ["norvale", "corrin"]}
    assert only_keyboard_controls(grid) == []


def test_an_assignment_shows_a_single_provider_saved_as_text_and_refuses_unknown_ones(journal):
    journal.save("05", "unbundled_module", {"credential": "norvale"})
    grid = answer("05", "unbundled_module", journal)
    assert grid.value == {"credential": ["norvale"]}
    journal.save("05", "unbundled_module", {"credential": ["nobody"]})  # as an older or hostile version might
    shown = answer("05", "unbundled_module", reopen(journal))
    assert shown.value is None and "could not be shown" in shown.status.value
    assert journal.latest("05", "unbundled_module").value == {"credential": ["nobody"]}  # kept as it was


# --- 05: counting pathways ---------------------------------------------------------------------

@pytest.mark.parametrize("text, number", [("26", 26), ("50,000", 50_000), ("1 000 000", 1_000_000),
                                          ("50\u202f000", 50_000), ("0", 0), ("\u0663\u0660", 30)])
def test_whole_numbers_are_read_with_thousands_separators(text, number):
    assert parse_whole(text) == number


@pytest.mark.parametrize("text", ["", "abc", "2.5", "-5", "1e6", "5 modules", "9" * 12, "\x00", "½"])
def test_anything_but_a_whole_number_is_not_one(text):
    assert parse_whole(text) is None


def test_choice_settings_save_whole_numbers_and_explain_the_rest(journal):
    settings = answer("05", "choice_settings", journal)
    assert isinstance(settings, ChoiceCount)
    typed(settings.size_box, "50,000")
    assert "Give both numbers" in settings.status.value and journal.latest("05", "choice_settings") is None
    typed(settings.length_box, "5")
    assert journal.latest("05", "choice_settings").value == {"catalogue_size": 50_000, "length": 5}
    for size, words in (("abc", "'abc'"), ("2.5", "'2.5'"), ("2,000,000", "1,000,000")):
        typed(settings.size_box, size)
        assert "Not saved yet" in said(settings.status) and words in said(settings.status)
        assert ".." not in said(settings.status)  # one full stop, not two
        assert settings.value == {"catalogue_size": 50_000, "length": 5}  # the figure keeps the last good numbers
    assert journal.latest("05", "choice_settings").value == {"catalogue_size": 50_000, "length": 5}
    typed(settings.size_box, "26")
    typed(settings.length_box, "51")
    assert "pathway length should be a whole number from 1 to 50" in said(settings.status)
    typed(settings.length_box, "")
    typed(settings.size_box, "")
    assert journal.latest("05", "choice_settings").value is None  # both cleared: the answer is cleared
    assert settings.size_box.continuous_update is False  # counted on Enter or Tab, not on every digit


def test_choice_settings_come_back_formatted(journal):
    journal.save("05", "choice_settings", {"catalogue_size": 1_000_000, "length": 50})
    settings = answer("05", "choice_settings", journal)
    assert (settings.size_box.value, settings.length_box.value) == ("1,000,000", "50")


def test_settings_problems_name_what_was_typed():
    assert settings_problem("26", "5") is None
    assert settings_problem(" ", "5") == strings.CHOICE_BOTH_NEEDED
    assert "'<b>x</b>'" in settings_problem("<b>x</b>", "5")
    assert str(counting.MAX_LENGTH) in settings_problem("26", "0")


# --- 05: the pathway builder -------------------------------------------------------------------

@pytest.fixture
def focused(monkeypatch):
    """Record which button asked for the keyboard focus (Button.focus sends a message to the browser)."""
    calls: list[widgets.Button] = []
    monkeypatch.setattr(widgets.Button, "focus", lambda self: calls.append(self))
    return calls


def test_a_pathway_is_built_ordered_and_pruned_by_buttons_and_the_focus_follows(journal, focused):
    builder = answer("05", "pathway", journal)
    assert isinstance(builder, PathwayBuilder) and len(builder.add_buttons) == 26
    press(builder.add_buttons["NV-STAT"])
    press(builder.add_buttons["NV-DATA"])
    press(builder.add_buttons["QL-VIS"])
    assert journal.latest("05", "pathway").value == ["NV-STAT", "NV-DATA", "QL-VIS"]
    assert "Added QL-VIS at position 3." in builder.message.value
    press(builder.slots[1].up)  # NV-DATA first: its prerequisite order is now right
    assert journal.latest("05", "pathway").value == ["NV-DATA", "NV-STAT", "QL-VIS"]
    assert focused[-1] is builder.slots[0].down  # at the top, Up is disabled: the focus goes to Down
    assert builder.slots[0].up.disabled and builder.slots[2].down.disabled
    press(builder.slots[1].down)
    assert builder.value == ["NV-DATA", "QL-VIS", "NV-STAT"] and focused[-1] is builder.slots[2].up
    press(builder.slots[1].remove)
    assert builder.value == ["NV-DATA", "NV-STAT"] and focused[-1] is builder.slots[1].remove
    assert "in your pathway, position 2" in builder.lines["NV-STAT"].value
    assert "in your pathway" not in builder.lines["QL-VIS"].value
    press(builder.slots[1].remove)
    press(builder.slots[0].remove)
    assert journal.latest("05", "pathway").value is None and focused[-1] is builder.add_buttons["NV-DATA"]
    assert strings.PATHWAY_NONE_YET in builder.listing.children[0].value
    assert only_keyboard_controls(builder) == []


def test_a_module_goes_in_once_and_rows_are_relabelled_not_rebuilt(journal, focused):
    builder = answer("05", "pathway", journal)
    press(builder.add_buttons["NV-DATA"])
    first_row = builder.slots[0].box
    press(builder.add_buttons["NV-DATA"])
    assert builder.value == ["NV-DATA"] and "already in your pathway, at position 1" in builder.message.value
    press(builder.add_buttons["OS-PY"])
    press(builder.slots[1].up)
    assert builder.slots[0].box is first_row and "OS-PY" in first_row.children[0].value


def test_a_restored_pathway_shows_unknown_and_hostile_ids_as_text_and_can_remove_them(journal):
    journal.save("05", "pathway", ["NV-DATA", "<b>GONE</b>", "NV-DATA"])
    builder = answer("05", "pathway", reopen(journal))
    texts = [slot.text.value for slot in builder.slots]
    assert "<b>GONE</b>" not in texts[1] and "&lt;b&gt;GONE&lt;/b&gt; (not in the catalogue" in texts[1]
    assert builder.value == ["NV-DATA", "<b>GONE</b>", "NV-DATA"]  # shown as saved: the checker explains it
    press(builder.slots[1].remove)
    assert journal.latest("05", "pathway").value == ["NV-DATA", "NV-DATA"]


def test_the_pathway_is_capped_at_what_the_journal_keeps(journal):
    catalogue = {f"M{i}": m for i, m in enumerate([next(iter(answer("05", "pathway", journal).catalogue.values()))]
                                                   * (kinds.MAX_PATHWAY + 1))}
    builder = PathwayBuilder("05", "pathway", journal, catalogue={k: v for k, v in catalogue.items()},
                             provider_labels={})
    for module_id in catalogue:
        builder.add(module_id)
    assert len(builder.value) == kinds.MAX_PATHWAY and "at most 60" in builder.message.value


# --- 06: the learner's credentials -------------------------------------------------------------

def fill(records: Credentials, **entries) -> None:
    for field, control in zip(records.prompt.fields, records.editor):
        if field.id in entries:
            typed(control, entries[field.id])


GOOD = {"name": "MSc Data Science", "size": "90", "unit": "ECTS", "level": "7", "kind": "degree", "when": "planned"}


def test_a_credential_is_added_with_its_level_as_a_number_and_summarised(journal):
    records = answer("06", "my_credentials", journal)
    assert isinstance(records, Credentials)
    fill(records, **GOOD)
    assert records.add()
    saved = journal.latest("06", "my_credentials").value
    assert saved == [{"id": "r1", "name": "MSc Data Science", "size": 90, "unit": "ECTS", "level": 7,
                      "kind": "degree", "when": "planned"}]
    assert "MSc Data Science: 90 ECTS, EQF 7, degree, planned" in records.listing.children[0].children[0].value
    assert only_keyboard_controls(records) == []


@pytest.mark.parametrize("entries, words", [
    ({"size": "-5"}, "The size should be more than 0, not -5"),
    ({"size": "0"}, "The size should be more than 0"),
    ({"level": "12"}, "The level should be an EQF level from 1 to 8, or unknown, not 12"),
    ({"level": "6.5"}, "EQF level from 1 to 8"),
    ({"name": ""}, "Name is needed"),
    ({"name": "   "}, "Give the credential a name"),
    ({"size": "lots"}, "should be a number, not 'lots'"),
    ({"size": "nan"}, "should be a number, not 'nan'"),
    ({"size": "30000", "unit": "ECTS"}, "larger than any credential on the map"),
    ({"name": "x" * 121}, "keep it to 120 or fewer"),
])
def test_bad_input_is_told_in_words_and_not_added(journal, entries, words):
    records = answer("06", "my_credentials", journal)
    fill(records, **{**GOOD, **entries})
    assert not records.add()
    assert words in said(records.editor_message) and 'role="alert"' in records.editor_message.value
    assert journal.latest("06", "my_credentials") is None and records.records == []


def test_a_hostile_name_is_kept_as_written_and_shown_as_text(journal):
    records = answer("06", "my_credentials", journal)
    fill(records, **{**GOOD, "name": HOSTILE})
    assert records.add()
    assert journal.latest("06", "my_credentials").value[0]["name"] == HOSTILE
    shown = records.listing.children[0].children[0].value
    assert "<img" not in shown and "\x00" not in shown and "\u202e" not in shown


# --- 06: the links between them ----------------------------------------------------------------

def test_the_link_rows_follow_the_credentials_as_they_are_added_and_removed(journal):
    records = answer("06", "my_credentials", journal)
    links = answer("06", "my_interfaces", journal)
    assert isinstance(links, Interfaces) and links.from_row.options == ()
    assert strings.LINK_NEEDS_TWO in links.hint.value
    records.value = [BIOLOGY, CARBON]
    assert [label for label, _ in links.from_row.options] == ["BSc Biology", "Carbon accounting"]
    assert links.hint.value == ""
    typed(links.from_row, "r2")
    typed(links.kind_row, "stacks_into")
    typed(links.to_row, "r1")
    assert links.add()
    assert journal.latest("06", "my_interfaces").value == [{"from": "r2", "to": "r1", "kind": "stacks_into"}]
    assert "Carbon accounting stacks into BSc Biology" in links.listing.children[0].children[0].value
    records.remove("r1")  # the link stays, marked, until the learner removes it
    assert [label for label, _ in links.from_row.options] == ["Carbon accounting"]
    assert links.from_row.value == "r2"  # a choice that is still there is kept
    assert "a credential you have removed" in links.listing.children[0].children[0].value
    assert journal.latest("06", "my_interfaces").value == [{"from": "r2", "to": "r1", "kind": "stacks_into"}]
    links.listing.children[0].children[1].click()
    assert journal.latest("06", "my_interfaces").value is None


@pytest.mark.parametrize("choice, words", [
    (("r1", None, "r2"), "Press a button in each of these rows first: Link."),
    ((None, "rpl", None), "Press a button in each of these rows first: From and To."),
    (("r1", "rpl", "r1"), "cannot link to itself"),
])
def test_an_incomplete_or_impossible_link_is_refused_in_words(journal, choice, words):
    journal.save("06", "my_credentials", [BIOLOGY, CARBON])
    links = answer("06", "my_interfaces", journal)
    for row, value in zip((links.from_row, links.kind_row, links.to_row), choice):
        if value is not None:
            typed(row, value)
    assert not links.add()
    assert words in said(links.editor_message)
    assert journal.latest("06", "my_interfaces") is None


def test_a_link_is_added_once(journal):
    journal.save("06", "my_credentials", [BIOLOGY, CARBON])
    links = answer("06", "my_interfaces", journal)
    for _ in range(2):
        typed(links.from_row, "r2")
        typed(links.kind_row, "rpl")
        typed(links.to_row, "r1")
        links.add()
    assert "is there already" in links.editor_message.value
    assert len(journal.latest("06", "my_interfaces").value) == 1


def test_credential_names_that_repeat_or_attack_become_distinct_plain_labels(journal):
    twin = {**CARBON, "id": "r3"}
    hostile = {**BIOLOGY, "id": "r4", "name": HOSTILE}
    journal.save("06", "my_credentials", [CARBON, twin, hostile])
    links = answer("06", "my_interfaces", journal)
    labels = [label for label, _ in links.from_row.options]
    assert labels[:2] == ["Carbon accounting (1)", "Carbon accounting (2)"]
    assert "\x00" not in labels[2] and "\u202e" not in labels[2]


def test_links_follow_an_erase_and_an_import(journal):
    journal.save("06", "my_credentials", [BIOLOGY, CARBON])
    journal.save("06", "my_interfaces", [{"from": "r2", "to": "r1", "kind": "rpl"}])
    links = answer("06", "my_interfaces", journal)
    exported = journal.export_bytes()
    journal.erase(ERASE_CONFIRMATION)
    assert links.from_row.options == () and links.value is None
    journal.import_bytes(exported)
    assert len(links.from_row.options) == 2 and links.value == [{"from": "r2", "to": "r1", "kind": "rpl"}]
