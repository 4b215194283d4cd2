"""Every page is drawn through the entry script (app/home.py), even on a fresh server.

Streamlit serves a process whose main script has a `pages/` folder beside it in its legacy
pages-directory mode until `st.navigation` has run once: a share link opened as the first
request on a new instance would run the page file alone, with raw file names in the sidebar
and no page settings. A page that finds itself run that way switches the process to
`st.navigation` and reruns, which draws it through app/home.py like any other visit.
"""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager


def run_through_entry_script() -> None:
    """Call first on every page. Costs one attribute read once the app is running normally."""
    if PagesManager.uses_pages_directory:
        # What st.navigation itself sets; it is process-wide, so this happens once.
        PagesManager.uses_pages_directory = False
        st.rerun()
