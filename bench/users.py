"""Many users: concurrent streaming chats against one `streamlit run` server on this machine
(time to first visible reply text in a real browser, alone vs. together), the cost of signing
in, and the server's memory per signed-in session.

    python -m bench.users [--sessions 10 25 50]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from playwright.async_api import Page, async_playwright

from api_sessions import create_session
from api_users import get_create_user
from api_util_firebase import SQLiteStore
from api_util_openai import LLMClient
from bench.common import ROOT, percentile, summary, table
from bench.turn import control, fake_llm_server, make_bot
from sessions.turn import start_turn
from tests.e2e.conftest import CHROMIUM, CHROMIUM_FLAGS
from tests.servers import streamlit_app
from users.crypto import identity_hash

IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
FIRST_TOKEN_DELAY = 0.2


@contextlib.contextmanager
def app_server(base_url: str, folder: Path) -> Iterator[tuple[str, int]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GPTLAB_", "FIRESTORE_"))}
    env.update(
        GPTLAB_STORE="sqlite",
        GPTLAB_SQLITE_PATH=str(folder / "users.sqlite3"),
        OPENAI_BASE_URL=base_url,
    )
    with streamlit_app(env) as (url, pid):
        yield url, pid


def latency_row(size: int, alone: list[float], together: list[float]) -> list[object]:
    """Sessions, alone (median), together (median, p95), and the p95 added over alone."""
    added = [t - statistics.median(alone) for t in together]
    return [
        size,
        f"{statistics.median(alone):.0f}",
        f"{statistics.median(together):.0f}",
        f"{percentile(together, 0.95):.0f}",
        f"{percentile(added, 0.95):+.0f}",
    ]


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU of these processes so far (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def browser_pids() -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if "chromium" in (entry / "cmdline").read_text(errors="ignore"):
                    pids.append(int(entry.name))
    return pids


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def settle(page: Page) -> None:
    await page.wait_for_timeout(200)
    await page.wait_for_selector(IDLE, timeout=120_000)


async def open_chat(page: Page, url: str, key: str) -> None:
    await page.goto(url)
    await settle(page)
    await page.get_by_label("Enter your OpenAI API Key", exact=True).fill(key)
    await page.keyboard.press("Enter")
    await page.get_by_text("You are signed in.").wait_for(timeout=120_000)
    await page.get_by_role("button", name="Hang out with AI Assistants in the Lounge").click()
    await page.get_by_role("button", name="Chat with Maya").click(timeout=120_000)
    await page.get_by_role("button", name="Start a new session with Maya").click(timeout=120_000)
    await page.get_by_test_id("stChatInputTextArea").wait_for(timeout=120_000)
    await settle(page)


async def first_token_ms(page: Page, text: str) -> float:
    """From pressing Enter to the first words of the reply on screen."""
    count = await page.get_by_test_id("stChatMessage").count()
    await page.get_by_test_id("stChatInputTextArea").fill(text)
    start = time.perf_counter()
    await page.keyboard.press("Enter")
    await page.wait_for_function(
        """(count) => {
            const messages = document.querySelectorAll('[data-testid="stChatMessage"]');
            return messages.length >= count + 2 &&
                   messages[count + 1].innerText.includes('You said');
        }""",
        arg=count,
        polling=5,
        timeout=120_000,
    )
    elapsed = (time.perf_counter() - start) * 1000
    await settle(page)
    return elapsed


async def concurrency(url: str, pid: int, sizes: list[int]) -> tuple[str, str]:
    rows, memory_rows = [], []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        pages: list[Page] = []
        alone: list[float] = []
        previous = (1, 0.0)  # (sessions, RSS) at the last measurement
        for size in sizes:
            while len(pages) < size:
                context = await browser.new_context()
                page = await context.new_page()
                await open_chat(page, url, f"sk-bench-user-{len(pages)}")
                pages.append(page)
                if len(pages) == 1:
                    for i in range(5):
                        alone.append(await first_token_ms(page, f"alone {i}"))
                    previous = (1, rss_mb(pid))  # one session has loaded everything once
            rss = rss_mb(pid)
            per_session = (rss - previous[1]) / max(1, size - previous[0])
            memory_rows.append((size, f"{rss:.0f}", f"{per_session:.2f}"))
            previous = (size, rss)
            together: list[float] = []
            server_before, browser_before = cpu_seconds([pid]), cpu_seconds(browser_pids())
            wall = time.perf_counter()
            for round_number in range(2):
                together += await asyncio.gather(
                    *(
                        first_token_ms(page, f"together {round_number}-{i}")
                        for i, page in enumerate(pages)
                    )
                )
            wall = time.perf_counter() - wall
            server_cores = (cpu_seconds([pid]) - server_before) / wall
            browser_cores = (cpu_seconds(browser_pids()) - browser_before) / wall
            rows.append(
                [*latency_row(size, alone, together), f"{server_cores:.2f} / {browser_cores:.2f}"]
            )
        await browser.close()
    first = table(
        f"6b. Many users end to end: real Chromium pages, one server, 2 cores (model thinks "
        f"{FIRST_TOKEN_DELAY * 1000:.0f} ms; time from Enter to first reply words in Chromium, ms)",
        [
            "sessions streaming together",
            "one session alone (median)",
            "together (median)",
            "together (p95)",
            "added at p95 (target <= +100 ms)",
            "cores busy: app server / Chromium",
        ],
        rows,
    )
    second = table(
        "7b. Server memory with signed-in sessions, each with an open chat (MB)",
        ["sessions", "server RSS", "per added session, since the previous row"],
        memory_rows,
    )
    return first, second


def pipeline_concurrency(base_url: str, folder: Path, sizes: list[int]) -> str:
    """The same question without a browser: N threads, each one user's turn, all at once,
    through the app's pipeline (moderation check, leak guard, persistence) on one store."""
    store = SQLiteStore(folder / "pipeline.sqlite3")
    llm = LLMClient("sk-bench-pipeline", base_url=base_url)
    user = get_create_user("sk-bench-pipeline", llm, store)
    bot_id = make_bot(store)
    chats = [create_session(store, user, llm, bot_id) for _ in range(max(sizes))]

    def first_token(chat, text: str, gate: threading.Barrier | None = None) -> float:
        if gate:
            gate.wait()
        start = time.perf_counter()
        turn = iter(start_turn(store, user, llm, chat, text))
        next(turn)
        elapsed = (time.perf_counter() - start) * 1000
        for _ in turn:
            pass
        return elapsed

    alone = [first_token(chats[0], f"alone {i}") for i in range(10)]
    rows = []
    for size in sizes:
        gate = threading.Barrier(size)
        with ThreadPoolExecutor(max_workers=size) as pool:
            together = list(
                pool.map(lambda i, gate=gate: first_token(chats[i], f"{i}", gate), range(size))
            )
        rows.append(latency_row(size, alone, together))
    return table(
        "6a. Many users, app pipeline only (N turns started at once in one process; time to "
        "first visible token, ms)",
        [
            "turns at once",
            "one alone (median)",
            "together (median)",
            "together (p95)",
            "added at p95 (target <= +100 ms)",
        ],
        rows,
    )


