"""Terms of use and privacy policy, for GPT Lab as it really works."""

from __future__ import annotations

from datetime import date

import streamlit as st

from i18n import format_day, tr, tr_noop
from ui.account import render_sidebar
from ui.entry import run_through_entry_script

LAST_UPDATED = date(2026, 12, 2)

# One message per numbered term and per privacy point, so each is translated whole.
TERMS_OF_USE = (
    tr_noop(
        "**Your key, your bill.** You use your own API key. Model calls are made with it and "
        "billed to you by your provider under your agreement with them. The monthly spend cap "
        "you can set in the sidebar is a reminder based on estimated list prices, not a limit "
        'your provider enforces: at the cap GPT Lab asks before each call, and "Send anyway" '
        "sends it. Your provider's bill is the exact figure."
    ),
    tr_noop(
        "**Acceptable use.** Follow your provider's usage policies. Do not build assistants "
        "that harass, deceive, or help cause harm. Where the provider offers moderation, "
        "messages it flags are not sent."
    ),
    tr_noop(
        "**Assistants you publish** can be opened by anyone with their code. You are "
        "responsible for what your assistant's instructions ask of the model. Operators may "
        "hide or deactivate any assistant."
    ),
    tr_noop(
        '**No guarantees.** AI replies can be wrong. GPT Lab is provided "as is", without '
        "warranty, under the MIT license. Do not rely on it for medical, legal or financial "
        "decisions."
    ),
    tr_noop(
        "**Prompt secrecy is best effort.** A leak guard screens replies for your prompt's text "
        "and the secrets you mark in many disguises and in the eight languages it was tested "
        "in, and checks replies to extraction attempts, but a model can always retell a prompt "
        "in other words, so no filter stops every extraction. Do not put secrets in a prompt."
    ),
    tr_noop(
        "**Knowledge you give an assistant** must be yours to share with the model provider "
        "and, for sources you mark Quotable, with every visitor. Sources marked Confidential "
        "are guarded like the prompt (never quoted, listed or named to visitors), with the "
        "same limits: a model that read them can still retell what they say in its own words, "
        "which is what they are there for."
    ),
)
PRIVACY_POLICY = (
    tr_noop(
        "**What we store**: a one-way hash of your API key (to recognise you), an encrypted "
        "copy of your chat messages, recaps and conversation state, the names of your My Chats "
        "folders (and which chats are pinned or in which folder), ratings, counts and dates, "
        "the assistants you create (their prompts and settings are stored so they can run), "
        "your monthly spend cap and this month's estimated spend, your language, and your "
        "unfinished Lab draft, encrypted like your chats, until you create the assistant or "
        "start over."
    ),
    tr_noop(
        "**Knowledge documents**: the text of knowledge documents you add in the Lab (not the "
        "files themselves) is stored from the moment you add it, unencrypted like the prompts, "
        "because the server needs it to answer any visitor; deleting the assistant deletes the "
        "texts no other assistant of yours uses, and deleting your data deletes them all."
    ),
    tr_noop(
        "**Temporary chats**: of a temporary chat we store nothing but what it cost (in your "
        "month's total), the assistant's counters and, for the leak guard, which parts of that "
        "assistant's prompt its replies disclosed; its messages and title stay in your browser "
        "session. Edited messages keep their earlier versions (branches) with the chat, "
        "encrypted like it, until you delete the chat or your data."
    ),
    tr_noop(
        "**Shared chats**: when you share a chat, we store a copy of what you saw of it "
        "encrypted with a new key that only the link holds, with your account's id, the dates "
        "and your own (encrypted) name for the link. We cannot read the copy, and anyone you "
        "give the link to can. Stop sharing in My Chats deletes the copy; deleting your data "
        "deletes all of them. A reader who continues the chat gets their own copy in their "
        "account, which you cannot delete."
    ),
    tr_noop(
        "**What we never store**: your API key. It is kept only in your session's memory while "
        "you use the app."
    ),
    tr_noop(
        "**Encryption**: your chats are encrypted with a per-user key, which is stored only "
        "locked by a key derived from your API key. Someone with a copy of the database but "
        "without your API key cannot read them."
    ),
    tr_noop(
        "**Who receives your messages**: the model provider this deployment uses, with your "
        "key, to generate replies (and its moderation service, where enabled), together with "
        "the passages of the assistant's knowledge that answer them. No analytics or "
        "third-party trackers; avatars are drawn on our server."
    ),
    tr_noop(
        "**Your rights**: you can move your account to a new key; download any chat (CSV or "
        "Markdown, on the chat's page) or everything at once (Lounge → My Chats → Export all "
        "my data); and delete your data from the sidebar at any time. Deletion destroys the "
        "key to your chats first, so they become unreadable at once."
    ),
)


def render_terms() -> None:
    st.title(tr("📜 Terms of use and privacy"))
    st.header(tr("Terms of use"))
    st.markdown("\n".join(f"{n}. {tr(term)}" for n, term in enumerate(TERMS_OF_USE, 1)))
    st.header(tr("Privacy policy"))
    st.markdown("\n".join(f"- {tr(point)}" for point in PRIVACY_POLICY))
    st.caption(tr("Last updated: {date}", date=format_day(LAST_UPDATED)))


run_through_entry_script()
render_sidebar()
render_terms()
