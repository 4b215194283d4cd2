"""The Lab's Knowledge part: documents the assistant answers from, each Quotable or Confidential.

A file or a pasted text is read (`knowledge`: maintained parsers, limits on bytes, pages and
tokens) and its text stored for the creator at once (`api_bots.stage_text`), so the draft only
names it: a reload keeps it, and saving copies nothing. What a source is marked decides what
visitors may see of it: Quotable sources may be quoted and are cited by title; Confidential
ones (the default) inform answers and are guarded like the prompt.
"""

from __future__ import annotations

import streamlit as st

from api_bots import (
    MARK_CONFIDENTIAL,
    MARK_LABELS,
    MARK_QUOTABLE,
    MAX_SOURCES,
    KnowledgeSource,
    sources_from,
    stage_text,
)
from i18n import format_number, ntr, tr, tr_noop
from knowledge import LIMITS, KnowledgeRefused, Source, read_paste, read_upload
from ui import state as ui_state
from ui.lab.draft import draft, keep
from ui.text import plain

FIELD = "knowledge"  # the draft's list of source dicts
UPLOAD_ROUND = "lab_knowledge_round"  # a new uploader after each batch, so files do not linger
PROBLEMS = "lab_knowledge_problems"
ADDED = "lab_knowledge_added"
PASTE_TITLE, PASTE_TEXT = "lab_knowledge_paste_title", "lab_knowledge_paste_text"
FILE_TYPES = ["txt", "md", "pdf", "docx", "html", "htm", "csv"]
MARK_HELP = tr_noop(
    "Confidential (the default): informs answers, never quoted, listed or named to visitors, "
    "and guarded like your prompt. Quotable: visitors may be quoted it, and answers cite it by "
    "title (a handbook, a price list, public docs)."
)
# The stored labels (the mark picker's values) as a creator reads them.
MARK_NAMES = {"Confidential": tr_noop("Confidential"), "Quotable": tr_noop("Quotable")}
KIND_NAMES = {"paste": tr_noop("pasted text")}  # the others are file types: pdf, docx, ...


def mark_label(label: str) -> str:
    return tr(MARK_NAMES.get(label, label))


def knowledge_sources() -> tuple[KnowledgeSource, ...]:
    """The draft's sources, as a version stores them."""
    return sources_from(draft().get(FIELD) or [])


def _set_sources(sources: list[KnowledgeSource]) -> None:
    draft()[FIELD] = [source.to_dict() for source in sources]
    keep()


def _limits_caption() -> str:
    return tr(
        "Up to {count} sources: {types}, or pasted text; each up to {megabytes} MB, {pages} PDF "
        "pages and {tokens} tokens. Knowledge of up to {whole} tokens in all is sent whole with "
        "each turn; more is searched, and the best passages are sent (visitors pay for those "
        "tokens).",
        count=MAX_SOURCES,
        types=", ".join("." + t for t in FILE_TYPES if t != "htm"),
        megabytes=LIMITS.max_file_bytes // 1_000_000,
        pages=format_number(LIMITS.max_pdf_pages),
        tokens=format_number(LIMITS.max_source_tokens),
        whole=format_number(LIMITS.whole_context_tokens),
    )


def _add(read: Source) -> str:
    """Store a read source's text and add it to the draft; a problem, or the empty string."""
    sources = list(knowledge_sources())
    if len(sources) >= MAX_SOURCES:
        return tr(
            "'{title}' was not added: an assistant has at most {count} sources.",
            title=read.title,
            count=MAX_SOURCES,
        )
    titles = {source.title.casefold() for source in sources}
    title, n = read.title, 2
    while title.casefold() in titles:
        title, n = f"{read.title} ({n})", n + 1
    digest = stage_text(ui_state.store(), ui_state.current_user().user_id, read.text)
    if any(source.digest == digest for source in sources):
        return tr("'{title}' was not added: the same text is already a source.", title=read.title)
    sources.append(
        KnowledgeSource(digest, title, read.kind, MARK_CONFIDENTIAL, read.tokens, len(read.text))
    )
    _set_sources(sources)
    return ""


def _store_read(read: Source, problems: list[str], added: list[str]) -> None:
    try:
        problem = _add(read)
    except ui_state.EXPECTED_ERRORS as error:
        problem = tr(
            "'{title}' was not added: {error}",
            title=read.title,
            error=ui_state.error_message(error),
        )
    if problem:
        problems.append(problem)
    else:
        added.append(read.title)


