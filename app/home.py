"""GPT Lab entry point. The full pages arrive with the pages issue; this one proves the wiring:
settings, the store and the showcase seed, with any error shown as a message, not a traceback.
"""

from __future__ import annotations

import logging

import streamlit as st

from api_bots import get_bots
from api_util_firebase import StoreError, get_store
from settings import SettingsError, get_settings
from showcase import seed_showcase

logger = logging.getLogger(__name__)


@st.cache_resource(show_spinner=False)
def prepare_store() -> bool:
    """Once per server process: open the store and seed the showcase if the setting allows."""
    settings = get_settings()
    store = get_store()
    if settings.seed_showcase:
        seed_showcase(store)
    return True


def render_home() -> None:
    st.title("GPT Lab")
    st.write("Chat with AI assistants, and build and share your own.")
    try:
        prepare_store()
        bots = get_bots(get_store(), showcased=True)
    except (SettingsError, StoreError) as exc:
        st.error(f"GPT Lab cannot reach its database: {exc}")
        return
    st.caption(f"{len(bots)} showcased assistants are ready.")


st.set_page_config(page_title="GPT Lab", page_icon="🧪")
render_home()
