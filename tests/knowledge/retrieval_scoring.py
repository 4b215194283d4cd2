"""Scoring the retriever on tests/holdout_retrieval as its README says: recall@5 and MRR.

Each base goes through the real pipeline (read_upload, chunk_source, build_index). A passage hits
an evidence entry when it comes from the entry's file and holds the quote: compared as words
(parsing strips Markdown and HTML), the whole quote or a run of at least half its words. A CSV
quote is a raw row; a passage holds it when the row's values appear in order on one line.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from knowledge import KnowledgeIndex, Passage, build_index, chunk_source, read_upload
from tests.holdout_retrieval import BASES_DIR, bases, questions

TOP_K = 5
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class LoadedBase:
    files: tuple[str, ...]  # the file name of each source index
    index: KnowledgeIndex


def load_base(name: str) -> LoadedBase:
    files = tuple(bases()[name])
    chunks = []
    for number, file_name in enumerate(files):
        source = read_upload(file_name, (BASES_DIR / name / file_name).read_bytes())
        chunks += chunk_source(number, source.text)
    return LoadedBase(files, build_index(chunks))


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def holds(passage_text: str, quote: str, is_csv_row: bool) -> bool:
    quote_words = _words(quote)
    if not quote_words:
        return False
    if is_csv_row:
        return any(_in_order(quote_words, _words(line)) for line in passage_text.splitlines())
    words = _words(passage_text)
    match = SequenceMatcher(None, words, quote_words, autojunk=False).find_longest_match()
    return match.size * 2 >= len(quote_words)


def _in_order(needles: list[str], words: list[str]) -> bool:
    remaining = iter(words)
    return all(any(word == needle for word in remaining) for needle in needles)


def hits(passage: Passage, base: LoadedBase, evidence: dict) -> bool:
    if base.files[passage.chunk.source] != evidence["file"]:
        return False
    return holds(passage.chunk.text, evidence["quote"], Path(evidence["file"]).suffix == ".csv")


@dataclass(frozen=True)
class CaseScore:
    kind: str
    recall: float
    reciprocal_rank: float


def score_case(base: LoadedBase, case: dict) -> CaseScore:
    found = base.index.search(case["question"], k=TOP_K)
    evidence = case["evidence"]
    covered = [any(hits(p, base, item) for p in found) for item in evidence]
    if case["kind"] == "multi-hop":
        recall = sum(covered) / len(evidence)
    else:
        recall = float(any(covered))
    first = next(
        (rank for rank, p in enumerate(found, 1) if any(hits(p, base, e) for e in evidence)), None
    )
    return CaseScore(case["kind"], recall, 1 / first if first else 0.0)


def score_base(name: str) -> list[CaseScore]:
    base = load_base(name)
    cases = [case for case in questions(name) if case["kind"] != "unanswerable"]
    return [score_case(base, case) for case in cases]


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def by_kind(scores: list[CaseScore]) -> dict[str, list[CaseScore]]:
    grouped: dict[str, list[CaseScore]] = defaultdict(list)
    for score in scores:
        grouped[score.kind].append(score)
    return dict(grouped)
