"""Per-view token watchers that are not chains: secret items matched whole, and the
assistant's first-person self-introduction, which is skipped.

Each view of a reply (`leak_guard.scan.ViewScanner`) owns one of each and feeds it every
token; both keep a few tokens of state, so the work per token stays bounded.
"""

from __future__ import annotations

from collections import deque

from leak_guard.index import STOPWORDS, PromptIndex
from leak_guard.items import CONTEXT_WINDOW, DIGIT_FOLD, SecretItem
from leak_guard.persona import SELF_OPENERS

MAX_ITEM_PARTIALS = 16
CONTEXT_WEIGHT = 0.3  # a word of an item's sentence this rare vouches for a short number
MIN_CONTEXT_CHARS = 3


class ItemMatcher:
    """Secret items, matched whole across the tokens they were cut into; a short number waits
    for a word of its own sentence within CONTEXT_WINDOW tokens."""

    def __init__(self, index: PromptIndex, letters_only: bool = False) -> None:
        self.index = index
        # A view that cannot carry digits matches items on their letters (`items.by_letters`).
        self.keys = index.letter_items if letters_only else index.items
        self.prefixes = index.letter_item_prefixes if letters_only else index.item_prefixes
        self.partials: list[tuple[str, int]] = []  # (key so far, where it starts)
        self.context: deque[tuple[int, frozenset[int]]] = deque(maxlen=CONTEXT_WINDOW)
        self.awaiting: list[tuple[int, SecretItem, int]] = []  # short numbers wanting context

    def feed(self, token: str, r: int, offset: int) -> int | None:
        """Take the reply's r-th token; the secret sentence it gives away, if it does."""
        index, folded = self.index, token.translate(DIGIT_FOLD)
        partials = []
        for so_far, start in [*self.partials, ("", offset)]:
            key = so_far + folded
            item = self.keys.get(key)
            if item is not None:
                sentence = self._found(item, r, start)
                if sentence is not None:
                    return sentence
            if key in self.prefixes:
                partials.append((key, start))
        self.partials = partials[-MAX_ITEM_PARTIALS:]
        return self._context(token, r) if index.context_items else None

    def _found(self, item: SecretItem, r: int, start: int) -> int | None:
        sentence = self.index.item_sentence[item.key]
        if not item.needs_context or any(sentence in s for _, s in self.context):
            return sentence
        self.awaiting.append((r, item, start))
        return None

    def _context(self, token: str, r: int) -> int | None:
        """Which secret sentences this token is a rare word of; a short number waiting for
        one of them is a leak."""
        index = self.index
        if token.isdigit() or len(token) < MIN_CONTEXT_CHARS or token in STOPWORDS:
            positions: tuple[int, ...] = ()
        else:
            positions = index.anchors.get(token, ())
        sentences = frozenset(
            index.sentence_of[p] for p in positions if index.weights[p] >= CONTEXT_WEIGHT
        )
        self.context.append((r, sentences))
        if not self.awaiting:
            return None
        self.awaiting = [a for a in self.awaiting if r - a[0] <= CONTEXT_WINDOW]
        for _, item, _ in self.awaiting:
            sentence = index.item_sentence[item.key]
            if sentence in sentences:
                return sentence
        return None

    def hold(self) -> int | None:
        """Where an item that may still complete (or a number waiting for context) starts."""
        starts = [start for _, start in self.partials]
        starts += [start for _, _, start in self.awaiting]
        return min(starts) if starts else None


class SelfIntroduction:
    """Whether a token continues the assistant introducing itself in the first person ("I'm
    Iris, a writing coach who ..."): those words of the persona line are how it greets, not a
    leak. "You are Iris, ..." restated is no introduction and still counts."""

    def __init__(self, persona: tuple[str, ...]) -> None:
        self.persona = persona
        self.last_tokens: deque[str] = deque(maxlen=3)
        self.introducing: int | None = None  # how far "I'm <persona>" has come, if it has

    def skips(self, token: str) -> bool:
        if self.introducing is not None:
            if self.introducing < len(self.persona) and token == self.persona[self.introducing]:
                self.introducing += 1
                return True
            self.introducing = None
        self.last_tokens.append(token)
        recent = tuple(self.last_tokens)
        if any(recent[-size:] in SELF_OPENERS for size in (1, 2, 3)):
            self.introducing = 0
        return False
