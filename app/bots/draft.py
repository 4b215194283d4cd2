"""A draft assistant as a creator writes it, and the rules it must meet before it is stored:
shared by creating, editing and importing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from api_util_openai import ModelConfig
from bots.knowledge_source import KnowledgeSource, source_problem
from i18n import format_number, tr, tr_noop
from leak_guard import Declarations, InvalidDeclarations, declarations, prompt_sentences
from text import has_broken_characters, has_visible_text, strip_bidi_controls

SESSION_TYPE_BRAINSTORMING = 2
SESSION_TYPE_COACHING = 3
SESSION_TYPES = {SESSION_TYPE_BRAINSTORMING: "Brain Storming", SESSION_TYPE_COACHING: "Coaching"}

NAME_MAX = 30
TAG_LINE_MAX = 25
DESCRIPTION_MAX = 250
INITIAL_PROMPT_MAX = 4000
SUMMARY_PROMPT_MAX = 500
ALLOWED_PHRASES_MAX = 10
ALLOWED_PHRASE_MAX = 200
STARTERS_MAX = 4
STARTER_MAX = 80
MAX_TOKENS_RANGE = (16, 4096)

# temperature, frequency penalty, presence penalty, top p (the original's templates)
PERSONALITIES: dict[str, tuple[float, float, float, float]] = {
    "Coaching": (0.5, 0.3, 0.2, 0.9),
    "Creative": (1.0, 0.1, 0.1, 0.7),
    "Sarcastic": (0.8, 0.1, 0.1, 0.9),
    "Truthful": (0.5, 0.1, 0.2, 0.9),
    "Witty": (0.7, 0.1, 0.1, 0.9),
    "Custom": (0.7, 0.0, 0.0, 1.0),
}
DEFAULT_SUMMARY_PROMPT = (
    "Summarize our conversation so far as a short recap for me: the main points, any decisions, "
    "and the next steps I mentioned. Use a few bullet points."
)


class BotError(Exception):
    """Base class of assistant errors; the message is fit to show."""


class InvalidBot(BotError):
    """A field of a draft assistant is missing or out of range."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field_name = field_name


def personality_config(name: str, model: str, max_tokens: int) -> ModelConfig:
    temperature, frequency, presence, top_p = PERSONALITIES[name]
    return ModelConfig(
        model=model,
        max_tokens=max_tokens,
        temperature=temperature,
        top_p=top_p,
        frequency_penalty=frequency,
        presence_penalty=presence,
    )


@dataclass(frozen=True)
class BotDraft:
    """Everything a creator writes in the Lab; validated before anything is stored."""

    name: str
    tag_line: str
    description: str
    initial_prompt: str
    model_config: ModelConfig
    summary_prompt: str = DEFAULT_SUMMARY_PROMPT
    session_type: int = SESSION_TYPE_COACHING
    allowed_phrases: tuple[str, ...] = ()
    starters: tuple[str, ...] = ()
    sentence_classes: Declarations = ()  # the creator's Protected / Secret / Say, by sentence
    knowledge: tuple[KnowledgeSource, ...] = ()  # documents it answers from (`bots.knowledge_sets`)

    def cleaned(self) -> BotDraft:
        """Edges trimmed; bidi overrides removed from what listings show, so a name displays
        as the characters it holds."""
        return replace(
            self,
            name=strip_bidi_controls(self.name).strip(),
            tag_line=strip_bidi_controls(self.tag_line).strip(),
            description=strip_bidi_controls(self.description).strip(),
            initial_prompt=self.initial_prompt.strip(),
            summary_prompt=self.summary_prompt.strip(),
            allowed_phrases=tuple(p.strip() for p in self.allowed_phrases if p.strip()),
            starters=tuple(
                strip_bidi_controls(s).strip() for s in self.starters if s and s.strip()
            ),
            sentence_classes=current_classes(self.initial_prompt.strip(), self.sentence_classes),
        )


def current_classes(prompt: str, classes: Declarations) -> Declarations:
    """The declared classes of sentences the prompt still has (an edited sentence is new)."""
    if not classes:
        return ()
    present = {sentence.text for sentence in prompt_sentences(prompt)}
    return tuple((text, kind) for text, kind in classes if text in present)


def validate_sentence_classes(classes: Declarations) -> None:
    try:
        declarations(classes)
    except InvalidDeclarations as error:
        raise InvalidBot("sentence_classes", str(error)) from None


# The fields' names in the messages below, translated when a message is built.
FIELD_LABELS = {
    "name": tr_noop("Name"),
    "tag_line": tr_noop("Tag line"),
    "description": tr_noop("Description"),
    "initial_prompt": tr_noop("The initial prompt"),
    "summary_prompt": tr_noop("The summary prompt"),
    "temperature": tr_noop("Temperature"),
    "top_p": tr_noop("Top p"),
    "frequency_penalty": tr_noop("Frequency penalty"),
    "presence_penalty": tr_noop("Presence penalty"),
}


def _require_length(field_name: str, value: str, maximum: int) -> None:
    label = tr(FIELD_LABELS[field_name])
    if not value:
        raise InvalidBot(field_name, tr("{field} cannot be empty.", field=label))
    if has_broken_characters(value):
        raise InvalidBot(
            field_name,
            tr("{field} contains a broken character (half of an emoji).", field=label),
        )
    if not has_visible_text(value):
        raise InvalidBot(
            field_name, tr("{field} needs at least one visible character.", field=label)
        )
    if len(value) > maximum:
        raise InvalidBot(
            field_name,
            tr(
                "{field} can be at most {maximum} characters ({length} now).",
                field=label,
                maximum=format_number(maximum),
                length=format_number(len(value)),
            ),
        )


