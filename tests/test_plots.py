"""Figures for notebooks 01 and 02: positions, labels, descriptions, colours, no overlaps; live widgets; tables."""
from __future__ import annotations

import gc
import io
import itertools
import random
import weakref

import matplotlib
import matplotlib.text
import pytest
from matplotlib import _pylab_helpers
from matplotlib.colors import to_hex
from matplotlib.patches import FancyArrowPatch
from PIL import Image

from course_helpers import figures, plots, scenarios, strings, tables
from course_helpers.vocabulary import CAMILLERI_IDS

NAMES = {"C1": "Global micro-credential marketplace", "C2": "Consortia of universities",
         "C3": "Lifelong micro-learning", "C4": "University gatekeepers", "C5": "Ivory towers",
         "C6": "Outsourcing higher education"}
OKABE_ITO = {c.lower() for c in plots.OKABE_ITO.values()}
HOSTILE = '<img src=x onerror=alert(1)><script>alert(1)</script>'


def by_gid(fig, prefix):
    """Artists whose gid starts with ``prefix`` (points, labels, arrows, captions)."""
    return [a for a in fig.findobj() if (a.get_gid() or "").startswith(prefix)]


def one(fig, gid):
    found = [a for a in fig.findobj() if a.get_gid() == gid]
    assert len(found) == 1, f"expected one artist {gid!r}, found {len(found)}"
    return found[0]


def side_of_centre(fig, artist):
    """(+1/-1, +1/-1): where an artist's centre lies relative to the map's centre, in display space."""
    fig.canvas.draw()
    ax = fig.axes[0]
    cx, cy = ax.transData.transform((0, 0))
    box = artist.get_window_extent()
    mx, my = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    return (1 if mx > cx else -1), (1 if my > cy else -1)


def assert_no_overlaps(boxes):
    for (name_a, a), (name_b, b) in itertools.combinations(boxes, 2):
        assert not a.overlaps(b), f"{name_a!r} overlaps {name_b!r}"


# ------------------------------------------------------------ HolonIQ's map

ALL_THREE = {"today": (-3, 2), "heading": (4, -1), "preferred": (2, 4)}


def test_points_are_plotted_exactly_where_they_were_placed():
    fig, _ = plots.holoniq_quadrants(ALL_THREE)
    for key, (x, y) in ALL_THREE.items():
        line = one(fig, f"point:{key}")
        assert line.get_xydata().tolist() == [[x, y]]


@pytest.mark.parametrize("quad_id, name, side", [
    ("H1", "Greater Whole", (-1, 1)), ("H2", "Micro Quals", (1, 1)),
    ("H3", "Professions Rule", (-1, -1)), ("H4", "Market Place", (1, -1)),
])
def test_quadrant_names_and_numbers_sit_in_their_corners(quad_id, name, side):
    fig, _ = plots.holoniq_quadrants({})
    text = one(fig, f"quadrant:{quad_id}")
    assert text.get_text() == f"{quad_id[1]} {name}"
    assert side_of_centre(fig, text) == side
    x, y = text.xy
    assert (x > 0) == (side[0] > 0) and (y > 0) == (side[1] > 0)


@pytest.mark.parametrize("pole, side", [
    ("Bundled", (-1, None)), ("Unbundled", (1, None)), ("Government", (None, 1)), ("Market", (None, -1)),
])
def test_axis_poles_are_on_the_sides_the_step_gives(pole, side):
    fig, _ = plots.holoniq_quadrants({})
    text = one(fig, f"pole:{pole}")
    assert pole in text.get_text()
    x, y = text.get_position()
    if side[0] is not None:
        assert x * side[0] > plots.LIMIT and y == 0
    else:
        assert y * side[1] > plots.LIMIT and x == 0


