"""Page cost: the assistant page rerun with a long chat beside a bare Streamlit chat script, and
the Lounge with 10 and 10,000 assistants in the store (AppTest reruns, wall clock).

    python -m bench.pages
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import streamlit as st
from streamlit.runtime.scriptrunner.script_cache import ScriptCache
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1 import app_test as app_test_module

from api_bots import get_bot, get_bots
from api_sessions import create_session
from api_util_firebase import SQLiteStore, get_store, new_id, set_store, utc_now
from bench.common import ROOT, summary, table
from bench.turn import fake_llm_server, make_bot, with_history
from settings import reset_settings_cache

ENTRY = str(ROOT / "app" / "home.py")

# A running server compiles each script once (its ScriptCache lives as long as the server);
# AppTest makes a new cache for every run, so every rerun would recompile the page files. Share
# one cache, for the app and for the bare script alike, so reruns cost what they cost a server.
_SHARED_SCRIPT_CACHE = ScriptCache()
app_test_module.ScriptCache = lambda: _SHARED_SCRIPT_CACHE


def bare_chat_script(count: int) -> AppTest:
    """What any Streamlit chat app must do: one st.chat_message with markdown per message."""
    script = f"""
import streamlit as st
for i in range({count}):
    role = "user" if i % 2 == 0 else "assistant"
    with st.chat_message(role):
        st.markdown(f"Message {{i}}: " + "a few words about goals, habits and next steps " * 3)
st.chat_input("Message")
"""
    return AppTest.from_string(script, default_timeout=60)


def timed_run(at: AppTest) -> float:
    """Wall-clock ms of one rerun (AppTest's own overhead is the same for both sides)."""
    start = time.perf_counter()
    at.run()
    assert not at.exception, at.exception
    return (time.perf_counter() - start) * 1000


def signed_in_state() -> dict:
    at = AppTest.from_file(ENTRY, default_timeout=60).run()
    at.text_input(key="home_signin_api_key").set_value("sk-bench-pages")
    next(b for b in at.button if b.label == "Sign in").click().run()
    return {key: at.session_state[key] for key in ("auth_user", "auth_api_key", "auth_llm")}


def rerun_cost(repeat: int = 30) -> str:
    """The page and the bare script measured in turns, run by run, so noise hits both."""
    state = signed_in_state()
    store = get_store()
    bot = get_bot(store, "career-coach-maya")
    rows = []
    for count in (10, 100, 500):
        chat = create_session(store, state["auth_user"], state["auth_llm"], bot.bot_id)
        chat.transcript.clear()
        with_history(chat, count)
        page = AppTest.from_file(ENTRY, default_timeout=60)
        for key, value in {**state, "assistant_bot": bot, "assistant_chat": chat}.items():
            page.session_state[key] = value
        page.query_params["assistant_id"] = bot.bot_id
        page.run()
        page.switch_page("pages/assistant.py").run()
        bare = bare_chat_script(count)
        bare.run()
        app_ms, bare_ms = [], []
        for _ in range(repeat):
            app_ms.append(timed_run(page))
            bare_ms.append(timed_run(bare))
        app, floor = summary(app_ms)[0], summary(bare_ms)[0]
        rows.append((count, f"{floor:.1f}", f"{app:.1f}", f"{app / floor:.2f}x"))
    return table(
        "4. Assistant page rerun with a long chat (AppTest rerun, median ms)",
        [
            "messages",
            "bare st.chat_message script",
            "GPT Lab assistant page",
            "ratio (target <= 1.3x at 500)",
        ],
        rows,
    )


def fill_store(store: SQLiteStore, total: int) -> None:
    """`total` assistants from many creators, none of them showcased."""
    batch = store.batch()
    now = utc_now()
    for i in range(total):
        batch.set(
            f"bots/{new_id()}",
            {
                "name": f"Bot {i}",
                "tag_line": "Helper",
                "description": "Helps.",
                "session_type": 3,
                "model": "gpt-4o-mini",
                "creator_user_id": f"creator{i % 500}",
                "created_date": now,
                "last_modified_date": now,
                "showcased": False,
                "is_active": True,
                "sessions_started": 0,
                "sessions_ended": 0,
            },
        )
        if len(batch) >= 500:
            batch.commit()
    batch.commit()


def lounge_store(folder: Path, total: int) -> SQLiteStore:
    store = SQLiteStore(folder / f"lounge-{total}.sqlite3")
    make_bot(store)
    fill_store(store, total - 1)
    return store


def lounge_cost(folder: Path, repeat: int = 40) -> str:
    """Both store sizes measured in turns, run by run, so machine noise hits both alike."""
    stores = {total: lounge_store(folder, total) for total in (10, 10_000)}
    at = AppTest.from_file(ENTRY, default_timeout=60).run()
    at.switch_page("pages/lounge.py")
    cold: dict[int, list[float]] = {total: [] for total in stores}
    warm: dict[int, list[float]] = {total: [] for total in stores}
    query: dict[int, list[float]] = {total: [] for total in stores}
    for _ in range(repeat):
        for total, store in stores.items():
            set_store(store)
            st.cache_resource.clear()
            st.cache_data.clear()  # the Lounge list is cached for 30 s: measure the refresh
            cold[total].append(timed_run(at))
            warm[total].append(timed_run(at))
            start = time.perf_counter()
            get_bots(store, showcased=True)
            query[total].append((time.perf_counter() - start) * 1000)
    rows = [
        (
            f"{total:,}",
            f"{summary(query[total])[0]:.2f}",
            f"{summary(cold[total])[0]:.1f}",
            f"{summary(warm[total])[0]:.1f}",
        )
        for total in stores
    ]
    small, large = stores
    rows.append(
        (
            "ratio (target <= 1.2x)",
            f"{summary(query[large])[0] / summary(query[small])[0]:.2f}x",
            f"{summary(cold[large])[0] / summary(cold[small])[0]:.2f}x",
            f"{summary(warm[large])[0] / summary(warm[small])[0]:.2f}x",
        )
    )
    return table(
        "5. Lounge with many assistants in the store (median ms)",
        [
            "assistants in the store",
            "store query for the list",
            "page, list refreshed (cache expired)",
            "page, cached list",
        ],
        rows,
    )


def main() -> None:
    os.chdir(ROOT)
    with tempfile.TemporaryDirectory() as folder, fake_llm_server() as base_url:
        os.environ.update(
            GPTLAB_STORE="sqlite",
            OPENAI_BASE_URL=base_url,
            GPTLAB_SQLITE_PATH=str(Path(folder) / "pages.sqlite3"),
        )
        os.environ.pop("FIRESTORE_EMULATOR_HOST", None)
        reset_settings_cache()
        print(rerun_cost())  # noqa: T201 - a benchmark prints
        print(lounge_cost(Path(folder)))  # noqa: T201


if __name__ == "__main__":
    main()
