"""Figures for notebooks 03 and 04: the judgement heat map and the two-sided drivers-critiques figure.

What is checked: every cell or link is drawn where and how the answers say;
colour is never the only cue (symbols, words, line styles); the palette is
Okabe-Ito, light-to-dark for the answers, with readable text contrast; the
description states everything the figure shows; hostile names are drawn as
plain text; nothing leaves the figure or overlaps; pyplot is left alone.
"""
from __future__ import annotations

import io
import itertools

import matplotlib
import matplotlib.text
import pytest
from matplotlib import _pylab_helpers
from matplotlib.colors import to_hex, to_rgb
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from PIL import Image

from course_helpers import data, plots, strings
from course_helpers.vocabulary import CRITIQUE_IDS, DRIVER_IDS, EXAMPLE_IDS, NO_DRIVER, STAKEHOLDER_IDS

OKABE_ITO = {c.lower() for c in plots.OKABE_ITO.values()}
NEUTRAL = {"#ffffff", plots.GUIDE_GREY.lower()}
HOSTILE_NAMES = ['<img src=x onerror=alert(1)><script>alert(1)</script>', "$\\frac{1}{0}$ \\$ $$", "\u202eevil\u202c",
                 "lone \ud800 surrogate", "nul \x00 byte", "x" * 10_000, "   ", "{placeholder} %s"]


@pytest.fixture(scope="module")
def viewpoints():
    frame = data.load("stakeholders")
    return dict(zip(frame["id"], frame["short"]))


@pytest.fixture(scope="module")
def examples():
    frame = data.load("example_credentials")
    return dict(zip(frame["id"], frame["short"]))


@pytest.fixture(scope="module")
def drivers():
    frame = data.load("drivers")
    return dict(zip(frame["id"], frame["title"]))


@pytest.fixture(scope="module")
def critiques():
    frame = data.load("critiques")
    return dict(zip(frame["id"], frame["title"]))


GRID = {"learners": {"mooc": "yes", "module": "yes", "badge": "yes", "language": "no", "cpd": "unsure"},
        "employers": {"mooc": "no", "module": "yes", "badge": "no", "vendor": "yes", "language": "yes"},
        "institutions": {"mooc": "unsure", "module": "yes", "badge": "no"}}
LINKS = {"gig_work": {"driver": "employer_demand", "relation": "answers"},
         "weak_evidence": {"driver": "employer_demand", "relation": "pushes against"},
         "jungle": {"driver": "cost_access"}, "two_tier": {"driver": NO_DRIVER}}
RATINGS = {"gig_work": 2, "two_tier": 4, "jungle": 5, "cost_shift": None}


def by_gid(fig, prefix):
    return [a for a in fig.findobj() if (a.get_gid() or "").startswith(prefix)]


def one(fig, gid):
    found = [a for a in fig.findobj() if a.get_gid() == gid]
    assert len(found) == 1, f"expected one artist {gid!r}, found {len(found)}"
    return found[0]


def luminance(colour) -> float:
    """WCAG relative luminance."""
    def channel(c):
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in to_rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def visible_texts(fig):
    return [t for t in fig.findobj(matplotlib.text.Text) if t.get_text().strip() and t.get_visible()]


def assert_inside_and_apart(fig, texts):
    fig.canvas.draw()
    boxes = [(t.get_gid() or t.get_text()[:20], t.get_window_extent()) for t in texts]
    for name, box in boxes:
        assert fig.bbox.x0 <= box.x0 and box.x1 <= fig.bbox.x1 + 0.5, name
        assert fig.bbox.y0 <= box.y0 and box.y1 <= fig.bbox.y1 + 0.5, name
    for (name_a, a), (name_b, b) in itertools.combinations(boxes, 2):
        assert not a.overlaps(b), f"{name_a!r} overlaps {name_b!r}"


# ----------------------------------------------------------------- heat map

def test_every_cell_shows_its_answer_as_symbol_word_and_colour(viewpoints, examples):
    fig, _ = plots.judgement_heatmap(GRID, viewpoints, examples)
    assert len(by_gid(fig, "cell:")) == len(viewpoints) * len(examples)
    for sid in viewpoints:
        for eid in examples:
            answer = GRID.get(sid, {}).get(eid)
            cell, text = one(fig, f"cell:{sid}:{eid}"), one(fig, f"answer:{sid}:{eid}")
            style = plots.CELL_STYLES[answer]
            assert to_hex(cell.get_facecolor()) == to_hex(style.fill)
            assert (cell.get_hatch() is not None) == (answer is None)
            if answer is None:
                assert text.get_text() == "– not yet"
            else:
                assert text.get_text() == f"{strings.JUDGEMENT_SYMBOLS[answer]} {answer}"


