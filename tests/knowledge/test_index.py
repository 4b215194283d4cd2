"""Search: the passage that answers comes first, in English, Spanish or CJK, despite typos."""

from __future__ import annotations

from knowledge import Chunk, build_index, chunk_source


def index_of(*texts: str):
    chunks = [chunk for number, text in enumerate(texts) for chunk in chunk_source(number, text)]
    return build_index(chunks)


MANUAL = "\n\n".join(
    [
        "# Espresso machine\n\n## Descaling\n\n"
        "Descale the machine every three months with citric acid.",
        "## Milk frothing\n\nPurge the steam wand before and after frothing milk.",
        "## Warranty\n\nThe warranty lasts two years from the date of purchase.",
    ]
    + [
        f"## Filler {n}\n\n" + "Unrelated notes about coffee beans and grinders. " * 30
        for n in range(6)
    ]
)
TIENDA = (
    "# Envíos\n\nLos envíos a Canarias tardan entre cinco y siete días laborables.\n\n"
    "# Devoluciones\n\n"
    "Puedes devolver un pedido durante los treinta días siguientes a la entrega.\n"
)


def test_the_answering_passage_ranks_first():
    found = index_of(MANUAL).search("How often should I descale?", k=3)
    assert "every three months" in found[0].chunk.text
    assert found[0].score >= found[-1].score


def test_inflected_forms_and_missing_accents_still_match_in_spanish():
    found = index_of(MANUAL, TIENDA).search("cuanto tarda el envio a canarias", k=1)
    assert "Canarias" in found[0].chunk.text


def test_a_typo_in_a_question_still_finds_the_passage():
    found = index_of(MANUAL).search("how long is the waranty", k=1)
    assert "two years" in found[0].chunk.text


def test_cjk_text_is_searchable_without_spaces():
    chinese = "退货须在收到商品后三十天内申请。运费由本店承担。"
    found = index_of(MANUAL, chinese).search("退货多少天", k=1)
    assert found[0].chunk.source == 1


def test_a_question_with_no_known_word_finds_nothing():
    index = index_of(MANUAL)
    assert index.search("zzzz qqqq", k=5) == []
    assert index.search("", k=5) == []
    assert index.search("the and of", k=5) == []


def test_search_returns_at_most_k_passages_and_an_empty_index_returns_none():
    assert len(index_of(MANUAL).search("coffee", k=2)) == 2
    assert build_index([]).search("coffee") == []


def test_headings_help_find_a_passage_whose_text_lacks_the_word():
    chunk = Chunk(0, 0, "It lasts two years.", 5, "Manual > Warranty")
    other = Chunk(0, 1, "Clean the tray.", 4, "Manual > Cleaning")
    assert build_index([chunk, other]).search("warranty")[0].chunk == chunk
