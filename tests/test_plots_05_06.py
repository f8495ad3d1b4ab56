"""Figures for notebooks 05 and 06: what they draw, what their descriptions say, colours, shapes and overlaps."""
from __future__ import annotations

import io
import itertools
import random

import matplotlib
import matplotlib.text
import pytest
from matplotlib import _pylab_helpers
from matplotlib.colors import to_hex
from matplotlib.patches import FancyArrowPatch, Rectangle
from PIL import Image

from course_helpers import counting, data, ecology as e, plots, unbundling as u

OKABE_ITO = {c.lower() for c in plots.OKABE_ITO.values()}
PARTS = u.parts_from_rows(data.load("module_parts").to_dict("records"))
PROVIDERS = u.providers_from_rows(data.load("providers").to_dict("records"))
TYPES = e.reference_types_from_rows(data.load("credential_types").to_dict("records"))
DEFINITIONS = e.definitions_from_rows(data.load("microcredential_definitions").to_dict("records"))
HOSTILE = "<script>alert(1)</script> $\\undefinedcommand$ \u202eevil"


def by_gid(fig, prefix):
    return [a for a in fig.findobj() if (a.get_gid() or "").startswith(prefix)]


def one(fig, gid):
    found = [a for a in fig.findobj() if a.get_gid() == gid]
    assert len(found) == 1, f"expected one artist {gid!r}, found {len(found)}"
    return found[0]


def assert_no_overlaps(boxes):
    for (name_a, a), (name_b, b) in itertools.combinations(boxes, 2):
        assert not a.overlaps(b), f"{name_a!r} overlaps {name_b!r}"


def assert_text_inside(fig):
    """Every caption, label and legend entry we wrote lies inside the figure (tick labels are matplotlib's)."""
    fig.canvas.draw()
    ours = list(fig.texts) + [t for ax in fig.axes for t in ax.texts]
    ours += [t for legend in fig.legends for t in legend.get_texts()]
    for text in ours:
        if text.get_text() and text.get_visible():
            box = text.get_window_extent()
            assert fig.bbox.x0 <= box.x0 and box.x1 <= fig.bbox.x1 + 1 and fig.bbox.y0 <= box.y0 \
                and box.y1 <= fig.bbox.y1 + 1, text


def assert_clean_png(fig, text):
    before = dict(matplotlib.rcParams)
    png = plots.render_png(fig, text)
    assert Image.open(io.BytesIO(png)).text["Description"] == text
    assert _pylab_helpers.Gcf.get_num_fig_managers() == 0
    assert dict(matplotlib.rcParams) == before


# ------------------------------------------------------------------ the unbundled module

def arranged(value):
    return u.normalise(value, PARTS, PROVIDERS)[0]


def test_grid_marks_each_assigned_cell_with_the_roles_shape_and_word():
    assignment = arranged({"content": ["norvale", "corrin"], "teaching": "quillora", "credential": "ostberg"})
    fig, text = plots.unbundled_module(assignment, PARTS, PROVIDERS)
    cells = {a.get_gid() for a in by_gid(fig, "cell:")}
    assert cells == {"cell:content:norvale", "cell:content:corrin", "cell:teaching:quillora", "cell:credential:ostberg"}
    assert one(fig, "cell:content:corrin").get_marker() == "s"
    assert one(fig, "cell:teaching:quillora").get_marker() == "o"
    assert one(fig, "cell:credential:ostberg").get_marker() == "D"
    assert one(fig, "word:content:corrin").get_text() == "designs\n(shared)"
    assert one(fig, "word:teaching:quillora").get_text() == "delivers"
    for cell in by_gid(fig, "cell:"):
        assert to_hex(cell.get_color()).lower() in OKABE_ITO
    assert {a.get_gid() for a in by_gid(fig, "unassigned:")} == {"unassigned:assessment", "unassigned:support"}
    assert one(fig, "verdict").get_text() == "Co-construction only"
    assert "Columns, left to right: Norvale University (your university, blue)" in text
    assert "- Content (design): Norvale University and Corrin Energy, jointly." in text
    assert "- Assessment (design): no provider chosen yet." in text
    assert "Verdict: Co-construction" in text
    assert_text_inside(fig)
    assert_clean_png(fig, text)


