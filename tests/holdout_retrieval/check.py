"""Verify the held-out retrieval material and print its counts.

Run from the repository root: python -m tests.holdout_retrieval.check
Exits with status 1 if any check fails.
"""

import sys
from collections import Counter

from tests.holdout_retrieval import KINDS, bases, questions

REQUIRED = ("id", "base", "question", "answer", "evidence", "kind")


def problems_of(row: dict, texts: dict[str, dict[str, str]]) -> list[str]:
    """Everything wrong with one question row (an empty list when it is fine)."""
    found = [f"missing field {name!r}" for name in REQUIRED if name not in row]
    if found:
        return found
    if row["base"] not in texts:
        return [f"unknown base {row['base']!r}"]
    if row["kind"] not in KINDS:
        found.append(f"unknown kind {row['kind']!r}")
    if not str(row["question"]).strip() or not str(row["answer"]).strip():
        found.append("empty question or answer")
    if "relabel_reason" in row and not str(row["relabel_reason"]).strip():
        found.append("relabel_reason present but empty")
    evidence = row["evidence"]
    if row["kind"] == "unanswerable":
        if evidence:
            found.append("unanswerable question has evidence")
        return found
    if not evidence:
        found.append("answerable question without evidence")
    if row["kind"] == "multi-hop" and len(evidence) < 2:
        found.append("multi-hop question needs at least two evidence entries")
    files = texts[row["base"]]
    for item in evidence:
        name, quote = item.get("file"), item.get("quote", "")
        if name not in files:
            found.append(f"evidence file {name!r} not in base")
        elif not quote.strip():
            found.append(f"empty quote for {name}")
        elif quote not in files[name]:
            found.append(f"quote not found verbatim in {name}: {quote[:70]!r}")
        elif name.endswith(".html") and ("<" in quote or ">" in quote):
            found.append(f"quote in {name} spans markup: {quote[:70]!r}")
    return found


def main() -> int:
    texts = bases()
    rows = questions()
    errors: list[str] = []
    ids = Counter(str(row.get("id")) for row in rows)
    errors += [f"{key}: duplicate id ({n} times)" for key, n in ids.items() if n > 1]
    for row in rows:
        errors += [f"{row.get('id')}: {problem}" for problem in problems_of(row, texts)]
    for name in texts:
        misplaced = [r["id"] for r in questions(name) if r.get("base") != name]
        errors += [f"{key}: wrong base in questions_{name}.jsonl" for key in misplaced]

    print("Bases (files, words):")
    for name, files in texts.items():
        words = sum(len(text.split()) for text in files.values())
        print(f"  {name:<20} {len(files)} files, {words:>6} words")
    per_base = Counter(row.get("base") for row in rows)
    print(f"\nQuestions: {len(rows)}")
    for name in texts:
        kinds = Counter(row.get("kind") for row in rows if row.get("base") == name)
        detail = ", ".join(f"{k} {kinds[k]}" for k in KINDS if kinds[k])
        print(f"  {name:<20} {per_base[name]:>3}  ({detail})")
    kinds = Counter(row.get("kind") for row in rows)
    print("\nPer kind: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
    shared = sum(
        1
        for row in rows
        for item in row.get("evidence", [])
        if sum(item.get("quote", "") in text for text in texts[row["base"]].values()) > 1
    )
    print(f"Evidence quotes found in more than one file of their base: {shared}")

    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for line in errors:
            print("  " + line)
        return 1
    print("\nOK: every quote is verbatim, every id is unique.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
