"""Words as the index sees them: stemmed per language, accents folded, CJK as character pairs.

A chunk is analysed in the language of its source (detected once per source). A question's
language is unknown and often mixed, so it is analysed in every language the index holds; a
form no chunk has simply matches nothing.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

import py3langid
import Stemmer
from bm25s import stopwords

# Snowball stemmer and stopword list for each language the detector may name.
_LANGUAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "en": ("english", tuple(stopwords.STOPWORDS_EN_PLUS)),
    "es": ("spanish", tuple(stopwords.STOPWORDS_SPANISH)),
    "de": ("german", tuple(stopwords.STOPWORDS_GERMAN)),
    "fr": ("french", tuple(stopwords.STOPWORDS_FRENCH)),
    "it": ("italian", tuple(stopwords.STOPWORDS_ITALIAN)),
    "pt": ("portuguese", tuple(stopwords.STOPWORDS_PORTUGUESE)),
    "nl": ("dutch", tuple(stopwords.STOPWORDS_DUTCH)),
    "sv": ("swedish", tuple(stopwords.STOPWORDS_SWEDISH)),
    "no": ("norwegian", tuple(stopwords.STOPWORDS_NORWEGIAN)),
    "da": ("danish", tuple(stopwords.STOPWORDS_DANISH)),
    "ru": ("russian", tuple(stopwords.STOPWORDS_RUSSIAN)),
    "tr": ("turkish", tuple(stopwords.STOPWORDS_TURKISH)),
    "fi": ("finnish", ()),
    "ca": ("catalan", ()),
    "ro": ("romanian", ()),
    "hu": ("hungarian", ()),
    "pl": ("polish", ()),
    "cs": ("czech", ()),
    "el": ("greek", ()),
}
DEFAULT_LANGUAGE = "en"
_WORD = re.compile(r"\w+")
_CJK = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]+"
)
_SAMPLE_CHARS = 2_000


def detect_language(text: str) -> str:
    """The language of a source's text, among those with a stemmer (English when unsure)."""
    language, _score = py3langid.classify(text[:_SAMPLE_CHARS])
    return language if language in _LANGUAGES else DEFAULT_LANGUAGE


def analyse(text: str, language: str) -> list[str]:
    """The index terms of a chunk written in `language`."""
    stemmer, stops = _tools(language)
    words, cjk = _words(text)
    stems = stemmer.stemWords([word for word in words if word not in stops])
    return [stem if stem.isascii() else _fold(stem) for stem in stems] + cjk


def analyse_question(text: str, languages: Iterable[str]) -> list[str]:
    """The terms of a question in each of `languages`, each term once."""
    words, cjk = _words(text)
    terms: dict[str, None] = {}
    for language in languages:
        stemmer, stops = _tools(language)
        kept = [word for word in words if word not in stops]
        terms.update((_fold(stem), None) for stem in stemmer.stemWords(kept))
    terms.update((pair, None) for pair in cjk)
    return list(terms)


def is_stopword(word: str, languages: Iterable[str]) -> bool:
    return any(word in _tools(language)[1] for language in languages)


@functools.cache
def _tools(language: str) -> tuple[Stemmer.Stemmer, frozenset[str]]:
    algorithm, stops = _LANGUAGES.get(language, _LANGUAGES[DEFAULT_LANGUAGE])
    folded = {_fold(word) for word in stops}
    return Stemmer.Stemmer(algorithm), frozenset(stops) | frozenset(folded)


def _words(text: str) -> tuple[list[str], list[str]]:
    """Lower-cased words (no lone letters), and CJK runs as overlapping character pairs."""
    lowered = text.casefold()
    if not _CJK.search(lowered):
        return [word for word in _WORD.findall(lowered) if len(word) > 1 or word.isdigit()], []
    words: list[str] = []
    cjk: list[str] = []
    for match in _WORD.finditer(lowered):
        word = match.group()
        if _CJK.search(word):
            for part in _CJK.split(word):
                if len(part) > 1 or part.isdigit():
                    words.append(part)
            for run in _CJK.findall(word):
                cjk += [run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)]
        elif len(word) > 1 or word.isdigit():
            words.append(word)
    return words, cjk


def _fold(word: str) -> str:
    """Accents off, so "envio" typed without one finds "envío"."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
