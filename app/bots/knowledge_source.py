"""A knowledge source as a version stores it: title, kind, mark, size and the digest of its
text (the text itself is stored apart, `bots.knowledge_sets`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from i18n import tr

MARK_QUOTABLE = "quotable"
MARK_CONFIDENTIAL = "confidential"
MARK_LABELS = {MARK_CONFIDENTIAL: "Confidential", MARK_QUOTABLE: "Quotable"}
MAX_SOURCES = 20
MAX_TITLE_CHARS = 120


@dataclass(frozen=True)
class KnowledgeSource:
    """One source of a version's knowledge, as stored with it (its text is stored apart)."""

    digest: str
    title: str
    kind: str
    mark: str
    tokens: int
    chars: int

    @property
    def confidential(self) -> bool:
        return self.mark != MARK_QUOTABLE  # anything unknown is treated as the safe mark

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> KnowledgeSource | None:
        """A stored or kept source; None for anything malformed."""
        if not isinstance(data, dict):
            return None
        try:
            return cls(
                digest=str(data["digest"]),
                title=str(data["title"])[:MAX_TITLE_CHARS],
                kind=str(data.get("kind", "txt")),
                mark=MARK_QUOTABLE if data.get("mark") == MARK_QUOTABLE else MARK_CONFIDENTIAL,
                tokens=int(data.get("tokens") or 0),
                chars=int(data.get("chars") or 0),
            )
        except (KeyError, TypeError, ValueError):
            return None


def sources_from(stored: Any) -> tuple[KnowledgeSource, ...]:
    """Stored or kept sources, malformed entries left out."""
    if not isinstance(stored, list):
        return ()
    found = (KnowledgeSource.from_dict(item) for item in stored)
    return tuple(source for source in found if source is not None)


def source_problem(sources: Sequence[KnowledgeSource]) -> str:
    """What is wrong with a set of sources, or the empty string."""
    if len(sources) > MAX_SOURCES:
        return tr("An assistant can have at most {maximum} knowledge sources.", maximum=MAX_SOURCES)
    titles = [source.title.casefold() for source in sources]
    if len(set(titles)) != len(titles):
        return tr("Two knowledge sources have the same title: rename one.")
    if len({source.digest for source in sources}) != len(sources):
        return tr("The same text was added twice as knowledge.")
    return ""
