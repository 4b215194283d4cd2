"""The prompt side of the leak guard, built once per prompt version (and cached).

Every canonical prompt token gets a weight: rare words weigh most, function words little, and
sayable or creator-allowed text nothing, so a chain of matches scores by how much protected
prompt text it covers rather than by shared vocabulary. Anchors map a token to its positions;
the letter index maps letter k-grams to positions for text spelled out or split inside words.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from leak_guard.canaries import canaries
from leak_guard.ciphers import letter_pattern
from leak_guard.classes import Declarations, declared_spans
from leak_guard.items import SecretItem, by_letters, extract_items, folded_tokens, item_prefixes
from leak_guard.persona import persona_tokens
from leak_guard.sayable import PromptSpans
from leak_guard.text import (
    KNOWLEDGE_MARK,
    MAX_GUARDED_CHARS,
    MAX_PROMPT_CHARS,
    SUMMARY_MARK,
    TOKEN,
    canonical,
    canonical_tokens,
    is_unspaced,
    language_of,
    sentences_with_spans,
)

KNOWLEDGE_WINDOW = 400  # tokens of knowledge whose words' rarity is counted together
MAX_ANCHOR_OCCURRENCES = 24  # a token used more often than this says nothing about position
# (in knowledge: more often than this in its window); and no token anchors more places than
# this, so work per matched reply token stays bounded however long the knowledge.
MAX_ANCHORS = 96
LETTER_GRAM = 5
SAID_WORD_FACTOR = 0.3
SECRET_FACTOR = 2.0
MAX_ALLOWED_PHRASES = 50
MAX_ALLOWED_PHRASE_CHARS = 300

STOPWORDS = frozenset(
    "a an and are as at be been but by can could did do does for from had has have he her his "
    "how i if in into is it its just me my no nor not of on or our out over she so than that "
    "the their them then there these they this those to too up us was we were what when where "
    "which while who whom why will with would you your yours yourself also any all each every "
    "some such only very more most other own same both few about after again before between "
    "during through under until once here off further am being having doing should shall may "
    "might must one get got let like make made many much via per el la los las de del en y que "
    "un una es por con para le les des du et est une pour dans der die das und ist ein eine zu "
    "mit den".split()
)
# The canonical forms fold l into i: fold the stopwords the same way.
STOPWORDS = frozenset(word.replace("l", "i") for word in STOPWORDS)
_ROT_LETTERS = re.compile(r"[a-z]{4,}")
_VOWELS = re.compile(r"[aeiouy]")
MIN_SKELETON = 3  # "shr th cd": a word with its vowels dropped, if this many letters remain


class AllowedPhrasesTooLong(ValueError):
    """Too many allowed phrases, or one too long (they are checked against every reply)."""


def check_allowed_phrases(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """Allowed phrases within bounds, blank ones dropped; raises AllowedPhrasesTooLong."""
    kept = tuple(p.strip() for p in phrases if p and p.strip())
    if len(kept) > MAX_ALLOWED_PHRASES:
        raise AllowedPhrasesTooLong(
            f"At most {MAX_ALLOWED_PHRASES} allowed phrases ({len(kept)} given)."
        )
    for phrase in kept:
        if len(phrase) > MAX_ALLOWED_PHRASE_CHARS:
            raise AllowedPhrasesTooLong(
                f"Allowed phrases can be at most {MAX_ALLOWED_PHRASE_CHARS} characters each "
                f"(one has {len(phrase)})."
            )
    return kept


def rot_shape(word: str) -> tuple[int, ...]:
    """Letter-to-letter steps of a lower-case word: the same for every Caesar shift of it."""
    return tuple((ord(b) - ord(a)) % 26 for a, b in zip(word, word[1:], strict=False))


@dataclass
class PromptIndex:
    """Positions, weights and lookups for one prompt (plus its creator's allowed phrases)."""

    text: str
    spans: PromptSpans
    tokens: list[str] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)
    anchors: dict[str, tuple[int, ...]] = field(default_factory=dict)
    sentence_of: list[int] = field(default_factory=list)
    sentence_spans: list[tuple[int, int]] = field(default_factory=list)
    sentence_weights: list[float] = field(default_factory=list)
    letters: str = ""
    letter_token: list[int] = field(default_factory=list)
    letter_grams: dict[str, tuple[int, ...]] = field(default_factory=dict)
    letter_weights: list[float] = field(default_factory=list)  # shared by every view's chains
    rot_shapes: dict[tuple[int, ...], tuple[str, ...]] = field(default_factory=dict)
    letter_patterns: dict[tuple[int, ...], tuple[str, ...]] = field(default_factory=dict)
    skeletons: dict[str, tuple[int, ...]] = field(default_factory=dict)  # words without vowels
    items: dict[str, SecretItem] = field(default_factory=dict)  # by key
    item_prefixes: frozenset[str] = frozenset()
    letter_items: dict[str, SecretItem] = field(default_factory=dict)  # by letters alone
    letter_item_prefixes: frozenset[str] = frozenset()
    item_sentence: dict[str, int] = field(default_factory=dict)
    context_items: bool = False  # some item is a short number that needs a word of context
    persona: tuple[str, ...] = ()  # the persona line's description, said after "I'm"
    vocabulary: frozenset[str] = frozenset()
    total_weight: float = 0.0

    @property
    def empty(self) -> bool:
        return self.total_weight == 0

    def sentence_text(self, number: int) -> str:
        start, end = self.sentence_spans[number]
        return self.text[start:end]

    def part_at(self, position: int) -> str:
        """The prompt sentence a token position falls in (for findings and reports)."""
        return self.sentence_text(self.sentence_of[position]) if self.tokens else ""