def test_description_states_what_the_map_shows():
    fig, text = plots.holoniq_quadrants(ALL_THREE)
    assert "Bundled on the left" in text and "Unbundled on the right" in text
    assert "Government-led at the top" in text and "Market-led at the bottom" in text
    for quad in scenarios.QUADRANTS:
        assert f"{quad.label} {quad.corner}" in text
    assert "today (blue circle): x = -3, y = 2, in quadrant 1 Greater Whole" in text
    assert "heading by 2030 (orange-red square): x = 4, y = -1, in quadrant 4 Market Place" in text
    assert "preferred (green triangle): x = 2, y = 4, in quadrant 2 Micro Quals" in text
    assert f"length {scenarios.distance((-3, 2), (4, -1)):.1f}" in text
    assert f"length {scenarios.distance((-3, 2), (2, 4)):.1f}" in text
    assert "Not placed yet" not in text


def test_description_names_points_not_placed_and_borders():
    _, text = plots.holoniq_quadrants({"today": (0, 3), "heading": None})
    assert "today (blue circle): x = 0, y = 3, on the border between 1 Greater Whole and 2 Micro Quals" in text
    assert "Not placed yet: heading by 2030, preferred." in text
    assert "Arrow from today to heading by 2030: not drawn, because heading by 2030 is not placed yet." in text
    _, empty = plots.holoniq_quadrants({})
    assert "No points are placed yet" in empty
    assert "Not placed yet: today, heading by 2030, preferred." in empty


def test_arrows_only_when_both_ends_are_placed():
    fig, _ = plots.holoniq_quadrants(ALL_THREE)
    arrows = {a.get_gid() for a in fig.findobj(FancyArrowPatch)}
    assert arrows == {"arrow:today->heading", "arrow:today->preferred"}
    fig, _ = plots.holoniq_quadrants({"today": (1, 1), "preferred": (3, 3)})
    assert {a.get_gid() for a in fig.findobj(FancyArrowPatch)} == {"arrow:today->preferred"}
    fig, _ = plots.holoniq_quadrants({"heading": (1, 1), "preferred": (3, 3)})
    assert fig.findobj(FancyArrowPatch) == []
    fig, text = plots.holoniq_quadrants({"today": (2, 2), "heading": (2, 2)})
    assert fig.findobj(FancyArrowPatch) == []
    assert "the two points are in the same place" in text


def test_series_use_okabe_ito_colours_distinct_markers_and_labels():
    fig, _ = plots.holoniq_quadrants(ALL_THREE)
    markers, colours = set(), set()
    for series in plots.PLACEMENT_SERIES:
        line = one(fig, f"point:{series.key}")
        assert to_hex(line.get_color()).lower() in OKABE_ITO
        markers.add(line.get_marker())
        colours.add(to_hex(line.get_color()))
        assert by_gid(fig, "label:") and any(series.label in t.get_text() for t in by_gid(fig, "label:"))
    assert len(markers) == 3 and len(colours) == 3
    for arrow in fig.findobj(FancyArrowPatch):
        assert to_hex(arrow.get_edgecolor()).lower() in OKABE_ITO
    styles = {a.get_linestyle() for a in fig.findobj(FancyArrowPatch)}
    assert len(styles) == 2, "the two arrows must differ by more than colour"


def test_points_in_the_same_place_share_one_label():
    fig, text = plots.holoniq_quadrants({"today": (1, 1), "heading": (1, 1), "preferred": (1, 1)})
    labels = [t.get_text() for t in by_gid(fig, "label:")]
    assert labels == ["today, heading by 2030, preferred"]


def test_map_labels_never_overlap_points_or_captions():
    for points in ({"today": (-1, 1), "heading": (0, 1), "preferred": (1, 1)},
                   {"today": (-5, 5), "heading": (5, 5), "preferred": (5, -5)},
                   {"today": (-5, 0), "heading": (-4, 0), "preferred": (-5, 1)}):
        fig, _ = plots.holoniq_quadrants(points)
        fig.canvas.draw()
        boxes = [(t.get_gid(), t.get_window_extent()) for t in by_gid(fig, "label:") + by_gid(fig, "quadrant")]
        assert_no_overlaps(boxes)


