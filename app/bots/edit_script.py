"""An edit script between two lists of words, in bounded work whatever the words.

Myers' O(ND) diff finds the fewest words to remove and add when the lists are alike (D, the
words changed, is small), which is what a creator's edit of a prompt usually is. Its work grows
with D², so it runs on a budget of steps: past it, the words found once in each list anchor the
script (the longest run of them in the same order, found in O(n log n)), the runs between
anchors get Myers with a share of what is left, and a run with nothing left is "replaced whole".
Two unrelated prompts come out as one removal and one addition, which also reads better than
their common "the"s and "a"s matched one by one (difflib over whitespace tokens took minutes).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

# Steps (diagonals tried plus words compared) of the searches in one script, some hundredths of
# a second of CPU: a minimal diff of two 4,000-character prompts with some 400 words removed or
# added fits in the first half.
WORK_BUDGET = 200_000

Hunk = tuple[str, int, int, int, int]  # ("equal" or "change", i1, i2, j1, j2), as difflib
Move = tuple[bool, int, int]  # (equal?, words of old, words of new), in order


@dataclass(frozen=True)
class EditScript:
    """Hunks turning `old[i1:i2]` into `new[j1:j2]` in order; `steps` is the work it took."""

    hunks: tuple[Hunk, ...]
    steps: int


class _Meter:
    def __init__(self, budget: int) -> None:
        self.left = budget
        self.spent = 0


def edit_script(old: Sequence[str], new: Sequence[str], budget: int = WORK_BUDGET) -> EditScript:
    """The hunks from `old` to `new`: minimal while the search fits `budget` steps, anchored on
    unique words past it. Steps never exceed `budget` plus `len(old) + len(new)` (a search
    stops at the first check past its share, at most one run of equal words late)."""
    meter = _Meter(budget)
    moves: list[Move] = []
    head, tail = _common_ends(old, new, 0, len(old), 0, len(new))
    _equal(moves, head)
    middle_old, middle_new = old[head : len(old) - tail], new[head : len(new) - tail]
    found = _myers(middle_old, middle_new, meter, budget // 2)
    if found is None:
        found = _anchored(middle_old, middle_new, meter)
    moves += found
    _equal(moves, tail)
    return EditScript(_hunks(moves), meter.spent)


def _common_ends(
    old: Sequence[str], new: Sequence[str], i1: int, i2: int, j1: int, j2: int
) -> tuple[int, int]:
    head = 0
    while i1 + head < i2 and j1 + head < j2 and old[i1 + head] == new[j1 + head]:
        head += 1
    tail = 0
    while (
        i2 - tail > i1 + head and j2 - tail > j1 + head and old[i2 - tail - 1] == new[j2 - tail - 1]
    ):
        tail += 1
    return head, tail


def _equal(moves: list[Move], count: int) -> None:
    if count:
        moves.append((True, count, count))


def _myers(old: Sequence[str], new: Sequence[str], meter: _Meter, share: int) -> list[Move] | None:
    """Moves of a shortest edit script, or None once the search would pass `share` steps (or
    what the meter has left); the steps it took are spent either way."""
    n, m = len(old), len(new)
    if not n or not m:
        return [(False, n, m)] if n or m else []
    limit = min(share, meter.left)
    steps = 0
    offset = n + m + 1
    furthest = [0] * (2 * offset + 1)  # furthest x reached on each diagonal k = x - y
    trace: list[list[int]] = []
    for d in range(n + m + 1):
        trace.append(furthest[offset - d - 1 : offset + d + 2])
        for k in range(-d, d + 1, 2):
            if k == -d or (k != d and furthest[offset + k - 1] < furthest[offset + k + 1]):
                x = furthest[offset + k + 1]  # a word added
            else:
                x = furthest[offset + k - 1] + 1  # a word removed
            y = x - k
            start = x
            while x < n and y < m and old[x] == new[y]:
                x += 1
                y += 1
            furthest[offset + k] = x
            steps += 1 + x - start
            if x >= n and y >= m:
                _spend(meter, steps)
                return _backtrack(trace, n, m)
            if steps > limit:
                _spend(meter, steps)
                return None
    raise AssertionError("a shortest edit script is at most n + m long")


def _spend(meter: _Meter, steps: int) -> None:
    meter.spent += steps
    meter.left = max(0, meter.left - steps)


def _backtrack(trace: list[list[int]], n: int, m: int) -> list[Move]:
    """The path found, from the end: trace[d] holds diagonals -d-1..d+1 before round d."""
    moves: list[Move] = []
    x, y = n, m
    for d in range(len(trace) - 1, -1, -1):
        before = trace[d]
        k = x - y
        if k == -d or (k != d and before[k - 1 + d + 1] < before[k + 1 + d + 1]):
            previous_k = k + 1
        else:
            previous_k = k - 1
        previous_x = before[previous_k + d + 1] if d else 0
        previous_y = previous_x - previous_k if d else 0
        same = min(x - previous_x, y - previous_y) if d else x
        _equal(moves, same)
        x, y = x - same, y - same
        if d:
            moves.append((False, x - previous_x, y - previous_y))
        x, y = previous_x, previous_y
    moves.reverse()
    return moves


def _anchored(old: Sequence[str], new: Sequence[str], meter: _Meter) -> list[Move]:
    """Moves through the words found once in each list, in the same order in both; the runs
    between them get Myers with a share of the budget left, in proportion to their length."""
    anchors = _unique_in_order(old, new)
    if not anchors:  # one gap, the lists searched already
        return [(False, len(old), len(new))]
    moves: list[Move] = []
    i = j = 0
    words_left = len(old) + len(new)
    for anchor_i, anchor_j in [*anchors, (len(old), len(new))]:
        head, tail = _common_ends(old, new, i, anchor_i, j, anchor_j)
        _equal(moves, head)
        gap_old, gap_new = old[i + head : anchor_i - tail], new[j + head : anchor_j - tail]
        size = len(gap_old) + len(gap_new)
        share = meter.left * size // words_left if words_left else 0
        words_left -= (anchor_i - i) + (anchor_j - j)
        found = _myers(gap_old, gap_new, meter, share) if size else []
        moves += found if found is not None else [(False, len(gap_old), len(gap_new))]
        _equal(moves, tail)
        if anchor_i < len(old):
            _equal(moves, 1)
        i, j = anchor_i + 1, anchor_j + 1
    return moves


def _unique_in_order(old: Sequence[str], new: Sequence[str]) -> list[tuple[int, int]]:
    """(i, j) of words found once in each list, the longest run in the same order in both."""
    in_old, in_new = Counter(old), Counter(new)
    where_new = {word: j for j, word in enumerate(new) if in_new[word] == 1}
    pairs = [
        (i, where_new[word])
        for i, word in enumerate(old)
        if in_old[word] == 1 and word in where_new
    ]
    # Patience sorting: tails[length - 1] is the smallest j ending an increasing run that long.
    tails: list[int] = []
    ends: list[int] = []  # index in pairs of each tail
    before: list[int] = []  # index in pairs of the previous pair in its run
    for index, (_, j) in enumerate(pairs):
        length = bisect.bisect_left(tails, j)
        before.append(ends[length - 1] if length else -1)
        if length == len(tails):
            tails.append(j)
            ends.append(index)
        else:
            tails[length], ends[length] = j, index
    run: list[tuple[int, int]] = []
    index = ends[-1] if ends else -1
    while index >= 0:
        run.append(pairs[index])
        index = before[index]
    run.reverse()
    return run


def _hunks(moves: list[Move]) -> tuple[Hunk, ...]:
    """Moves merged into hunks: neighbouring changes read as one."""
    hunks: list[Hunk] = []
    i = j = 0
    for equal, di, dj in moves:
        if not di and not dj:
            continue
        tag = "equal" if equal else "change"
        if hunks and hunks[-1][0] == tag:
            _, i1, _, j1, _ = hunks.pop()
        else:
            i1, j1 = i, j
        i, j = i + di, j + dj
        hunks.append((tag, i1, i, j1, j))
    return tuple(hunks)
