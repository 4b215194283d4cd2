"""Which parts of a prompt the assistant is meant to say, and which parts are secret.

A reply that says what the prompt tells the assistant to say (a quoted line, a disclaimer, a
policy, opening hours, a crisis line) is not a leak; a creator cannot foresee every such phrase.
These spans are found from the prompt's own wording:
- quoted text ("…", “…”, «…», 「…」);
- what follows a speech verb: say, tell, share, include, remind, mention, answer / reply /
  respond with, begin / open / end / close with, greet with, "let them know";
- user-facing facts: sentences not addressed to the assistant that carry contact details,
  numbers, prices, hours or a policy ("Returns are accepted within 30 days.").
A span in a sentence that calls something secret, internal or not to be shared is never sayable:
those sentences are what the guard protects most, and their distinctive terms ("TANGERINE",
"STAFF50") count as a leak on their own.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from leak_guard.text import MAX_PROMPT_CHARS, SUMMARY_MARK, sentences_with_spans

_SECRET = re.compile(
    r"\b(?:secret|secrets|confidential|internal|private|hidden|classified|staff[- ]only|"
    r"password|passcode|(?:never|not|don'?t|mustn'?t|cannot|can'?t|won'?t|without|no)\s+"
    r"(?:ever\s+)?(?:share|reveal|disclose|mention|say|tell|repeat|leak|expose|discuss|give away)"
    r"|keep\s+(?:it|this|these|them)?\s*(?:to yourself|secret|private|confidential))\b"
    # Spanish, German, French, Portuguese: what marks a sentence as not for users.
    r"|\b(?:intern[oa]s?|confidencial(?:es)?|secret[oa]s?|solo para el personal|"
    r"(?:no|nunca|jam[áa]s)\s+(?:lo\s+|les\s+|se\s+lo\s+)?(?:compartas|reveles|menciones|"
    r"digas|divulgues|compartir|revelar|mencionar|divulgar)|"
    r"intern(?:e|en|es)?|vertraulich(?:e|en|es)?|geheim(?:e|en|es)?|nur für (?:mitarbeiter|"
    r"das personal)|(?:nicht|niemals|nie)\s+(?:weitergeben|verraten|nennen|erwähnen|teilen|"
    r"preisgeben|sagen)|"
    r"confidentiel(?:le)?s?|réservé au personnel|ne\s+(?:jamais\s+|pas\s+)?(?:partager|"
    r"révéler|divulguer|mentionner|partagez|révélez|divulguez|mentionnez|dis|dites)|"
    r"sigilos[oa]s?|apenas para (?:a equipe|funcionários)|(?:não|nunca|jamais)\s+"
    r"(?:compartilhe|revele|mencione|diga|divulgue|compartilhar|revelar|mencionar|divulgar))\b"
    # Chinese, Japanese, Korean.
    r"|内部|机密|保密|绝密|不要透露|不得透露|严禁|切勿|不可透露|不要告诉|请勿|仅限员工|"
    r"社外秘|部外秘|機密|秘密|非公開|口外|教えないで|言わないで|開示しない|伝えないで|"
    r"スタッフ限定|내부|기밀|비밀|공개\s*금지|공개하지|알려\s*주지|말하지\s*마|발설|직원\s*전용",
    re.IGNORECASE,
)
_META = re.compile(
    r"\b(?:instructions?|prompt|system|rules?|guidelines?|persona|configuration|setup)\b",
    re.IGNORECASE,
)
_AUDIENCE = (
    r"(?:them|him|her|everyone|people|(?:the|each|every|a|any)\s+)?"
    r"(?:users?|callers?|customers?|patients?|visitors?|clients?|students?|learners?|players?|"
    r"guests?|members?|parents?|readers?|person|people)?"
)
_OBJECT = (
    r"(?:\s*(?:this|these|the following|the|our|a|an)?\s*(?:exact\s+|short\s+)?"
    r"(?:disclaimer|line|lines|note|message|reminder|greeting|notice|text|sentence|phrase|words|"
    r"statement|policy|number)\b)?\s*:?"
)
_NEGATED = re.compile(r"\b(?:never|not|don'?t|no|without|avoid|refuse to)\s+(?:\w+\s+)?$", re.I)
_INTRO = re.compile(
    r"\b(?:(?:say|says|saying|tell|share|include|remind|mention|inform|quote|recite|read out|"
    r"state)\s+"
    + _AUDIENCE
    + r"\s*(?:that\b|to\b|about\b|of\b|with\b)?"
    + _OBJECT
    + r"|(?:answer|reply|respond|begin|start|open|end|close|finish|conclude|sign off|greet|"
    r"welcome)(?:\s+(?:each|every|all|your|the|a|any)\s+\w+|\s+" + _AUDIENCE + r")?\s+"
    r"(?:with|by saying)\b"
    + _OBJECT
    + r"|let\s+"
    + _AUDIENCE
    + r"\s+know(?:\s+that)?|point\s+"
    + _AUDIENCE
    + r"\s+to"
    r"|direct\s+" + _AUDIENCE + r"\s+to)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r"\s+(?:and|then|but)\s+(?:keep|never|always|do|don'?t|use|ask|be|avoid|make|stay|give|"
    r"offer|suggest|limit|write|end|finish|close|stop|only)\b|;|,\s+then\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"\"([^\"\n]{3,}?)\"|“([^”\n]{3,}?)”|«([^»\n]{3,}?)»|「([^」\n]{2,}?)」"
                     r"|『([^』\n]{2,}?)』|(?<![\w])'([^'\n]{8,400}?)'(?![\w])")  # fmt: skip
_FACT = re.compile(
    r"\d|@|https?://|www\.|[$€£¥₹]|\b(?:disclaimer|notice|warning|reminder|greeting|welcome|"
    r"policy|policies|hours|open|opening|closed|address|phone|contact|email|hotline|helpline|"
    r"emergency|crisis|prices?|pricing|fees?|shipping|delivery|returns?|refunds?|exchanges?|"
    r"warranty|location|website|appointments?|booking|motto|slogan)\b",
    re.IGNORECASE,
)
_TO_ASSISTANT = re.compile(
    r"\b(?:you|your|yours|yourself|assistant|bot|chatbot|ai|model|llm|act|pretend|roleplay)\b",
    re.IGNORECASE,
)
_INSTRUCTION_START = frozenset(
    "be act ask answer keep use never always do don't dont avoid respond reply help guide start "
    "begin end finish stay refuse follow make treat remember focus offer suggest give provide "
    "explain correct encourage celebrate escalate redirect only if when whenever before after "
    "write speak talk limit prefer check confirm recommend mention include tell say share "
    "greet welcome close open sign introduce stick match adapt use let please ensure try "
    "handle reject decline politely first then finally important note rule".split()
)
_WE = re.compile(r"\b(?:we|our|ours|us)\b", re.IGNORECASE)
_SECRET_LABEL = re.compile(
    r"^\s*(?:#+\s*)?(?:(?:internal|confidential|secret|private|hidden|staff|interno|interna|"
    r"confidencial|secreto|reservado|intern|interne|vertraulich|geheim|confidentiel|"
    r"confidentielle|sigiloso)\b|内部|机密|保密|社外秘|部外秘|機密|非公開|スタッフ限定|내부|기밀|"
    r"비밀)[^:：\n]{0,30}[:：]",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class PromptSpans:
    """Character spans of the prompt: what may be said, and what is secret."""

    sayable: tuple[tuple[int, int], ...]
    secret: tuple[tuple[int, int], ...]

    def sayable_texts(self, prompt: str) -> list[str]:
        return [prompt[a:b].strip() for a, b in self.sayable if prompt[a:b].strip()]


def _paragraph_end(prompt: str, position: int) -> int:
    end = prompt.find("\n\n", position)
    return len(prompt) if end < 0 else end


def _secret_spans(prompt: str) -> list[tuple[int, int]]:
    spans = []
    for text, start, end in sentences_with_spans(prompt):
        marker = _SECRET.search(text)
        if marker is None:
            continue
        colon = max(text.rfind(":"), text.rfind("："))
        # "Never disclose:", "Confidential — never share with customers:" introduce what
        # follows, to the end of the paragraph.
        spans.append((start, _paragraph_end(prompt, end) if colon > marker.start() else end))
    for label in _SECRET_LABEL.finditer(prompt):  # "Internal notes:" and the paragraph under it
        spans.append((label.start(), _paragraph_end(prompt, label.end())))
    return spans


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= position < b for a, b in spans)


def _span_after_intro(prompt: str, intro_end: int, sentence_end: int) -> tuple[int, int] | None:
    rest = prompt[intro_end:sentence_end]
    if not rest.strip(" :–—-\t"):
        # "Always include this disclaimer:" with the text on the following line(s).
        start = intro_end + len(prompt[intro_end:]) - len(prompt[intro_end:].lstrip(" :\n\t"))
        paragraph_end = prompt.find("\n\n", start)
        return (start, len(prompt) if paragraph_end < 0 else paragraph_end)
    if ":" in prompt[intro_end : intro_end + 3] or rest.lstrip().startswith(('"', "“")):
        return (intro_end, sentence_end)
    clause_end = _CLAUSE_END.search(rest)
    return (intro_end, intro_end + clause_end.start() if clause_end else sentence_end)


@functools.lru_cache(maxsize=64)
def find_spans(prompt: str) -> PromptSpans:
    """Sayable and secret spans of a prompt (computed once per prompt version).

    The patterns read a copy with long whitespace runs cut short (`_collapsed`): several of
    them allow optional spaces between words, which costs quadratic time on a pasted run of
    thousands of blanks (11 s for 16,000 line breaks) and means nothing in prose. Spans are
    mapped back to the prompt as written. Only the first MAX_PROMPT_CHARS are read. Cached: the
    Lab shows what may be said on every rerun of the page."""
    text, origin = _collapsed(prompt[:MAX_PROMPT_CHARS])
    spans = _spans_of(text)
    summary = text.find(SUMMARY_MARK)  # the recap's instructions are never sayable
    sayable = [span for span in spans.sayable if summary < 0 or span[1] <= summary]
    return PromptSpans(
        tuple(sorted({_mapped(span, origin) for span in sayable})),
        tuple(sorted(_mapped(span, origin) for span in spans.secret)),
    )


_LONG_WHITESPACE = re.compile(r"\s{3,}")


def _collapsed(prompt: str) -> tuple[str, list[int]]:
    """The prompt with every whitespace run of 3 or more cut to one paragraph break, one line
    break or one space (whichever it held), and where each character came from (plus the end)."""
    pieces: list[str] = []
    origin: list[int] = []
    position = 0
    for run in _LONG_WHITESPACE.finditer(prompt):
        pieces.append(prompt[position : run.start()])
        origin.extend(range(position, run.start()))
        blank = run.group(0)
        if "\n\n" in blank:
            first = run.start() + blank.index("\n\n")
            pieces.append("\n\n")
            origin.extend((first, first + 1))
        elif "\n" in blank:
            pieces.append("\n")
            origin.append(run.start() + blank.index("\n"))
        else:
            pieces.append(" ")
            origin.append(run.start())
        position = run.end()
    pieces.append(prompt[position:])
    origin.extend(range(position, len(prompt) + 1))
    return "".join(pieces), origin


def _mapped(span: tuple[int, int], origin: list[int]) -> tuple[int, int]:
    start, end = span
    return (origin[start], origin[end - 1] + 1 if end > start else origin[start])


def _spans_of(prompt: str) -> PromptSpans:
    secret = _secret_spans(prompt)
    sayable: list[tuple[int, int]] = []
    said_in_secret: list[tuple[int, int]] = []
    for match in _QUOTED.finditer(prompt):
        group = next(i for i in range(1, 7) if match.group(i) is not None)
        before = prompt[max(0, match.start() - 40) : match.start()]
        if _NEGATED.search(before[-25:]):
            continue
        if not _inside(match.start(), secret):
            sayable.append((match.start(group), match.end(group)))
        elif _INTRO.search(before):  # "Never disclose the outage; just say 'we're on it'"
            said_in_secret.append((match.start(group), match.end(group)))
    for text, start, end in sentences_with_spans(prompt):
        if _inside(start, secret) or _inside(end - 1, secret):
            continue
        for intro in _INTRO.finditer(prompt, start, end):
            if _NEGATED.search(prompt[max(start, intro.start() - 25) : intro.start()]):
                continue
            span = _span_after_intro(prompt, intro.end(), end)
            if span and not _META.search(prompt[span[0] : span[1]]):
                sayable.append(span)
            break
        else:
            if _is_user_facing_fact(text):
                sayable.append((start, end))
    sayable = [span for span in sayable if not _inside(span[0], secret)] + said_in_secret
    return PromptSpans(tuple(sorted(set(sayable))), tuple(sorted(secret)))


def _is_user_facing_fact(sentence: str) -> bool:
    """A fact meant for the user: not addressed to the assistant, and about contact, numbers,
    prices, hours or policy, or said in the business's own voice ("we", "our")."""
    first = re.match(r"[\W\d_]*([^\W\d_][\w']*)", sentence)
    if first is None or first.group(1).lower() in _INSTRUCTION_START:
        return False
    if _TO_ASSISTANT.search(sentence) or _META.search(sentence):
        return False
    return bool(_FACT.search(sentence) or _WE.search(sentence))


def sayable_parts(prompt: str) -> list[str]:
    """The parts of a prompt the guard lets the assistant say (shown to the creator in the Lab)."""
    return find_spans(prompt).sayable_texts(prompt)
