"""GPT Lab entry point: the navigation, and a last line of defence so that no page ever shows a
traceback. Each page draws the sidebar itself (ui.account.render_sidebar)."""

from __future__ import annotations

import logging
from pathlib import Path

import streamlit as st

from api_users import KeyRevoked
from i18n import tr, tr_noop
from ui.language import ensure_language
from ui.shutdown import watch_for_shutdown
from ui.state import note_page, sign_out_if_key_replaced

logger = logging.getLogger(__name__)
APP_DIR = Path(__file__).resolve().parent
CRASH_MESSAGE = tr_noop("Something went wrong on our side. Please reload the page.")


# ---------------------------------------------------------------- navigation

st.set_page_config(page_title="GPT Lab", page_icon="🧪", layout="wide")
watch_for_shutdown()
ensure_language()
navigation = st.navigation(
    [
        st.Page(APP_DIR / "pages" / "home_page.py", title=tr("Home"), icon="🏠", default=True),
        st.Page(APP_DIR / "pages" / "lounge.py", title=tr("Lounge"), icon="🛋️", url_path="lounge"),
        st.Page(
            APP_DIR / "pages" / "assistant.py",
            title=tr("Assistant"),
            icon="💬",
            url_path="assistant",
        ),
        st.Page(APP_DIR / "pages" / "lab.py", title=tr("Lab"), icon="🧪", url_path="lab"),
        st.Page(APP_DIR / "pages" / "faq.py", title=tr("FAQ"), icon="❓", url_path="faq"),
        st.Page(APP_DIR / "pages" / "terms.py", title=tr("Terms"), icon="📜", url_path="terms"),
        st.Page(
            APP_DIR / "pages" / "shared.py",
            title=tr("Shared chat"),
            icon="🔗",
            url_path="shared",
            visibility="hidden",  # opened from a share link only
        ),
    ]
)
sign_out_if_key_replaced()  # an earlier run found the key replaced, then reran early
note_page(navigation.url_path)
try:
    navigation.run()
except KeyRevoked as revoked:  # the key was replaced in another tab: nothing more is read
    logger.info("A tab whose key no longer opens its account was signed out")
    sign_out_if_key_replaced(revoked)
    st.rerun()
except Exception:  # last line of defence: no traceback ever reaches a page
    logger.exception("A page failed")
    st.error(tr(CRASH_MESSAGE))
if sign_out_if_key_replaced():  # a page said the key was replaced: sign out, then redraw
    logger.info("A tab whose key no longer opens its account was signed out")
    st.rerun()
