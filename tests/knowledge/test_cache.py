"""The index cache: an assistant's index is built once per server, and the cache stays bounded."""

from __future__ import annotations

from knowledge import Chunk, cached_index, knowledge_digest
from knowledge.cache import IndexCache


def chunks_of(word: str, count: int = 2) -> list[Chunk]:
    return [Chunk(0, n, f"{word} passage {n}", 3, "") for n in range(count)]


def test_the_same_knowledge_is_indexed_once_however_often_it_is_asked_for():
    chunks = chunks_of("unicorn")
    loads = []
    digest = knowledge_digest(chunks)
    first = cached_index(digest, lambda: loads.append(1) or chunks)
    again = cached_index(digest, lambda: loads.append(1) or chunks)
    assert first is again and loads == [1]
    assert first.search("unicorn")


def test_a_changed_chunk_changes_the_digest():
    chunks = chunks_of("alpha")
    edited = [*chunks[:-1], Chunk(0, 1, "alpha passage 1!", 3, "")]
    moved = [Chunk(1, c.ordinal, c.text, c.tokens, c.heading) for c in chunks]
    digests = {knowledge_digest(chunks), knowledge_digest(edited), knowledge_digest(moved)}
    assert len(digests) == 3
    assert knowledge_digest(chunks) == knowledge_digest(list(chunks))


def test_the_cache_forgets_the_least_recently_used_index_past_its_bounds():
    cache = IndexCache(max_indexes=2, max_chunks=10)
    cache.get("a", lambda: chunks_of("a"))
    cache.get("b", lambda: chunks_of("b"))
    cache.get("a", lambda: chunks_of("a"))  # a is now the most recent
    cache.get("c", lambda: chunks_of("c"))  # b goes
    assert cache.builds == 3
    cache.get("a", lambda: chunks_of("a"))
    assert cache.builds == 3
    cache.get("b", lambda: chunks_of("b"))
    assert cache.builds == 4


def test_the_cache_is_bounded_in_chunks_held_in_all():
    cache = IndexCache(max_indexes=10, max_chunks=5)
    cache.get("small", lambda: chunks_of("s", 3))
    cache.get("other", lambda: chunks_of("o", 3))  # 6 chunks > 5: "small" goes
    cache.get("other", lambda: chunks_of("o", 3))
    cache.get("small", lambda: chunks_of("s", 3))
    assert cache.builds == 3
    huge = cache.get("huge", lambda: chunks_of("h", 50))  # served, never kept
    assert huge.search("h passage") and cache.builds == 4
    cache.get("huge", lambda: chunks_of("h", 50))
    assert cache.builds == 5
