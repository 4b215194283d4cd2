"""Scanning a reply against a prompt index: every view of the reply, chunk by chunk, in linear time.

`ReplyScanner` takes the reply as it streams. It splits it into whitespace-separated pieces once,
undoes inline escapes, and feeds the pieces to views: the reply as written, and a view per live
decoder (base64, base32, hex blobs, character codes). Each view turns its text into canonical
tokens and runs the chains: forwards and backwards over words (backwards reads reversed word
order; a reversed token reads a reversed word), over the letters (text spelled out or split
inside words), and over Caesar shifts once two words vote for the same shift. All state is
incremental: the work per chunk is proportional to the new text, whatever came before.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from dataclasses import dataclass

from leak_guard.chain import Chainer, Node
from leak_guard.cipher_stage import cipher_readings
from leak_guard.decoders import BlobDecoder, CharCodes, blob_starts, trim, unescape_inline
from leak_guard.index import LETTER_GRAM, STOPWORDS, PromptIndex, rot_shape
from leak_guard.item_scan import ItemMatcher, SelfIntroduction
from leak_guard.stage import LETTERS_ONLY, MAX_OUTPUT_CHARS, MAX_STAGE_CHARS, decoded_stretches
from leak_guard.text import TOKEN, canonical
from leak_guard.words import WordEvidence

WORD_LEAK_SCORE = 7.0  # protected prompt weight a chain must cover to be a leak (~8 rare words)
DEFAULT_SENTENCE_SHARE = 0.9  # or this share of one prompt sentence...
SENTENCE_MIN_WEIGHT = 3.0
HOLD_SCORE = 1.0  # a chain this strong may be the start of a leak: hold its text back
MEMORY_SCORE = 3.0  # chains this strong count toward what a conversation has disclosed
CONVERSATION_FACTOR = 2.0  # a conversation may disclose this many leaks' worth, spread out,
CONVERSATION_SHARE = 0.4  # and never this share of the prompt's protected text
LETTER_LEAK = 36  # letters in order (after the first gram), whatever stands between them
LETTER_HOLD = 10
WORD_GAP, WORD_SKIP, WORD_BACK = 5, 5, 2
LETTER_GAP, LETTER_SKIP = 3, 3
MAX_PENDING = 256  # an unbroken run is cut into pieces of this length
READING_BLOB_CHARS = 16  # a blob that gave this much readable text is read from its start
ROT_VOTES = 2
_RECENT_RAW = 48
_PIECE = re.compile(r"\S+")
_LETTERS_ONLY = re.compile(r"[a-z]+")
_HAS_ALNUM = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class LeakFinding:
    """Why a reply counts as a leak: which check fired, on which view, on what prompt part."""

    check: str
    prompt_part: str
    encoding: str = "plain"
    score: float = 1.0


def whole_pieces_end(text: str) -> int:
    """Where the whole whitespace-separated pieces of the text end (-1: wait for more). An
    unbroken run is cut at MAX_PENDING so that waiting text stays bounded."""
    cut = max(text.rfind(" "), text.rfind("\n"), text.rfind("\t"))
    if cut < 0 and len(text) > MAX_PENDING:
        cut = MAX_PENDING
    return cut


class _Shift:
    """Words read with one Caesar shift undone."""

    def __init__(self, index: PromptIndex, shift: int) -> None:
        self.shift, self.r = shift, 0
        self.chain = Chainer(index.weights, index.sentence_of, WORD_GAP, WORD_SKIP, WORD_BACK)

    def unshift(self, word: str) -> str:
        return "".join(chr((ord(c) - 97 - self.shift) % 26 + 97) for c in word)


class ViewScanner:
    """One view of the reply (as written, or decoded) run through every chain."""

    def __init__(
        self,
        scan: ReplyScanner,
        name: str,
        fixed_offset: int | None = None,
        letters_only: bool = False,
    ) -> None:
        index = scan.index
        self.scan, self.index, self.name, self.fixed_offset = scan, index, name, fixed_offset
        self.r = 0
        self.forwards = Chainer(index.weights, index.sentence_of, WORD_GAP, WORD_SKIP, WORD_BACK)
        self.backwards = Chainer(
            index.weights, index.sentence_of, WORD_GAP, WORD_SKIP, WORD_BACK, descending=True
        )
        self.letters = Chainer(index.letter_weights, None, LETTER_GAP, LETTER_SKIP, 0)
        self.letter_r = 0
        self.gram = ""
        self.rot_votes: Counter[int] = Counter()
        self.shifts: dict[int, _Shift] = {}
        self.recent: deque[tuple[str, int]] = deque(maxlen=_RECENT_RAW)
        self.pending = ""
        self.pending_offset = 0
        self.items = ItemMatcher(index, letters_only)
        self.introduction = SelfIntroduction(index.persona)

    # ---- text in
    def feed(self, text: str, offset: int) -> None:
        """Take more text of this view; only whole pieces are scanned, the last one waits."""
        if not self.pending:
            self.pending_offset = offset
        text = self.pending + text
        cut = whole_pieces_end(text)
        if cut < 0:
            self.pending = text
            return
        start = self.pending_offset
        self.pending, self.pending_offset = text[cut:], start + cut
        self._scan(text[:cut], start)

    def flush(self) -> None:
        if self.pending:
            text, self.pending = self.pending, ""
            self._scan(text, self.pending_offset)

    def _scan(self, text: str, offset: int) -> None:
        decoded = unescape_inline(text)
        exact = decoded == text and self.fixed_offset is None
        for match in TOKEN.finditer(decoded):
            raw = match.group(0)
            if exact:
                where = offset + match.start()
            else:
                where = offset if self.fixed_offset is None else self.fixed_offset
            for token in canonical(raw):
                self._token(token, raw, where)
                if self.scan.finding:
                    return

    # ---- one token through every chain
    def _token(self, token: str, raw: str, offset: int) -> None:
        index, scan = self.index, self.scan
        self.r += 1
        if index.persona and self.introduction.skips(token):
            return
        if self.items.keys:
            sentence = self.items.feed(token, self.r, offset)
            if sentence is not None:
                scan.found("secret", index.sentence_text(sentence), self.name, 1.0)
                return
        if scan.words is not None:
            sentence = scan.words.add(token)
            if sentence is not None:
                scan.found("words", index.sentence_text(sentence), self.name, 1.0)
                return
        positions = index.anchors.get(token) or self._variant(token)
        if positions:
            for chain in (self.forwards, self.backwards):
                scan.judge_words(chain.add(self.r, positions, offset), self, chain, self.name)
                if scan.finding:
                    return
        if len(token) <= 3 or token not in index.vocabulary:
            self._letters(token, offset)  # letters spelled out, or a word cut into pieces
        self._rot(raw, token, offset)

    def _variant(self, token: str) -> tuple[int, ...] | None:
        """A reversed word, or a word in pig latin."""
        anchors = self.index.anchors
        found = anchors.get(token[::-1]) or self.index.skeletons.get(token)
        if found or len(token) < 4 or not token.endswith("ay"):
            return found
        stem = token[:-2]
        for candidate in (stem[:-1], *(stem[-k:] + stem[:-k] for k in (1, 2, 3))):
            if candidate in anchors:
                return anchors[candidate]
        return None

    def _letters(self, token: str, offset: int) -> None:
        grams, scan = self.index.letter_grams, self.scan
        gram = self.gram
        for char in token:
            self.letter_r += 1
            gram = (gram + char)[-LETTER_GRAM:]
            starts = grams.get(gram) if len(gram) == LETTER_GRAM else None
            if starts:
                nodes = self.letters.add(
                    self.letter_r, [start + LETTER_GRAM - 1 for start in starts], offset
                )
                scan.judge_letters(nodes, self)
                if scan.finding:
                    break
        self.gram = gram

    def _rot(self, raw: str, token: str, offset: int) -> None:
        lower = raw.casefold()
        if not _LETTERS_ONLY.fullmatch(lower):
            return
        self.recent.append((lower, offset))
        if len(lower) >= 4 and token not in self.index.anchors:
            for word in self.index.rot_shapes.get(rot_shape(lower), ()):
                shift = (ord(lower[0]) - ord(word[0])) % 26
                self.rot_votes[shift] += 1
                if self.rot_votes[shift] == ROT_VOTES and shift not in self.shifts:
                    self.shifts[shift] = _Shift(self.index, shift)
                    for earlier, where in list(self.recent)[:-1]:
                        self._shifted(self.shifts[shift], earlier, where)
        for shift in self.shifts.values():
            self._shifted(shift, lower, offset)

    def _shifted(self, shift: _Shift, lower: str, offset: int) -> None:
        shift.r += 1
        for token in canonical(shift.unshift(lower)):
            positions = self.index.anchors.get(token)
            if positions and not self.scan.finding:
                nodes = shift.chain.add(shift.r, positions, offset)
                self.scan.judge_words(
                    nodes, self, shift.chain, f"{self.name}, shifted by {shift.shift}"
                )


class ReplyScanner:
    """Every view of one reply; `finding` is set the moment the reply becomes a leak.

    `memory` is what earlier replies of the same conversation disclosed (prompt positions); a
    reply that pushes the union over the conversation line is a leak too.
    """

    def __init__(
        self,
        index: PromptIndex,
        sentence_share: float = DEFAULT_SENTENCE_SHARE,
        memory: set[int] | None = None,
        words: WordEvidence | None = None,
    ) -> None:
        self.index = index
        self.words = words
        self.sentence_share = sentence_share
        self.leak_score = min(WORD_LEAK_SCORE, max(2.5, 0.7 * index.total_weight))
        # A conversation may disclose a little more than one reply may, never much of the prompt.
        self.conversation_line = max(
            self.leak_score,
            min(CONVERSATION_FACTOR * self.leak_score, CONVERSATION_SHARE * index.total_weight),
        )
        self.memory = memory if memory is not None else set()
        self.memory_weight = sum(index.weights[p] for p in self.memory)
        self.disclosed: set[int] = set()
        self.disclosed_weight = 0.0
        self.finding: LeakFinding | None = None
        self.plain = ViewScanner(self, "plain")
        self.blobs: list[tuple[BlobDecoder, ViewScanner]] = []
        self.codes = CharCodes()
        self.code_view = ViewScanner(self, "character codes", fixed_offset=0)
        self._hot: list[tuple[Node, Chainer, ViewScanner, bool]] = []
        self._text_length = 0
        self._piece_tail = ""
        self._kept: list[str] = []  # the reply, up to MAX_STAGE_CHARS, for the decoding stage
        self._kept_length = 0

    # ---- input
    def feed(self, chunk: str) -> None:
        if self.finding or not chunk:
            return
        offset = self._text_length
        self._text_length += len(chunk)
        if self._kept_length < MAX_STAGE_CHARS:
            self._kept.append(chunk)
            self._kept_length += len(chunk)
        self.plain.feed(chunk, offset)
        self._pieces(chunk, offset)

    def finish(self) -> LeakFinding | None:
        if not self.finding:
            self.plain.flush()
            self._pieces(" ", self._text_length)
            for decoder, view in self.blobs:
                if decoder.alive:
                    view.feed(decoder.flush(), self._text_length)
                view.flush()
            self.code_view.flush()
        if not self.finding:
            self._decoding_stage()
        return self.finding

    def _decoding_stage(self) -> None:
        """The finished reply's stretches that are no language, decoded and read once more."""
        reply = "".join(self._kept)
        budget = MAX_OUTPUT_CHARS
        for name, text in decoded_stretches(reply):
            self._read(name, text)
            budget -= len(text)
            if self.finding:
                return
        for name, text in cipher_readings(reply, self.index, self._is_word):
            budget -= len(text)
            if budget < 0:
                return
            self._read(name, text)
            if self.finding:
                return

    def _is_word(self, word: str) -> bool:
        folded = word.replace("l", "i")
        return folded in self.index.vocabulary or folded in STOPWORDS

    def _read(self, name: str, text: str) -> None:
        view = ViewScanner(self, name, 0, name in LETTERS_ONLY)
        view.feed(text + " ", 0)
        view.flush()

    def _pieces(self, chunk: str, offset: int) -> None:
        """Whole whitespace-separated pieces go to the decoders; the last one waits."""
        text = self._piece_tail + chunk
        base = offset - len(self._piece_tail)
        cut = whole_pieces_end(text)
        if cut < 0:
            self._piece_tail = text
            return
        self._piece_tail = text[cut:]
        for match in _PIECE.finditer(text, 0, cut):
            self._piece(trim(match.group(0)), base + match.start())
            if self.finding:
                return

    def _piece(self, piece: str, offset: int) -> None:
        if not piece or not _HAS_ALNUM.search(piece):
            return  # a lone separator ("-", "|") neither continues nor ends a blob
        reading: set[str] = set()  # kinds a live blob already decodes to text through here
        for decoder, view in self.blobs:
            if not decoder.alive or decoder.ended:
                continue
            if decoder.accepts(piece):
                view.feed(decoder.feed(piece), offset)
                if decoder.alive and decoder.readable_chars >= READING_BLOB_CHARS:
                    reading.add(decoder.kind)
            else:
                decoder.ended = True
                view.feed(decoder.flush(), offset)
                view.flush()
        self.blobs = [(d, v) for d, v in self.blobs if d.alive and (not d.ended or v.pending)]
        for kind in blob_starts(piece):
            if kind in reading:
                # The piece continues a blob that decodes: another decoder started inside it
                # would read the same bytes again, once per piece (quadratic on a long blob).
                continue
            decoder = BlobDecoder(kind, offset)
            view = ViewScanner(self, kind, fixed_offset=offset)
            self.blobs.append((decoder, view))
            view.feed(decoder.feed(piece), offset)
        codes = self.codes.feed(piece, offset)
        if codes:
            self.code_view.fixed_offset = self.codes.run_start
            self.code_view.feed(codes, offset)

    # ---- judging chains
    def found(self, check: str, part: str, view: str, score: float) -> None:
        if self.finding is None:
            self.finding = LeakFinding(check, part, view, score)

    def judge_words(self, nodes: list[Node], view: ViewScanner, chain: Chainer, name: str) -> None:
        index = self.index
        for node in nodes:
            if node.score >= self.leak_score:
                self.found("chain", index.part_at(node.p), name, node.score)
                return
            sentence_weight = index.sentence_weights[node.sentence]
            if (
                sentence_weight >= SENTENCE_MIN_WEIGHT
                and node.sentence_score >= self.sentence_share * sentence_weight
            ):
                self.found("sentence", index.part_at(node.p), name, node.sentence_score)
                return
            if node.score >= HOLD_SCORE:
                self._hot.append((node, chain, view, True))
            if node.score >= MEMORY_SCORE:
                self._remember(node)
                if self.memory_weight + self.disclosed_weight >= self.conversation_line:
                    self.found("conversation", index.part_at(node.p), name, node.score)
                    return

    def judge_letters(self, nodes: list[Node], view: ViewScanner) -> None:
        for node in nodes:
            if node.score >= LETTER_LEAK:
                position = self.index.letter_token[node.p]
                self.found("letters", self.index.part_at(position), view.name, node.score)
                return
            if node.score >= LETTER_HOLD:
                self._hot.append((node, view.letters, view, False))

    def _remember(self, node: Node) -> None:
        current: Node | None = node
        while current is not None and not current.recorded:
            current.recorded = True
            p = current.p
            if p not in self.disclosed and p not in self.memory:
                self.disclosed.add(p)
                self.disclosed_weight += self.index.weights[p]
            current = current.prev

    # ---- streaming hold-back
    def hold_from(self) -> int:
        """Text before this offset cannot be part of a leak found later. A lone prompt word
        is not held: it shows when any word would (its timing tells nothing); from its second
        word on, a chain that may grow into a leak holds its text until it cannot."""
        limit = self._text_length - len(self.plain.pending)
        live = []
        for node, chain, view, words in self._hot:
            position = view.r if words else view.letter_r
            if position - node.r <= chain.max_reply_gap:
                live.append((node, chain, view, words))
                if node.prev is not None or not words:
                    limit = min(limit, node.start_offset)
        self._hot = live
        for decoder, _ in self.blobs:
            if decoder.alive and not decoder.ended and decoder.readable_chars >= 4:
                limit = min(limit, decoder.start_offset)
        if self.codes.run_start >= 0 and self.codes.run_length >= 3:
            limit = min(limit, self.codes.run_start)
        if self._piece_tail.strip():
            limit = min(limit, self._text_length - len(self._piece_tail))
        item_start = self.plain.items.hold()
        return limit if item_start is None else min(limit, item_start)
