"""Streamlit blocks of the compare page: two roles side by side, the pay gap, what each lists."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any

import streamlit as st

from careers.compare.pair import PayDifference, RoleComparison, Split
from careers.dataset.models import Dataset, Item, Qualification, Role, RoleSkill, SourceRef
from careers.text.formatting import format_money, format_percent
from careers.text.i18n import Translator
from careers.text.markdown import md_escape
from components.ladder.role_card import bullets, salary_block


def _cite(dataset: Dataset, ref: SourceRef, t: Translator) -> str:
    """A grey, escaped short citation."""
    return f":gray[{md_escape(dataset.cite(ref, t.lang, short=True))}]"


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


def role_heads(comparison: RoleComparison, dataset: Dataset, t: Translator) -> None:
    """The two roles' titles, one-line description and salary band, side by side."""
    for column, mark, role in zip(
        st.columns(2, gap="large"), "AB", (comparison.a, comparison.b), strict=True
    ):
        with column, st.container(border=True):
            st.header(f"{mark} · {md_escape(role.title.get(t.lang))}", anchor=False)
            about = role.summary or role.description
            if about:
                st.markdown(
                    f"{md_escape(about.text.get(t.lang))}  \n{_cite(dataset, about.source, t)}"
                )
            salary_block(role, dataset, t, level=3)


def _lines(
    items: list[Any], tag: str, label: Callable[[Any], str], cite: Callable[[Any], str]
) -> list[str]:
    """Escaped Markdown lines for one side, `tag` (a badge) in front of each highlighted item."""
    return [f"{tag}{md_escape(label(x))} {cite(x)}" for x in items]


def split_block(
    title: str,
    split: Split[Any],
    label: Callable[[Any], str],
    source: Callable[[Any], SourceRef],
    dataset: Dataset,
    t: Translator,
) -> None:
    """One kind of content in two columns: what the sources list for A, then for B.

    Items listed for one role only are marked as such, never as "dropped" or "new": the
    sources' silence about a role is not a change. A role with no list at all says so.
    """
    st.markdown(f"### {title}")

    def cite(x: Any) -> str:
        return _cite(dataset, source(x), t)

    only_a = f":orange-badge[{t('compare.only_a')}] "
    only_b = f":blue-badge[{t('compare.only_b')}] "
    left, right = st.columns(2, gap="large")
    a_lines = _lines(split.dropped, only_a, label, cite) + _lines(split.kept, "", label, cite)
    b_lines = _lines(split.added, only_b, label, cite) + _lines(split.shared, "", label, cite)
    for column, mark, lines in ((left, "A", a_lines), (right, "B", b_lines)):
        with column:
            st.markdown(f"**{mark}**")
            st.markdown(bullets(lines) if lines else f"_{t('compare.none_listed')}_")
    if a_lines and b_lines:
        st.caption(
            t(
                "compare.counts",
                added=len(split.added),
                dropped=len(split.dropped),
                shared=len(split.shared),
            )
        )


def differences(comparison: RoleComparison, dataset: Dataset, t: Translator) -> None:
    """Responsibilities, skills, education and experience of A and B, changes highlighted."""
    lang = t.lang

    def item_label(item: Item) -> str:
        return (item.title or item.text).get(lang)

    def text_label(q: Qualification) -> str:
        return q.text.get(lang)

    def skill_label(s: RoleSkill) -> str:
        return dataset.skill(s.skill).name.get(lang)

    by_source = attrgetter("source")
    split_block(
        t("role.responsibilities"),
        comparison.responsibilities,
        item_label,
        by_source,
        dataset,
        t,
    )
    split_block(t("role.skills"), comparison.skills, skill_label, by_source, dataset, t)
    split_block(t("role.education"), comparison.education, text_label, by_source, dataset, t)
    split_block(t("role.experience"), comparison.experience, text_label, by_source, dataset, t)


def role_titles(roles: list[Role], lang: str) -> dict[str, str]:
    """Role id → title, for selectbox labels."""
    return {r.id: r.title.get(lang) for r in roles}