def test_answer_colours_are_okabe_ito_and_darken_as_they_accept_more():
    fills = {a: plots.CELL_STYLES[a].fill.lower() for a in ("yes", "unsure", "no")}
    assert set(fills.values()) <= OKABE_ITO
    assert luminance(fills["no"]) > luminance(fills["unsure"]) > luminance(fills["yes"])
    for style in plots.CELL_STYLES.values():
        assert contrast(style.fill, style.text) >= 4.5, style


def test_only_the_palette_and_neutral_greys_are_used(viewpoints, examples):
    fig, _ = plots.judgement_heatmap(GRID, viewpoints, examples)
    for patch in fig.findobj(Rectangle):
        if patch is fig.patch or patch.get_fill() is False:
            continue
        if (patch.get_gid() or "").startswith(("cell:", "legend:")):
            assert to_hex(patch.get_facecolor()).lower() in OKABE_ITO | NEUTRAL, patch.get_gid()


def test_the_examples_that_disagree_most_are_framed_and_marked(viewpoints, examples):
    fig, text = plots.judgement_heatmap(GRID, viewpoints, examples)
    frames = {a.get_gid() for a in by_gid(fig, "frame:")}
    assert frames == {"frame:mooc"}
    assert one(fig, "level:mooc").get_text() == "◆ split: yes and no"
    assert one(fig, "level:badge").get_text() == "split: yes and no"
    assert one(fig, "level:module").get_text() == "all agree"
    assert one(fig, "level:cpd").get_text() == "too few answers"
    assert "The viewpoints disagree most on MOOC certificate." in text
    assert "They are marked ◆ and framed in a thick black line." in text


def test_the_description_states_every_cell_by_viewpoint_and_every_disagreement(viewpoints, examples):
    _, text = plots.judgement_heatmap(GRID, viewpoints, examples)
    assert ("- Learners: yes for MOOC certificate, 5-ECTS module and Attendance badge; unsure about CPD award; "
            "no for Language certificate; not answered yet for Vendor IT cert, Bootcamp certificate and Online "
            "microcredential.") in text
    assert "- Governments: nothing answered yet." in text
    assert "- QA & recognition: nothing answered yet." in text
    assert "yellow for no, sky blue for unsure, dark blue for yes" in text
    assert strings.DISAGREEMENT_RULE in text
    for eid, name in examples.items():
        assert sum(line.startswith(f"- {name}:") for line in text.splitlines()) == 1, name
    assert "- MOOC certificate: split (yes against no); 3 different answers from 3 viewpoints." in text
    assert "- Bootcamp certificate: not answered from any viewpoint yet." in text
    assert "illustrative" in text


def test_an_empty_grid_and_an_unreadable_one_say_so(viewpoints, examples):
    _, empty = plots.judgement_heatmap({}, viewpoints, examples)
    assert empty.count("nothing answered yet") == len(viewpoints)
    assert strings.TOO_FEW_TO_COMPARE in empty
    fig, text = plots.judgement_heatmap("not a grid", viewpoints, examples)
    assert "Your saved judgements could not be read ('not a grid'), so none are shown." in text
    assert len(by_gid(fig, "cell:")) == len(viewpoints) * len(examples)
    fig, text = plots.judgement_heatmap({"learners": {"mooc": "<b>yes</b>"}, "aliens": {}}, viewpoints, examples)
    assert "Left out 1 unknown viewpoint: 'aliens'." in text
    assert "learners/mooc ('<b>yes</b>')" in text
    fig, _ = plots.judgement_heatmap({}, {}, {})
    assert one(fig, "empty").get_text() == strings.HEATMAP_EMPTY