@pytest.mark.parametrize("value, verdict", [
    ({p: "norvale" for p in u.PART_IDS}, "Neither co-construction nor co-delivery"),
    ({"teaching": ["norvale", "ostberg"]}, "Co-delivery only"),
    ({"content": ["norvale", "ostberg"], "support": ["corrin", "quillora"]}, "Co-construction and co-delivery"),
    ({}, "Neither co-construction nor co-delivery"),
])
def test_grid_verdict_follows_the_arrangement(value, verdict):
    fig, text = plots.unbundled_module(arranged(value), PARTS, PROVIDERS)
    assert one(fig, "verdict").get_text() == verdict


def test_grid_draws_hostile_provider_names_as_text():
    providers = dict(PROVIDERS, corrin=u.Provider("corrin", HOSTILE * 20, "employer"))
    fig, text = plots.unbundled_module(arranged({"content": "corrin"}), PARTS, providers)
    fig.canvas.draw()
    assert "\u202e" not in text and "\n" in text


# ------------------------------------------------------------------ choice explosion

def test_choice_lines_are_exact_counts_on_log_axes_with_distinct_styles():
    fig, text = plots.choice_explosion(26, 5)
    ax = fig.axes[0]
    assert ax.get_xscale() == "log" and ax.get_yscale() == "log"
    lines = {int(a.get_gid().split(":")[1]): a for a in by_gid(fig, "line:")}
    assert sorted(lines) == [2, 5, 10]
    for k, line in lines.items():
        for x, y in line.get_xydata()[:5]:
            assert y == pytest.approx(float(counting.count_pathways(int(x), k)))
        assert to_hex(line.get_color()).lower() in OKABE_ITO
    assert len({line.get_linestyle() for line in lines.values()}) == 3
    assert len({line.get_marker() for line in lines.values()}) == 3
    assert one(fig, "point:you").get_xydata().tolist() == [[26, 65780.0]]
    assert one(fig, "point:camilleri").get_xydata().tolist() == [[50_000, float(counting.count_pathways(50_000, 5))]]
    assert "a catalogue of 26 modules and pathways of 5 allow 65,780 distinct pathways" in text
    assert "multiply it by 1.23" in text
    assert "about 2.6 sextillion (2.6 × 10^21) different packages of five (exactly 2,603,645,869,790,625,010,000)" in text
    assert "his slides round it to about 2 sextillion" in text
    assert "- pathways of 5 modules (dashed orange line with squares): 10 modules: 252; 100 modules: about 75.3 million" in text
    assert_text_inside(fig)
    assert_clean_png(fig, text)


def test_choice_learners_length_gets_a_line_and_ordered_counts_are_named():
    fig, text = plots.choice_explosion(1_000, 7, ordered=True)
    assert {a.get_gid() for a in by_gid(fig, "line:")} == {"line:2", "line:5", "line:7", "line:10"}
    assert "ordered pathways (the order of taking modules counts)" in text
    assert one(fig, "point:you").get_xydata().tolist() == [[1000, float(counting.count_ordered_pathways(1000, 7))]]


def test_choice_with_a_catalogue_smaller_than_the_pathway_says_none():
    fig, text = plots.choice_explosion(3, 5)
    assert by_gid(fig, "point:you") == []
    assert "Your point: none. A pathway of 5 different modules needs a catalogue of at least 5; this one has 3." in text
    assert one(fig, "note:none")


def test_choice_labels_keep_clear_of_markers_and_each_other():
    for size, length in ((26, 5), (50_000, 5), (10, 2), (900_000, 50), (2, 1)):
        fig, _ = plots.choice_explosion(size, length)
        fig.canvas.draw()
        ax = fig.axes[0]
        boxes = [(t.get_gid(), t.get_window_extent()) for t in by_gid(fig, "label:")]
        for point in by_gid(fig, "point:"):
            (x, y), = point.get_xydata().tolist()
            cx, cy = ax.transData.transform((x, y))
            r = point.get_markersize() / 2 * fig.dpi / 72
            from matplotlib.transforms import Bbox
            boxes.append((point.get_gid(), Bbox.from_extents(cx - r, cy - r, cx + r, cy + r)))
        assert_no_overlaps(boxes)
        assert_text_inside(fig)


