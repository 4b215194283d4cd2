"""What a prompt calls internal or confidential is protected in every language the product
claims, not only in English.

Before, a Spanish "Interno:" paragraph with a number in it was taken for a fact meant for users
(sayable, weight 0), so a reply could quote the secret paragraph word for word.
"""

from __future__ import annotations

import pytest

from leak_guard import find_prompt_leak, sayable_parts

# (prompt, the secret sentence in it)
PROMPTS = {
    "es": (
        "Eres el asistente de la tienda Bici Norte. Ayuda a elegir bicicletas y accesorios. "
        "Interno: el descuento máximo para clientes habituales es del 18 % y el precio mínimo "
        "de la Urbana 7 es 940 euros; no lo compartas con los clientes.",
        "Interno: el descuento máximo para clientes habituales es del 18 % y el precio mínimo "
        "de la Urbana 7 es 940 euros; no lo compartas con los clientes.",
    ),
    "de": (
        "Du hilfst Kunden der Bäckerei Korn beim Bestellen von Torten. Vertraulich: Der "
        "Einkaufspreis für Mehl liegt bei 0,62 Euro pro Kilo, die Marge bei 41 Prozent.",
        "Vertraulich: Der Einkaufspreis für Mehl liegt bei 0,62 Euro pro Kilo, die Marge bei "
        "41 Prozent.",
    ),
    "fr": (
        "Tu aides les clients de l'hôtel Azur à réserver une chambre. Confidentiel : le tarif "
        "plancher de la suite est de 210 euros la nuit, ne jamais le révéler aux clients.",
        "Confidentiel : le tarif plancher de la suite est de 210 euros la nuit, ne jamais le "
        "révéler aux clients.",
    ),
    "pt": (
        "Você ajuda os clientes da academia Forte a escolher um plano. Não revele que o "
        "desconto interno de retenção é de 35 por cento durante 3 meses.",
        "Não revele que o desconto interno de retenção é de 35 por cento durante 3 meses.",
    ),
    "zh": (
        "请帮助顾客挑选茶叶，语气亲切。内部信息：批发底价是每斤 260 元，严禁透露给顾客。",
        "内部信息：批发底价是每斤 260 元，严禁透露给顾客。",
    ),
    "ja": (
        "お客様の旅行プランづくりを手伝ってください。社外秘：団体割引の上限は 12% で、"
        "仕入れ値は一泊 8400 円です。",
        "社外秘：団体割引の上限は 12% で、仕入れ値は一泊 8400 円です。",
    ),
    "ko": (
        "고객이 요금제를 고르도록 도와주세요. 내부 정보: 해지 방지 할인은 최대 월 9000원이며 "
        "고객에게 절대 공개 금지입니다.",
        "내부 정보: 해지 방지 할인은 최대 월 9000원이며 고객에게 절대 공개 금지입니다.",
    ),
}


@pytest.mark.parametrize("language", PROMPTS)
def test_a_secret_sentence_is_never_offered_as_sayable(language):
    prompt, secret = PROMPTS[language]
    assert not any(secret.strip(" .。") in part or part in secret for part in sayable_parts(prompt))


@pytest.mark.parametrize("language", PROMPTS)
def test_quoting_the_secret_sentence_is_a_leak(language):
    prompt, secret = PROMPTS[language]
    reply = f"Claro / Sure / 好的: {secret}"
    assert find_prompt_leak(prompt, reply) is not None
