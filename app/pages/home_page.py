"""Home: what GPT Lab is, the privacy note, sign-in, and the way to the Lounge and the Lab."""

from __future__ import annotations

import streamlit as st

from i18n import tr
from ui import state as ui_state
from ui.account import render_sidebar
from ui.entry import run_through_entry_script
from ui.signin import SignInForm
from ui.text import KEY_HELD, RELOAD_ASKS_AGAIN

SIGN_IN = SignInForm("home_signin")


# ---------------------------------------------------------------- render


def render_intro() -> None:
    st.title("🧪 GPT Lab")
    st.markdown(
        tr(
            "Chat with AI assistants made by the community, and build, test and share your "
            "own. Bring your own OpenAI API key (or a key for the OpenAI-compatible provider "
            "this deployment uses)."
        )
    )


def render_privacy_note() -> None:
    with st.expander(tr("How GPT Lab treats your key and your chats")):
        points = [
            f"{tr(KEY_HELD)} {tr(RELOAD_ASKS_AGAIN)}",
            tr(
                "Your chats are encrypted with a key that only your API key can unlock: a "
                "copy of our database alone cannot read them."
            ),
            tr(
                "You can move your account to a new key or delete your data at any time "
                "(sidebar, once signed in)."
            ),
            tr("Model calls are billed to your key by your provider."),
        ]
        st.markdown("\n".join(f"- {point}" for point in points))


def render_look_around() -> None:
    """Signed out, on a phone the sidebar is closed: the way to look before signing in."""
    left, right = st.columns(2)
    left.page_link("pages/lounge.py", label=tr("Browse the assistants in the Lounge"), icon="🛋️")
    right.page_link("pages/faq.py", label=tr("Read the FAQ"), icon="❓")


def render_signed_in() -> None:
    st.success(ui_state.welcome_text(ui_state.current_user()))
    left, right = st.columns(2)
    if left.button(
        tr("Hang out with AI Assistants in the Lounge"),
        key="home_to_lounge",
        width="stretch",
        type="primary",
    ):
        st.switch_page("pages/lounge.py")
    if right.button(
        tr("Create your own AI Assistants in the Lab"), key="home_to_lab", width="stretch"
    ):
        st.switch_page("pages/lab.py")


# ---------------------------------------------------------------- state machine

run_through_entry_script()
ui_state.take_welcome()  # said in the page below, not again as a toast
render_sidebar()

render_intro()
if ui_state.current_user() is None:
    SIGN_IN.show()
    render_look_around()
else:
    render_signed_in()
render_privacy_note()
