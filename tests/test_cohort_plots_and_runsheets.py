"""Class figures (what they draw, what their descriptions say, colours, no pyplot state), dashboard panels per
step, and the seminar run sheets (timings that add up, printable output kept in step with the data)."""
from __future__ import annotations

import subprocess
import sys

import pytest
from matplotlib import _pylab_helpers
from matplotlib.colors import to_hex
from matplotlib.patches import Ellipse

from course_helpers import plots
from course_helpers.cohort import dashboard, runsheets
from course_helpers.cohort.aggregate import ClassAggregates
from course_helpers.cohort.runsheets import RunSheetError, Segment, check_timings, load_notes, load_runsheets
from course_helpers.course import NOTEBOOK_DIR
from course_helpers.vocabulary import camilleri_names

OKABE_ITO = {c.lower() for c in plots.OKABE_ITO.values()}
GREYS = {"#000000", "#ffffff", "#555555", "#cccccc"}


def by_gid(fig, prefix):
    return [a for a in fig.findobj() if (a.get_gid() or "").startswith(prefix)]


def colours_used(fig, prefixes=("centre:", "spread:", "median:", "iqr", "arrow:", "bar:", "mean:")) -> set[str]:
    """The colours of the artists that carry data (grid lines and text are not data)."""
    found = set()
    for artist in fig.findobj():
        if not (artist.get_gid() or "").startswith(prefixes):
            continue
        for getter in ("get_color", "get_edgecolor", "get_facecolor", "get_markerfacecolor"):
            try:
                value = getattr(artist, getter)()
            except (AttributeError, TypeError):
                continue
            try:
                found.add(to_hex(value).lower())
            except (ValueError, TypeError):
                continue
    return found


def test_the_class_map_draws_centres_and_spread_never_a_suppressed_point():
    points = {"today": plots.ClassPoint((1.5, -0.5), (2.0, 1.0), 12), "heading": None,
              "preferred": plots.ClassPoint((-2.0, 3.0), (1.0, 1.5), 11)}
    fig, text = plots.class_holoniq(points)
    ellipses = {e.get_gid(): e for e in fig.findobj(Ellipse)}
    assert set(ellipses) == {"spread:today", "spread:preferred"}
    assert ellipses["spread:today"].center == (1.5, -0.5)
    assert (ellipses["spread:today"].width, ellipses["spread:today"].height) == (4.0, 2.0)
    assert ellipses["spread:today"].get_linestyle() != ellipses["spread:preferred"].get_linestyle()
    assert not by_gid(fig, "centre:heading")
    assert "today (blue circle, solid ellipse), 12 learners: average x = 1.5, y = -0.5" in text
    assert "Not shown because fewer than 5 learners placed them: heading by 2030." in text
    assert "No single learner's point is drawn" in text
    assert by_gid(fig, "suppressed")[0].get_text().endswith("heading by 2030")
    assert colours_used(fig) and colours_used(fig) <= OKABE_ITO | GREYS


def test_the_class_chart_of_camilleri_shows_medians_quartiles_and_what_is_left_out():
    q = plots.Quartiles
    ratings = {"C1": (q(3, 2, 4, 30), q(4, 3, 5, 30)), "C2": (q(3, 2, 4, 30), q(4, 4, 5, 29)),
               "C3": (None, q(2, 1, 3, 30))}
    fig, text = plots.class_probable_preferable(ratings, camilleri_names())
    assert {a.get_gid() for a in by_gid(fig, "median:")} == {"median:C1", "median:C2"}
    assert by_gid(fig, "iqr-x:C1")[0].get_xdata().tolist() == [2, 4]
    assert "C1 Global micro-credential marketplace: likelihood median 3 (middle half 2 to 4, 30 learners)" in text
    assert "C1, C2 share the same medians and are drawn slightly apart." in text
    assert "C3" in text.splitlines()[-1] and "Not shown" in text.splitlines()[-1]
    assert colours_used(fig) <= OKABE_ITO | GREYS


