"""Comparing two versions of an assistant: a word diff of each text and the settings, for the
Versions dialog.
"""

from __future__ import annotations

import difflib
import re

from bots.draft import SESSION_TYPES, BotDraft
from bots.versions import changes_between
from leak_guard import CLASS_LABELS

_TOKENS = re.compile(r"\s+|[^\s]+")


def word_diff(old: str, new: str) -> str:
    """Plain text with removed words as [-...-] and added ones as {+...+} (git's word diff);
    changes separated only by spaces read as one."""
    before, after = _TOKENS.findall(old), _TOKENS.findall(new)
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    parts: list[str] = []
    removed: list[str] = []
    added: list[str] = []

    def flush() -> None:
        if removed:
            parts.append(f"[-{''.join(removed)}-]")
        if added:
            parts.append(f"{{+{''.join(added)}+}}")
        removed.clear()
        added.clear()

    opcodes = matcher.get_opcodes()
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            same = before[i1:i2]
            between_changes = 0 < index < len(opcodes) - 1 and not "".join(same).strip()
            if between_changes and (removed or added):
                removed.extend(same)
                added.extend(same)
                continue
            flush()
            parts.append("".join(same))
            continue
        removed.extend(before[i1:i2])
        added.extend(after[j1:j2])
    flush()
    return "".join(parts)


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
    }


def compare(old: BotDraft, new: BotDraft) -> list[tuple[str, str]]:
    """(field, word diff) for every field that differs, from `old` to `new`."""
    before, after = _field_texts(old), _field_texts(new)
    return [(label, word_diff(before[label], after[label])) for label in changes_between(old, new)]