def test_choice_refuses_bad_settings_in_a_sentence():
    with pytest.raises(ValueError, match="catalogue size should be a whole number"):
        plots.choice_explosion(0, 5)
    with pytest.raises(ValueError, match="pathway length should be a whole number"):
        plots.choice_explosion(10, 500)


# ------------------------------------------------------------------ the learning ecology

def credentials(raws):
    kept = []
    for raw in raws:
        credential, problems = e.validate_credential(raw, e.next_id(kept))
        assert not problems, problems
        kept.append(credential)
    return kept


CREDS = credentials([
    dict(name="BSc Biology", size=180, unit="ECTS", level=6, kind="degree", when="past"),
    dict(name="Certificate in Carbon Accounting", size=5, unit="ECTS", level=7, kind="micro", when="past"),
    dict(name="MSc Energy Systems", size=90, unit="ECTS", level=7, kind="degree", when="planned"),
    dict(name="Forklift safety badge", size=8, unit="hours", level=None, kind="badge", when="past"),
    dict(name="NZ micro-credential", size=15, unit="NZ credits", level=5, kind="micro", when="planned"),
])
LINKS = e.validate_interfaces([{"from": "c2", "to": "c3", "kind": "stacks_into"},
                               {"from": "c1", "to": "c3", "kind": "gives_entry_to"},
                               {"from": "c4", "to": "c2", "kind": "rpl"},
                               {"from": "c2", "to": "c3", "kind": "credit_transfer"}], CREDS)[0]


def test_map_draws_reference_ranges_as_boxes_and_illustrations_differently():
    fig, text = plots.learning_ecology(TYPES, DEFINITIONS, [], [])
    for kind in TYPES:
        box = one(fig, f"type:{kind.id}")
        assert isinstance(box, Rectangle)
        if kind.min_hours is not None:
            assert box.get_x() == pytest.approx(kind.min_hours) and box.get_width() > 0
        assert (box.get_hatch() == "//") == kind.illustrative
        assert (box.get_linestyle() == "--") == kind.illustrative
    assert one(fig, "type:definition:cmf").get_x() == 100
    assert {a.get_gid() for a in by_gid(fig, "definition:")} >= {f"definition:{d.id}" for d in DEFINITIONS}
    assert "You have not added any credentials yet." in text and one(fig, "empty")
    assert "not the course's own diagram" in text
    assert "- Bachelor's degree (first cycle): typically 180 or 240 ECTS, 4,500-7,200 hours; EQF 6 (verified)." in text
    assert "- Digital badge: an illustrative range of our own" in text and "(interpretation)" in text
    assert "- NZQA micro-credentials (2018, before the course): from 50 hours to 400 hours" in text
    assert "- Australia's National Microcredentials Framework (2022, after the course): from 1 hours no maximum" in text
    assert "- EU Council Recommendation (2022, after the course): no size set" in text
    assert "EQF 6-7, also drawn as a box on the map" in text