@pytest.mark.parametrize("name", HOSTILE_NAMES, ids=lambda n: repr(n[:20]))
def test_hostile_names_are_drawn_as_plain_text(name, viewpoints):
    fig, text = plots.judgement_heatmap({"learners": {"mooc": "yes"}}, {"learners": name, "employers": "Employers"},
                                        {"mooc": name, "module": "Module"})
    png = plots.render_png(fig, text.encode("utf-8", "surrogatepass").decode("utf-8", "replace"))
    assert png.startswith(b"\x89PNG")
    drawn = one(fig, "example:mooc")
    assert not drawn.get_parse_math() and not drawn.get_usetex()
    if name.strip() and "\ud800" not in name and "\x00" not in name and len(name) < 60:
        assert "".join(drawn.get_text().split()) == "".join(name.split())  # wrapped, but every character kept
    assert f"- {name}: yes for {name}" in text


def test_long_names_are_cut_and_wrapped_without_leaving_the_figure(viewpoints):
    names = {eid: "A very long example credential name that goes on " * 3 for eid in EXAMPLE_IDS}
    fig, _ = plots.judgement_heatmap(GRID, viewpoints, names)
    for label in by_gid(fig, "example:"):
        assert len(label.get_text()) <= 70 and label.get_text().count("\n") <= 2
    assert_inside_and_apart(fig, by_gid(fig, "example:") + by_gid(fig, "viewpoint:") + by_gid(fig, "legend-text:")
                            + by_gid(fig, "level:") + by_gid(fig, "header:") + by_gid(fig, "title"))


@pytest.mark.parametrize("shown", [5, 2, 1])
def test_heatmap_text_stays_inside_and_apart(viewpoints, examples, shown):
    viewpoints = dict(list(viewpoints.items())[:shown])
    fig, _ = plots.judgement_heatmap(GRID, viewpoints, examples)
    assert_inside_and_apart(fig, [t for t in visible_texts(fig) if not (t.get_gid() or "").startswith("answer:")])
    fig.canvas.draw()
    cells = {a.get_gid(): a.get_window_extent() for a in by_gid(fig, "cell:")}
    for label in by_gid(fig, "example:") + by_gid(fig, "viewpoint:"):
        box = label.get_window_extent()
        assert not any(box.overlaps(c) for c in cells.values()), label.get_gid()


# -------------------------------------------------------- drivers and critiques

def test_each_link_is_a_line_between_its_two_nodes_styled_by_relation(drivers, critiques):
    fig, _ = plots.critique_links(LINKS, RATINGS, drivers, critiques)
    lines = {a.get_gid(): a for a in by_gid(fig, "link:")}
    assert set(lines) == {"link:gig_work->employer_demand", "link:weak_evidence->employer_demand",
                          "link:jungle->cost_access"}
    for gid, line in lines.items():
        cid, did = gid.removeprefix("link:").split("->")
        start = one(fig, f"node:driver:{did}").get_xydata()[0]
        end = one(fig, f"node:critique:{cid}").get_xydata()[0]
        assert line.get_xydata().tolist() == [list(start), list(end)]
    assert lines["link:gig_work->employer_demand"].get_linestyle() == "-"
    assert lines["link:weak_evidence->employer_demand"].get_linestyle() == "--"
    assert lines["link:jungle->cost_access"].get_linestyle() == ":"


def test_relations_differ_by_line_style_not_colour_alone_and_use_the_palette():
    styles = list(plots.LINK_STYLES.values())
    assert len({s.style for s in styles}) == len(styles)
    assert len({s.colour for s in styles}) == len(styles)
    assert all(s.colour.lower() in OKABE_ITO | NEUTRAL for s in styles)
    assert all(contrast(s.colour, "white") >= 3 for s in styles)


def test_critiques_show_their_rating_and_their_state(drivers, critiques):
    fig, _ = plots.critique_links(LINKS, RATINGS, drivers, critiques)
    assert one(fig, "evidence:gig_work").get_text() == "evidence: 2 of 5"
    assert one(fig, "evidence:two_tier").get_text() == "evidence: 4 of 5; linked to none of the drivers"
    assert one(fig, "evidence:cost_shift").get_text() == "evidence: not rated yet; not linked yet"
    assert one(fig, "count:employer_demand").get_text() == "2 critiques linked"
    assert one(fig, "count:cost_access").get_text() == "1 critique linked"
    assert one(fig, "count:online_growth").get_text() == "0 critiques linked"
    assert {t.get_gid() for t in by_gid(fig, "legend-text:")} == {"legend-text:answers",
                                                                  "legend-text:pushes against", "legend-text:open"}
    for relation, line in ((r, one(fig, f"legend:{r}")) for r in ("answers", "pushes against")):
        assert line.get_linestyle() == plots.LINK_STYLES[relation].style


