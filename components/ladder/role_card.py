"""Streamlit blocks that show a role in full, each fact followed by a small numbered note mark."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import streamlit as st

from careers.dataset.models import Dataset
from careers.dataset.roles import Qualification, Role, RoleSkill
from careers.dataset.sources import Item, SourceRef
from careers.text.formatting import format_band
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.citations import Citations, numbers_of, show_notes, sources_lines


def _cite(dataset: Dataset, refs: list[SourceRef], t: Translator, cites: Citations | None) -> str:
    """After a fact: the page's note marks, or (for pages without notes) the grey citation line;
    one per source the fact cites."""
    if cites is not None:
        return f" {cites.marks(refs)}"
    words = "; ".join(dataset.cite(ref, t.lang, short=True) for ref in refs)
    return f"  \n:gray[{md_escape(words)}]"


def item_refs(items: Iterable[Item]) -> list[SourceRef]:
    """Every source of `items`, in order: each item's `source`, then its `also_sources`."""
    return [ref for item in items for ref in item.references()]


def bullets(lines: Iterable[str]) -> str:
    """Markdown bullet list from already-escaped lines."""
    return "\n".join(f"- {line}" for line in lines)


def item_lines(
    items: Iterable[Item], dataset: Dataset, t: Translator, cites: Citations | None = None
) -> list[str]:
    """One escaped Markdown line per sourced item: bold title when there is one, then source."""
    lines = []
    for item in items:
        text = md_escape(item.text.get(t.lang))
        if item.title:
            text = f"**{md_escape(item.title.get(t.lang))}** — {text}"
        lines.append(f"{text}{_cite(dataset, item.references(), t, cites)}")
    return lines


def skill_lines(
    skills: Iterable[RoleSkill], dataset: Dataset, t: Translator, cites: Citations | None = None
) -> list[str]:
    """One line per skill a role asks for: the catalogue name, the source's wording, the source."""
    lines = []
    for role_skill in skills:
        name = md_escape(dataset.skill(role_skill.skill).name.get(t.lang))
        note = f" — {md_escape(role_skill.note.get(t.lang))}" if role_skill.note else ""
        lines.append(f"**{name}**{note}{_cite(dataset, [role_skill.source], t, cites)}")
    return lines


def qualification_lines(
    items: Iterable[Qualification],
    dataset: Dataset,
    t: Translator,
    cites: Citations | None = None,
) -> list[str]:
    """One line per requirement, tagged required / preferred / for reference."""
    return [
        f":{_NECESSITY_COLOUR[q.necessity]}-badge[{t(f'necessity.{q.necessity}')}] "
        f"{md_escape(q.text.get(t.lang))}{_cite(dataset, [q.source], t, cites)}"
        for q in items
    ]


_NECESSITY_COLOUR = {"required": "blue", "preferred": "violet", "informative": "gray"}


def salary_block(
    role: Role,
    dataset: Dataset,
    t: Translator,
    cites: Citations | None = None,
    level: int = 4,
) -> None:
    """The band in large type, marked as an estimate or as missing when that is the case.

    `level` is the band's heading level: one below the heading it sits under (h4 under the
    ladder's h3 "Pay", h3 right under compare's h2 role titles), so headings never skip.
    """
    band = role.salary
    if band is None:
        st.info(t("band.none_long"), icon=":material/help:")
        return
    # No note mark inside the heading: the band's notes button follows right below it.
    st.markdown(f"{'#' * level} {md_escape(format_band(band, t))}")
    if band.estimate:
        basis = md_escape(band.basis.get(t.lang)) if band.basis else ""
        st.warning(
            f"**{t('band.estimate_title')}** — {basis}",
            icon=":material/warning:",
        )
    elif band.source and cites is None:
        st.caption(md_escape(dataset.cite(band.source, t.lang)))
    if band.open_ended:
        st.caption(t("band.open_explained"))
    if role.salary_note:
        # A quotation, marked as such: the Italian source writes "$32,000", which beside
        # "32.000 USD" would read as thirty-two dollars on an Italian page.
        st.caption(t("ladder.source_words", text=md_escape(role.salary_note.get(t.lang))))


