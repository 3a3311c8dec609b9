"""Streamlit blocks for moves between roles: the next step up, and lateral moves both ways."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from careers.dataset.models import Dataset
from careers.dataset.roles import Transition
from careers.ladder.graph import StepChange
from careers.text.formatting import format_band, format_money, format_percent
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.citations import Citations, numbers_of, show_notes
from components.ladder.role_card import bullets, qualification_lines


def _pay_change(change: StepChange, t: Translator) -> None:
    """Midpoint to midpoint, or both bands in words when no midpoint can be compared."""
    lang = t.lang
    origin_band, band = change.origin.salary, change.target.salary
    ratio = change.pay_change_ratio
    low = origin_band.midpoint if origin_band else None
    high = band.midpoint if band else None
    if change.pay_change is not None and band and low is not None and high is not None:
        st.metric(
            t("step.midpoint_change"),
            format_money(change.pay_change, band.currency, lang),
            # No ratio from a zero midpoint (a band of 0-0 is valid data): no delta then.
            delta=None if ratio is None else format_percent(ratio, lang, signed=True),
        )
        st.caption(
            t(
                "step.midpoints",
                low=format_money(low, band.currency, lang),
                high=format_money(high, band.currency, lang),
            )
        )
    else:
        bands = [
            format_band(r.salary, t) if r.salary else t("band.none_short")
            for r in (change.origin, change.target)
        ]
        st.markdown(md_escape(f"{bands[0]} → {bands[1]}"))
        st.caption(t("step.no_midpoint"))
    if band and band.estimate:
        st.caption(t("band.estimate_tag"))


def skills_listed(change: StepChange, dataset: Dataset, t: Translator) -> str:
    """What the sources list for each of the two roles, in words: never silence read as change."""
    lang = t.lang
    origin, target = (md_escape(r.title.get(lang)) for r in (change.origin, change.target))
    if not change.target.skills:
        return t("ladder.skills_none", role=target)
    names = ", ".join(
        md_escape(dataset.skill(s.skill).name.get(lang)) for s in change.target.skills
    )
    lines = [t("ladder.skills_target", role=target, skills=names)]
    if not change.origin.skills:
        lines.append(t("ladder.skills_none", role=origin))
    elif change.skills_added:
        added = ", ".join(
            md_escape(dataset.skill(s.skill).name.get(lang)) for s in change.skills_added
        )
        lines.append(t("ladder.skills_not_for_origin", role=origin, skills=added))
    return bullets(lines)


def step_change_block(
    change: StepChange, move: Transition, dataset: Dataset, t: Translator, cites: Citations
) -> None:
    """What changes going from one role to the next: what the sources say of the move (with a
    note mark for each source it cites), then pay, skills listed, duties, requirements."""
    lang = t.lang
    title = t(
        "step.title",
        origin=md_escape(change.origin.title.get(lang)),
        target=md_escape(change.target.title.get(lang)),
    )
    st.markdown(f"### {title}")
    if move.note:
        st.markdown(f"{md_escape(move.note.get(lang))} {cites.marks(move.references())}")
        show_notes(cites, numbers_of(cites, move.references()))
    needs = [q for q in (*change.experience, *change.education) if q.necessity != "informative"]
    labels = [t("step.pay"), t("ladder.skills_listed"), t("step.responsibilities")]
    labels += [t("step.requirements")] if needs else []
    # Tabs, not columns: on a phone the four lists would stack into one long page.
    tabs = st.tabs(labels)
    with tabs[0]:
        _pay_change(change, t)
    with tabs[1]:
        st.markdown(skills_listed(change, dataset, t))
    with tabs[2]:
        st.markdown(
            bullets(md_escape((i.title or i.text).get(lang)) for i in change.responsibilities)
            or f"_{t('role.none_listed')}_"
        )
    if needs:
        with tabs[3]:
            st.markdown(bullets(qualification_lines(needs, dataset, t, cites)))
            show_notes(cites, numbers_of(cites, [q.source for q in needs]))


def lateral_block(
    title: str,
    moves: list[Transition],
    other: Callable[[Transition], str],
    dataset: Dataset,
    cites: Citations,
    on_open: Callable[[str], None],
) -> None:
    """A heading, one button per role at the other end of `moves`, and what the sources say.

    `other(move)` is the role at the far end; `on_open(role_id)` runs when its button is tapped.
    """
    if not moves:
        return
    lang = cites.t.lang
    st.markdown(f"### {title}")
    # One button per role (a move may be written twice), keyed by direction: a lateral move
    # written both ways puts the same role under both headings (issue 12, crash 2).
    far_ends = {other(move): move for move in moves}
    with st.container(horizontal=True):
        for role_id, move in far_ends.items():
            direction = "go" if role_id == move.to_role else "from"
            st.button(
                md_escape(dataset.role(role_id).title.get(lang)),
                key=f"ladder_{direction}_{role_id}",
                icon=":material/arrow_outward:",
                on_click=on_open,
                args=(role_id,),
            )
    notes = dict.fromkeys(
        f"{md_escape(m.note.get(lang))} {cites.marks(m.references())}" for m in moves if m.note
    )
    if notes:
        st.markdown(bullets(notes))
    show_notes(cites, numbers_of(cites, [ref for m in moves for ref in m.references()]))
