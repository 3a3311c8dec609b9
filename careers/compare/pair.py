"""Two roles side by side: what the sources list for each, and the pay gap."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Generic, Literal, TypeVar

from careers.dataset.models import Dataset
from careers.dataset.roles import Qualification, Role, RoleSkill
from careers.dataset.sources import Item
from careers.ladder.graph import ladder_roles, lateral_roles, steps_up

T = TypeVar("T")

PayStatus = Literal["ok", "at_least", "at_most", "missing", "open_ended", "incomparable"]


@dataclass(frozen=True)
class Split(Generic[T]):
    """One kind of content (skills, duties...) split into shared, added by B, dropped from A.

    `shared` holds B's version of each common item, `kept` A's version of the same items.
    """

    shared: list[T]
    added: list[T]
    dropped: list[T]
    kept: list[T]


@dataclass(frozen=True)
class PayDifference:
    """Midpoint of B minus midpoint of A, or why there is no such figure.

    `status` is "ok" when both midpoints exist in the same currency and period; "at_least"
    ("at_most") when B's (A's) band is open at the top but gives the figure it is "over": its
    midpoint is then at least the middle of its two figures, so the difference is a bound;
    "missing" when a role has no band; "open_ended" when no bound can be worked out (both
    bands open, or a band with no figure on top); "incomparable" when the bands use different
    currencies or periods.
    """

    status: PayStatus
    amount: float | None = None
    ratio: float | None = None
    currency: str | None = None
    estimate: bool = False
    # The two midpoints compared (a bound's is the middle of the band's two figures).
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True)
class RoleComparison:
    """Everything the compare page shows about roles A and B."""

    a: Role
    b: Role
    responsibilities: Split[Item]
    skills: Split[RoleSkill]
    education: Split[Qualification]
    experience: Split[Qualification]
    pay: PayDifference


def split_by(first: Sequence[T], second: Sequence[T], key: Callable[[T], str]) -> Split[T]:
    """Split two lists by a key: shared (as in `second`), only in `second`, only in `first`."""
    first_keys = {key(x) for x in first}
    second_keys = {key(x) for x in second}
    return Split(
        shared=[x for x in second if key(x) in first_keys],
        added=[x for x in second if key(x) not in first_keys],
        dropped=[x for x in first if key(x) not in second_keys],
        kept=[x for x in first if key(x) in second_keys],
    )


def pay_difference(a: Role, b: Role) -> PayDifference:
    """B's band midpoint minus A's, with the ratio to A's midpoint, when both can be computed."""
    low, high = a.salary, b.salary
    if low is None or high is None:
        return PayDifference("missing")
    estimate = low.estimate or high.estimate
    if (low.currency, low.period) != (high.currency, high.period):
        return PayDifference("incomparable", estimate=estimate)
    status: PayStatus = "ok"
    low_mid, high_mid = low.midpoint, high.midpoint
    if high_mid is None and low_mid is not None and high.max is not None:
        status, high_mid = "at_least", (high.min + high.max) / 2
    elif low_mid is None and high_mid is not None and low.max is not None:
        status, low_mid = "at_most", (low.min + low.max) / 2
    if low_mid is None or high_mid is None:
        return PayDifference("open_ended", currency=high.currency, estimate=estimate)
    amount = high_mid - low_mid
    ratio = amount / low_mid if low_mid else None
    return PayDifference(status, amount, ratio, high.currency, estimate, low_mid, high_mid)


def compare_roles(dataset: Dataset, a_id: str, b_id: str) -> RoleComparison:
    """Compare role B with role A; items with the same id in both roles count as shared.

    Raises:
        KeyError: when either id is not a role of the dataset.
    """
    a, b = dataset.role(a_id), dataset.role(b_id)
    by_id = attrgetter("id")
    return RoleComparison(
        a=a,
        b=b,
        responsibilities=split_by(a.responsibilities, b.responsibilities, by_id),
        skills=split_by(a.skills, b.skills, lambda s: s.skill),
        education=split_by(a.education, b.education, by_id),
        experience=split_by(a.experience, b.experience, by_id),
        pay=pay_difference(a, b),
    )


def comparable_roles(dataset: Dataset) -> list[Role]:
    """Every role in the order the page offers them: the ladder from the entry up, then laterals."""
    return ladder_roles(dataset) + lateral_roles(dataset)


def default_pair(dataset: Dataset) -> tuple[str, str] | None:
    """The first ladder role and the rung above it; None when the dataset has a single role."""
    roles = comparable_roles(dataset)
    if len(roles) < 2:
        return None
    first = roles[0].id
    up = steps_up(dataset, first)
    return first, up[0].to_role if up else roles[1].id


def resolve_pair(dataset: Dataset, a: str | None, b: str | None) -> tuple[tuple[str, str], bool]:
    """The pair to show for a link's `a` and `b`: as given when valid, else the default pair.

    Returns:
        ((a, b), fell_back): `fell_back` is True when the link named an unknown role, only one
        of the two, or the same role twice.

    Raises:
        ValueError: when the dataset has fewer than two roles to compare.
    """
    pair = default_pair(dataset)
    if pair is None:
        raise ValueError("the dataset has fewer than two roles")
    if a is None and b is None:
        return pair, False
    ids = {r.id for r in dataset.roles}
    if a in ids and b in ids and a != b:
        return (a, b), False
    return pair, True
