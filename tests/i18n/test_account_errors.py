"""Account, assistant and knowledge errors reach the visitor in their language, with their
numbers and money in that language's format (English stays the default)."""

from __future__ import annotations

import pytest

from api_bots import BotDraft, CardError, InvalidBot, create_bot, import_card
from api_users import (
    BadKeyFormat,
    SpendCapReached,
    clean_api_key,
    require_under_cap,
    save_spend_cap,
)
from api_util_openai import ModelConfig
from i18n import speaking
from knowledge import LIMITS, KnowledgeRefused, read_upload
from tests.builders import user_of
from tests.users.test_spend_cap import chat_once

LANGUAGES = ["zh_Hans", "es", "ja"]


def _message(error: pytest.ExceptionInfo) -> str:
    return getattr(error.value, "message", None) or str(error.value)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh_Hans", "该密钥包含 API 密钥中绝不会出现的字符（U+00E9）"),
        ("es", "Esa clave contiene caracteres que una clave de API nunca tiene (U+00E9)."),
        ("ja", "そのキーには API キーに含まれるはずのない文字（U+00E9）があります。"),
    ],
)
def test_a_bad_key_format_is_explained_in_the_visitors_language(language, expected):
    with speaking(language), pytest.raises(BadKeyFormat) as raised:
        clean_api_key("sk-caf\u00e9")
    assert expected in str(raised.value)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh_Hans", "本月的对话费用已达到你设定的 US$0.01 上限。仍要发送吗？"),
        (
            "es",
            "Los chats de este mes alcanzaron tu límite de 0,01\xa0US$. ¿Enviar de todos modos?",
        ),
        ("ja", "今月のチャットが上限の $0.01 に達しました。それでも送信しますか？"),
    ],
)
def test_the_spend_cap_asks_with_its_amount_in_the_locales_money_format(
    store, llm_server, language, expected
):
    user = user_of(store, llm_server.base_url)
    chat_once(store, user, llm_server)
    save_spend_cap(store, user, 0.01, on=True)
    with speaking(language), pytest.raises(SpendCapReached) as raised:
        require_under_cap(store, user)
    assert str(raised.value) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh_Hans", "“big.txt”大小为 10.0 MB；文件最大只能为 10 MB。"),
        ("es", "'big.txt' ocupa 10,0 MB; un archivo puede ocupar como máximo 10 MB."),
        ("ja", "「big.txt」は 10.0 MB です。ファイルは最大 10 MB までです。"),
    ],
)
def test_a_knowledge_file_too_large_is_refused_with_its_limit(language, expected):
    with speaking(language), pytest.raises(KnowledgeRefused) as raised:
        read_upload("big.txt", b"a" * (LIMITS.max_file_bytes + 1))
    assert raised.value.message == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh_Hans", "“名称”不能为空。"),
        ("es", "«Nombre» no puede estar vacío."),
        ("ja", "「名前」を入力してください。"),
    ],
)
def test_an_assistant_without_a_name_is_refused_in_the_visitors_language(store, language, expected):
    draft = BotDraft("", "Coach", "Helps.", "You are Maya.", ModelConfig("gpt-4o-mini", 300))
    with speaking(language), pytest.raises(InvalidBot) as raised:
        create_bot(store, "creator", draft)
    assert str(raised.value) == expected
    assert raised.value.field_name == "name"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh_Hans", "无法导入此卡片：\n- 这不是 GPT Lab 助手卡片（缺少格式信息）。"),
        (
            "es",
            "Esta tarjeta no se puede importar:\n"
            "- Esta no es una tarjeta de asistente de GPT Lab (le falta el formato).",
        ),
        (
            "ja",
            "このカードはインポートできません：\n"
            "- これは GPT Lab のアシスタントカードではありません（形式の情報がありません）。",
        ),
    ],
)
def test_a_file_that_is_not_a_card_is_refused_in_the_visitors_language(store, language, expected):
    with speaking(language), pytest.raises(CardError) as raised:
        import_card(store, "creator", b'{"name": "Maya"}')
    assert str(raised.value) == expected


def test_english_stays_the_default():
    with pytest.raises(BadKeyFormat, match=r"never has \(U\+00E9\)\. Copy it again"):
        clean_api_key("sk-caf\u00e9")