def test_the_description_lists_every_link_rating_and_driver(drivers, critiques):
    _, text = plots.critique_links(LINKS, RATINGS, drivers, critiques)
    assert ("- 'Gig qualifications for a gig economy' answers 'Skills over degrees'; evidence 2 of 5."
            in text)
    assert "- 'Little evidence of labour-market value' pushes against 'Skills over degrees'; evidence not rated yet." in text
    assert "- 'A two-tier system' concerns none of the drivers, in your view; evidence 4 of 5." in text
    assert ("- 'A jungle of certificates' is linked to 'Cost and access'; how (answers or pushes against) is not "
            "chosen yet; evidence 5 of 5.") in text
    for cid, title in critiques.items():
        assert sum(line.startswith(f"- '{title}'") for line in text.splitlines()) == 1, cid
    for did, title in drivers.items():
        assert sum(line.startswith(f"- {title}: ") for line in text.splitlines()) == 1, did
    assert "solid blue line where the critique answers the driver" in text
    assert "dashed orange-red line" in text and "dotted grey line" in text
    assert "The driver you linked the most critiques to: 'Skills over degrees' (2 critiques)." in text
    for word in ("right", "wrong", "correct"):
        assert f" {word} " not in text


def test_unreadable_links_and_ratings_are_named_in_the_description(drivers, critiques):
    fig, text = plots.critique_links({"jungle": {"driver": "greed"}, "hype": {}}, {"jungle": 7}, drivers, critiques)
    assert by_gid(fig, "link:") == []
    assert "Left out 1 unknown critique: 'hype'." in text
    assert "Left out 1 link that could not be read: jungle (an object)." in text
    assert "Left out 1 rating that could not be read: jungle (7)." in text
    _, text = plots.critique_links(["not", "links"], {}, drivers, critiques)
    assert "Your saved links could not be read (a list of 2), so none are shown." in text


@pytest.mark.parametrize("name", HOSTILE_NAMES, ids=lambda n: repr(n[:20]))
def test_hostile_titles_are_drawn_as_plain_text(name):
    fig, text = plots.critique_links({"c1": {"driver": "d1", "relation": "pushes against"}}, {"c1": 3},
                                     {"d1": name}, {"c1": name})
    png = plots.render_png(fig, text.encode("utf-8", "surrogatepass").decode("utf-8", "replace"))
    assert png.startswith(b"\x89PNG")
    for gid in ("driver:d1", "critique:c1"):
        assert not one(fig, gid).get_parse_math()
    assert f"- '{name}' pushes against '{name}'; evidence 3 of 5." in text


def test_links_text_stays_inside_and_apart(drivers, critiques):
    fig, _ = plots.critique_links(LINKS, RATINGS, drivers, critiques)
    assert_inside_and_apart(fig, visible_texts(fig))
    long = {cid: "An unusually long critique title that keeps going and going " * 2 for cid in CRITIQUE_IDS}
    fig, _ = plots.critique_links(LINKS, RATINGS, {d: "A long driver title with many words " * 2
                                                   for d in DRIVER_IDS}, long)
    assert_inside_and_apart(fig, visible_texts(fig))


# ------------------------------------------------------------------ both

@pytest.mark.parametrize("draw", [
    lambda: plots.judgement_heatmap(GRID, dict(zip(STAKEHOLDER_IDS, STAKEHOLDER_IDS)),
                                    dict(zip(EXAMPLE_IDS, EXAMPLE_IDS))),
    lambda: plots.critique_links(LINKS, RATINGS, dict(zip(DRIVER_IDS, DRIVER_IDS)),
                                 dict(zip(CRITIQUE_IDS, CRITIQUE_IDS))),
], ids=["heatmap", "links"])
def test_figures_are_opaque_white_and_leave_pyplot_and_rcparams_alone(draw):
    before = dict(matplotlib.rcParams)
    fig, text = draw()
    assert to_hex(fig.get_facecolor(), keep_alpha=True) == "#ffffffff"
    image = Image.open(io.BytesIO(plots.render_png(fig, text)))
    assert image.getpixel((2, 2))[:3] == (255, 255, 255)
    assert image.text["Description"] == text
    assert _pylab_helpers.Gcf.get_num_fig_managers() == 0
    assert dict(matplotlib.rcParams) == before
    assert all(isinstance(line, Line2D) for line in by_gid(fig, "link:"))
