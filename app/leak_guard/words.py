"""Word-by-word evidence: a prompt handed out one or a few words per reply, in any order.

Chains need words in order within one reply; an attacker who asks "the next word, please" or
"words 8 to 14" in each reply (or each new chat) never gives a chain a chance. On strict turns
(the visitor asked for the instructions), every rare protected prompt word a reply carries is
remembered by its prompt position, whatever its order, and for the conversation and for the
visitor's later chats with the same assistant version. When the remembered words cover most of
a sentence's rare words, or a large share of the whole prompt's, the reply that completes it is
a leak. Ordinary turns add nothing: a chat about running with a running coach uses the
prompt's words all the time and is no extraction.
"""

from __future__ import annotations

from collections.abc import Iterable

from leak_guard.index import STOPWORDS, PromptIndex
from leak_guard.text import is_unspaced

RARE_WEIGHT = 0.35  # a protected word at least this rare (and no function word) counts
MAX_POSITIONS = 3  # a word used more often in the prompt says nothing about where it came from
RUN_GAP = 3  # prompt positions between two disclosed rare words that still make one run
RUN_RARE = 6  # rare words in one run of the prompt, disclosed in any order, make a leak
PROMPT_SHARE = 0.4  # or this share of all the prompt's rare words, wherever they stand
MAX_REMEMBERED = 4_096
# What a reply adds to the conversation's memory: a short reply's words, or a reply that is
# mostly the prompt's words. A long answer that follows the prompt uses its words in passing.
SHORT_REPLY_TOKENS = 24
DENSE_SHARE = 0.15
MAX_RUN_SCAN = 64


def rare_positions(index: PromptIndex, token: str) -> tuple[int, ...]:
    """The prompt positions a reply token discloses, if it is a rare protected prompt word."""
    if token in STOPWORDS or token.isdigit() or (len(token) < 3 and not is_unspaced(token)):
        return ()
    positions = index.anchors.get(token, ())
    if len(positions) > MAX_POSITIONS:
        return ()
    return tuple(p for p in positions if index.weights[p] >= RARE_WEIGHT)


class WordEvidence:
    """The rare prompt words disclosed so far (by position), and whether they add up: a run of
    the prompt read back word by word (whatever the order the words came in), or much of it."""

    def __init__(self, index: PromptIndex, remembered: Iterable[int] = ()) -> None:
        self.index = index
        self._rare_total = sum(
            1
            for position, weight in enumerate(index.weights)
            if weight >= RARE_WEIGHT and rare_positions(index, index.tokens[position])
        )
        self.positions: set[int] = set()
        for position in remembered:
            if 0 <= position < len(index.tokens) and len(self.positions) < MAX_REMEMBERED:
                self.positions.add(position)
        self._remembered = len(self.positions)

    def to_remember(self, reply_tokens: int) -> set[int]:
        """The positions this reply adds to the conversation's memory (see DENSE_SHARE)."""
        added = len(self.positions) - self._remembered
        if reply_tokens <= SHORT_REPLY_TOKENS or added >= DENSE_SHARE * reply_tokens:
            return self.positions
        return set()

    def _run(self, position: int) -> int:
        """Disclosed rare words in the run of the prompt around a position."""
        count = 1
        for step in (-1, 1):
            current, gap = position, 0
            for _ in range(MAX_RUN_SCAN):
                current += step
                if current in self.positions:
                    count, gap = count + 1, 0
                else:
                    gap += 1
                    if gap > RUN_GAP:
                        break
        return count

    def add(self, token: str) -> int | None:
        """Remember a reply token; the sentence it completes, if the evidence now adds up."""
        for position in rare_positions(self.index, token):
            if position in self.positions or len(self.positions) >= MAX_REMEMBERED:
                continue
            self.positions.add(position)
            enough = PROMPT_SHARE * max(self._rare_total, 10)
            if self._run(position) >= RUN_RARE or len(self.positions) >= enough:
                return self.index.sentence_of[position]
        return None