def test_figure_is_opaque_white_and_leaves_pyplot_and_rcparams_alone():
    before = dict(matplotlib.rcParams)
    fig, text = plots.holoniq_quadrants(ALL_THREE)
    assert to_hex(fig.get_facecolor(), keep_alpha=True) == "#ffffffff"
    png = plots.render_png(fig, text)
    image = Image.open(io.BytesIO(png))
    assert image.getpixel((2, 2))[:3] == (255, 255, 255)
    assert image.text["Description"] == text
    assert _pylab_helpers.Gcf.get_num_fig_managers() == 0
    assert dict(matplotlib.rcParams) == before


def test_points_off_the_scale_or_unknown_keys_are_refused():
    with pytest.raises(ValueError):
        plots.holoniq_quadrants({"today": (7, 0)})
    with pytest.raises(KeyError):
        plots.holoniq_quadrants({"tomorrow": (1, 1)})


# -------------------------------------------------- probable versus preferable

def test_rated_scenarios_are_plotted_at_their_ratings_with_labels():
    ratings = {"C1": (4, 2), "C2": (1, 5), "C3": (None, 4), "C4": (3, 3)}
    fig, text = plots.probable_preferable(ratings, NAMES)
    assert one(fig, "rating:C1").get_xydata().tolist() == [[4, 2]]
    assert one(fig, "rating:C2").get_xydata().tolist() == [[1, 5]]
    assert by_gid(fig, "rating:C3") == []
    labels = sorted(t.get_text() for t in by_gid(fig, "label:"))
    assert labels == ["C1", "C2", "C4"]
    assert "- C1 Global micro-credential marketplace: likelihood 4, desirability 2; likely but unwanted" in text
    assert "- C2 Consortia of universities: likelihood 1, desirability 5; wanted but unlikely" in text
    assert "- C4 University gatekeepers: likelihood 3, desirability 3; undecided on both counts" in text
    assert "C3 Lifelong micro-learning (desirability 4, likelihood not rated yet)" in text
    assert "C5 Ivory towers (neither rating yet)" in text
    assert "C6 Outsourcing higher education (neither rating yet)" in text


def test_area_guides_and_captions():
    fig, text = plots.probable_preferable({}, NAMES)
    ax = fig.axes[0]
    guides = [line for line in ax.get_lines() if line.get_linestyle() == "--"]
    vertical = [g for g in guides if list(g.get_xdata()) == [3, 3]]
    horizontal = [g for g in guides if list(g.get_ydata()) == [3, 3]]
    assert len(guides) == 2 and len(vertical) == 1 and len(horizontal) == 1
    for kind, corner in scenarios.CLASS_CORNERS.items():
        caption = one(fig, f"area:{kind}")
        assert caption.get_text() == scenarios.CLASS_LABELS[kind]
        x, y = caption.get_position()
        assert (x > 3) == corner.endswith("right") and (y > 3) == corner.startswith("top")
    assert "No scenario has both ratings yet" in text


def test_ties_share_one_point_and_one_readable_label():
    ratings = {sid: (4, 2) for sid in CAMILLERI_IDS}
    fig, text = plots.probable_preferable(ratings, NAMES)
    labels = [t.get_text() for t in by_gid(fig, "label:")]
    assert labels == ["C1, C2, C3,\nC4, C5, C6"]
    assert "share one point and one label" in text
    fig.canvas.draw()
    assert_no_overlaps(_chart_boxes(fig))


def _chart_boxes(fig):
    ax = fig.axes[0]
    boxes = [(t.get_gid(), t.get_window_extent()) for t in by_gid(fig, "label:") + by_gid(fig, "area:")]
    for line in by_gid(fig, "rating:"):
        (x, y), = line.get_xydata().tolist()
        cx, cy = ax.transData.transform((x, y))
        radius = line.get_markersize() / 2 * fig.dpi / 72
        from matplotlib.transforms import Bbox
        boxes.append((line.get_gid(), Bbox.from_extents(cx - radius, cy - radius, cx + radius, cy + radius)))
    return boxes


