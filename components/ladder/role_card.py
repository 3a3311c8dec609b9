"""Streamlit blocks that show a role, a step up the ladder, and the sources behind them."""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st

from careers.dataset.models import Dataset, Item, Qualification, Role, RoleSkill, SourceRef
from careers.ladder.graph import StepChange
from careers.text.formatting import format_band, format_money, format_percent
from careers.text.i18n import Translator
from careers.text.markdown import md_escape


def _cite(dataset: Dataset, ref: SourceRef, t: Translator) -> str:
    """A grey, escaped source reference to put after a fact."""
    return f":gray[{md_escape(dataset.cite(ref, t.lang, short=True))}]"


def bullets(lines: Iterable[str]) -> str:
    """Markdown bullet list from already-escaped lines."""
    return "\n".join(f"- {line}" for line in lines)


def item_lines(items: Iterable[Item], dataset: Dataset, t: Translator) -> list[str]:
    """One escaped Markdown line per sourced item: bold title when there is one, then source."""
    lines = []
    for item in items:
        text = md_escape(item.text.get(t.lang))
        if item.title:
            text = f"**{md_escape(item.title.get(t.lang))}** — {text}"
        lines.append(f"{text}  \n{_cite(dataset, item.source, t)}")
    return lines


def skill_lines(skills: Iterable[RoleSkill], dataset: Dataset, t: Translator) -> list[str]:
    """One line per skill a role asks for: the catalogue name, the source's wording, the source."""
    lines = []
    for role_skill in skills:
        name = md_escape(dataset.skill(role_skill.skill).name.get(t.lang))
        note = f" — {md_escape(role_skill.note.get(t.lang))}" if role_skill.note else ""
        lines.append(f"**{name}**{note}  \n{_cite(dataset, role_skill.source, t)}")
    return lines


def qualification_lines(
    items: Iterable[Qualification], dataset: Dataset, t: Translator
) -> list[str]:
    """One line per requirement, tagged required / preferred / for information."""
    return [
        f":{_NECESSITY_COLOUR[q.necessity]}-badge[{t(f'necessity.{q.necessity}')}] "
        f"{md_escape(q.text.get(t.lang))}  \n{_cite(dataset, q.source, t)}"
        for q in items
    ]


_NECESSITY_COLOUR = {"required": "blue", "preferred": "violet", "informative": "gray"}


def _section(title: str, lines: list[str], empty: str) -> None:
    """A subheading and its list, or a plain sentence saying the sources list nothing."""
    st.markdown(f"#### {title}")
    st.markdown(bullets(lines) if lines else f"_{empty}_")


def salary_block(role: Role, dataset: Dataset, t: Translator) -> None:
    """The band in large type, marked as an estimate or as missing when that is the case."""
    band = role.salary
    if band is None:
        st.info(t("band.none_long"), icon=":material/help:")
        return
    st.markdown(f"### {md_escape(format_band(band, t))}")
    if band.estimate:
        st.warning(
            f"**{t('band.estimate_title')}** — {md_escape(band.basis.get(t.lang))}",
            icon=":material/warning:",
        )
    elif band.source:
        st.caption(md_escape(dataset.cite(band.source, t.lang)))
    if band.open_ended:
        st.caption(t("band.open_explained"))
    if role.salary_note:
        st.caption(md_escape(role.salary_note.get(t.lang)))


def role_card(role: Role, dataset: Dataset, t: Translator) -> None:
    """A role in full: names, summary, duties, skills, education, experience, pay, sources."""
    st.header(md_escape(role.title.get(t.lang)), anchor=False)
    if role.also_called:
        names = ", ".join(
            f"«{md_escape(a.name.get(t.lang))}» {_cite(dataset, a.source, t)}"
            for a in role.also_called
        )
        st.markdown(f"{t('role.also_called')} {names}")
    if role.mapping:
        st.caption(md_escape(role.mapping.get(t.lang)))
    if role.description:
        st.markdown(item_lines([role.description], dataset, t)[0])
    if role.summary:
        st.markdown(f"#### {t('role.summary')}")
        st.markdown(
            f"> _{md_escape(role.summary.text.get(t.lang))}_  \n"
            f"> {_cite(dataset, role.summary.source, t)}"
        )
    left, right = st.columns(2, gap="large")
    with left:
        _section(
            t("role.responsibilities"),
            item_lines(role.responsibilities, dataset, t),
            t("role.none_listed"),
        )
        _section(
            t("role.education"),
            qualification_lines(role.education, dataset, t),
            t("role.none_listed"),
        )
        _section(
            t("role.experience"),
            qualification_lines(role.experience, dataset, t),
            t("role.none_listed"),
        )
    with right:
        st.markdown(f"#### {t('role.salary')}")
        salary_block(role, dataset, t)
        _section(t("role.skills"), skill_lines(role.skills, dataset, t), t("role.none_listed"))


def step_change_block(change: StepChange, dataset: Dataset, t: Translator) -> None:
    """What changes going from one role to the next: duties, new skills, requirements, pay."""
    lang = t.lang
    title = t(
        "step.title",
        origin=md_escape(change.origin.title.get(lang)),
        target=md_escape(change.target.title.get(lang)),
    )
    st.markdown(f"#### {title}")
    pay, skills, duties = st.columns(3, gap="medium")
    with pay:
        st.markdown(f"**{t('step.pay')}**")
        if change.pay_change is not None:
            band = change.target.salary
            ratio = change.pay_change_ratio
            st.metric(
                t("step.midpoint_change"),
                format_money(change.pay_change, band.currency, lang),
                # No ratio from a zero midpoint (a band of 0-0 is valid data): no delta then.
                delta=None if ratio is None else format_percent(ratio, lang, signed=True),
            )
            low, high = change.origin.salary.midpoint, change.target.salary.midpoint
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
        if change.target.salary and change.target.salary.estimate:
            st.caption(t("band.estimate_tag"))
    with skills:
        st.markdown(f"**{t('step.skills_added')}**")
        st.markdown(
            bullets(md_escape(dataset.skill(s.skill).name.get(lang)) for s in change.skills_added)
            or f"_{t('step.no_new_skills')}_"
        )
    with duties:
        st.markdown(f"**{t('step.responsibilities')}**")
        st.markdown(
            bullets(md_escape((i.title or i.text).get(lang)) for i in change.responsibilities)
            or f"_{t('role.none_listed')}_"
        )
    needs = [q for q in (*change.experience, *change.education) if q.necessity != "informative"]
    if needs:
        st.markdown(f"**{t('step.requirements')}**")
        st.markdown(bullets(qualification_lines(needs, dataset, t)))


def sources_block(dataset: Dataset, t: Translator) -> None:
    """The numbered list of sources behind every `[n]` on the page."""
    st.markdown(
        bullets(
            md_escape(f"[{n}] {s.title.get(t.lang)}")
            + (f" — {md_escape(s.file)}" if s.file else "")
            for n, s in enumerate(dataset.sources, start=1)
        )
    )
