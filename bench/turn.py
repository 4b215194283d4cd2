"""A chat turn: time to first visible token, CPU per turn, and store traffic, each beside its
floor (the bare openai client on the same local server; the original design's pipeline).

    python -m bench.turn
"""

from __future__ import annotations

import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import openai

from api_sessions import ChatMessage, create_session, model_payload
from api_users import get_create_user
from api_util_firebase import DocumentStore, FirestoreStore, SQLiteStore
from api_util_openai import LLMClient
from bench.common import ROOT, summary, table
from sessions.turn import start_turn
from tests.builders import make_coach
from tests.servers import free_port

FIRST_TOKEN_DELAY = 0.2  # the simulated model's think time before its first token
CHUNK_DELAY = 0.01
PROMPT = (
    "You are Maya, a warm and practical career coach for software engineers. Ask one "
    "open question at a time. Never recommend a specific employer."
)
# What the original GPT Lab did per user action, read off its api_sessions.py and api_bots.py:
# a turn = get session, add user message, read-modify-write message_count, get session again,
# update messages_str, add reply, read-modify-write message_count; a start = get bot and its
# three config documents, create session, get it twice, update it, add greeting, read-modify-
# write message_count, then read-modify-write the user's and the bot's counters.
ORIGINAL = {"turn": (4, 5, 5), "session start": (9, 6, 6)}