def test_generic_figures_describe_every_row_and_hide_what_is_hidden():
    fig, text = plots.class_counts("Nearest", [("H1", 12), ("H2", None), ("none", 0)], 30)
    assert by_gid(fig, "hidden:1") and not by_gid(fig, "bar:1")
    assert "- H2: hidden" in text and "- H1: 12" in text
    fig, text = plots.class_medians("Ratings", [("Q1", plots.Quartiles(4, 3, 5, 9)), ("Q2", None)], ("low", "high"))
    assert "- Q1: median 4, middle half 3 to 5, 9 learners." in text and "- Q2: not shown" in text
    fig, text = plots.class_ranking("Blocks", [("B", 2.5, 0.5, 8), ("A", 1.2, 0.4, 8), ("C", None, None, None)])
    assert text.index("- A:") < text.index("- B:") < text.index("- C:")
    assert _pylab_helpers.Gcf.get_all_fig_managers() == []  # no pyplot state


def test_a_step_without_a_builder_gets_generic_panels_and_a_new_builder_is_one_function(monkeypatch):
    from course_helpers.cohort.aggregate import aggregate_column
    from course_helpers.cohort.columns import Layout
    layout = Layout()
    familiarity = aggregate_column(layout.column("00", "familiarity"), [3] * 6 + [4] * 6, 5)
    result = ClassAggregates(k=5, learners=12, steps=layout.steps[:1], by_step={"00": [familiarity]})
    panels = dashboard.build_panels(result)
    assert [p.title for p in panels] == ["Step 00: the class's ratings"]
    assert panels[0].table[1][0] == "How familiar are micro-credentials to you today?"
    monkeypatch.setitem(dashboard.STEP_PANELS, "00", lambda step, aggregates, k: [dashboard.Panel("00", "Mine")])
    assert [p.title for p in dashboard.build_panels(result)] == ["Mine"]


# --- run sheets ------------------------------------------------------------------------------

def test_both_run_sheets_fill_their_minutes_exactly_and_use_real_notebooks():
    sheets = load_runsheets()
    assert set(sheets) == {60, 90}
    for minutes, sheet in sheets.items():
        assert sum(s.minutes for s in sheet.segments) == minutes
        assert sheet.segments[0].start == 0 and sheet.segments[-1].end == minutes
        assert {s.grouping for s in sheet.segments} >= {"individual", "whole class", "pairs", "quadrant groups"}
        assert any("neighbouring quadrant" in s.activity for s in sheet.segments)
        assert all(s.project for s in sheet.segments)


def test_the_command_line_offers_the_plans_there_are():
    from course_helpers.cli import cohort as cli_cohort
    assert cli_cohort.PLANS == runsheets.PLANS


def test_building_the_command_line_does_not_load_the_drawing_modules():
    code = ("import sys; from course_helpers.cli import build_parser; build_parser(); "
            "print(any(m.startswith(('matplotlib', 'pandas')) for m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize("segments, words", [
    ((Segment("a", 0, 10, None, "x", "pairs", "r", "p", "f"), Segment("b", 12, 60, None, "x", "pairs", "r", "p", "f")),
     "starts at minute 12"),
    ((Segment("a", 0, 30, None, "x", "pairs", "r", "p", "f"), Segment("b", 20, 60, None, "x", "pairs", "r", "p", "f")),
     "starts at minute 20"),
    ((Segment("a", 0, 50, None, "x", "pairs", "r", "p", "f"),), "end at minute 50, not 60"),
    ((Segment("a", 0, 60, "42", "x", "pairs", "r", "p", "f"),), "no step '42'"),
])
def test_timings_that_do_not_add_up_are_named(segments, words):
    with pytest.raises(RunSheetError, match=words):
        check_timings(60, segments)


@pytest.mark.parametrize("minutes", [60, 90])
def test_the_committed_printable_run_sheets_match_the_data(minutes):
    sheet = load_runsheets()[minutes]
    expected = runsheets.runsheet_markdown(sheet, load_notes())
    assert (NOTEBOOK_DIR / "facilitator" / f"run-sheet-{minutes}.md").read_text() == expected, (
        f"regenerate with: python -m course_helpers cohort runsheet {minutes} "
        f"--out notebooks/facilitator/run-sheet-{minutes}.md")


def test_the_html_run_sheet_is_printable_escaped_and_has_no_script(tmp_path):
    out = tmp_path / "sheet.html"
    done = subprocess.run([sys.executable, "-m", "course_helpers", "cohort", "runsheet", "90", "--out", str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    html = out.read_text()
    assert "<script" not in html and "default-src 'none'" in html and "@media print" in html
    assert "Handling politically loaded critiques even-handedly" in html
    assert "Steelman before rebuttal" in html and "85–90" in html
