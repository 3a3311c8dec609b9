"""The ladder figure (pure data → Figure), mapping a click back to a role, and safe text."""

from __future__ import annotations

from careers import DEFAULT_DATASET, load_dataset
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.ladder.figures import is_dense, ladder_figure
from components.style import PALETTE, role_from_selection
from tests.conftest import as_yaml
from tests.support.synthetic import make_yaml


def _points(fig):
    """The traces that draw roles (legend-only traces have no customdata)."""
    return [trace for trace in fig.data if trace.customdata is not None]


def test_ladder_figure_has_one_marker_per_role_in_ladder_order():
    fig = ladder_figure(load_dataset(DEFAULT_DATASET), Translator("en"), "team_leader")
    ladder, lateral = _points(fig)
    assert list(ladder.customdata) == ["operatore", "team_leader", "supervisore", "coordinatore"]
    assert len(lateral.customdata) == 4
    assert list(ladder.marker.color)[1] == PALETTE["selected"]
    assert list(ladder.marker.color)[2] == PALETTE["estimate"]
    assert "$38,000 – $44,000 per year" in ladder.text[1]
    assert "estimate" in ladder.text[2] and "over $100,000" in ladder.text[3]
    assert fig.layout.separators == ".,"
    assert [t.name for t in fig.data if t.customdata is None] == [
        "Ladder step",
        "Estimated salary",
        "Chosen role",
        "Lateral role",
    ]


def test_ladder_figure_speaks_italian():
    fig = ladder_figure(load_dataset(DEFAULT_DATASET), Translator("it"))
    ladder, _ = _points(fig)
    assert "32.000\u00a0USD – 35.000\u00a0USD all'anno" in ladder.text[0]
    assert fig.layout.separators == ",."
    assert "Ruolo scelto" not in [t.name for t in fig.data]


def test_dataset_text_in_labels_stays_text(small):
    small["roles"][0]["title"] = {"it": "<img src=x onerror=alert(1)>", "en": "<b>x</b>"}
    fig = ladder_figure(load_dataset(as_yaml(small)), Translator("it"))
    label = _points(fig)[0].text[0]
    assert "<img" not in label and "&lt;img src=x" in label and "alert(1)&gt;" in label


def test_click_maps_back_to_role_by_customdata_or_index():
    fig = ladder_figure(load_dataset(DEFAULT_DATASET), Translator("it"))
    by_data = {"selection": {"points": [{"customdata": "supervisore", "curve_number": 0}]}}
    by_index = {"selection": {"points": [{"curve_number": 1, "point_index": 2}]}}
    assert role_from_selection(by_data, fig) == "supervisore"
    assert role_from_selection(by_index, fig) == "receptionist"
    assert role_from_selection({"selection": {"points": []}}, fig) is None
    assert role_from_selection(None, fig) is None


def test_markdown_escape_neutralises_links_html_and_streamlit_directives():
    escaped = md_escape("[x](http://evil) <script>  :red[hi] $x$ **b**")
    for raw in ("](", "<script>", ":red[", "$x$", "**"):
        assert raw not in escaped
    assert md_escape("a\n\n# title") == "a \\# title"


def test_default_ladder_is_not_dense_and_keeps_its_arrows():
    fig = ladder_figure(load_dataset(DEFAULT_DATASET), Translator("en"))
    assert not is_dense(load_dataset(DEFAULT_DATASET))
    promotions = [a for a in fig.layout.annotations if a.arrowhead == 3]
    assert len(promotions) == 3 and all(a.arrowcolor == PALETTE["ladder"] for a in promotions)


def test_a_dense_ladder_draws_markers_and_one_line_trace_not_hundreds_of_arrows():
    dataset = load_dataset(make_yaml(100))
    assert is_dense(dataset)
    fig = ladder_figure(dataset, Translator("en"), "d3_r1")
    assert not fig.layout.annotations
    lines = [t for t in fig.data if t.mode == "lines"]
    assert len(lines) == 1 and len(lines[0].x) == 3 * len(dataset.transitions)
    ladder, lateral = _points(fig)
    assert len(ladder.customdata) == 80 and len(lateral.customdata) == 20
    assert [ladder.customdata[i] for i, text in enumerate(ladder.text) if text] == ["d3_r1"]
    # Every role on one level sits on one row, spread over the same width.
    positions = dict(zip(ladder.customdata, zip(ladder.x, ladder.y, strict=True), strict=True))
    assert {positions[f"d{d}_r1"][1] for d in range(20)} == {1.0}
    assert positions["d0_r1"][0] == 0 and positions["d19_r1"][0] == positions["d19_r3"][0]


def test_ladder_markers_keep_their_colours_at_full_opacity():
    # Per-point sizes make plotly.js draw "bubbles" at 0.7 opacity unless the figure says 1:
    # the palette's colours (chosen for colour-blind viewers and projectors) would fade.
    figure = ladder_figure(load_dataset(DEFAULT_DATASET), Translator("en"), "team_leader")
    roles = _points(figure)
    assert roles and all(trace.marker.opacity == 1 for trace in roles)


def test_narrow_ladder_is_one_column_of_ladder_roles_from_the_entry_step_up():
    from components.ladder.figures import narrow_ladder_figure

    fig = narrow_ladder_figure(load_dataset(DEFAULT_DATASET), Translator("it"), "team_leader")
    (rungs,) = _points(fig)
    assert list(rungs.customdata) == ["operatore", "team_leader", "supervisore", "coordinatore"]
    assert set(rungs.x) == {0.0} and list(rungs.y) == [0.0, 1.0, 2.0, 3.0]
    assert list(rungs.marker.color)[1] == PALETTE["selected"]
    # Labels are wrapped for a 360 px screen: no line longer than the narrow width.
    for text in rungs.text:
        for line in text.replace("<b>", "").replace("</b>", "").split("<br>"):
            plain_line = line.split(">")[-1].replace("</span", "")
            assert len(plain_line) <= 26, line
    assert "estimate" not in " ".join(rungs.text) and "stima" in " ".join(rungs.text)
    promotions = [a for a in fig.layout.annotations if a.arrowhead == 3]
    assert len(promotions) == 3
    assert "Ruolo laterale" not in [t.name for t in fig.data]


def test_skills_are_worded_as_what_the_sources_list_for_each_role():
    from careers.ladder.graph import step_change
    from components.ladder.moves import skills_listed

    dataset = load_dataset(DEFAULT_DATASET)
    t = Translator("en")
    to_team_leader = skills_listed(step_change(dataset, "operatore", "team_leader"), dataset, t)
    assert to_team_leader.startswith("- for Team leader: Leadership")
    assert (
        "of these, not listed for Call\\-center operator \\(agent\\): Leadership" in to_team_leader
    )
    to_supervisor = skills_listed(step_change(dataset, "team_leader", "supervisore"), dataset, t)
    assert to_supervisor == "The sources list no skills for Call\\-center supervisor."
    to_coordinator = skills_listed(step_change(dataset, "supervisore", "coordinatore"), dataset, t)
    assert "The sources list no skills for Call\\-center supervisor." in to_coordinator
    assert "not listed for" not in to_coordinator
