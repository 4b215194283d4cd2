"""The prompt-leak guard: does a reply give away the creator's hidden prompt?

Two checks, either one is enough: the original GPT Lab's whole-text TF-IDF cosine (threshold 0.6),
and a verbatim check of every prompt sentence and every window of consecutive prompt words, which
catches the partial leaks that whole-text similarity dilutes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

LEAK_REPLACEMENT = "Sorry, but I can not reveal that. Let's talk about something else."
DEFAULT_THRESHOLD = 0.6
WINDOW_WORDS = 8
MIN_SENTENCE_WORDS = 5

_WORD = re.compile(r"[\w']+", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n+")


@dataclass(frozen=True)
class LeakFinding:
    """Why a reply counts as a leak: which check fired and on which part of the prompt."""

    check: str
    prompt_part: str
    score: float = 1.0


def words(text: str) -> list[str]:
    """Lower-case words with punctuation, markdown and spacing removed."""
    return _WORD.findall(text.lower().replace("_", " "))


def prompt_sentences(prompt: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(prompt) if part.strip()]


def _windows(tokens: Sequence[str], size: int) -> Iterable[tuple[str, ...]]:
    return (tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def _strip_allowed(text_words: list[str], allowed_phrases: Iterable[str]) -> list[str]:
    """Remove phrases the creator wants said (a disclaimer, a phone number) before comparing."""
    joined = " ".join(text_words)
    for phrase in allowed_phrases:
        phrase_words = words(phrase)
        if phrase_words:
            joined = joined.replace(" ".join(phrase_words), " ")
    return joined.split()


def verbatim_leak(
    prompt: str, response: str, allowed_phrases: Iterable[str] = ()
) -> LeakFinding | None:
    """A prompt sentence, or WINDOW_WORDS consecutive prompt words, found in the reply."""
    allowed = list(allowed_phrases)
    reply = " " + " ".join(_strip_allowed(words(response), allowed)) + " "
    for sentence in prompt_sentences(prompt):
        sentence_words = _strip_allowed(words(sentence), allowed)
        if len(sentence_words) >= MIN_SENTENCE_WORDS and f" {' '.join(sentence_words)} " in reply:
            return LeakFinding("sentence", sentence)
    prompt_words = _strip_allowed(words(prompt), allowed)
    reply_windows = set(_windows(reply.split(), WINDOW_WORDS))
    for window in _windows(prompt_words, WINDOW_WORDS):
        if window in reply_windows:
            return LeakFinding("window", " ".join(window))
    return None


@functools.lru_cache(maxsize=1)
def _vectorizer_class():
    # scikit-learn takes about a second to import: only on the first check in a process.
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


def find_prompt_leak(
    prompt: str,
    response: str,
    allowed_phrases: Iterable[str] = (),
    threshold: float = DEFAULT_THRESHOLD,
) -> LeakFinding | None:
    """The reason a reply leaks the prompt, or None when it does not."""
    if not prompt.strip() or not response.strip():
        return None
    finding = verbatim_leak(prompt, response, allowed_phrases)
    if finding:
        return finding
    score = tfidf_similarity(prompt, response)
    if score > threshold:
        return LeakFinding("tfidf", prompt, score)
    return None


def is_prompt_leak(prompt: str, response: str) -> bool:
    """True when the reply reveals the hidden prompt (the pure entry point other checks call)."""
    return find_prompt_leak(prompt, response) is not None


class StreamingLeakGuard:
    """Checks a reply as it streams and releases only text that cannot be the start of a leak.

    Held back: an unfinished last word, and the longest run of trailing words that also occurs
    in the prompt (it could grow into a leaked window). Ordinary replies share few long runs with
    the prompt, so they still appear word by word.
    """

    def __init__(
        self, prompt: str, allowed_phrases: Iterable[str] = (), threshold: float = DEFAULT_THRESHOLD
    ) -> None:
        self._prompt = prompt
        self._allowed = list(allowed_phrases)
        self._threshold = threshold
        prompt_words = _strip_allowed(words(prompt), self._allowed)
        self._runs = {n: set(_windows(prompt_words, n)) for n in range(1, WINDOW_WORDS)}
        self._text = ""
        self._released = 0
        self.leaked = False
        self.finding: LeakFinding | None = None

    def _check(self, final: bool) -> bool:
        if not self._prompt.strip():
            return False
        if final:
            self.finding = find_prompt_leak(
                self._prompt, self._text, self._allowed, self._threshold
            )
        else:
            self.finding = verbatim_leak(self._prompt, self._text, self._allowed)
        self.leaked = self.finding is not None
        return self.leaked

    def _safe_end(self) -> int:
        lowered = self._text.lower().replace("_", " ")
        spans = [match.span() for match in _WORD.finditer(lowered)]
        limit = len(self._text)
        if spans and spans[-1][1] == len(self._text):
            limit = spans.pop()[0]  # the last word may still be growing
        tail = [lowered[start:end] for start, end in spans[-(WINDOW_WORDS - 1) :]]
        for n in range(len(tail), 0, -1):
            if tuple(tail[-n:]) in self._runs[n]:
                limit = min(limit, spans[-n][0])
                break
        return max(self._released, limit)

    def feed(self, chunk: str) -> str:
        """Take the next chunk; return the text that is now safe to show."""
        if self.leaked:
            return ""
        self._text += chunk
        if self._check(final=False):
            return ""
        safe_end = self._safe_end()
        released, self._released = self._text[self._released : safe_end], safe_end
        return released

    def finish(self) -> str:
        """The stream ended: the full check, then the rest of the text if it is clean."""
        if self.leaked or self._check(final=True):
            return ""
        rest, self._released = self._text[self._released :], len(self._text)
        return rest

    @property
    def text(self) -> str:
        return self._text