@pytest.mark.parametrize("ratings", [
    {"C1": (4, 4), "C2": (5, 4), "C3": (4, 5), "C4": (5, 5), "C5": (3, 4), "C6": (4, 3)},
    {"C1": (1, 1), "C2": (2, 1), "C3": (1, 2), "C4": (5, 1), "C5": (1, 5), "C6": (5, 5)},
    {"C1": (3, 3), "C2": (3, 3), "C3": (3, 3), "C4": (4, 3), "C5": (3, 4), "C6": (2, 3)},
    {"C1": (2, 2), "C2": (2, 2), "C3": (3, 2), "C4": (3, 2), "C5": (2, 3), "C6": (3, 3)},
])
def test_labels_do_not_overlap_in_crowded_charts(ratings):
    fig, _ = plots.probable_preferable(ratings, NAMES)
    fig.canvas.draw()
    assert_no_overlaps(_chart_boxes(fig))


def test_labels_do_not_overlap_for_many_random_ratings():
    rng = random.Random(2021)
    for _ in range(12):
        ratings = {sid: (rng.randint(1, 5), rng.randint(1, 5)) for sid in CAMILLERI_IDS}
        fig, _ = plots.probable_preferable(ratings, NAMES)
        fig.canvas.draw()
        assert_no_overlaps(_chart_boxes(fig))


@pytest.mark.parametrize("rated", [set(), set(CAMILLERI_IDS), {"C2", "C3"}])
def test_everything_written_on_the_chart_stays_inside_the_figure(rated):
    fig, _ = plots.probable_preferable({sid: (2, 4) for sid in rated}, NAMES)
    fig.canvas.draw()
    inside = fig.bbox
    texts = [t for t in fig.findobj(matplotlib.text.Text) if t.get_text() and t.get_visible()]
    for text in texts:
        box = text.get_window_extent()
        assert inside.x0 <= box.x0 and box.x1 <= inside.x1 and inside.y0 <= box.y0 and box.y1 <= inside.y1, text
    key = sorted(by_gid(fig, "key:"), key=lambda t: t.get_gid())
    assert len(key) == 2 and not key[0].get_window_extent().overlaps(key[1].get_window_extent())
    assert all(t.get_fontsize() >= 8 for t in key)


def test_map_text_stays_inside_the_figure():
    fig, _ = plots.holoniq_quadrants({"today": (5, 5), "heading": (-5, -5), "preferred": (5, -5)})
    fig.canvas.draw()
    for text in fig.findobj(matplotlib.text.Text):
        if text.get_text() and text.get_visible():
            box = text.get_window_extent()
            assert fig.bbox.x0 <= box.x0 and box.x1 <= fig.bbox.x1 and fig.bbox.y0 <= box.y0 and box.y1 <= fig.bbox.y1, text


def test_rating_points_use_okabe_ito_and_bad_ratings_are_refused():
    fig, _ = plots.probable_preferable({"C1": (2, 2)}, NAMES)
    assert to_hex(one(fig, "rating:C1").get_color()).lower() in OKABE_ITO
    with pytest.raises(ValueError):
        plots.probable_preferable({"C1": (0, 2)}, NAMES)


# --------------------------------------------------------------- live widgets

def test_live_figure_redraw_replaces_figure_and_description_together():
    state = {"points": {"today": (-3, 2)}}
    drawn = []

    def draw():
        fig, text = plots.holoniq_quadrants(state["points"])
        drawn.append(weakref.ref(fig))
        return fig, text

    live = figures.LiveFigure(draw)
    assert "in quadrant 1 Greater Whole" in live.description
    first_png = live.png
    first_line = live.description.splitlines()[0]
    assert f'alt="{first_line}"' in live.image.value.replace("&#x27;", "'")
    assert "Greater Whole" in live.text.value
    state["points"] = {"today": (4, -4)}
    live.redraw()
    assert "in quadrant 4 Market Place" in live.description and "Greater Whole</" not in live.text.value
    assert "in quadrant 4 Market Place" in live.text.value
    assert live.png != first_png and live.image.value.count("<img") == 1
    gc.collect()
    assert drawn[0]() is None, "the old figure is still alive"
    assert _pylab_helpers.Gcf.get_num_fig_managers() == 0