class _Spans:
    """Spans merged and sorted once, so asking whether an offset is covered costs a bisection
    (tokens times spans grew quadratic with long texts)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(s for s in spans if s[0] < s[1]):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def __contains__(self, offset: int) -> bool:
        at = bisect.bisect_right(self._starts, offset) - 1
        return at >= 0 and offset < self._ends[at]


def _allowed_spans(prompt: str, phrases: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the creator's allowed phrases stand in the prompt (compared canonically)."""
    prompt_tokens = list(canonical_tokens(prompt))
    spans = []
    for phrase in phrases:
        wanted = [token for token, _ in canonical_tokens(phrase)]
        if not wanted:
            continue
        for i in range(len(prompt_tokens) - len(wanted) + 1):
            if [t for t, _ in prompt_tokens[i : i + len(wanted)]] == wanted:
                last_token, last_offset = prompt_tokens[i + len(wanted) - 1]
                spans.append((prompt_tokens[i][1], last_offset + 1))
    return spans


def _local_counts(raw_tokens: list[tuple[str, str, int]], knowledge_start: int) -> list[int]:
    """Per position: how often its token occurs in the prompts, or for knowledge, in its window
    of KNOWLEDGE_WINDOW tokens (no knowledge: the empty list, the prompts' counts stand)."""
    if knowledge_start < 0:
        return []
    first = next(
        (i for i, (_, _, offset) in enumerate(raw_tokens) if offset > knowledge_start),
        len(raw_tokens),
    )
    prompts = Counter(token for token, *_ in raw_tokens[:first])
    found = [prompts[token] for token, *_ in raw_tokens[:first]]
    for start in range(first, len(raw_tokens), KNOWLEDGE_WINDOW):
        window = [token for token, *_ in raw_tokens[start : start + KNOWLEDGE_WINDOW]]
        here = Counter(window)
        found += [here[token] for token in window]
    return found


def _weight(token: str, count: int) -> float:
    if is_unspaced(token):
        return 0.5 / math.sqrt(count)
    if token in STOPWORDS or len(token) == 1:
        return 0.15
    if len(token) == 2:  # "wi", "fi", "ok": fragments say little on their own
        return 0.4
    return max(0.35, 1.0 / math.sqrt(count))


