"""BM25 retrieval over an assistant's chunks (bm25s), with typo-tolerant question terms."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import bm25s
import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from knowledge.analysis import analyse, analyse_question, detect_language, is_stopword
from knowledge.chunking import Chunk

logging.getLogger("bm25s").setLevel(logging.WARNING)
# Question terms the index lacks may be typos: the nearest indexed terms stand in for them,
# one edit away for short words, two for long ones.
_FUZZY_MIN_LENGTH = 4
_FUZZY_LONG_WORD = 8
_FUZZY_CHOICES = 2


@dataclass(frozen=True)
class Passage:
    chunk: Chunk
    score: float


class KnowledgeIndex:
    """The chunks of one assistant's knowledge, searchable by a visitor's question."""

    def __init__(self, chunks: Sequence[Chunk]) -> None:
        self.chunks: tuple[Chunk, ...] = tuple(chunks)
        self.languages = _source_languages(self.chunks)
        corpus = [
            analyse(f"{chunk.heading}\n{chunk.text}", self.languages[chunk.source])
            for chunk in self.chunks
        ]
        self._bm25 = bm25s.BM25()
        if self.chunks:
            self._bm25.index(corpus, show_progress=False)
        self._vocabulary: dict[str, int] = dict(self._bm25.vocab_dict) if self.chunks else {}
        self._near_candidates: dict[tuple[str, int], list[str]] | None = None
        self._question_languages = tuple(sorted(set(self.languages.values())))

    def __len__(self) -> int:
        return len(self.chunks)

    def search(self, question: str, k: int = 5) -> list[Passage]:
        """The `k` best passages for a question, best first; none when nothing matches."""
        ids = self._term_ids(question)
        if not ids or k <= 0:
            return []
        scores = self._bm25.get_scores_from_ids(ids)
        count = min(k, len(scores))
        best = np.argpartition(-scores, count - 1)[:count]
        best = best[np.argsort(-scores[best], kind="stable")]
        return [Passage(self.chunks[int(i)], float(scores[i])) for i in best if scores[i] > 0]

    def _term_ids(self, question: str) -> list[int]:
        ids: dict[int, None] = {}
        for term in analyse_question(question, self._question_languages):
            known = self._vocabulary.get(term)
            if known is not None:
                ids[known] = None
            else:
                ids.update((self._vocabulary[near], None) for near in self._near_terms(term))
        return list(ids)

    def _near_terms(self, term: str) -> list[str]:
        if len(term) < _FUZZY_MIN_LENGTH or term.isdigit():
            return []
        if is_stopword(term, self._question_languages):
            return []
        edits = 1 if len(term) < _FUZZY_LONG_WORD else 2
        candidates = [
            word
            for length in range(len(term) - edits, len(term) + edits + 1)
            for word in self._candidates().get((term[0], length), ())
        ]
        found = process.extract(
            term,
            candidates,
            scorer=Levenshtein.distance,
            score_cutoff=edits,
            limit=_FUZZY_CHOICES,
        )
        return [choice for choice, _distance, _index in found]

    def _candidates(self) -> dict[tuple[str, int], list[str]]:
        """Indexed terms by first letter and length: a typo is rarely in the first letter, and
        comparing only same-letter, similar-length terms keeps typo search fast on any index."""
        if self._near_candidates is None:
            grouped: dict[tuple[str, int], list[str]] = defaultdict(list)
            for word in self._vocabulary:
                if word:
                    grouped[(word[0], len(word))].append(word)
            self._near_candidates = dict(grouped)
        return self._near_candidates


def build_index(chunks: Sequence[Chunk]) -> KnowledgeIndex:
    return KnowledgeIndex(chunks)


def _source_languages(chunks: Sequence[Chunk]) -> dict[int, str]:
    """Each source's language, detected once from the start of its text."""
    samples: dict[int, list[str]] = defaultdict(list)
    sizes: dict[int, int] = defaultdict(int)
    for chunk in chunks:
        if sizes[chunk.source] < 5_000:
            samples[chunk.source].append(chunk.text)
            sizes[chunk.source] += len(chunk.text)
    return {source: detect_language("\n".join(texts)) for source, texts in samples.items()}