def sign_in_cost(base_url: str, folder: Path, repeat: int = 10) -> str:
    store = SQLiteStore(folder / "signin.sqlite3")
    hashing = [t for t in (timed_ms(lambda: identity_hash("sk-bench-x")) for _ in range(repeat))]
    listing = [
        timed_ms(lambda: LLMClient("sk-bench-x", base_url=base_url).list_models())
        for _ in range(repeat)
    ]
    first = [
        timed_ms(
            lambda i=i: get_create_user(
                f"sk-bench-new-{i}", LLMClient(f"sk-bench-new-{i}", base_url=base_url), store
            )
        )
        for i in range(repeat)
    ]
    again = [
        timed_ms(
            lambda: get_create_user(
                "sk-bench-new-0", LLMClient("sk-bench-new-0", base_url=base_url), store
            )
        )
        for _ in range(repeat)
    ]
    rows = [
        ("key hash (PBKDF2-SHA256, 210,000 iterations)", *fmt(hashing)),
        ("validate the key with the provider (list models, local server)", *fmt(listing)),
        ("first sign-in: validate, 2 derivations, create the user", *fmt(first)),
        ("returning sign-in: validate, 2 derivations, 2 reads", *fmt(again)),
    ]
    return table("7a. Sign-in cost (ms)", ["step", "median", "p95"], rows)


def timed_ms(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def fmt(values: list[float]) -> tuple[str, str]:
    median, p95 = summary(values)
    return f"{median:.0f}", f"{p95:.0f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, nargs="+", default=[10, 25, 50])
    args = parser.parse_args()
    os.chdir(ROOT)
    with tempfile.TemporaryDirectory() as folder, fake_llm_server() as base_url:
        print(sign_in_cost(base_url, Path(folder)))  # noqa: T201 - a benchmark prints
        control(base_url, first_token_delay=FIRST_TOKEN_DELAY, chunk_delay=0.02)
        print(pipeline_concurrency(base_url, Path(folder), sorted(args.sessions)))  # noqa: T201
        with app_server(base_url, Path(folder)) as (url, pid):
            latency, memory = asyncio.run(concurrency(url, pid, sorted(args.sessions)))
        print(latency)  # noqa: T201
        print(memory)  # noqa: T201


if __name__ == "__main__":
    main()
