"""Comparing two versions of an assistant: a word diff of each text and the settings, for the
Versions dialog.

Words are what is compared (runs of non-spaces, as git's word diff): spacing and line breaks
alone are no change, and the diff reads in the new text's layout. The edit script is bounded
work (bots.edit_script), and a pair of texts is diffed once: the dialog reruns on every click.
"""

from __future__ import annotations

import functools
import re

from bots.changes import changes_between
from bots.draft import SESSION_TYPES, BotDraft
from bots.edit_script import edit_script
from bots.knowledge_source import MARK_LABELS
from leak_guard import CLASS_LABELS

_WORD = re.compile(r"\S+")
SPACING_ONLY = " (only spaces or line breaks changed)"


def _words(text: str) -> tuple[list[str], list[str], str]:
    """The words of `text`, the spacing before each, and the spacing after the last."""
    words: list[str] = []
    spaces: list[str] = []
    end = 0
    for match in _WORD.finditer(text):
        spaces.append(text[end : match.start()])
        words.append(match.group())
        end = match.end()
    return words, spaces, text[end:]


def word_diff(old: str, new: str) -> str:
    """Plain text with removed words as [-...-] and added ones as {+...+} (git's word diff),
    laid out as `new` is; neighbouring changes read as one."""
    old_words, old_spaces, _ = _words(old)
    new_words, new_spaces, trailing = _words(new)
    parts: list[str] = []
    after_removal = ""  # spacing that followed removed words, if the new text has none there
    for tag, i1, i2, j1, j2 in edit_script(old_words, new_words).hunks:
        if tag == "equal":
            for j in range(j1, j2):
                parts += [
                    new_spaces[j] or after_removal if j == j1 else new_spaces[j],
                    new_words[j],
                ]
            after_removal = ""
            continue
        parts.append(new_spaces[j1] if j2 > j1 else old_spaces[i1])
        if i2 > i1:
            parts.append(f"[-{_joined(old_words, old_spaces, i1, i2)}-]")
        if j2 > j1:
            parts.append(f"{{+{_joined(new_words, new_spaces, j1, j2)}+}}")
        after_removal = old_spaces[i2] if j2 == j1 and i2 < len(old_words) else ""
    parts.append(trailing)
    return "".join(parts)


def _joined(words: list[str], spaces: list[str], start: int, stop: int) -> str:
    return "".join(spaces[k] + words[k] if k > start else words[k] for k in range(start, stop))


@functools.lru_cache(maxsize=64)  # the Versions dialog reruns on every click, on the same pair
def _remembered_diff(old: str, new: str) -> str:
    return word_diff(old, new)


def _settings_text(draft: BotDraft) -> str:
    config = draft.model_config
    return (
        f"model: {config.model}\nresponse token limit: {config.max_tokens}\n"
        f"temperature: {config.temperature:g}\ntop p: {config.top_p:g}\n"
        f"frequency penalty: {config.frequency_penalty:g}\n"
        f"presence penalty: {config.presence_penalty:g}"
    )


def _field_texts(draft: BotDraft) -> dict[str, str]:
    return {
        "prompt": draft.initial_prompt,
        "allowed phrases": "\n".join(draft.allowed_phrases),
        "sentence classes": "\n".join(
            f"{CLASS_LABELS[kind]}: {text}" for text, kind in sorted(draft.sentence_classes)
        ),
        "model settings": _settings_text(draft),
        "name": draft.name,
        "tag line": draft.tag_line,
        "description": draft.description,
        "summary prompt": draft.summary_prompt,
        "session type": SESSION_TYPES.get(draft.session_type, str(draft.session_type)),
        "conversation starters": "\n".join(draft.starters),
        "knowledge": "\n".join(
            f"{source.title} ({MARK_LABELS[source.mark]}, {source.tokens:,} tokens)"
            for source in draft.knowledge
        ),
    }


def compare(old: BotDraft, new: BotDraft) -> list[tuple[str, str]]:
    """(field, word diff) for every field that differs, from `old` to `new`; a field whose
    words are the same says its spacing changed, since its diff shows no change."""
    before, after = _field_texts(old), _field_texts(new)
    differences = []
    for label in changes_between(old, new):
        spacing_only = _words(before[label])[0] == _words(after[label])[0]
        differences.append(
            (
                label + SPACING_ONLY if spacing_only else label,
                _remembered_diff(before[label], after[label]),
            )
        )
    return differences