@contextlib.contextmanager
def fake_llm_server() -> Iterator[str]:
    """The test server in its own process, so its CPU does not count as the app's."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fake_openai", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    process.stdout.readline()
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=10)


def control(base_url: str, **knobs: float | None) -> None:
    request = urllib.request.Request(
        base_url.removesuffix("/v1") + "/_control",
        data=json.dumps(knobs).encode(),
        headers={"Content-Type": "application/json"},
    )
    urllib.request.urlopen(request, timeout=5).read()


def make_bot(store: DocumentStore) -> str:
    return make_coach(store, PROMPT)


def world(store: DocumentStore, base_url: str):
    llm = LLMClient("sk-bench-user", base_url=base_url)
    return get_create_user("sk-bench-user", llm, store), llm, make_bot(store)


def with_history(chat, count: int) -> None:
    """Give a session `count` earlier messages, as if they had been stored turn by turn."""
    for i in range(count):
        role = "user" if i % 2 == 0 else "assistant"
        text = f"Message {i}: " + "a few words about goals, habits and next steps " * 3
        chat.transcript.append(ChatMessage(role, text, seq=chat.next_seq(), message_id=f"m{i}"))


def time_to_first_token(base_url: str, store: DocumentStore, repeat: int = 30) -> str:
    control(base_url, first_token_delay=FIRST_TOKEN_DELAY, chunk_delay=CHUNK_DELAY)
    user, llm, bot_id = world(store, base_url)
    chat = create_session(store, user, llm, bot_id)
    with_history(chat, 10)
    bare = openai.OpenAI(api_key="sk-bench-user", base_url=base_url, max_retries=0)
    app_ms, floor_ms = [], []
    for i in range(repeat):
        message = f"Question number {i}: what should I try next?"
        start = time.perf_counter()
        turn = start_turn(store, user, llm, chat, message)
        stream = iter(turn)
        next(stream)
        app_ms.append((time.perf_counter() - start) * 1000)
        for _ in stream:
            pass
        payload = model_payload(chat)[:-1] + [{"role": "user", "content": message}]
        start = time.perf_counter()
        response = bare.chat.completions.create(model="gpt-4o-mini", messages=payload, stream=True)
        for event in response:
            if event.choices and event.choices[0].delta.content:
                floor_ms.append((time.perf_counter() - start) * 1000)
                break
        response.close()
    control(base_url, first_token_delay=0.0, chunk_delay=0.0)
    app_median, app_p95 = summary(app_ms)
    floor_median, floor_p95 = summary(floor_ms)
    return table(
        f"1. Time to first visible token (model thinks {FIRST_TOKEN_DELAY * 1000:.0f} ms, then "
        f"a token every {CHUNK_DELAY * 1000:.0f} ms; {repeat} turns)",
        ["path", "median ms", "p95 ms"],
        [
            ("bare openai client (floor)", f"{floor_median:.1f}", f"{floor_p95:.1f}"),
            (
                "GPT Lab turn: pipeline + leak-guard hold-back",
                f"{app_median:.1f}",
                f"{app_p95:.1f}",
            ),
            (
                "difference (target: median <= +30 ms)",
                f"{app_median - floor_median:+.1f}",
                f"{app_p95 - floor_p95:+.1f}",
            ),
        ],
    )


def cpu_per_turn(base_url: str, store: DocumentStore, repeat: int = 15) -> str:
    """Process CPU of a whole turn minus that of the bare client streaming the same payload."""
    user, llm, bot_id = world(store, base_url)
    bare = openai.OpenAI(api_key="sk-bench-user", base_url=base_url, max_retries=0)
    rows = []
    for history in (10, 200, 1000):
        chat = create_session(store, user, llm, bot_id)
        with_history(chat, history)
        app, floor = [], []
        for i in range(repeat):
            message = f"Turn {i}: tell me more"
            start = time.process_time()
            for _ in start_turn(store, user, llm, chat, message):
                pass
            app.append((time.process_time() - start) * 1000)
            payload = model_payload(chat)[:-1] + [{"role": "user", "content": message}]
            start = time.process_time()
            for _ in bare.chat.completions.create(
                model="gpt-4o-mini", messages=payload, stream=True
            ):
                pass
            floor.append((time.process_time() - start) * 1000)
        app_median, floor_median = statistics.median(app), statistics.median(floor)
        rows.append(
            (
                history,
                f"{floor_median:.1f}",
                f"{app_median:.1f}",
                f"{app_median - floor_median:.1f}",
            )
        )
    return table(
        "2. Server CPU per turn (ms; coaching session, which sends the whole history)",
        [
            "messages of history",
            "bare client call",
            "GPT Lab turn",
            "GPT Lab's own work (target <= 10 at 200)",
        ],
        rows,
    )


def store_traffic(base_url: str, stores: dict[str, DocumentStore]) -> str:
    rows = []
    for name, store in stores.items():
        user, llm, bot_id = world(store, base_url)
        store.stats.reset()
        chat = create_session(store, user, llm, bot_id)
        start = (store.stats.reads, store.stats.queries, store.stats.commits, store.stats.writes)
        store.stats.reset()
        for _ in start_turn(store, user, llm, chat, "How do I prepare for a review?"):
            pass
        turn = (store.stats.reads, store.stats.queries, store.stats.commits, store.stats.writes)
        rows.append((f"session start ({name})", *start))
        rows.append((f"turn ({name})", *turn))
    for action, (reads, writes, commits) in ORIGINAL.items():
        rows.append((f"{action} (original design)", reads, "-", commits, writes))
    return table(
        "3. Store operations per action (target: a turn is one commit and no reads)",
        ["action", "document reads", "queries", "commits", "documents written"],
        rows,
    )


def main() -> None:
    os.chdir(ROOT)
    with tempfile.TemporaryDirectory() as folder, fake_llm_server() as base_url:
        sqlite = SQLiteStore(Path(folder) / "bench.sqlite3")
        print(time_to_first_token(base_url, sqlite))  # noqa: T201 - a benchmark prints
        print(cpu_per_turn(base_url, sqlite))  # noqa: T201
        stores: dict[str, DocumentStore] = {"SQLite": SQLiteStore(Path(folder) / "t.sqlite3")}
        emulator = None
        try:
            from google.cloud import firestore

            from tests.emulator import FirestoreEmulator

            emulator = FirestoreEmulator()
            os.environ["FIRESTORE_EMULATOR_HOST"] = emulator.host
            stores["Firestore emulator"] = FirestoreStore(firestore.Client(project="bench"))
        except RuntimeError as error:
            print(f"(Firestore emulator not available: {error})")  # noqa: T201
        print(store_traffic(base_url, stores))  # noqa: T201
        if emulator:
            emulator.stop()


if __name__ == "__main__":
    main()