def test_live_figure_description_is_escaped():
    live = figures.LiveFigure(lambda: plots.probable_preferable({"C1": (2, 2)}, {"C1": HOSTILE}))
    assert "<script>" not in live.text.value and "&lt;script&gt;" in live.text.value


def test_live_figure_shows_a_failure_instead_of_raising():
    calls = {"n": 0}

    def draw():
        calls["n"] += 1
        if calls["n"] > 1:
            raise RuntimeError("boom")
        return plots.holoniq_quadrants({})

    live = figures.LiveFigure(draw)
    live.redraw()
    assert "could not be drawn" in live.description and live.image.value == ""
    assert "boom" in live.text.value


def session_for(step_id, journal):
    from course_helpers.course import step
    from course_helpers.session import StepSession

    return StepSession(step(step_id), journal)


def test_placement_map_shows_only_points_with_both_coordinates(journal):
    step = session_for("01", journal)
    step.answer("place_today").value = {"x": -3, "y": 2}
    step.answer("place_heading")
    step.answer("place_preferred").value = {"x": 2, "y": None}
    live = figures.holoniq_map(step)
    assert "today (blue circle): x = -3, y = 2, in quadrant 1 Greater Whole" in live.description
    assert "Not placed yet: heading by 2030, preferred." in live.description
    step.answers["place_heading"].value = {"x": 4, "y": -3}
    assert "heading by 2030 (orange-red square): x = 4, y = -3, in quadrant 4 Market Place" in live.description
    assert "Not placed yet: preferred." in live.description


def test_a_figure_follows_an_answer_cell_that_was_run_again(journal):
    """Issue 7: after re-running an answer cell, the figure kept listening to the old widget."""
    step = session_for("01", journal)
    step.answer("place_today").value = {"x": 1, "y": 1}
    live = figures.holoniq_map(step)
    rerun = step.answer("place_today")  # the learner runs the answer cell again
    rerun.value = {"x": -4, "y": -4}
    assert "today (blue circle): x = -4, y = -4, in quadrant 3 Professions Rule" in live.description


def test_a_figure_drawn_before_its_answer_cells_uses_the_journal(journal):
    journal.save("01", "place_today", {"x": 2, "y": 3})
    live = figures.holoniq_map(session_for("01", journal))
    assert "today (blue circle): x = 2, y = 3, in quadrant 2 Micro Quals" in live.description


def test_re_running_a_figure_cell_closes_the_old_figure(journal):
    step = session_for("01", journal)
    first = figures.holoniq_map(step)
    second = figures.holoniq_map(step)
    assert first.comm is None and second.comm is not None
    assert len(step.answer_changes) == 1


def test_ratings_chart_follows_rating_changes(journal):
    step = session_for("02", journal)
    step.answer_group("likelihood"), step.answer_group("desirability")
    live = figures.probable_preferable_chart(step)
    assert live.description == strings.RATINGS_PLACEHOLDER and live.png == b""  # nothing rated: nothing to draw
    step.answers["likelihood_C2"].value = 5
    assert "No scenario has both ratings yet" in live.description and live.png
    step.answers["desirability_C2"].value = 1
    assert "C2 Consortia of universities: likelihood 5, desirability 1; likely but unwanted" in live.description