def test_map_plots_every_credential_and_link_and_rings_the_isolated():
    fig, text = plots.learning_ecology(TYPES, DEFINITIONS, CREDS, LINKS)
    for credential in CREDS:
        point = one(fig, f"credential:{credential.id}")
        low, high = credential.hours
        (x, y), = point.get_xydata().tolist()
        assert low <= x <= high and y == (credential.level or 0)
        assert (len(by_gid(fig, f"range:{credential.id}")) == 1) == (high > low)
    assert {a.get_gid() for a in by_gid(fig, "isolated:")} == {"isolated:c5"}
    arrows = fig.findobj(FancyArrowPatch)
    assert {a.get_gid() for a in arrows} == {f"link:{i.source}->{i.target}:{i.kind}" for i in LINKS}
    assert len({a.get_linestyle() for a in arrows}) == 4
    assert all(to_hex(a.get_edgecolor()).lower() in OKABE_ITO for a in arrows)
    past = one(fig, "credential:c1")
    planned = one(fig, "credential:c3")
    assert to_hex(planned.get_markerfacecolor()) == "#ffffff" and to_hex(past.get_markerfacecolor()) != "#ffffff"
    assert past.get_marker() != one(fig, "credential:c2").get_marker()
    labels = [t.get_text() for t in by_gid(fig, "label:")]
    assert "NZ micro-credential (planned): no link" in labels
    assert "- BSc Biology: 180 ECTS (4,500-5,400 hours), EQF 6, degree, past (square)." in text
    assert "- Forklift safety badge: 8 hours, level not stated, digital badge, past (down-triangle)." in text
    assert ("- NZ micro-credential: 15 NZ credits (150 hours), EQF 5, micro-credential, planned (circle); no link, "
            "so it is ringed.") in text
    assert "- Certificate in Carbon Accounting stacks into MSc Energy Systems (solid black arrow)." in text
    assert "- BSc Biology gives entry to MSc Energy Systems (dashed orange arrow)." in text
    assert ("- Forklift safety badge recognition of prior learning towards Certificate in Carbon Accounting "
            "(dash-dotted pink-purple arrow).") in text
    assert "- Certificate in Carbon Accounting credit transfer to MSc Energy Systems (dotted green arrow)." in text
    assert "Without any link: NZ micro-credential." in text
    assert_clean_png(fig, text)


def _label_boxes(fig):
    fig.canvas.draw()
    return [(t.get_gid(), t.get_window_extent()) for t in by_gid(fig, "label:") + by_gid(fig, "type-label:")]


def test_map_labels_do_not_overlap_for_random_credentials():
    rng = random.Random(2021)
    kinds, units = list(e.KINDS), list(e.UNITS)
    for _ in range(4):
        raws = [dict(name=f"Credential {i} " + "x" * rng.randint(0, 12), size=rng.choice([2, 5, 12, 60, 180, 400]),
                     unit=rng.choice(units), level=rng.choice([None, 4, 5, 6, 7, 8]), kind=rng.choice(kinds),
                     when=rng.choice(["past", "planned"])) for i in range(6)]
        creds = credentials(raws)
        links = [e.Interface(a.id, b.id, rng.choice(e.INTERFACE_KINDS)) for a, b in zip(creds, creds[1:3])]
        fig, _ = plots.learning_ecology(TYPES, DEFINITIONS, creds, links)
        assert_no_overlaps(_label_boxes(fig))
        assert_text_inside(fig)


def test_map_draws_hostile_names_as_text():
    creds = credentials([dict(name=HOSTILE + "y" * 60, size=3, unit="hours", level=2, kind="other", when="past"),
                         dict(name="$$", size=1, unit="ECTS", level=None, kind="course", when="planned")])
    fig, text = plots.learning_ecology(TYPES, DEFINITIONS, creds, [])
    fig.canvas.draw()
    assert "<script>alert(1)</script>" in text and "\u202e" not in text
    assert_clean_png(fig, text)


def test_no_figure_module_shadows_another_in_the_plots_package():
    """Each name plots re-exports is defined in exactly one figure module (05's styles once hid 04's)."""
    import ast
    from pathlib import Path

    from course_helpers.plots import ecology as ecology_plots, links

    defined: dict[str, list[str]] = {}
    for path in Path(plots.__file__).parent.glob("*.py"):
        for node in ast.parse(path.read_text()).body:
            names = [node.name] if isinstance(node, (ast.FunctionDef, ast.ClassDef)) else [
                t.id for t in getattr(node, "targets", [getattr(node, "target", None)]) if isinstance(t, ast.Name)]
            for name in names:
                defined.setdefault(name, []).append(path.stem)
    exported = [name for name in vars(plots) if not name.startswith("_")]
    twice = {name: where for name, where in defined.items() if name in exported and len(where) > 1}
    assert twice == {}
    assert plots.LINK_STYLES is links.LINK_STYLES and plots.INTERFACE_STYLES is ecology_plots.INTERFACE_STYLES
