"""The figures of 08 (readiness) and 09 (the question tally): what they draw, what they say, how they cue."""
from __future__ import annotations

import itertools

import pytest
from matplotlib import _pylab_helpers
from matplotlib.colors import to_hex

from course_helpers import context, course, plots, questions

OKABE_ITO = {c.lower() for c in plots.OKABE_ITO.values()}


def by_gid(fig, prefix):
    return [a for a in fig.findobj() if (a.get_gid() or "").startswith(prefix)]


def one(fig, gid):
    found = [a for a in fig.findobj() if a.get_gid() == gid]
    assert len(found) == 1, f"expected one artist {gid!r}, found {len(found)}"
    return found[0]


def bar(fig, gid):
    """A barh call makes a container whose patch carries the gid."""
    patches = [p for p in by_gid(fig, gid) if hasattr(p, "get_width")]
    assert len(patches) == 1, f"expected one bar {gid!r}"
    return patches[0]


def text_boxes_inside_and_apart(fig, artists):
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    frame = fig.bbox
    boxes = [(a.get_text(), a.get_window_extent(renderer)) for a in artists if a.get_text()]
    for name, box in boxes:
        assert frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1, \
            f"{name!r} is outside the figure"
    for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2):
        assert not box_a.overlaps(box_b), f"{a!r} overlaps {b!r}"


RATINGS = {"readiness_P01": 4, "readiness_P02": 2, "readiness_P03": 5, "readiness_P04": 2,
           "readiness_P06": 3, "readiness_P07": 1, "readiness_P08": 1, "readiness_P09": 4, "readiness_P10": 3}


def test_readiness_bars_have_the_rated_lengths_and_unrated_principles_say_so():
    fig, description = plots.readiness_chart(context.readiness(RATINGS))
    assert bar(fig, "bar:P01").get_width() == 4 and bar(fig, "bar:P03").get_width() == 5
    assert not by_gid(fig, "bar:P05") and one(fig, "unrated:P05").get_text() == "not rated yet"
    assert one(fig, "value:P01").get_text() == "4"
    rows = [tick.get_text() for tick in fig.axes[0].get_yticklabels()]
    assert rows == [f"{pid} {name}" for pid, name in context.PRINCIPLES]


def test_the_lowest_principles_differ_by_colour_hatch_and_words():
    fig, description = plots.readiness_chart(context.readiness(RATINGS))
    lowest, other = bar(fig, "bar:P07"), bar(fig, "bar:P01")
    assert lowest.get_hatch() == "//" and not other.get_hatch()
    assert to_hex(lowest.get_facecolor()) != to_hex(other.get_facecolor())
    for patch in (lowest, other):
        assert to_hex(patch.get_facecolor()).lower() in OKABE_ITO
    assert one(fig, "value:P07").get_text() == "1 lowest" and one(fig, "value:P08").get_text() == "1 lowest"
    assert one(fig, "value:P02").get_text() == "2"


def test_the_readiness_description_lists_every_principle_its_rating_and_the_lowest():
    _, description = plots.readiness_chart(context.readiness(RATINGS))
    for pid, name in context.PRINCIPLES:
        assert f"- {pid} {name}: " in description
    assert "- P01 Quality: 4 of 5." in description
    assert "- P07 Portable: 1 of 5 (lowest)." in description
    assert "- P05 Learning pathways: not rated yet (no bar)." in description
    assert "lowest: P07 Portable, P08 Learner-centred, at 1" in description
    assert "June 2022 (adopted after the course ran)" in description
    assert "hatched" in description and "orange-red" in description


def test_readiness_with_nothing_rated_and_with_all_equal():
    fig, description = plots.readiness_chart(context.readiness({}))
    assert not by_gid(fig, "bar:") and one(fig, "empty")
    assert "You have not rated any principle yet." in description
    fig, description = plots.readiness_chart(context.readiness({f"readiness_P{n:02d}": 3 for n in range(1, 11)}))
    assert not any(bar(fig, f"bar:P{n:02d}").get_hatch() for n in range(1, 11))  # nothing stands out
    assert "(lowest)" not in description and "none stands out as lowest" in description


@pytest.mark.parametrize("values", [{f"readiness_P{n:02d}": 5 for n in range(1, 11)}, {"readiness_P10": 5}],
                         ids=["all at 5", "one at 5, so lowest"])
def test_readiness_labels_stay_inside_and_apart(values):
    fig, _ = plots.readiness_chart(context.readiness(values))
    ax = fig.axes[0]
    text_boxes_inside_and_apart(fig, by_gid(fig, "value:") + by_gid(fig, "unrated:") + list(ax.get_yticklabels()))


WALL = [{"id": "a", "text": "?", "step": "03", "stakeholder": "employers"},
        {"id": "b", "text": "?", "step": "03", "stakeholder": None},
        {"id": "c", "text": "?", "step": None, "stakeholder": "employers"},
        {"id": "d", "text": "?", "step": "07", "stakeholder": "learners"}]


def test_the_tally_draws_every_count_and_marks_the_busiest():
    fig, description = plots.question_tally(questions.tally(WALL))
    assert bar(fig, "step-bar:03").get_width() == 2 and bar(fig, "step-bar:none").get_width() == 1
    assert not by_gid(fig, "step-bar:05") and one(fig, "step-value:05").get_text() == "0"
    assert one(fig, "step-value:03").get_text() == "2 (most)"
    busiest, other = bar(fig, "stakeholder-bar:employers"), bar(fig, "stakeholder-bar:learners")
    assert busiest.get_hatch() == "//" and not other.get_hatch()
    assert {to_hex(busiest.get_facecolor()).lower(), to_hex(other.get_facecolor()).lower()} <= OKABE_ITO
    assert "- 03 How well do stakeholders understand micro-credentials?: 2 (most)" in description
    assert "- Employers: 2 (most)" in description and "- not tied to a step: 1" in description
    assert f"- {course.step('05').label}: 0" in description
    assert "Your wall has 4 questions." in description


def test_an_empty_tally_says_so():
    fig, description = plots.question_tally(questions.tally([]))
    assert one(fig, "empty") and not by_gid(fig, "step-bar:")
    assert "Your wall has no questions yet." in description


def test_tally_labels_stay_inside_and_apart():
    wall = [{"id": f"q{n}", "text": "?", "step": "08", "stakeholder": "platforms"} for n in range(57)]
    fig, _ = plots.question_tally(questions.tally(wall))
    for ax in fig.axes:
        text_boxes_inside_and_apart(fig, list(ax.get_yticklabels()) + [a for a in ax.texts])
    assert fig.axes[0].get_xlim() == fig.axes[1].get_xlim()  # both panels share one scale
    text_boxes_inside_and_apart(fig, [ax.title for ax in fig.axes] + list(fig.texts))


@pytest.mark.parametrize("draw", [lambda: plots.readiness_chart(context.readiness(RATINGS)),
                                  lambda: plots.question_tally(questions.tally(WALL))])
def test_no_pyplot_state_is_touched(draw):
    before = _pylab_helpers.Gcf.get_num_fig_managers()
    fig, _ = draw()
    assert _pylab_helpers.Gcf.get_num_fig_managers() == before == 0
    png = plots.render_png(fig)
    assert png.startswith(b"\x89PNG")