def build_index(
    prompt: str,
    allowed_phrases: tuple[str, ...] = (),
    declared: Declarations = (),
    limit: int = MAX_PROMPT_CHARS,
) -> PromptIndex:
    """`limit`: how much is read; prompts with a turn's knowledge read up to MAX_GUARDED_CHARS."""
    prompt = prompt[:limit]
    spans = declared_spans(prompt, declared)
    index = PromptIndex(prompt, spans)
    quiet = _Spans([*spans.sayable, *_allowed_spans(prompt, allowed_phrases)])
    secret = _Spans(list(spans.secret))
    index.sentence_spans = [(a, b) for _, a, b in sentences_with_spans(prompt)] or [(0, 0)]
    sentence = 0
    raw_tokens: list[tuple[str, str, int]] = []  # canonical, raw, offset
    for match in TOKEN.finditer(prompt):
        for token in canonical(match.group(0)):
            raw_tokens.append((token, match.group(0), match.start()))
    counts = Counter(token for token, *_ in raw_tokens)
    local = _local_counts(raw_tokens, prompt.find(KNOWLEDGE_MARK))
    said_words = {
        token for token, _, offset in raw_tokens if offset in quiet and token not in STOPWORDS
    }
    positions: defaultdict[str, list[int]] = defaultdict(list)
    letters: list[str] = []
    for position, (token, _raw, offset) in enumerate(raw_tokens):
        while (
            sentence + 1 < len(index.sentence_spans)
            and offset >= index.sentence_spans[sentence + 1][0]
        ):
            sentence += 1
        index.tokens.append(token)
        index.sentence_of.append(sentence)
        protected = offset not in quiet
        count = local[position] if local else counts[token]
        weight = _weight(token, count) if protected else 0.0
        if token in said_words:  # words the prompt also has the assistant say are public
            weight *= SAID_WORD_FACTOR
        if offset in secret:  # what the prompt calls secret is protected most
            weight *= SECRET_FACTOR
        index.weights.append(weight)
        if protected and count <= MAX_ANCHOR_OCCURRENCES and len(positions[token]) < MAX_ANCHORS:
            positions[token].append(position)
        if protected and not is_unspaced(token):
            letters.append(token)
            index.letter_token += [position] * len(token)
        else:
            letters.append("|")
            index.letter_token.append(position)
    index.anchors = {token: tuple(found) for token, found in positions.items()}
    index.vocabulary = frozenset(index.tokens)
    index.total_weight = sum(index.weights)
    index.sentence_weights = [0.0] * len(index.sentence_spans)
    for position, weight in enumerate(index.weights):
        index.sentence_weights[index.sentence_of[position]] += weight
    index.letters = "".join(letters)
    index.letter_weights = [1.0] * len(index.letters)
    grams: defaultdict[str, list[int]] = defaultdict(list)
    for i in range(len(index.letters) - LETTER_GRAM + 1):
        gram = index.letters[i : i + LETTER_GRAM]
        if "|" not in gram:
            grams[gram].append(i)
    cap = MAX_ANCHORS if local else MAX_ANCHOR_OCCURRENCES  # knowledge repeats its words
    index.letter_grams = {gram: tuple(found) for gram, found in grams.items() if len(found) <= cap}
    shapes: defaultdict[tuple[int, ...], set[str]] = defaultdict(set)
    patterns: defaultdict[tuple[int, ...], dict[str, None]] = defaultdict(dict)
    for token, raw, _ in raw_tokens:
        lower = raw.casefold()
        if _ROT_LETTERS.fullmatch(lower) and token in index.anchors:
            shapes[rot_shape(lower)].add(lower)
            patterns[letter_pattern(lower)][lower] = None
    index.rot_shapes = {shape: tuple(words) for shape, words in shapes.items()}
    index.letter_patterns = {
        pattern: tuple(words)[:MAX_ANCHOR_OCCURRENCES] for pattern, words in patterns.items()
    }
    skeletons: defaultdict[str, list[int]] = defaultdict(list)
    for token, found in index.anchors.items():
        skeleton = _VOWELS.sub("", token)
        if len(skeleton) >= MIN_SKELETON and skeleton != token:
            skeletons[skeleton].extend(found)
    index.skeletons = {
        skeleton: tuple(sorted(found))
        for skeleton, found in skeletons.items()
        if len(found) <= cap and skeleton not in index.anchors
    }
    found = extract_items(prompt, spans.secret, language_of(prompt))
    found = [item for item in found if item.start not in quiet]
    initial = prompt.split(SUMMARY_MARK, 1)[0]
    found += [SecretItem(folded_tokens(c), c, 0, False) for c in canaries(initial)]
    index.items = {item.key: item for item in found}
    index.item_sentence = {item.key: _sentence_at(index, item.start) for item in found}
    index.item_prefixes = item_prefixes(index.items)
    index.letter_items = by_letters(found)
    index.letter_item_prefixes = item_prefixes(index.letter_items)
    index.context_items = any(item.needs_context for item in found)
    index.persona = persona_tokens(prompt)
    return index


def _sentence_at(index: PromptIndex, offset: int) -> int:
    for number, (_start, end) in enumerate(index.sentence_spans):
        if offset < end:
            return number
    return len(index.sentence_spans) - 1


@functools.lru_cache(maxsize=256)
def prompt_index(
    prompt: str, allowed_phrases: tuple[str, ...] = (), declared: Declarations = ()
) -> PromptIndex:
    """The cached index of a prompt version: indexing costs milliseconds, a check microseconds."""
    return build_index(prompt, check_allowed_phrases(allowed_phrases), declared)


@functools.lru_cache(maxsize=32)
def knowledge_index(
    prompt: str, allowed_phrases: tuple[str, ...] = (), declared: Declarations = ()
) -> PromptIndex:
    """The index of the prompts with the confidential knowledge a turn shows the model: the
    passages change from turn to turn, so these have a small cache of their own and never
    push prompt versions out of theirs."""
    return build_index(prompt, check_allowed_phrases(allowed_phrases), declared, MAX_GUARDED_CHARS)
