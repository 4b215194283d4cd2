"""Knowledge in cards: each version lists its sources, and the card holds each text once.

An export leaves confidential sources out unless the creator asks for them (a card is a file
anyone who gets it can read). An import checks that every text is there and matches its digest,
counts its tokens again (a card's own numbers are not trusted), and stages the texts for the
importer before the assistant is stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from api_util_firebase import DocumentStore
from api_util_openai import count_text_tokens
from bots.draft import BotDraft
from bots.knowledge_sets import load_text, stage_text, text_digest
from bots.knowledge_source import (
    MARK_CONFIDENTIAL,
    MARK_QUOTABLE,
    MAX_SOURCES,
    MAX_TITLE_CHARS,
    KnowledgeSource,
)
from i18n import tr

MAX_CARD_TEXT_CHARS = 1_500_000  # per text; the card's own byte limit comes first
TOKEN_MODEL = "gpt-4o-mini"  # the Lab counts knowledge with this encoding


def exported_sources(draft: BotDraft, include_confidential: bool) -> list[KnowledgeSource]:
    return [s for s in draft.knowledge if include_confidential or not s.confidential]


def source_fields(sources: Iterable[KnowledgeSource]) -> list[dict[str, Any]]:
    return [{"digest": s.digest, "title": s.title, "kind": s.kind, "mark": s.mark} for s in sources]


def export_texts(
    store: DocumentStore, owner_id: str, drafts: Iterable[BotDraft], include_confidential: bool
) -> dict[str, str]:
    """Every exported source's text, once."""
    texts: dict[str, str] = {}
    for draft in drafts:
        for source in exported_sources(draft, include_confidential):
            if source.digest not in texts:
                texts[source.digest] = load_text(store, owner_id, source)
    return texts


def card_texts(card: dict[str, Any], problems: list[str]) -> dict[str, str]:
    """The card's knowledge texts, each matching its digest."""
    value = card.get("knowledge_texts", {})
    if not isinstance(value, dict):
        problems.append(tr("knowledge_texts: must be an object of texts by digest."))
        return {}
    texts: dict[str, str] = {}
    for digest, text in value.items():
        if not isinstance(text, str) or len(text) > MAX_CARD_TEXT_CHARS or not text.strip():
            problems.append(
                tr("{where}: must be text, not empty.", where=f"knowledge_texts[{digest[:12]}]")
            )
        elif text_digest(text) != digest:
            problems.append(
                tr(
                    "{where}: the text does not match its digest.",
                    where=f"knowledge_texts[{digest[:12]}]",
                )
            )
        else:
            texts[digest] = text
    return texts


def version_sources(
    item: dict[str, Any], where: str, texts: dict[str, str], problems: list[str]
) -> tuple[KnowledgeSource, ...]:
    """A card version's sources; every one must have its text in the card."""
    value = item.get("knowledge", [])
    if not isinstance(value, list) or len(value) > MAX_SOURCES:
        problems.append(
            tr(
                "{where}: must be a list of at most {maximum} sources.",
                where=f"{where}.knowledge",
                maximum=MAX_SOURCES,
            )
        )
        return ()
    sources = []
    for n, entry in enumerate(value):
        at = f"{where}.knowledge[{n}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("title"), str):
            problems.append(tr("{where}: must be an object with a title.", where=at))
            continue
        text = texts.get(str(entry.get("digest")))
        if text is None:
            problems.append(tr("{where}: its text is not in the card's knowledge_texts.", where=at))
            continue
        mark = MARK_QUOTABLE if entry.get("mark") == MARK_QUOTABLE else MARK_CONFIDENTIAL
        title = entry["title"].strip()[:MAX_TITLE_CHARS] or "Untitled"
        kind = entry.get("kind") if isinstance(entry.get("kind"), str) else "txt"
        tokens = count_text_tokens(text, TOKEN_MODEL)
        sources.append(
            KnowledgeSource(text_digest(text), title, kind[:10], mark, tokens, len(text))
        )
    return tuple(sources)


def stage_card_texts(
    store: DocumentStore, user_id: str, drafts: Iterable[BotDraft], texts: dict[str, str]
) -> None:
    """The texts the card's versions name, stored for the importer."""
    named = {source.digest for draft in drafts for source in draft.knowledge}
    for digest in sorted(named):
        stage_text(store, user_id, texts[digest])
