"""09's "share with my class" panel: the learner sees exactly the file before it can be downloaded.

Real journals and real share secrets in temporary folders; the panel is driven
through its widgets as a learner's keys would (typing the code, ticking,
pressing Preview) and checked through what it would show and let download.
"""
from __future__ import annotations

import base64
import getpass
import json
import re
import socket

import pytest

from course_helpers import share_views, strings
from course_helpers.cohort.share import prepare_share
from course_helpers.course import LEARNER_STEPS, Prompt, Step
from course_helpers.journal import ERASE_CONFIRMATION, JournalError
from course_helpers.panels import JournalView
from course_helpers.text import escape

HOSTILE = '<img src=x onerror="window.__pwned=1">\u202eevil & "quoted"'


@pytest.fixture(autouse=True)
def quick_refresh(monkeypatch):
    monkeypatch.setattr(JournalView, "refresh_delay_seconds", 0.05)


@pytest.fixture
def answered(journal):
    journal.save("00", "familiarity", 4)
    journal.save("01", "place_today", {"x": -3, "y": 2})
    journal.save("01", "why_there", HOSTILE)
    journal.save("08", "readiness_P06", 1)
    journal.save("08", "hardest_two", ["P06", "P07"])
    journal.save("08", "context", "My own learning, at a small firm.")
    journal.save("08", "action_plan", {"step": "Ask my manager."})
    journal.save("09", "further_questions", [{"id": "q1", "text": "Who pays?"}])
    return journal


def downloaded(panel: share_views.SharePanel) -> tuple[str, bytes]:
    match = re.search(r'<a download="([^"]+)" href="data:application/json;base64,([A-Za-z0-9+/=]+)"',
                      panel.download.value)
    assert match, panel.download.value
    return match.group(1), base64.b64decode(match.group(2))


def test_nothing_can_be_downloaded_before_a_preview(answered):
    panel = share_views.SharePanel(answered)
    assert panel.download.value == "" and panel.shown.value == ""
    panel.preview_button.click()  # no class code yet
    assert strings.SP_NEED_CODE in panel.message.value and panel.download.value == ""
    panel.close()


def test_the_download_is_exactly_the_file_the_preview_shows(answered):
    panel = share_views.SharePanel(answered)
    panel.code.value = " sem-a "
    panel.ticks["01"].value = True
    panel.preview_button.click()
    name, data = downloaded(panel)
    assert name == "share-SEM-A.json" and data == panel.preview.data
    assert escape(panel.preview.data.decode("ascii")) in panel.shown.value  # the whole file, as it is
    document = json.loads(data)
    assert document["class_code"] == "SEM-A" and document["shared_reflections"] == ["01"]
    assert document["answers"]["01"]["why_there"] == HOSTILE  # ticked: the learner's words, exactly
    assert "context" not in document["answers"]["08"]  # not ticked
    assert document["answers"]["08"] == {"readiness_P06": 1, "hardest_two": ["P06", "P07"]}
    assert "<img" not in panel.shown.value and "&lt;img" in panel.shown.value
    panel.close()


def test_the_file_names_no_one_and_no_place(answered):
    panel = share_views.SharePanel(answered)
    panel.code.value = "SEM-A"
    panel.preview_button.click()
    text = downloaded(panel)[1].decode("ascii")
    for secret in (str(answered.path), str(answered.path.parent), answered.path.parent.name, getpass.getuser(),
                   socket.gethostname()):
        assert secret not in text, secret
    assert set(json.loads(text)) == {"format", "schema_version", "class_code", "learner", "created_at",
                                     "shared_reflections", "answers"}
    panel.close()


def test_a_second_file_for_the_same_class_replaces_the_first_and_classes_cannot_be_linked(answered):
    panel = share_views.SharePanel(answered)
    learners = []
    for code in ("SEM-A", "SEM-A", "SEM-B"):
        panel.code.value = code
        panel.preview_button.click()
        learners.append(json.loads(downloaded(panel)[1])["learner"])
    assert learners[0] == learners[1] != learners[2]
    panel.close()


def test_picks_show_their_labels_and_the_plan_and_wall_are_named_as_left_out(answered):
    panel = share_views.SharePanel(answered)
    panel.code.value = "SEM-A"
    panel.preview_button.click()
    assert "P06 Recognition; P07 Portable" in panel.shown.value
    left = {(item.step, item.prompt.id) for item in panel.preview.left_out}
    assert {("08", "action_plan"), ("09", "further_questions"), ("08", "context"), ("01", "why_there")} <= left
    assert "Ask my manager" not in panel.shown.value and "Who pays?" not in panel.shown.value
    panel.close()


def test_changing_the_code_or_a_tick_takes_the_preview_and_its_link_away(answered):
    panel = share_views.SharePanel(answered)
    panel.code.value = "SEM-A"
    panel.preview_button.click()
    assert panel.download.value
    panel.ticks["08"].value = True
    assert panel.download.value == "" and panel.shown.value == "" and strings.SP_CHANGED in panel.message.value
    panel.preview_button.click()
    assert json.loads(downloaded(panel)[1])["answers"]["08"]["context"] == "My own learning, at a small firm."
    panel.code.value = "SEM-B"
    assert panel.download.value == "" and panel.preview is None
    panel.close()


