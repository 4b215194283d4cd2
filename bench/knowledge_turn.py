"""What knowledge adds to a turn before its first token can be shown, on both stores.

Per turn the app finds the passages for the visitor's message (`sessions.knowledge`: BM25 over
a cached index), spotlights them into the system message, and builds the leak guard over the
prompt and the confidential passages; the first chunk of the reply goes through that guard.
This measures all of that (the model's own latency excluded), with every source Confidential
(the most work), for knowledge of 1,000 / 10,000 / 100,000 chunks (100,000 is more than one
assistant may hold: 1,000,000 tokens is about 4,000 chunks). The first turn of a server also
reads the texts from the store and builds the index once; that is printed apart. The floor:
the same turn with no knowledge.

    python -m bench.knowledge_turn [--quick]
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from api_bots import MARK_CONFIDENTIAL, KnowledgeSource, load_text, stage_text
from api_util_firebase import SQLiteStore
from api_util_openai import count_text_tokens
from bench.common import summary, table
from knowledge import INDEXES, build_index, chunk_source
from leak_guard import ConversationLeakGuard
from sessions.config import SessionConfig
from sessions.knowledge import turn_knowledge
from tests.holdout_retrieval import bases, questions

PROMPT = "You are a helpful assistant for this business. Answer from your knowledge."
QUICK = "--quick" in sys.argv
SIZES = (1_000, 10_000) if QUICK else (1_000, 10_000, 100_000)
TURNS = 30


def _sentences() -> list[str]:
    found = []
    for files in bases().values():
        for text in files.values():
            found += [line.strip() for line in text.splitlines() if len(line.split()) >= 6]
    return found


def knowledge_text(chunks: int, seed: int) -> list[str]:
    """Sources whose text makes about `chunks` chunks: the held-out bases' lines, shuffled and
    numbered so that no two chunks are alike (20 sources, as many as an assistant may have)."""
    rng = random.Random(seed)
    lines = _sentences()
    words_needed = chunks * 200  # about 200 words a chunk
    sources, current, count = [], [], 0
    while count < words_needed:
        line = f"{rng.choice(lines)} (ref {rng.randrange(10**6)})"
        current.append(line)
        count += len(line.split())
        if len(current) >= max(1, words_needed // 200 // 20 * 10):
            sources.append("\n".join(current))
            current = []
    if current:
        sources.append("\n".join(current))
    return sources


def config_for(store, texts: list[str]) -> SessionConfig:
    sources = tuple(
        KnowledgeSource(
            stage_text(store, "creator", text),
            f"Source {n}",
            "txt",
            MARK_CONFIDENTIAL,
            count_text_tokens(text, "gpt-4o"),
            len(text),
        )
        for n, text in enumerate(texts)
    )
    return SessionConfig(
        bot_id="bench",
        bot_name="Bench",
        initial_prompt=PROMPT,
        summary_prompt="",
        model_config=None,  # type: ignore[arg-type] - not used by the knowledge path
        session_type=2,
        knowledge=sources,
        knowledge_owner="creator",
    )


def added_ms(store, config: SessionConfig, question: str) -> float:
    start = time.perf_counter()
    found = turn_knowledge(store, config, question)
    guard = ConversationLeakGuard(PROMPT).stream(knowledge=found.confidential)
    guard.feed("Sure, here is what I can tell you about that. ")
    return (time.perf_counter() - start) * 1000


def stores(folder: str):
    """SQLite, and Firestore (the npm emulator) unless --sqlite-only."""
    yield "sqlite", SQLiteStore(Path(folder) / "bench.sqlite3")
    if "--sqlite-only" in sys.argv:
        return
    from google.cloud import firestore

    from api_util_firebase import FirestoreStore
    from tests.emulator import FirestoreEmulator

    emulator = FirestoreEmulator()
    try:
        os.environ["FIRESTORE_EMULATOR_HOST"] = emulator.host
        yield "firestore", FirestoreStore(firestore.Client(project="gptlab-bench"))
    finally:
        emulator.stop()


def _forget_texts() -> None:
    """A server that has not read the texts yet (the first turn after a start)."""
    from bots import knowledge_sets

    knowledge_sets._TEXTS = knowledge_sets._TextCache(knowledge_sets._CACHE_CHARS)


def measure(store, size: int, asked: list[str]) -> tuple[str, ...]:
    config = config_for(store, knowledge_text(size, size))
    INDEXES.clear()
    _forget_texts()
    first = added_ms(store, config, asked[0])  # reads the texts, builds the index
    samples = [added_ms(store, config, q + f" {n}") for n, q in enumerate(asked)]
    median, p95 = summary(samples)
    return (
        f"{size:,}",
        f"{first / 1000:.1f} s",
        f"{_memory_per_chunk(store, config):.1f} KiB",
        f"{median:.1f}",
        f"{p95:.1f}",
    )


def _memory_per_chunk(store, config: SessionConfig) -> float:
    """KiB an index keeps per chunk (its texts included), measured apart: tracing slows
    everything down."""
    chunks = [
        chunk
        for number, source in enumerate(config.knowledge)
        for chunk in chunk_source(number, load_text(store, "creator", source))
    ]
    tracemalloc.start()
    index = build_index(chunks)
    kept, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del index
    return kept / len(chunks) / 1024


def floor_row(asked: list[str]) -> tuple[str, ...]:
    """The same turn with no knowledge: the guard over the prompt alone."""
    samples = []
    for _ in asked:
        start = time.perf_counter()
        ConversationLeakGuard(PROMPT).stream().feed("Sure, here is what I can tell you. ")
        samples.append((time.perf_counter() - start) * 1000)
    median, p95 = summary(samples)
    return ("-", "none (the floor)", "-", "-", f"{median:.2f}", f"{p95:.2f}")


def main() -> None:
    asked = [q["question"] for q in questions()][:TURNS]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for name, store in stores(folder):
            for size in SIZES if name == "sqlite" else SIZES[:2]:
                rows.append((name, *measure(store, size, asked)))
    rows.append(floor_row(asked))
    print(  # noqa: T201 - a benchmark prints its tables
        table(
            "Knowledge: time added before a turn's first token (ms), all sources confidential",
            ["store", "chunks", "first turn (read + index)", "memory per chunk", "median", "p95"],
            rows,
        )
    )


if __name__ == "__main__":
    main()