def handler_upload(key: str) -> None:
    """Files were chosen: read each, keep the good ones, say what is wrong with the others."""
    files = st.session_state.get(key) or []
    problems: list[str] = []
    added: list[str] = []
    for uploaded in files:
        try:
            read = read_upload(uploaded.name, uploaded.getvalue())
        except KnowledgeRefused as refused:
            problems.append(refused.message)
            continue
        _store_read(read, problems, added)
    st.session_state[UPLOAD_ROUND] = st.session_state.get(UPLOAD_ROUND, 0) + 1
    st.session_state[PROBLEMS], st.session_state[ADDED] = problems, added


def handler_paste() -> None:
    title = st.session_state.get(PASTE_TITLE, "")
    text = st.session_state.get(PASTE_TEXT, "")
    problems: list[str] = []
    added: list[str] = []
    try:
        read = read_paste(title, text)
    except KnowledgeRefused as refused:
        st.session_state[PROBLEMS], st.session_state[ADDED] = [refused.message], []
        return  # what was pasted stays in the field
    _store_read(read, problems, added)
    if added:
        st.session_state[PASTE_TITLE] = st.session_state[PASTE_TEXT] = ""
    st.session_state[PROBLEMS], st.session_state[ADDED] = problems, added


def handler_mark(digest: str, key: str) -> None:
    mark = st.session_state.get(key, MARK_LABELS[MARK_CONFIDENTIAL])
    value = MARK_QUOTABLE if mark == MARK_LABELS[MARK_QUOTABLE] else MARK_CONFIDENTIAL
    _set_sources(
        [
            KnowledgeSource(**{**s.to_dict(), "mark": value}) if s.digest == digest else s
            for s in knowledge_sources()
        ]
    )


def handler_remove(digest: str) -> None:
    _set_sources([s for s in knowledge_sources() if s.digest != digest])


def _render_source(source: KnowledgeSource) -> None:
    title, mark, remove = st.columns([5, 3, 1], vertical_alignment="center")
    kind = tr(KIND_NAMES[source.kind]) if source.kind in KIND_NAMES else source.kind
    tokens = ntr(
        "{tokens} token", "{tokens} tokens", source.tokens, tokens=format_number(source.tokens)
    )
    title.markdown(f"**{plain(source.title)}**  \n{kind} · {tokens}")
    key = f"lab_knowledge_mark_{source.digest}"
    labels = [MARK_LABELS[MARK_CONFIDENTIAL], MARK_LABELS[MARK_QUOTABLE]]
    st.session_state[key] = MARK_LABELS[source.mark]
    mark.selectbox(
        tr("Mark of {title}", title=source.title),
        labels,
        format_func=mark_label,
        key=key,
        label_visibility="collapsed",
        on_change=handler_mark,
        args=(source.digest, key),
        help=tr(MARK_HELP),
    )
    remove.button(
        tr("Remove"),
        key=f"lab_knowledge_remove_{source.digest}",
        on_click=handler_remove,
        args=(source.digest,),
        help=tr("Remove {title} from this assistant's knowledge", title=source.title),
    )


def render_knowledge() -> None:
    """Step 1's Knowledge part."""
    sources = knowledge_sources()
    total = sum(source.tokens for source in sources)
    heading = (
        ntr(
            "Knowledge: {count} source, {tokens} tokens",
            "Knowledge: {count} sources, {tokens} tokens",
            len(sources),
            tokens=format_number(total),
        )
        if sources
        else tr("Knowledge: 0 sources")
    )
    with st.expander(heading, expanded=bool(sources)):
        st.caption(_limits_caption())
        st.caption(tr(MARK_HELP))
        for source in sources:
            _render_source(source)
        key = f"lab_knowledge_upload_{st.session_state.get(UPLOAD_ROUND, 0)}"
        st.file_uploader(
            tr("Add files"),
            type=FILE_TYPES,
            accept_multiple_files=True,
            key=key,
            on_change=handler_upload,
            args=(key,),
            max_upload_size=LIMITS.max_file_bytes // 1_000_000,
        )
        with st.form("lab_knowledge_paste", clear_on_submit=False, border=False):
            st.text_input(tr("Title of pasted text"), key=PASTE_TITLE, max_chars=120)
            st.text_area(tr("Or paste text"), key=PASTE_TEXT, height=120)
            st.form_submit_button(
                tr("Add pasted text"), key="lab_knowledge_paste_add", on_click=handler_paste
            )
        for problem in st.session_state.pop(PROBLEMS, []) or []:
            st.error(plain(problem))
        added = st.session_state.pop(ADDED, []) or []
        if added:
            names = plain(", ".join(added))
            st.success(
                tr(
                    "Added as Confidential: {names}. Mark a source Quotable above if visitors "
                    "may be quoted it.",
                    names=names,
                )
            )