def test_a_saved_answer_outdates_the_preview_and_an_erase_removes_it_at_once(answered, wait_until):
    panel = share_views.SharePanel(answered)
    panel.code.value = "SEM-A"
    panel.preview_button.click()
    answered.save("00", "familiarity", 2)
    assert wait_until(lambda: panel.download.value == "" and strings.SP_ANSWERS_CHANGED in panel.message.value)
    panel.preview_button.click()
    assert json.loads(downloaded(panel)[1])["answers"]["00"]["familiarity"] == 2
    answered.erase(ERASE_CONFIRMATION)
    assert panel.download.value == "" and panel.shown.value == ""  # no pause: erased answers never linger
    panel.close()
    assert len(answered.changes) == 0


@pytest.mark.parametrize("code", ["<b>x</b>", "A", "SEM A", "\u202eSEM-A", "x" * 40, "SEM-A\x00"])
def test_a_bad_class_code_is_one_escaped_sentence_and_no_file(journal, code):
    panel = share_views.SharePanel(journal)
    panel.code.value = code
    panel.preview_button.click()
    assert panel.download.value == "" and strings.SHARE_BAD_CLASS_CODE in panel.message.value
    assert "<b>" not in panel.message.value
    panel.close()


def test_a_journal_that_cannot_be_read_is_one_sentence(journal, monkeypatch):
    panel = share_views.SharePanel(journal)

    def broken():
        raise JournalError("the journal file is locked")
    monkeypatch.setattr(journal, "latest_values", broken)
    panel.code.value = "SEM-A"
    panel.preview_button.click()
    assert "the journal file is locked" in panel.message.value and panel.download.value == ""
    panel.close()


def test_each_tick_counts_the_written_answers_of_its_step(answered, wait_until):
    panel = share_views.SharePanel(answered)
    assert [step.id for step in panel.steps] == [s.id for s in LEARNER_STEPS]
    assert panel.ticks["08"].description == strings.SP_TICK.format(label=LEARNER_STEPS[8].label, count=1)
    answered.save("08", "who_on_board", "My manager.")
    assert wait_until(lambda: panel.ticks["08"].description.endswith("(2 written)"))
    assert all(not tick.value for tick in panel.ticks.values())  # consent is never given for the learner
    panel.close()


def test_the_download_name_and_text_are_escaped():
    class Made:
        data = b'{"a": 1}'
        filename = 'share-"><script>.json'
    html = share_views.download_html(Made())
    assert "<script>" not in html and 'download="share-&quot;&gt;&lt;script&gt;.json"' in html


def test_a_ranking_listed_as_items_is_shared_with_its_labels(journal):
    """07's blocks ranking lists its blocks as items; the share file must keep it, not refuse it as a misfit."""
    steps = LEARNER_STEPS  # 07's blocks are a ranking listed as items
    journal.save("07", "block_ranking", ["funding", "recognition"])
    preview = prepare_share(journal, "SEM-A", steps=steps)
    assert json.loads(preview.data)["answers"]["07"]["block_ranking"] == ["funding", "recognition"]
    assert escape("Funding and incentives > Recognition") in preview.html()
    assert not [item for item in preview.left_out if item.prompt.id == "block_ranking"]


def test_a_step_without_written_prompts_gets_no_tick_but_its_answers_still_go(journal):
    only_ratings = Step("01", 1, "Ratings", "x.ipynb", "ready", 5,
                        (Prompt("familiarity", "rating", "How?", low="1 = a", high="5 = b"),))
    journal.save("01", "familiarity", 3)
    panel = share_views.SharePanel(journal, steps=(only_ratings,))
    assert panel.ticks == {}
    panel.code.value = "SEM-A"
    panel.preview_button.click()
    assert json.loads(downloaded(panel)[1])["answers"] == {"01": {"familiarity": 3}}
    panel.close()


def test_a_class_shares_08_s_picks_and_an_items_ranking_without_a_refusal(tmp_path):
    """Simulated learners with 08's two hardest and 07's ranking of the blocks: every file is accepted and counted."""
    from course_helpers.cohort import Collection, aggregate
    from course_helpers.cohort.simulate import SimulatedClass, fill_journal
    from course_helpers.journal import Journal

    steps = LEARNER_STEPS  # 07's blocks are a ranking listed as items
    simulated = SimulatedClass(seed=5, steps=steps)
    collection = Collection(class_code="SEM-A", steps=steps)
    for number in range(12):
        journal = Journal(tmp_path / f"learner{number}" / "journal.sqlite3")
        fill_journal(journal, simulated.answers())
        collection.add_bytes(f"{number}.json", prepare_share(journal, "SEM-A", steps=steps).data)
        journal.close()
    assert collection.summary().learners == 12 and collection.summary().refused_total == 0
    result = aggregate(collection.table)
    assert result.get("08", "hardest_two").n >= 9  # the simulation skips a few answers
    assert any(option.mean_rank is not None for option in result.get("07", "block_ranking").options)
