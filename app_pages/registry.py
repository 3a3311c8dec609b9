"""The app's pages, in sidebar order: the one list that app.py, the tests, bench/ and scripts/ read.

Plain data (no Streamlit): a page's stem is its file in app_pages/, its URL path (home is "/")
and its title key `nav.<stem>` in the locales.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    """One page: file stem, Material icon, and whether it is the default (home) page."""

    stem: str
    icon: str
    default: bool = False

    @property
    def file(self) -> str:
        """The page script, relative to the repository root."""
        return f"app_pages/{self.stem}.py"

    @property
    def url_path(self) -> str:
        """The page's path in a link: "/" for home, "/<stem>" otherwise."""
        return "/" if self.default else f"/{self.stem}"


PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", ":material/home:", default=True),
    PageSpec("ladder", ":material/stairs:"),
    PageSpec("salaries", ":material/payments:"),
    PageSpec("channels", ":material/call_split:"),
    PageSpec("compare", ":material/compare_arrows:"),
    PageSpec("self_check", ":material/checklist:"),
    PageSpec("job_description", ":material/description:"),
    PageSpec("workshop", ":material/co_present:"),
    PageSpec("data", ":material/table:"),
)
