"""Seed-and-chain alignment: how much prompt text a reply carries in order, gaps allowed.

Every reply token found in the prompt is an anchor (reply position r, prompt position p). An
anchor extends the best chain that ended a few reply tokens earlier at a nearby prompt position:
forwards a few positions (skipped prompt words) or back one or two (adjacent words swapped). The
reply may insert a few tokens between anchors (numbers, fillers, bullets, indexes, markup, a
second table column). A chain scores the weight of the distinct prompt positions it covers, so
a phrase repeated over and over scores once. Each anchor costs O(window): linear in the reply.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

_MASK_BITS = 16
_MASK = (1 << _MASK_BITS) - 1


class Node:
    """The end of a chain after one anchor."""

    __slots__ = (
        "r", "p", "score", "top", "mask", "start_offset", "prev", "sentence", "sentence_score",
        "recorded",
    )  # fmt: skip

    def __init__(
        self,
        r: int,
        p: int,
        score: float,
        top: int,
        mask: int,
        start_offset: int,
        prev: Node | None,
        sentence: int,
        sentence_score: float,
    ) -> None:
        self.r, self.p, self.score, self.top, self.mask = r, p, score, top, mask
        self.start_offset, self.prev = start_offset, prev
        self.sentence, self.sentence_score = sentence, sentence_score
        self.recorded = False

    def positions(self) -> Iterable[int]:
        node: Node | None = self
        while node is not None:
            yield node.p
            node = node.prev


class Chainer:
    """Chains over one stream of reply tokens, in one direction of the prompt.

    `descending` follows the prompt backwards, which is how reversed word order (and, with
    each word reversed too, a reply written backwards letter by letter) reads.
    """

    def __init__(
        self,
        weights: Sequence[float],
        sentence_of: Sequence[int] | None,
        max_reply_gap: int,
        max_skip: int,
        max_back: int,
        descending: bool = False,
    ) -> None:
        self._weights, self._sentence_of = weights, sentence_of
        self.max_reply_gap, self._max_skip, self._max_back = max_reply_gap, max_skip, max_back
        self._sign = -1 if descending else 1
        self._steps = [*range(1, max_skip + 1), *range(-1, -max_back - 1, -1)]
        self._ends: dict[int, Node] = {}

    def add(self, r: int, positions: Iterable[int], offset: int) -> list[Node]:
        """Anchors of reply token r at these prompt positions; returns the new chain ends."""
        ends, sign, weights = self._ends, self._sign, self._weights
        created: list[Node] = []
        for p in positions:
            oriented = sign * p
            best: Node | None = None
            for step in self._steps:
                node = ends.get(p - sign * step)
                if (
                    node is None
                    or node.r >= r
                    or r - node.r > self.max_reply_gap
                    or oriented < node.top - self._max_back
                ):
                    continue
                if best is None or node.score > best.score:
                    best = node
            created.append(self._extend(best, r, p, oriented, weights[p], offset))
        for node in created:
            old = ends.get(node.p)
            if old is None or r - old.r > self.max_reply_gap or node.score >= old.score:
                ends[node.p] = node
        return created

    def _extend(
        self, best: Node | None, r: int, p: int, oriented: int, weight: float, offset: int
    ) -> Node:
        sentence = self._sentence_of[p] if self._sentence_of is not None else 0
        if best is None:
            return Node(r, p, weight, oriented, 1, offset, None, sentence, weight)
        if oriented > best.top:
            top, gain = oriented, weight
            mask = ((best.mask << (oriented - best.top)) | 1) & _MASK
        else:
            top, back = best.top, best.top - oriented
            seen = back < _MASK_BITS and best.mask >> back & 1
            gain = 0.0 if seen else weight
            mask = best.mask | (1 << back) if back < _MASK_BITS else best.mask
        same_sentence = best.sentence_score if best.sentence == sentence else 0.0
        return Node(
            r, p, best.score + gain, top, mask, best.start_offset, best, sentence,
            same_sentence + gain,
        )  # fmt: skip