def validate_initial_prompt(prompt: str) -> None:
    _require_length("initial_prompt", prompt.strip(), INITIAL_PROMPT_MAX)


def validate_summary_prompt(prompt: str) -> None:
    _require_length("summary_prompt", prompt.strip(), SUMMARY_PROMPT_MAX)


def validate_model_config(config: ModelConfig, allowed_models: Sequence[str] | None = None) -> None:
    """Model parameters within the provider's ranges, and a model the user's key can use."""
    if not config.model:
        raise InvalidBot("model", tr("Choose a model."))
    if allowed_models is not None and config.model not in allowed_models:
        raise InvalidBot("model", tr("Your API key cannot use {model}.", model=config.model))
    low, high = MAX_TOKENS_RANGE
    if not low <= config.max_tokens <= high:
        raise InvalidBot(
            "max_tokens",
            tr(
                "The response token limit must be {low} to {high}.",
                low=format_number(low),
                high=format_number(high),
            ),
        )
    ranges = {
        "temperature": (0.0, 2.0),
        "top_p": (0.0, 1.0),
        "frequency_penalty": (-2.0, 2.0),
        "presence_penalty": (-2.0, 2.0),
    }
    for name, (low_value, high_value) in ranges.items():
        if not low_value <= getattr(config, name) <= high_value:
            raise InvalidBot(
                name,
                tr(
                    "{field} must be {low} to {high}.",
                    field=tr(FIELD_LABELS[name]),
                    low=format_number(low_value),
                    high=format_number(high_value),
                ),
            )


def _session_type(value: int) -> None:
    if value not in SESSION_TYPES:
        raise InvalidBot("session_type", tr("Choose Brain Storming or Coaching."))


def draft_problems(
    draft: BotDraft, allowed_models: Sequence[str] | None = None
) -> list[InvalidBot]:
    """Every field that needs attention, in the Lab's order (an import lists them all)."""
    draft = draft.cleaned()
    checks = (
        lambda: _require_length("name", draft.name, NAME_MAX),
        lambda: _require_length("tag_line", draft.tag_line, TAG_LINE_MAX),
        lambda: _require_length("description", draft.description, DESCRIPTION_MAX),
        lambda: validate_initial_prompt(draft.initial_prompt),
        lambda: validate_summary_prompt(draft.summary_prompt),
        lambda: _session_type(draft.session_type),
        lambda: validate_allowed_phrases(draft.allowed_phrases),
        lambda: validate_sentence_classes(draft.sentence_classes),
        lambda: validate_starters(draft.starters),
        lambda: validate_model_config(draft.model_config, allowed_models),
        lambda: validate_knowledge(draft.knowledge),
    )
    problems = []
    for check in checks:
        try:
            check()
        except InvalidBot as problem:
            problems.append(problem)
    return problems


def validate_draft(draft: BotDraft, allowed_models: Sequence[str] | None = None) -> BotDraft:
    """The cleaned draft, or InvalidBot naming the first field that needs attention."""
    problems = draft_problems(draft, allowed_models)
    if problems:
        raise problems[0]
    return draft.cleaned()


def validate_test_drive(draft: BotDraft, allowed_models: Sequence[str] | None = None) -> BotDraft:
    """The cleaned draft if what a test drive sends the model and checks replies against is
    within the Lab's limits (both prompts, the session type, the allowed phrases, the declared
    classes, the model settings), or InvalidBot naming the first field over one. Name,
    description and starters are not sent, so a draft being edited may test-drive without
    them."""
    validate_initial_prompt(draft.initial_prompt)  # first: cleaning reads every sentence
    draft = draft.cleaned()
    validate_summary_prompt(draft.summary_prompt)
    _session_type(draft.session_type)
    validate_allowed_phrases(draft.allowed_phrases)
    validate_sentence_classes(draft.sentence_classes)
    validate_model_config(draft.model_config, allowed_models)
    validate_knowledge(draft.knowledge)
    return draft


def validate_knowledge(sources: Sequence[KnowledgeSource]) -> None:
    problem = source_problem(sources)
    if problem:
        raise InvalidBot("knowledge", problem)


def validate_starters(starters: Sequence[str]) -> None:
    if len(starters) > STARTERS_MAX:
        raise InvalidBot(
            "starters",
            tr(
                "Up to {maximum} conversation starters ({count} now).",
                maximum=STARTERS_MAX,
                count=len(starters),
            ),
        )
    for starter in starters:
        if has_broken_characters(starter) or not has_visible_text(starter):
            raise InvalidBot("starters", tr("Each conversation starter needs visible text."))
        if len(starter) > STARTER_MAX:
            raise InvalidBot(
                "starters",
                tr(
                    "Conversation starters can be at most {maximum} characters ({length} now).",
                    maximum=STARTER_MAX,
                    length=len(starter),
                ),
            )


def validate_allowed_phrases(phrases: Sequence[str]) -> None:
    """Bounded wherever phrases enter (test drive, leak test, creation): each reply is checked
    against them."""
    if len(phrases) > ALLOWED_PHRASES_MAX or any(len(p) > ALLOWED_PHRASE_MAX for p in phrases):
        raise InvalidBot(
            "allowed_phrases",
            tr(
                "Up to {count} phrases of at most {maximum} characters each.",
                count=ALLOWED_PHRASES_MAX,
                maximum=ALLOWED_PHRASE_MAX,
            ),
        )
