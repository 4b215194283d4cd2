"""Many users per server, measured with Streamlit's own protocol instead of browsers.

N websocket sessions (bench.streamlit_client) each sign in with their own key, open a
showcased assistant, start a session and send turns on a schedule (one every PERIOD seconds,
like a person reading and typing). Each turn's time to first reply text and to its end come from
the messages the server sends. The fake model thinks THINK seconds, then streams a word every
CHUNK seconds. Also: server CPU per streamed reply and the end of a turn, side by side with
Streamlit's bare chat tutorial (bench/bare_chat_app.py) on the same stream.

    python -m bench.load                          # all tables: one server, then two
    python -m bench.load --levels 1 10 --turns 3 --servers 1  # a quicker run
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import random
import statistics
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bench.common import percentile, table
from bench.streamlit_client import StreamlitSession
from bench.turn import control, fake_llm_server
from tests.emulator import FirestoreEmulator
from tests.servers import app_environment, streamlit_app

THINK = 0.2
CHUNK = 0.01
PERIOD = 6.0  # seconds between one person's turns
REPLY_WORDS = 60
TARGET_ADDED_MS = 100
TURN_TIMEOUT = 30.0
SETUP_AT_ONCE = 8  # sessions signing in at the same time (each sign-in derives two keys)


@dataclass
class LevelResult:
    sessions: int
    first_text: list[float] = field(default_factory=list)  # ms
    whole_turn: list[float] = field(default_factory=list)  # ms
    cpu_seconds: float = 0.0
    rss_mb: float = 0.0
    errors: int = 0
    timeouts: int = 0  # a turn not finished within TURN_TIMEOUT


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / 100  # utime + stime, in clock ticks


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@contextlib.contextmanager
def app_servers(base_url: str, count: int) -> Iterator[list[tuple[str, int]]]:
    """`count` app servers: SQLite for one, one Firestore emulator shared by two or more."""
    with contextlib.ExitStack() as stack:
        env = app_environment(OPENAI_BASE_URL=base_url, GPTLAB_STORE="sqlite")
        env["GPTLAB_SQLITE_PATH"] = str(Path(tempfile.mkdtemp()) / "load.sqlite3")
        if count > 1:
            emulator = FirestoreEmulator()
            stack.callback(emulator.stop)
            env.update(
                GPTLAB_STORE="firestore",
                FIRESTORE_EMULATOR_HOST=emulator.host,
                GOOGLE_CLOUD_PROJECT="gptlab-load",
            )
        yield [stack.enter_context(streamlit_app(env)) for _ in range(count)]


async def open_chat(url: str, key: str) -> StreamlitSession:
    session = await StreamlitSession(url).connect()
    await session.run()
    await session.run(
        widgets=[session.text("Enter your OpenAI API Key", key), session.click("Sign in")]
    )
    await session.run(page="assistant", query="assistant_id=career-coach-maya")
    await session.run(widgets=[session.click("Start a new session with Maya")])
    return session


async def chat(session: StreamlitSession, turns: int, result: LevelResult, index: int) -> None:
    await asyncio.sleep(random.uniform(0, PERIOD))  # people do not type in step
    for turn in range(turns):
        text = f"[[words:{REPLY_WORDS}]] turn {turn} of person {index}"
        try:
            run = await session.run(
                widgets=[session.chat("Message Maya", text)],
                watch_after="Stop",
                timeout=TURN_TIMEOUT,
            )
        except TimeoutError:
            result.timeouts += 1
            return  # the session is out of step with the page: it stops
        except LookupError:
            result.errors += 1
            return
        first = run.first_text_after.get("Stop")
        if first is None:
            result.errors += 1
        else:
            result.first_text.append((first - run.started) * 1000)
            result.whole_turn.append(run.seconds * 1000)
        await asyncio.sleep(max(0.0, PERIOD - run.seconds))


async def warm_up(servers: list[tuple[str, int]]) -> None:
    """A server's first turn builds caches once (the leak guard's prompt index, imports); a
    server in service has long done that, so it is not part of the figures."""
    for url, _ in servers:
        session = await open_chat(url, "sk-load-warm-up")
        await session.run(widgets=[session.chat("Message Maya", "warming up")])
        await session.close()


async def level(servers: list[tuple[str, int]], size: int, turns: int) -> LevelResult:
    result = LevelResult(size)
    gate = asyncio.Semaphore(SETUP_AT_ONCE)

    async def opened(index: int) -> StreamlitSession:
        async with gate:
            url = servers[index % len(servers)][0]
            return await open_chat(url, f"sk-load-{size}-{index}")

    sessions = await asyncio.gather(*(opened(i) for i in range(size)))
    pids = [pid for _, pid in servers]
    before = sum(cpu_seconds(pid) for pid in pids)
    await asyncio.gather(*(chat(s, turns, result, i) for i, s in enumerate(sessions)))
    result.cpu_seconds = sum(cpu_seconds(pid) for pid in pids) - before
    result.rss_mb = sum(rss_mb(pid) for pid in pids)
    await asyncio.gather(*(s.close() for s in sessions))
    return result


def levels_table(results: list[LevelResult], servers: int, turns: int) -> str:
    alone = statistics.median(results[0].first_text)
    rows, largest = [], 0
    for result in results:
        added = percentile(result.first_text, 0.95) - alone
        if added <= TARGET_ADDED_MS and not result.errors and not result.timeouts:
            largest = result.sessions
        rows.append(
            [
                result.sessions,
                f"{statistics.median(result.first_text):.0f}",
                f"{percentile(result.first_text, 0.95):.0f}",
                f"{added:+.0f}",
                f"{statistics.median(result.whole_turn):.0f}",
                f"{percentile(result.whole_turn, 0.95):.0f}",
                f"{result.cpu_seconds / max(1, len(result.first_text)) * 1000:.0f}",
                f"{result.rss_mb:.0f}",
                f"{result.errors} / {result.timeouts}",
            ]
        )
    title = (
        f"Many users, Streamlit protocol, {servers} server(s) (model thinks {THINK * 1000:.0f} "
        f"ms, then a word every {CHUNK * 1000:.0f} ms; {REPLY_WORDS}-word replies; a turn every "
        f"{PERIOD:.0f} s per person, {turns} each). Largest level within +{TARGET_ADDED_MS} ms "
        f"p95 to first text: {largest}"
    )
    header = ["sessions", "first text p50 ms", "p95 ms", "p95 added ms", "whole turn p50 ms"]
    header += ["p95 ms", "server CPU per turn ms", "server RSS MB"]
    header += ["turns without reply / over 30 s"]
    return table(title, header, rows)


async def one_reply_each(url: str, pid: int, bare: bool, words: int, turns: int) -> list:
    """Server CPU per streamed reply and the end of each turn, one session, turn after turn."""
    if bare:
        session = await StreamlitSession(url).connect()
        await session.run()
        placeholder = "Message"
    else:
        session = await open_chat(url, "sk-load-cpu")
        placeholder = "Message Maya"
    cpu, ends = [], []
    for turn in range(turns + 1):  # the first reply warms the server's caches: left out
        before = cpu_seconds(pid)
        run = await session.run(
            widgets=[session.chat(placeholder, f"[[words:{words}]] reply {turn}")]
        )
        cpu.append(cpu_seconds(pid) - before)
        complete = [t for t, length in run.grown if length >= words]
        ends.append((run.finished - complete[0]) * 1000 if complete else float("nan"))
    await session.close()
    return [statistics.median(cpu[1:]) * 1000, statistics.median(ends[1:])]


def reply_cost(base_url: str, words: int = 900, turns: int = 5) -> str:
    rows = []
    env = app_environment(OPENAI_BASE_URL=base_url, GPTLAB_STORE="sqlite")
    env["GPTLAB_SQLITE_PATH"] = str(Path(tempfile.mkdtemp()) / "reply.sqlite3")
    for name, script in (
        ("bare st.write_stream chat", "bench/bare_chat_app.py"),
        ("GPT Lab", "app/home.py"),
    ):
        with streamlit_app(env, script=script) as (url, pid):
            cpu, end = asyncio.run(one_reply_each(url, pid, script != "app/home.py", words, turns))
        rows.append([name, f"{cpu:.0f}", f"{end:.0f}"])
    ratio = float(rows[1][1]) / float(rows[0][1])
    rows.append(
        [
            "GPT Lab / bare (target CPU <= 1.5x; end of turn <= +60 ms)",
            f"{ratio:.1f}x",
            f"{float(rows[1][2]) - float(rows[0][2]):+.0f}",
        ]
    )
    return table(
        f"Server CPU per streamed {words}-word reply and end of turn (median of {turns}; a word "
        f"every {CHUNK * 1000:.0f} ms; end of turn = from the whole reply on screen to the page "
        "idle with the input enabled)",
        ["app", "server CPU per reply ms", "end of turn ms"],
        rows,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--levels", type=int, nargs="+", default=[1, 10, 25, 50, 100])
    parser.add_argument("--turns", type=int, default=5)
    parser.add_argument("--servers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--two-server-levels", type=int, nargs="+", default=[1, 50, 100])
    parser.add_argument("--skip-reply-cost", action="store_true")
    args = parser.parse_args()
    random.seed(7)
    with fake_llm_server() as base_url:
        control(base_url, first_token_delay=THINK, chunk_delay=CHUNK)
        if not args.skip_reply_cost:
            print(reply_cost(base_url))  # noqa: T201
        for count in args.servers:
            sizes = args.levels if count == 1 else args.two_server_levels
            with app_servers(base_url, count) as servers:
                asyncio.run(warm_up(servers))
                results = [asyncio.run(level(servers, size, args.turns)) for size in sizes]
            print(levels_table(results, count, args.turns))  # noqa: T201


if __name__ == "__main__":
    main()
