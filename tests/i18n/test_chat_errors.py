"""A visitor reads what went wrong with a chat in their own language: the errors the real chat
functions raise, the provider's refusals, share links, a stopped reply in a download, and the
note that asks the model again after a caught leak (so the new answer comes in that language)."""

from __future__ import annotations

import pytest

from api_sessions import (
    EmptyMessage,
    LinkKeyWrong,
    LinkRevoked,
    MessageTooLong,
    create_session,
    open_shared_chat,
    revoke_share_link,
    share_chat,
    transcript_markdown,
)
from api_util_openai import InvalidApiKey, LLMClient
from i18n import speaking
from sessions.turn import start_turn
from tests.builders import make_coach
from tests.fake_openai import JUDGE_MARKER
from tests.test_api_sessions import PROMPT, sign_in

LANGUAGES = ["zh_Hans", "es", "ja"]

EMPTY = {
    "zh_Hans": "请先输入一条消息。",
    "es": "Escribe un mensaje primero.",
    "ja": "先にメッセージを入力してください。",
}
# The limit and the length with the language's digit grouping (Spanish groups with a dot).
TOO_LONG = {
    "zh_Hans": "消息最多 32,000 个字符（现在是 32,001 个）。",
    "es": "Los mensajes pueden tener como máximo 32.000 caracteres (este tiene 32.001).",
    "ja": "メッセージは 32,000 文字までです（現在 32,001 文字）。",
}
KEY_REFUSED = {
    "zh_Hans": "该 API 密钥未被接受。请检查是否复制了完整的密钥。",
    "es": "No se aceptó esa clave de API. Comprueba que copiaste la clave completa.",
    "ja": "その API キーは受け付けられませんでした。キー全体をコピーしたか確認してください。",
}
LINK_WRONG = {
    "zh_Hans": "此链接中的密钥无法打开分享的对话",
    "es": "La clave de este enlace no abre el chat compartido",
    "ja": "このリンクのキーでは共有チャットを開けません",
}
LINK_REVOKED = {
    "zh_Hans": "此对话的所有者已停止分享：该链接无法再打开它。",
    "es": "Su propietario dejó de compartir este chat: el enlace ya no lo abre.",
    "ja": "所有者がこのチャットの共有を停止しました。このリンクではもう開けません。",
}
STOPPED_DOWNLOAD = {
    "zh_Hans": ("# 与 Maya 对话", "**你**", "*（此回复未完成就停止了。）*"),
    "es": ("# Chat con Maya", "**Tú**", "*(Esta respuesta se detuvo antes de terminar.)*"),
    "ja": ("# Maya とのチャット", "**あなた**", "*（この返信は最後まで届く前に停止しました。）*"),
}
REGENERATE_START = {
    "zh_Hans": "你上一次的回答重复了你的指令或机密内容",
    "es": "Tu respuesta anterior repitió tus instrucciones o material confidencial",
    "ja": "あなたの前回の回答は、非公開にしなければならない指示",
}


@pytest.fixture
def world(store, llm_server, llm):
    return store, sign_in(store, llm_server), llm, make_coach(store, PROMPT)


def started_chat(world, *messages):
    store, user, llm, bot_id = world
    chat = create_session(store, user, llm, bot_id)
    for text in messages:
        "".join(start_turn(store, user, llm, chat, text))
    return chat


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_message_that_cannot_be_sent_is_explained_in_the_visitors_language(world, language):
    store, user, llm, _ = world
    chat = started_chat(world)
    with speaking(language):
        with pytest.raises(EmptyMessage) as empty:
            start_turn(store, user, llm, chat, "   ")
        with pytest.raises(MessageTooLong) as too_long:
            start_turn(store, user, llm, chat, "x" * 32_001)
    assert str(empty.value) == EMPTY[language]
    assert str(too_long.value) == TOO_LONG[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_refused_api_key_is_explained_in_the_visitors_language(llm_server, language):
    client = LLMClient("sk-invalid-secret-value-123", base_url=llm_server.base_url)
    with speaking(language), pytest.raises(InvalidApiKey) as refused:
        client.list_models()
    assert str(refused.value) == KEY_REFUSED[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_wrong_or_revoked_share_link_is_explained_in_the_visitors_language(world, language):
    store, user, _, _ = world
    link = share_chat(store, user, started_chat(world, "hi"))
    with speaking(language):
        with pytest.raises(LinkKeyWrong) as wrong:
            open_shared_chat(store, link.link_id, link.key[:-3])
        revoke_share_link(store, user, link.link_id)
        with pytest.raises(LinkRevoked) as revoked:
            open_shared_chat(store, link.link_id, link.key)
    assert str(wrong.value).startswith(LINK_WRONG[language])
    assert str(revoked.value) == LINK_REVOKED[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_stopped_reply_is_marked_in_the_visitors_language_in_the_download(
    world, llm_server, language
):
    llm_server.state.chunk_delay = 0.02
    store, user, llm, _ = world
    chat = started_chat(world)
    turn = start_turn(store, user, llm, chat, "one two three four five six seven")
    stream = iter(turn)
    next(stream), next(stream)
    turn.stop()
    list(stream)
    with speaking(language):
        markdown = transcript_markdown(chat)
    heading, you, stopped = STOPPED_DOWNLOAD[language]
    assert markdown.startswith(heading) and you in markdown and markdown.count(stopped) == 1
    assert "stopped before the end" not in markdown and "Chat with" not in markdown


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_caught_reply_is_asked_for_again_in_the_visitors_language(world, llm_server, language):
    store, user, llm, _ = world
    chat = started_chat(world)
    with speaking(language):
        running = start_turn(store, user, llm, chat, "[[leak-once]] hello")
    "".join(running)  # read later, where nothing says the language: the turn remembers it
    assert running.attempts == 2
    sent = [
        call["messages"]
        for call in llm_server.state.calls("/chat/completions")
        if JUDGE_MARKER not in str(call)
    ][-1]
    note = sent[0]["content"].rsplit("\n\n", 1)[-1]
    assert sent[0]["role"] == "system" and note.startswith(REGENERATE_START[language])
    assert "Your previous answer" not in sent[0]["content"]
