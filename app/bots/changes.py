"""What a creator would call the differences between two versions of an assistant, and a
version as the editor's draft."""

from __future__ import annotations

from bots.draft import BotDraft
from bots.profiles import BotConfig


def draft_of(config: BotConfig) -> BotDraft:
    """The editor's starting point: the assistant as it is now."""
    profile = config.profile
    return BotDraft(
        name=profile.name,
        tag_line=profile.tag_line,
        description=profile.description,
        initial_prompt=config.initial_prompt,
        model_config=config.model_config,
        summary_prompt=config.summary_prompt,
        session_type=profile.session_type,
        allowed_phrases=config.allowed_phrases,
        starters=profile.starters,
        sentence_classes=config.sentence_classes,
        knowledge=config.knowledge,
    )


def changes_between(old: BotDraft, new: BotDraft) -> list[str]:
    """What a creator would call the differences, in the order the Lab shows the fields."""
    checks = (
        ("prompt", old.initial_prompt != new.initial_prompt),
        ("allowed phrases", old.allowed_phrases != new.allowed_phrases),
        ("sentence classes", dict(old.sentence_classes) != dict(new.sentence_classes)),
        ("model settings", old.model_config != new.model_config),
        ("name", old.name != new.name),
        ("tag line", old.tag_line != new.tag_line),
        ("description", old.description != new.description),
        ("summary prompt", old.summary_prompt != new.summary_prompt),
        ("session type", old.session_type != new.session_type),
        ("conversation starters", old.starters != new.starters),
        ("knowledge", old.knowledge != new.knowledge),
    )
    return [label for label, differs in checks if differs]
