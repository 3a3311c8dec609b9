"""Next steps for a role and the self-check result as a short Markdown plan to download."""

from __future__ import annotations

import re
from dataclasses import dataclass

from careers.dataset.models import Dataset
from careers.dataset.sources import SourceRef
from careers.ladder.graph import ladder_roles
from careers.self_check.answers import EDUCATION_KEYS, Answers
from careers.self_check.scoring import Check, RoleResult
from careers.text.formatting import format_number, format_percent
from careers.text.i18n import Translator


@dataclass(frozen=True)
class NextStep:
    """One concrete next step in plain text, with the sources it comes from when there are any."""

    text: str
    source: SourceRef | None = None
    also_sources: tuple[SourceRef, ...] = ()

    def references(self) -> list[SourceRef]:
        """Every source of the step: its `source` first, then `also_sources` (none without one)."""
        return [self.source, *self.also_sources] if self.source else []


def format_years(years: float, lang: str) -> str:
    """Years as people write them: `1`, `1,5` (it) or `1.5` (en)."""
    return format_number(years, lang, 0 if float(years).is_integer() else 1)


def check_label(check: Check, dataset: Dataset, lang: str) -> str:
    """What a check is about, in words: the skill's name or the requirement's text."""
    if check.skill is not None:
        return dataset.skill(check.skill.skill).name.get(lang)
    return check.requirement.text.get(lang)


def check_source(check: Check) -> SourceRef:
    """Where the requirement behind a check comes from."""
    return check.skill.source if check.skill is not None else check.requirement.source


def next_steps(
    dataset: Dataset, result: RoleResult, answers: Answers, t: Translator
) -> list[NextStep]:
    """Concrete steps towards a role, then towards the rungs above it, from the dataset only."""
    lang = t.lang
    steps: list[NextStep] = []
    for check in result.missing:
        if check.kind == "skill":
            continue
        q = check.requirement
        text = q.text.get(lang)
        if check.reason == "years_short" and q.min_years is not None:
            more = q.min_years - answers.years
            steps.append(NextStep(t.plural("self_check.step.years", more, text=text), q.source))
        elif check.reason == "years_short":
            steps.append(NextStep(t("self_check.step.experience", text=text), q.source))
        elif check.reason == "needs_leadership":
            steps.append(NextStep(t("self_check.step.leadership", text=text), q.source))
        else:
            # A preferred degree is an advantage, not a requirement: say which it is.
            key = f"self_check.step.education_{q.necessity}"
            steps.append(NextStep(t(key, text=text), q.source))
            if result.faq_rule is not None:
                rule = result.faq_rule
                steps.append(
                    NextStep(t("self_check.step.faq", answer=rule.answer.get(lang)), rule.source)
                )
    skills = [check_label(c, dataset, lang) for c in result.missing if c.kind == "skill"]
    if skills:
        steps.append(NextStep(t("self_check.step.skills", skills=", ".join(skills))))
    entry = ladder_roles(dataset)[:1]
    if entry and entry[0].id == result.role.id:
        for item in dataset.training:
            title = item.title.get(lang) if item.title else ""
            steps.append(
                NextStep(
                    t("self_check.step.training", title=title, text=item.text.get(lang)),
                    item.source,
                    tuple(item.also_sources),
                )
            )
    for upper, checks in result.next_rungs:
        for check in checks:
            key = "self_check.step.next_met" if check.met else "self_check.step.next_todo"
            steps.append(
                NextStep(
                    t(key, role=upper.title.get(lang), text=check.requirement.text.get(lang)),
                    check.requirement.source,
                )
            )
    return steps


def _line(text: str) -> str:
    """Dataset text on one line, so it cannot break the plan's Markdown structure."""
    return re.sub(r"\s+", " ", text).strip()


def plan_file_name(dataset: Dataset, role_id: str, lang: str) -> str:
    """The download's file name: dataset, role and language, e.g. `plan_team_leader_en.md`."""
    return f"{dataset.id}_plan_{role_id}_{lang}.md"


def render_plan(dataset: Dataset, result: RoleResult, answers: Answers, t: Translator) -> str:
    """The self-check for one role as a short Markdown plan: score, answers, gaps, steps."""
    lang = t.lang
    cite = {s.id: n for n, s in enumerate(dataset.sources, start=1)}

    def ref(source: SourceRef | None) -> str:
        return f" [{cite.get(source.source, '?')}, § {_line(source.section)}]" if source else ""

    out = [f"# {_line(t('self_check.plan.title', role=result.role.title.get(lang)))}", ""]
    out.append(_line(dataset.name.get(lang)))
    out += ["", f"## {t('self_check.plan.score')}", ""]
    if result.score is None:
        out.append(t("self_check.no_requirements"))
    else:
        out.append(
            t.plural(
                "self_check.score_line",
                result.points,
                score=format_percent(result.score, lang, 0),
                total=result.total,
            )
        )
        out += ["", t("self_check.rule")]
    skills = [dataset.skill(s).name.get(lang) for s in sorted(answers.skills)]
    out += [
        "",
        f"## {t('self_check.plan.answers')}",
        "",
        f"- {t('self_check.education')}: {t(EDUCATION_KEYS[answers.education])}",
        f"- {t('self_check.years')}: {format_years(answers.years, lang)}",
        f"- {t('self_check.leadership')}: "
        + t("self_check.answer_yes" if answers.leadership else "self_check.answer_no"),
        f"- {t('self_check.skills')}: " + (_line(", ".join(skills)) if skills else "—"),
    ]
    for title, checks in (
        (t("self_check.have"), result.met),
        (t("self_check.missing"), result.missing),
    ):
        out += ["", f"## {title}", ""]
        out += [f"- {_line(check_label(c, dataset, lang))}{ref(check_source(c))}" for c in checks]
        if not checks:
            out.append("—")
    steps = next_steps(dataset, result, answers, t)
    if steps:
        out += ["", f"## {t('self_check.steps')}", ""]
        out += [f"- {_line(s.text)}{''.join(ref(r) for r in s.references())}" for s in steps]
    if result.notes or result.faq_applied:
        out += ["", f"## {t('self_check.notes')}", ""]
        out += [f"- {_line(q.text.get(lang))}{ref(q.source)}" for q in result.notes]
        if result.faq_applied and result.faq_rule is not None:
            out.append(f"- {t('self_check.faq_applied')}{ref(result.faq_rule.source)}")
    out += ["", f"## {t('common.sources')}", ""]
    out += [f"- [{n}] {_line(s.title.get(lang))}" for n, s in enumerate(dataset.sources, 1)]
    return "\n".join(out) + "\n"
