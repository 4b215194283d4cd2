"""The hold-back as seen in a browser: when each word of a streamed reply reaches the screen,
prompt words against other words, and the first word's wait (Chromium, the real app, the test
provider streaming a word every 60 ms).

    python -m bench.release_timing [--rounds 3]

A word's delay is when it appeared minus when the provider sent it (word n is sent n x 60 ms
after the first), so the provider's start and the page's rerun cancel out of the comparison.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from bench.common import table
from tests.e2e.browser import open_app, sign_in, start_chat
from tests.e2e.conftest import CHROMIUM, CHROMIUM_FLAGS
from tests.fake_openai import FakeOpenAIServer
from tests.servers import app_environment, streamlit_app

WORD_DELAY = 0.06
# Maya's prompt (bots/showcase.py) words, one at a time among ordinary ones, as a coach's reply.
REPLY = (
    "Thanks for telling me about the move. It sounds like your strengths are in planning and "
    "people, and your values include fairness at work. Before we look at options, what "
    "constraints do you have on time or money? I heard that the commute matters to you a lot, "
    "so let us keep it on the list. Which of these would you want to reflect on first, the "
    "team or the pace of the work you do each week?"
)
_RECORD = """
() => {
  window.__shown = [];
  const reply = document.querySelectorAll('[data-testid="stChatMessage"]').length + 1;
  const seen = () => {
    const all = document.querySelectorAll('[data-testid="stChatMessage"]');
    const text = all.length > reply ? all[reply].innerText : '';
    window.__shown.push([performance.now(), text]);
  };
  if (window.__observer) window.__observer.disconnect();
  window.__observer = new MutationObserver(seen);
  window.__observer.observe(document.body,
    {subtree: true, childList: true, characterData: true});
}
"""


def _prompt_words() -> set[str]:
    from bots.showcase import SHOWCASE

    text = SHOWCASE["career-coach-maya"].initial_prompt.lower()
    return {word.strip(".,:?") for word in text.split()}


def _appearances(page: Page, words: list[str]) -> list[float | None]:
    """When each word of the reply was first on screen (ms, page clock)."""
    shown = page.evaluate("window.__shown")
    times: list[float | None] = [None] * len(words)
    for when, text in shown:
        body = " ".join(text.split())
        for n in range(len(words)):
            if times[n] is None and " ".join(words[: n + 1]) in body:
                times[n] = when
    return times


def one_round(page: Page) -> tuple[list[tuple[bool, float]], float]:
    """(whether each word is a prompt word, its delay), and the wait for the first word."""
    words = REPLY.split(" ")
    count = page.get_by_test_id("stChatMessage").count()
    page.evaluate(_RECORD)
    page.get_by_test_id("stChatInputTextArea").fill("[[say]]" + REPLY)
    sent = page.evaluate("performance.now()")
    page.keyboard.press("Enter")
    reply = page.get_by_test_id("stChatMessage").nth(count + 1)
    reply.filter(has_text="each week?").wait_for(timeout=60_000)
    times = _appearances(page, words)
    prompt = _prompt_words()
    first = next(t for t in times if t is not None)
    delays = [
        (word.lower().strip(".,:?") in prompt, when - first - n * WORD_DELAY * 1000)
        for n, (word, when) in enumerate(zip(words, times, strict=True))
        if when is not None
    ]
    return delays, first - sent


def measure(rounds: int) -> tuple[list[float], list[float], list[float]]:
    """(prompt word delays, other word delays, first word waits after the send), in ms."""
    llm = FakeOpenAIServer().start()
    llm.state.chunk_delay = WORD_DELAY
    prompt_delays, other_delays, first_waits = [], [], []
    try:
        with tempfile.TemporaryDirectory() as folder:
            env = app_environment(
                OPENAI_BASE_URL=llm.base_url,
                GPTLAB_STORE="sqlite",
                GPTLAB_SQLITE_PATH=str(Path(folder) / "gptlab.sqlite3"),
            )
            with (
                open(Path(folder) / "streamlit.log", "w") as log,
                streamlit_app(env, log) as (url, _),
                sync_playwright() as playwright,
            ):
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
                page = open_app(browser.new_page(viewport={"width": 1280, "height": 900}), url)
                sign_in(page, "sk-bench-release")
                start_chat(page, "Maya")
                for _ in range(rounds):
                    delays, first_wait = one_round(page)
                    shift = min(d for _, d in delays)  # the word least delayed: 0
                    prompt_delays += [d - shift for p, d in delays if p]
                    other_delays += [d - shift for p, d in delays if not p]
                    first_waits.append(first_wait)
                    page.wait_for_timeout(500)
                browser.close()
    finally:
        llm.stop()
    return prompt_delays, other_delays, first_waits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    prompt_delays, other_delays, first_waits = measure(args.rounds)
    rows = [
        (name, len(values), f"{statistics.median(values):.0f}", f"{max(values):.0f}")
        for name, values in (("prompt words", prompt_delays), ("other words", other_delays))
    ]
    gap = statistics.median(prompt_delays) - statistics.median(other_delays)
    print(
        table(
            "Release delay in Chromium (ms after the provider sent the word)",  # noqa: T201
            ("words", "n", "median", "max"),
            rows,
        )
    )
    print(f"median prompt minus other: {gap:.0f} ms (target <= 30)")  # noqa: T201
    first = statistics.median(first_waits)
    print(f"first word on screen after Enter: median {first:.0f} ms")  # noqa: T201


if __name__ == "__main__":
    main()
