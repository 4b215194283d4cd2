"""Knowledge retrieval: held-out recall@5 and MRR, index build time, search time and memory.

tests/holdout_retrieval/ was written by a helper session blind to the retriever (see its README);
each base goes through the real pipeline (read_upload, chunk_source, build_index). Speed and
memory use synthetic chunks of ~150 words drawn from a Zipf-distributed vocabulary of 60,000
words, searched with the held-out questions (most of whose words the synthetic index lacks, so
the typo-tolerant path runs on nearly every question: the slow case).

    python -m bench.knowledge [--quick]
"""

from __future__ import annotations

import random
import sys
import time
import tracemalloc
from functools import partial

from bench.common import summary, table, timed
from knowledge import Chunk, build_index
from tests.holdout_retrieval import KINDS, bases, questions
from tests.knowledge.retrieval_scoring import by_kind, mean, score_base

QUICK = "--quick" in sys.argv
BUILD_SIZES = (1_000, 10_000) if QUICK else (1_000, 50_000)
SEARCH_SIZES = (10_000,) if QUICK else (10_000, 100_000)
WORDS_PER_CHUNK = 150
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def retrieval_tables() -> str:
    per_base, per_kind = [], {}
    for name in bases():
        scores = score_base(name)
        per_base.append(
            (
                name,
                len(scores),
                f"{mean([s.recall for s in scores]):.3f}",
                f"{mean([s.reciprocal_rank for s in scores]):.3f}",
            )
        )
        for kind, group in by_kind(scores).items():
            per_kind.setdefault(kind, []).extend(group)
    kinds = [
        (kind, len(group), f"{mean([s.recall for s in group]):.3f}")
        + (f"{mean([s.reciprocal_rank for s in group]):.3f}",)
        for kind in KINDS
        if (group := per_kind.get(kind))
    ]
    header = ["questions (answerable)", "recall@5", "MRR"]
    return table("Held-out retrieval per base", ["base", *header], per_base) + table(
        "Held-out retrieval per kind (all bases)", ["kind", *header], kinds
    )


def synthetic_chunks(count: int, seed: int = 7) -> list[Chunk]:
    rng = random.Random(seed)
    vocabulary = [
        "".join(rng.choice(_LETTERS) for _ in range(rng.randint(3, 11))) for _ in range(60_000)
    ]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    chunks = []
    for number in range(count):
        words = rng.choices(vocabulary, weights, k=WORDS_PER_CHUNK)
        chunks.append(Chunk(number // 50, number % 50, " ".join(words), 200, f"Section {number}"))
    return chunks


def build_table() -> str:
    rows = []
    for size in BUILD_SIZES:
        chunks = synthetic_chunks(size)
        start = time.perf_counter()
        build_index(chunks)
        rows.append((f"{size:,}", f"{time.perf_counter() - start:.2f} s"))
    return table("Index build (synthetic chunks of ~150 words)", ["chunks", "build"], rows)


def search_table() -> str:
    asked = [case["question"] for case in questions()]
    rows = []
    for size in SEARCH_SIZES:
        index = build_index(synthetic_chunks(size))
        for question in asked[:5]:
            index.search(question)  # warm up
        samples = [ms for question in asked for ms in timed(partial(index.search, question), 1)]
        median, p95 = summary(samples)
        rows.append((f"{size:,}", len(samples), f"{median:.1f} ms", f"{p95:.1f} ms"))
    return table(
        "Search time per question, top 5 "
        "(targets: median <= 50 ms at 10,000 chunks, <= 150 ms at 100,000)",
        ["chunks", "questions", "median", "p95"],
        rows,
    )


def memory_table() -> str:
    size = 2_000  # tracemalloc slows allocation tenfold; per-chunk figures barely move with size
    chunks = synthetic_chunks(size)
    tracemalloc.start()
    index = build_index(chunks)
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del index
    text_bytes = sum(len(chunk.text.encode()) for chunk in chunks) / size
    return table(
        f"Memory per indexed chunk (tracemalloc, {size:,} chunks; chunk text itself not counted)",
        ["held after build", "peak while building", "chunk text (for scale)"],
        [
            (
                f"{held / size / 1024:.1f} KiB",
                f"{peak / size / 1024:.1f} KiB",
                f"{text_bytes / 1024:.1f} KiB",
            )
        ],
    )


def main() -> None:
    for part in (retrieval_tables, build_table, search_table, memory_table):
        print(part())  # noqa: T201 - a benchmark prints its tables


if __name__ == "__main__":
    main()
