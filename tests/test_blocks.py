"""The blocks on the road: data, reading a stored ranking, the comparison with survey shares, and its figure."""
from __future__ import annotations

import itertools

import matplotlib
import matplotlib.text
import pytest
from matplotlib import _pylab_helpers
from matplotlib.colors import to_hex

from course_helpers import blocks, data, plots
from course_helpers.vocabulary import BLOCK_IDS, BLOCK_NAMES

BLOCKS = blocks.load_blocks()
SHARES = blocks.load_shares()
OKABE_ITO = {c.lower() for c in plots.OKABE_ITO.values()}


def test_blocks_match_the_vocabulary_and_every_share_has_a_caveat():
    assert tuple(b.id for b in BLOCKS) == BLOCK_IDS and tuple(b.name for b in BLOCKS) == BLOCK_NAMES
    for share in SHARES:
        assert 0 <= share.percent <= 100 and share.caveat and share.respondents and share.survey
        assert set(share.blocks) <= set(BLOCK_IDS)
    assert any(len(s.blocks) > 1 for s in SHARES)  # HolonIQ's recognition-and-QA figure


def test_secondary_figures_say_so():
    table = data.load("block_shares")
    for row in table.to_dict("records"):
        if row["verification"] == "secondary":
            assert any(word in row["caveat"].lower() for word in ("blog", "second-hand", "summary"))


@pytest.mark.parametrize("value, kept, dropped", [
    (None, [], False), ([], [], False), (["funding", "recognition"], ["funding", "recognition"], False),
    (["funding", "funding", "bribery", 3, None], ["funding"], True), ("funding", [], True), ({"a": 1}, [], True),
    ([["recognition"]] * 100, [], True),
], ids=repr)
def test_a_stored_ranking_is_read_without_raising(value, kept, dropped):
    ranking, problems = blocks.clean_ranking(value)
    assert ranking == kept and bool(problems) == dropped
    assert all(len(p) < 300 for p in problems)


def test_comparison_puts_ranked_blocks_first_in_the_learners_order():
    result = blocks.compare(["funding", "recognition"], BLOCKS, SHARES)
    assert [c.block.id for c in result[:2]] == ["funding", "recognition"]
    assert [c.rank for c in result[:3]] == [1, 2, None]
    assert [c.block.id for c in result[2:]] == [b for b in BLOCK_IDS if b not in ("funding", "recognition")]
    recognition = result[1]
    assert {s.id for s in recognition.shares} == {s.id for s in SHARES if "recognition" in s.blocks}


def test_sentences_give_rank_share_respondents_and_caveat():
    lines = blocks.describe_comparison(blocks.compare(["quality_assurance"], BLOCKS, SHARES))
    qa = lines[0]
    assert qa.startswith("Quality assurance: you put it in place 1.")
    assert "57%" in qa and "(asked together with recognition)" in qa and "320 higher-education leaders" in qa
    assert "Caveat: HolonIQ reports recognition and quality assurance together" in qa
    assert any(line.startswith("Funding and incentives: you have not ranked it.") and "No survey" in line
               for line in lines)


# --- the figure ----------------------------------------------------------------------------------

def figure_for(ranking):
    return plots.blocks_ranking(blocks.compare(ranking, BLOCKS, SHARES))


def by_gid(fig, prefix):
    return [a for a in fig.findobj() if (a.get_gid() or "").startswith(prefix)]


def test_each_rank_and_share_is_drawn_where_it_belongs():
    fig, _ = figure_for(["understanding", "recognition"])
    ranks = {a.get_gid().split(":")[1]: a.get_text() for a in by_gid(fig, "rank:")}
    assert ranks["understanding"] == "1" and ranks["recognition"] == "2" and ranks["funding"] == "not ranked"
    points = {a.get_gid(): (a.get_xdata()[0], a.get_ydata()[0]) for a in by_gid(fig, "share:")}
    assert points["share:understanding:holoniq-understanding-2023"] == (31, 0)
    assert points["share:recognition:holoniq-recognition-qa-2021"] == (57, 1)
    values = {a.get_text() for a in by_gid(fig, "value:")}
    assert {"31%", "22%", "57%†", "67%", "17%"} <= values


def test_surveys_differ_by_shape_and_okabe_ito_colour_and_are_named_in_the_key():
    fig, description = figure_for([])
    styles = {}
    for artist in by_gid(fig, "share:"):
        share_id = artist.get_gid().split(":")[2]
        label = next(s.label for s in SHARES if s.id == share_id)
        styles.setdefault(label, set()).add((artist.get_marker(), to_hex(artist.get_color())))
    assert all(len(found) == 1 for found in styles.values())
    markers = [next(iter(found))[0] for found in styles.values()]
    assert len(set(markers)) == len(markers)  # colour is never the only cue
    assert all(next(iter(found))[1] in OKABE_ITO for found in styles.values())
    legend = fig.legends[0]
    assert {t.get_text() for t in legend.get_texts()} == set(styles)
    for label in styles:
        assert label in description


def test_description_states_everything_the_figure_shows():
    _, description = figure_for(["stackability", "recognition"])
    assert "1 = the biggest block" in description and "not the shares with each other" in description
    for block in BLOCKS:
        assert block.name in description
    for share in SHARES:
        assert f"{share.percent:g}%" in description and share.caveat in description
    assert "Stackability and credit: you put it in place 1" in description
    _, empty = figure_for([])
    assert "You have not ranked any block yet" in empty


def test_value_labels_do_not_overlap_each_other_or_the_markers():
    fig, _ = figure_for(list(BLOCK_IDS))
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    labels = [(a.get_text(), a.get_window_extent(renderer)) for a in by_gid(fig, "value:")]
    for (name_a, a), (name_b, b) in itertools.combinations(labels, 2):
        assert not a.overlaps(b), (name_a, name_b)
    frame = fig.bbox
    for text in fig.findobj(matplotlib.text.Text):
        if text.get_text() and text.get_visible():
            box = text.get_window_extent(renderer)
            assert frame.x0 - 1 <= box.x0 and box.x1 <= frame.x1 + 1, text.get_text()


def test_the_figure_leaves_pyplot_alone():
    before = dict(matplotlib.rcParams)
    fig, _ = figure_for(["funding"])
    assert not _pylab_helpers.Gcf.get_all_fig_managers()
    assert dict(matplotlib.rcParams) == before
    assert fig.get_facecolor()[3] == 1.0