def _names(role: Role, dataset: Dataset, t: Translator, cites: Citations) -> None:
    """Other names in the sources, how the role maps across them, and its description."""
    lang = t.lang
    if role.also_called:
        names = ", ".join(
            t("role.quoted", name=md_escape(a.name.get(lang))) + cites.mark(a.source)
            for a in role.also_called
        )
        st.markdown(f"{t('role.also_called')} {names}")
    if role.mapping:
        st.caption(md_escape(role.mapping.get(lang)))
    if role.description:
        st.markdown(item_lines([role.description], dataset, t, cites)[0])
    refs = [a.source for a in role.also_called]
    refs += role.description.references() if role.description else []
    show_notes(cites, numbers_of(cites, refs))


def _listed(lines: list[str], refs: list[SourceRef], cites: Citations, empty: str) -> None:
    """A list with note marks and its notes one tap away, or the sentence `empty`."""
    st.markdown(bullets(lines) if lines else f"_{empty}_")
    show_notes(cites, numbers_of(cites, refs))


def _requirements(role: Role, dataset: Dataset, t: Translator, cites: Citations) -> None:
    """Education, then experience, each tagged required / preferred / for reference."""
    for key, needs in (("education", role.education), ("experience", role.experience)):
        st.markdown(f"### {t(f'role.{key}')}")
        lines = qualification_lines(needs, dataset, t, cites)
        _listed(lines, [q.source for q in needs], cites, t("role.none_listed"))


def role_card(
    role: Role,
    dataset: Dataset,
    t: Translator,
    cites: Citations,
    training: list[Item] | None = None,
) -> None:
    """A role in full: names, description, pay, then one tab each for duties, skills,
    requirements, the guide's summary and (for the entry role) `training`.

    Tabs keep a phone's page short: one list at a time, each fact with its note mark. A role
    the sources describe no further gets one sentence saying so, not a row of "none listed".
    """
    st.header(md_escape(role.title.get(t.lang)), anchor=False)
    _names(role, dataset, t, cites)
    described = (
        role.responsibilities or role.education or role.experience or role.skills or role.salary
    )
    if not described:
        st.info(t("ladder.nothing_else"), icon=":material/info:")
        return
    st.markdown(f"### {t('role.salary')}")
    salary_block(role, dataset, t, cites)
    if role.salary and role.salary.source:
        show_notes(cites, numbers_of(cites, [role.salary.source]))
    none = t("role.none_listed")
    duties, skills = role.responsibilities, role.skills
    tabs: dict[str, Callable[[], None]] = {
        t("role.responsibilities"): lambda: _listed(
            item_lines(duties, dataset, t, cites), item_refs(duties), cites, none
        ),
        t("role.skills"): lambda: _listed(
            skill_lines(skills, dataset, t, cites), [s.source for s in skills], cites, none
        ),
        t("ladder.tab_requirements"): lambda: _requirements(role, dataset, t, cites),
    }
    if role.summary:
        summary = role.summary
        tabs[t("ladder.tab_summary")] = lambda: _listed(
            [f"_{md_escape(summary.text.get(t.lang))}_ {cites.marks(summary.references())}"],
            summary.references(),
            cites,
            none,
        )
    if training:
        tabs[t("ladder.training")] = lambda: _listed(
            item_lines(training, dataset, t, cites), item_refs(training), cites, none
        )
    for tab, fill in zip(st.tabs(list(tabs)), tabs.values(), strict=True):
        with tab:
            fill()


def sources_block(dataset: Dataset, t: Translator) -> None:
    """The numbered list of sources behind every `[n]` on the page, by title."""
    st.markdown(bullets(sources_lines(dataset, t)))
