"""Questions a dataset brings: the source's FAQ, the inbound / outbound quiz, the workshop's."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, Strict

from careers.dataset.fields import Model, Slug, Text
from careers.dataset.sources import SourceRef


class FaqEntry(Model):
    """A question and answer from a source's FAQ."""

    id: Slug
    question: Text
    answer: Text
    source: SourceRef


class QuizOption(Model):
    """An answer of the quiz: its words, its points to each side, the items it is drawn from."""

    id: Slug
    text: Text
    # Strict: `yes` or "2" in a file is not a number of points.
    inbound: Annotated[int, Strict()] = Field(ge=0, le=10)
    outbound: Annotated[int, Strict()] = Field(ge=0, le=10)
    evidence: list[Slug] = Field(default_factory=list)


class QuizQuestion(Model):
    """A question of the "which suits me?" quiz, in the app's words, with its answers."""

    id: Slug
    text: Text
    options: list[QuizOption] = Field(min_length=2, max_length=6)


class WorkshopOption(Model):
    """One answer a workshop question offers."""

    id: Slug
    text: Text


class WorkshopQuestion(Model):
    """A question the workshop asks the room at one rung: the app's own, not a sourced fact."""

    id: Slug
    role: Slug
    text: Text
    options: list[WorkshopOption] = Field(min_length=2, max_length=8)
