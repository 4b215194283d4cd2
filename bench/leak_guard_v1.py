"""The prompt-leak guard v1 and the original TF-IDF check, kept as benchmark baselines for v2.

v1, as it shipped:

The original GPT Lab compared the whole reply with the whole prompt (TF-IDF cosine > 0.6), which
misses a few prompt sentences inside a longer reply and anything encoded. This guard compares
pieces instead, on several views of the reply:

- views: the reply as written, with escapes undone (JSON strings), base64 and hex blobs decoded,
  characters reversed, word order reversed, each word reversed, and rot13;
- checks on each view: a prompt sentence word for word, a run of WINDOW_WORDS prompt words, a
  run of prompt letters ignoring everything between them (spaced, dotted or dashed letters), and
  a prompt sentence with a few words changed (shared word pairs);
- phrases the creator marks as meant to be said never count.

The prompt side is indexed once per prompt (cached), so a check costs a few passes over the
reply. `StreamingLeakGuard` runs the same checks on a stream and releases only text that cannot
be the start of a leak.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

LEAK_REPLACEMENT = "Sorry, but I can not reveal that. Let's talk about something else."
DEFAULT_THRESHOLD = 0.6  # share of a sentence's word pairs that makes an edited copy a leak

WINDOW_WORDS = 8  # consecutive prompt words that count as a leak
MIN_SENTENCE_WORDS = 5  # shorter prompt sentences are too common to count alone
LETTER_RUN = 40  # prompt letters in a row, whatever separates them, that count as a leak
FUZZY_MIN_WORDS = 10  # sentences long enough for the changed-words check
FUZZY_RATIO = DEFAULT_THRESHOLD
FUZZY_MIN_PAIRS = 6
STREAM_TAIL_CHARS = 1200  # how far back a streaming check looks, beyond the longest sentence

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n+")
_LETTERS = re.compile(r"[^\w]|_", re.UNICODE)
_BASE64_RUN = re.compile(r"(?:[A-Za-z0-9+/]{4}\s?){5,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?")
_HEX_RUN = re.compile(r"\b(?:[0-9a-fA-F]{2}[\s:]?){12,}\b")
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|[nrt\"'\\/])")
_ESCAPES = {"n": "\n", "r": " ", "t": " ", '"': '"', "'": "'", "\\": "\\", "/": "/"}


@dataclass(frozen=True)
class LeakFinding:
    """Why a reply counts as a leak: which check fired, on which view, on what prompt part."""

    check: str
    prompt_part: str
    encoding: str = "plain"
    score: float = 1.0


def words(text: str) -> list[str]:
    """Lower-case words with punctuation, markdown and spacing removed."""
    return _WORD.findall(text.lower())


def letters(text: str) -> str:
    """Only the letters and digits, lower-cased: spacing and punctuation no longer matter."""
    return _LETTERS.sub("", text.lower())


def prompt_sentences(prompt: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(prompt) if part.strip()]


def _ngrams(tokens: list[str], size: int) -> Iterator[tuple[str, ...]]:
    return (tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def _remove_phrases(tokens: list[str], phrases: list[list[str]]) -> list[str]:
    """Drop every occurrence of the allowed phrases (as word sequences)."""
    if not phrases:
        return tokens
    kept: list[str] = []
    i = 0
    while i < len(tokens):
        for phrase in phrases:
            if tokens[i : i + len(phrase)] == phrase:
                i += len(phrase)
                break
        else:
            kept.append(tokens[i])
            i += 1
    return kept


# ---------------------------------------------------------------- the prompt side


@dataclass(frozen=True)
class _Sentence:
    text: str
    joined: str
    pairs: frozenset[tuple[str, str]]


class PromptIndex:
    """Everything the checks need from one prompt, computed once."""

    def __init__(self, prompt: str, allowed_phrases: tuple[str, ...] = ()) -> None:
        self.allowed = [words(p) for p in allowed_phrases if words(p)]
        self.allowed_letters = sorted(
            (letters(p) for p in allowed_phrases if letters(p)), key=len, reverse=True
        )
        self.sentences: list[_Sentence] = []
        for sentence in prompt_sentences(prompt):
            tokens = _remove_phrases(words(sentence), self.allowed)
            if len(tokens) >= MIN_SENTENCE_WORDS:
                self.sentences.append(
                    _Sentence(sentence, " ".join(tokens), frozenset(_ngrams(tokens, 2)))
                )
        self.words = _remove_phrases(words(prompt), self.allowed)
        self.windows = set(_ngrams(self.words, WINDOW_WORDS))
        # Runs shorter than a window, for the streaming hold-back.
        self.runs = {n: set(_ngrams(self.words, n)) for n in range(1, WINDOW_WORDS)}
        self.pairs = set(_ngrams(self.words, 2))
        self.letters = self._strip_allowed_letters(letters(prompt))
        half = LETTER_RUN // 2
        self.letter_grams = {
            self.letters[i : i + half] for i in range(len(self.letters) - half + 1)
        }
        self.longest_sentence = max((len(s.text) for s in self.sentences), default=0)
        self.empty = not self.words

    def _strip_allowed_letters(self, squashed: str) -> str:
        for phrase in self.allowed_letters:
            squashed = squashed.replace(phrase, "|")
        return squashed

    # ---- checks on one view of the reply
    def check(self, text: str, encoding: str, ratio: float = FUZZY_RATIO) -> LeakFinding | None:
        tokens = _remove_phrases(words(text), self.allowed)
        if not tokens:
            return None
        joined = f" {' '.join(tokens)} "
        for sentence in self.sentences:
            if f" {sentence.joined} " in joined:
                return LeakFinding("sentence", sentence.text, encoding)
        # A shared run of WINDOW_WORDS or more contains a window starting at a multiple of 4.
        step, size = 4, WINDOW_WORDS - 3
        short_windows = self.runs[size]
        for start in range(0, max(1, len(tokens) - size + 1), step):
            if tuple(tokens[start : start + size]) in short_windows:
                for offset in range(-step + 1, step):
                    window = tuple(tokens[max(0, start + offset) : start + offset + WINDOW_WORDS])
                    if window in self.windows:
                        return LeakFinding("window", " ".join(window), encoding)
        found = self._letter_run(text)
        if found:
            return LeakFinding("letters", found, encoding)
        return self._edited_sentence(text, encoding, ratio)

    def _letter_run(self, text: str) -> str | None:
        """LETTER_RUN prompt letters in a row, whatever stood between them in the reply.

        A shared run that long contains a half-length piece starting at a multiple of the half
        length, so only those pieces are looked up; a hit is then confirmed in the prompt.
        """
        squashed = self._strip_allowed_letters(letters(text))
        half = LETTER_RUN // 2
        for start in range(0, len(squashed) - half + 1, half):
            if squashed[start : start + half] not in self.letter_grams:
                continue
            for begin in range(max(0, start - half + 1), start + 1):
                candidate = squashed[begin : begin + LETTER_RUN]
                if len(candidate) == LETTER_RUN and candidate in self.letters:
                    return candidate
        return None

    def _edited_sentence(self, text: str, encoding: str, ratio: float) -> LeakFinding | None:
        """A prompt sentence with a few words changed: most of its word pairs, in one sentence."""
        for reply_sentence in prompt_sentences(text):
            tokens = _remove_phrases(words(reply_sentence), self.allowed)
            if len(tokens) < FUZZY_MIN_PAIRS:
                continue
            pairs = set(_ngrams(tokens, 2))
            if len(pairs & self.pairs) < FUZZY_MIN_PAIRS:
                continue
            for sentence in self.sentences:
                if len(sentence.pairs) + 1 < FUZZY_MIN_WORDS:
                    continue
                shared = len(sentence.pairs & pairs)
                if shared >= FUZZY_MIN_PAIRS and shared / len(sentence.pairs) >= ratio:
                    return LeakFinding(
                        "edited", sentence.text, encoding, shared / len(sentence.pairs)
                    )
        return None


@functools.lru_cache(maxsize=256)
def prompt_index(prompt: str, allowed_phrases: tuple[str, ...] = ()) -> PromptIndex:
    return PromptIndex(prompt, allowed_phrases)


# ---------------------------------------------------------------- the reply side


def _unescape(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        code = match.group(1)
        return chr(int(code[1:], 16)) if code.startswith("u") else _ESCAPES[code]

    return _ESCAPE.sub(replace, text)


def _printable(raw: bytes) -> str | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    readable = sum(ch.isprintable() or ch.isspace() for ch in text)
    return text if text and readable / len(text) > 0.9 else None


def _decoded_blobs(text: str) -> Iterator[tuple[str, str]]:
    for match in _BASE64_RUN.finditer(text):
        blob = re.sub(r"\s", "", match.group(0))
        blob += "=" * (-len(blob) % 4)
        try:
            decoded = _printable(base64.b64decode(blob, validate=True))
        except (binascii.Error, ValueError):
            decoded = None
        if decoded:
            yield "base64", decoded
    for match in _HEX_RUN.finditer(text):
        try:
            decoded = _printable(bytes.fromhex(re.sub(r"[\s:]", "", match.group(0))))
        except ValueError:
            decoded = None
        if decoded:
            yield "hex", decoded


def reply_views(text: str) -> Iterator[tuple[str, str]]:
    """The reply as written, then the cheap encodings a model can be talked into, undone."""
    yield "plain", text
    if "\\" in text:
        yield "escaped", _unescape(text)
    yield from _decoded_blobs(text)
    yield "reversed", text[::-1]
    tokens = text.split()
    yield "reversed words", " ".join(reversed(tokens))
    yield "reversed each word", " ".join(token[::-1] for token in tokens)
    yield "rot13", codecs.encode(text, "rot13")


def find_prompt_leak(
    prompt: str,
    response: str,
    allowed_phrases: Iterable[str] = (),
    threshold: float = DEFAULT_THRESHOLD,
) -> LeakFinding | None:
    """Why the reply leaks the prompt (check, view, prompt part), or None if it does not."""
    if not prompt.strip() or not response.strip():
        return None
    index = prompt_index(prompt, tuple(allowed_phrases))
    if index.empty:
        return None
    for encoding, view in reply_views(response):
        finding = index.check(view, encoding, threshold)
        if finding:
            return finding
    return None


def is_prompt_leak(prompt: str, response: str) -> bool:
    """True when the reply reveals the hidden prompt (the pure entry point other checks call)."""
    return find_prompt_leak(prompt, response) is not None


# ---------------------------------------------------------------- the original, for comparison


@functools.lru_cache(maxsize=1)
def _vectorizer_class():
    # scikit-learn takes about a second to import: only when the baseline is measured.
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer


def tfidf_similarity(prompt: str, response: str) -> float:
    """The original GPT Lab's measure: cosine of TF-IDF vectors with English stop words."""
    from sklearn.metrics.pairwise import cosine_similarity

    try:
        matrix = _vectorizer_class()(stop_words="english").fit_transform([prompt, response])
    except ValueError:  # only stop words or no words at all: nothing to compare
        return 0.0
    return float(cosine_similarity(matrix[0:1], matrix[1:2])[0][0])


