"""Streamlit blocks of the compare page: two roles side by side, the pay gap, what each lists."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from careers.compare.pair import PayDifference, RoleComparison, Split
from careers.dataset.models import Dataset
from careers.dataset.roles import Qualification, Role, RoleSkill
from careers.dataset.sources import Item, SourceRef
from careers.text.formatting import format_money, format_percent
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.citations import Citations, numbers_of, show_notes
from components.ladder.role_card import bullets, salary_block


def pay_block(pay: PayDifference, comparison: RoleComparison, t: Translator) -> None:
    """B's midpoint minus A's in money and %, a bound when a band is open at the top, or why
    the sources do not allow that figure."""
    a, b, lang = comparison.a, comparison.b, t.lang
    names = {"a": md_escape(a.title.get(lang)), "b": md_escape(b.title.get(lang))}
    if pay.amount is not None and pay.currency is not None:
        sign = "+" if pay.amount > 0 else ""
        money = sign + format_money(pay.amount, pay.currency, lang)
        # A band "over" its top figure: its midpoint is only known from below.
        value = money if pay.status == "ok" else t(f"compare.pay_{pay.status}", amount=money)
        st.metric(
            t("compare.pay_metric"),
            value,
            # A bound has no exact ratio to show beside it.
            delta=(
                format_percent(pay.ratio, lang, signed=True)
                if pay.ratio is not None and pay.status == "ok"
                else None
            ),
            delta_color="off" if pay.amount == 0 else "normal",
        )
        if pay.status == "ok" and pay.low is not None and pay.high is not None:
            st.caption(
                t(
                    "compare.pay_midpoints",
                    low=format_money(pay.low, pay.currency, lang),
                    high=format_money(pay.high, pay.currency, lang),
                    **names,
                )
            )
        else:
            st.caption(t(f"compare.pay_{pay.status}_why", **names))
    elif pay.status == "missing":
        missing = [r for r in (a, b) if r.salary is None]
        st.info(
            t(
                "compare.pay_missing",
                roles=", ".join(md_escape(r.title.get(lang)) for r in missing),
            ),
            icon=":material/help:",
        )
    elif pay.status == "open_ended":
        st.info(t("compare.pay_open_ended"), icon=":material/open_in_full:")
    else:
        st.info(t("compare.pay_incomparable"), icon=":material/currency_exchange:")
    if pay.estimate:
        st.warning(t("compare.pay_estimate"), icon=":material/warning:")


def role_heads(
    comparison: RoleComparison, dataset: Dataset, t: Translator, cites: Citations
) -> None:
    """The two roles' titles, one-line description and salary band side by side, each fact
    with its note marks and the notes one tap away."""
    for column, mark, role in zip(
        st.columns(2, gap="large"), "AB", (comparison.a, comparison.b), strict=True
    ):
        with column, st.container(border=True):
            st.header(f"{mark} · {md_escape(role.title.get(t.lang))}", anchor=False)
            about = role.summary or role.description
            refs = about.references() if about else []
            if about:
                st.markdown(f"{md_escape(about.text.get(t.lang))} {cites.marks(refs)}")
            salary_block(role, dataset, t, cites, level=3)
            if role.salary and role.salary.source:
                refs.append(role.salary.source)
            show_notes(cites, numbers_of(cites, refs))


def _lines(
    items: list[Any], tag: str, label: Callable[[Any], str], cite: Callable[[Any], str]
) -> list[str]:
    """Escaped Markdown lines for one side, `tag` (a badge) in front of each highlighted item."""
    return [f"{tag}{md_escape(label(x))} {cite(x)}" for x in items]


def _references(fact: Item | RoleSkill | Qualification) -> list[SourceRef]:
    """Every source of a listed fact: an item may cite more than one."""
    return fact.references() if isinstance(fact, Item) else [fact.source]


def split_block(
    title: str,
    split: Split[Any],
    label: Callable[[Any], str],
    t: Translator,
    cites: Citations,
) -> None:
    """One kind of content in two columns: what the sources list for A, then for B, each fact
    with its note marks; the section's notes one tap away below.

    Items listed for one role only are marked as such, never as "dropped" or "new": the
    sources' silence about a role is not a change. A role with no list at all says so.
    """
    st.markdown(f"### {title}")

    def cite(x: Any) -> str:
        return cites.marks(_references(x))

    only_a = f":orange-badge[{t('compare.only_a')}] "
    only_b = f":blue-badge[{t('compare.only_b')}] "
    left, right = st.columns(2, gap="large")
    a_lines = _lines(split.dropped, only_a, label, cite) + _lines(split.kept, "", label, cite)
    b_lines = _lines(split.added, only_b, label, cite) + _lines(split.shared, "", label, cite)
    for column, mark, lines in ((left, "A", a_lines), (right, "B", b_lines)):
        with column:
            st.markdown(f"**{mark}**")
            st.markdown(bullets(lines) if lines else f"_{t('compare.none_listed')}_")
    facts = [*split.dropped, *split.kept, *split.added, *split.shared]
    show_notes(cites, numbers_of(cites, [ref for x in facts for ref in _references(x)]))
    if a_lines and b_lines:
        st.caption(
            t(
                "compare.counts",
                added=len(split.added),
                dropped=len(split.dropped),
                shared=len(split.shared),
            )
        )


def differences(
    comparison: RoleComparison, dataset: Dataset, t: Translator, cites: Citations
) -> None:
    """Responsibilities, skills, education and experience of A and B, changes highlighted."""
    lang = t.lang

    def item_label(item: Item) -> str:
        return (item.title or item.text).get(lang)

    def text_label(q: Qualification) -> str:
        return q.text.get(lang)

    def skill_label(s: RoleSkill) -> str:
        return dataset.skill(s.skill).name.get(lang)

    split_block(t("role.responsibilities"), comparison.responsibilities, item_label, t, cites)
    split_block(t("role.skills"), comparison.skills, skill_label, t, cites)
    split_block(t("role.education"), comparison.education, text_label, t, cites)
    split_block(t("role.experience"), comparison.experience, text_label, t, cites)


def role_titles(roles: list[Role], lang: str) -> dict[str, str]:
    """Role id → title, for selectbox labels."""
    return {r.id: r.title.get(lang) for r in roles}