def test_mapping_panel_sets_the_cases_side_by_side_and_keeps_the_choices(journal):
    from course_helpers import feedback

    readings = {sid: scenarios.Reading("H4", "Platforms lead and sell single pieces.", "H2", "the state lists them")
                for sid in CAMILLERI_IDS}
    names = dict(NAMES, C6=HOSTILE)
    step = session_for("02", journal)
    step.answer_group("nearest")
    panel = feedback.mapping_feedback_panel(step, readings, names)
    assert panel.summary == scenarios.SUMMARY_NOTHING
    assert "Platforms lead" not in panel.text
    step.answers["nearest_C1"].value = "H4"
    step.answers["nearest_C2"].value = "H1"
    assert "You and the companion's authors both placed C1" in panel.text
    assert "Ours places it nearer to 4 Market Place, because platforms lead" in panel.text
    assert panel.summary.startswith("You have related two of the six scenarios")
    assert panel.summary in panel.html.value.replace("&#x27;", "'")
    assert step.answers["nearest_C2"].value == "H1"
    assert "<script>" not in panel.html.value
    for mark in ("color", "background", "✗", "✓"):  # no colour coding, no ticks or crosses
        assert mark not in panel.html.value


def test_our_readings_open_only_when_asked(journal):
    from course_helpers import feedback, tables

    step = session_for("01", journal)
    reveal = feedback.reveal_readings(step, tables.scenario_table("HolonIQ"))
    assert not reveal.is_open and "0 of 4" in reveal.note.value
    step.answer("reading_H1").value = "the state stacks everything"
    assert "1 of 4" in reveal.note.value
    reveal.button.click()
    assert reveal.is_open and "Greater Whole" in reveal.content.value


# ---------------------------------------------------------------------- tables

def test_facts_table_escapes_every_cell_and_labels_interpretations():
    rows = [{"figure": HOSTILE, "value": 1, "source": "companion-authors", "verification": "interpretation"},
            {"figure": "plain", "value": 2, "source": "holoniq-2021-panel", "verification": "verified"}]
    html = tables.facts_table_html(rows, {"What": "figure", "Value": "value"}, caption=HOSTILE, row_header="What")
    assert "<script>" not in html and "<img" not in html
    assert html.count("&lt;script&gt;") == 2
    assert "<strong>Interpretation (the companion authors&#x27; reading)</strong>" in html
    assert "Checked in the source" in html
    assert '<th scope="row"' in html and "<caption" in html
    assert 'href="https://www.holoniq.com/notes/micro-credentials-global-panel-results/"' in html


def test_data_tables_show_status_and_source():
    html = tables.scenario_table("HolonIQ")._repr_html_()
    assert html.count("Interpretation (the companion authors&#x27; reading); name and position: checked in the source") == 4
    assert "Government-led, bundled" in html and "Greater Whole" in html
    figures_html = tables.holoniq_figures_table("market").html
    assert "US$2.6 trillion" in figures_html and "US$10 billion" in figures_html
    assert "HolonIQ (2021)" in figures_html
    assert tables.format_value(20, "percent") == "20%"
    assert tables.format_value(320, "people") == "320 people"


def test_a_table_reads_the_bibliography_once(monkeypatch):
    from course_helpers import data

    real_load, loads = data.load, []
    monkeypatch.setattr(data, "load", lambda name, *a, **k: loads.append(name) or real_load(name, *a, **k))
    tables.scenario_table("Camilleri")
    assert loads.count("sources") == 1


def test_every_figure_family_name_is_reachable_from_plots_and_unknown_names_fail():
    import importlib

    from course_helpers import plots as lazily

    # A name equal to its module's would be shadowed by the module as soon as anyone imports it directly.
    assert not set(lazily._FAMILY_OF) & set(lazily._FAMILIES)
    for family, names in lazily._FAMILIES.items():
        module = importlib.import_module(f"course_helpers.plots.{family}")
        for name in names:
            assert getattr(lazily, name) is getattr(module, name)
    assert set(lazily.__all__) <= set(dir(lazily))
    with pytest.raises(AttributeError):
        lazily.no_such_figure  # noqa: B018