def original_is_prompt_leak(prompt: str, response: str, threshold: float = 0.6) -> bool:
    """The original check, kept to measure the new guard against it."""
    return tfidf_similarity(prompt, response) > threshold


# ---------------------------------------------------------------- streaming


# Letters spelled out one by one, whatever separates them ("Y o u", "Y-o-u", "Y · o · u").
_SINGLE_CHARS_RUN = re.compile(r"(?:(?<![^\W_])[^\W_](?:[^\w]|_)+){2,}[^\W_]?$", re.UNICODE)
_BLOB_TAIL = re.compile(r"[A-Za-z0-9+/=\\]{8,}$")


class StreamingLeakGuard:
    """Checks a reply as it streams and releases only text that cannot be the start of a leak.

    Each chunk is checked on the tail of the text (a leak that is complete now must end in the
    new text), then held back: an unfinished last word, trailing words that also run in the
    prompt (forwards or backwards), trailing letters spaced out one by one, an unfinished
    encoded blob, and an unfinished sentence that already shares word pairs with the prompt.
    """

    def __init__(
        self, prompt: str, allowed_phrases: Iterable[str] = (), threshold: float = DEFAULT_THRESHOLD
    ) -> None:
        self._prompt = prompt
        self._allowed = tuple(allowed_phrases)
        self._threshold = threshold
        self._index = prompt_index(prompt, self._allowed) if prompt.strip() else None
        self._tail = STREAM_TAIL_CHARS + 2 * (self._index.longest_sentence if self._index else 0)
        self._text = ""
        self._released = 0
        self.leaked = False
        self.finding: LeakFinding | None = None

    @property
    def text(self) -> str:
        return self._text

    def _check(self, text: str) -> bool:
        if self._index is None or self._index.empty:
            return False
        self.finding = find_prompt_leak(self._prompt, text, self._allowed, self._threshold)
        self.leaked = self.finding is not None
        return self.leaked

    def _hold_from(self) -> int:
        """Where the text that must wait starts."""
        text, index = self._text, self._index
        limit = len(text)
        spans = [m.span() for m in _WORD.finditer(text.lower())]
        if spans and spans[-1][1] == len(text):
            limit = spans.pop()[0]  # the last word may still be growing
        if index is not None:
            tail = [text[a:b].lower() for a, b in spans[-(WINDOW_WORDS - 1) :]]
            for n in range(len(tail), 0, -1):
                forwards = tuple(tail[-n:])
                backwards = tuple(word[::-1] for word in reversed(forwards))
                candidates = (
                    forwards,
                    tuple(reversed(forwards)),
                    backwards,
                    tuple(word[::-1] for word in forwards),
                )
                if any(candidate in index.runs[n] for candidate in candidates):
                    limit = min(limit, spans[-n][0])
                    break
            sentence_start = max(text.rfind(mark, 0, limit) for mark in ".!?\n") + 1
            current = words(text[sentence_start:])
            if len(set(_ngrams(current, 2)) & index.pairs) >= 2:
                limit = min(limit, sentence_start)
        for pattern in (_SINGLE_CHARS_RUN, _BLOB_TAIL):
            match = pattern.search(text)
            if match:
                limit = min(limit, match.start())
        return max(self._released, limit)

    def feed(self, chunk: str) -> str:
        """Take the next chunk; return the text that is now safe to show."""
        if self.leaked:
            return ""
        self._text += chunk
        if self._check(self._text[-self._tail :]):
            return ""
        safe_end = self._hold_from()
        released, self._released = self._text[self._released : safe_end], safe_end
        return released

    def finish(self) -> str:
        """The stream ended: check the whole reply, then release the rest if it is clean."""
        if self.leaked or self._check(self._text):
            return ""
        rest, self._released = self._text[self._released :], len(self._text)
        return rest
