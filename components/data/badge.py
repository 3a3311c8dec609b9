"""The badge saying which dataset every page is showing, with a way back to the default."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from careers.text.i18n import Translator
from careers.text.markdown import md_escape

_COLOURS = {"default": "blue", "uploaded": "orange", "edited": "orange", "example": "violet"}


def dataset_badge(name: str, origin: str, t: Translator, on_reset: Callable[[], None]) -> None:
    """Dataset name and origin as a badge; a reset button when it is not the default."""
    labels = {
        "default": t("data.badge.default"),
        "uploaded": t("data.badge.uploaded"),
        "edited": t("data.badge.edited"),
        "example": t("data.badge.example"),
    }
    with st.container(border=True, key="dataset_badge"):
        # Small text in the body colour: a caption's grey on the sidebar is 3.9:1, under 4.5:1.
        st.markdown(f":small[{md_escape(t('data.badge.label'))}]  \n**{md_escape(name)}**")
        st.markdown(f":{_COLOURS.get(origin, 'gray')}-badge[{labels.get(origin, origin)}]")
        if origin != "default":
            st.button(
                t("data.badge.reset"),
                key="dataset_reset",
                on_click=on_reset,
                help=t("data.badge.reset_help"),
                icon=":material/restart_alt:",
                width="stretch",
            )
