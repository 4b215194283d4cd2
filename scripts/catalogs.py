"""Extract every message GPT Lab writes into the catalogs and update each language's `.po`
files (new messages added untranslated, gone ones dropped). Run after changing any string:

    .venv/bin/python scripts/catalogs.py               # update every area
    .venv/bin/python scripts/catalogs.py --area lab    # update one area's files only
    .venv/bin/python scripts/catalogs.py --missing     # list what each language still lacks
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))

from babel.messages.catalog import Catalog  # noqa: E402
from babel.messages.pofile import read_po, write_po  # noqa: E402

from i18n.catalogs import LANGUAGES, LOCALES, SOURCE_LANGUAGE, po_path  # noqa: E402
from i18n.extract import STABLE_DATE, templates  # noqa: E402


def update(only: str | None = None) -> None:
    """Every area's template and catalogs, or only one area's (helpers working on different
    parts of the app each update their own files)."""
    for area, template in templates().items():
        if only and area != only:
            continue
        with (LOCALES / f"{area}.pot").open("wb") as file:
            write_po(file, template, width=100, sort_output=True, include_lineno=False)
        for language in LANGUAGES:
            if language == SOURCE_LANGUAGE:
                continue
            path = po_path(language, area)
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.exists():
                with path.open("rb") as file:
                    catalog = read_po(file, locale=language)
            else:
                catalog = Catalog(locale=language, project="GPT Lab", fuzzy=False)
            catalog.update(template, no_fuzzy_matching=True)
            catalog.obsolete.clear()
            catalog.revision_date = STABLE_DATE
            with path.open("wb") as file:
                write_po(
                    file,
                    catalog,
                    width=100,
                    sort_output=True,
                    include_previous=False,
                    include_lineno=False,
                )


def missing() -> int:
    gaps = 0
    for area in templates():
        for language in LANGUAGES:
            if language == SOURCE_LANGUAGE or not po_path(language, area).exists():
                continue
            with po_path(language, area).open("rb") as file:
                catalog = read_po(file, locale=language)
            for message in catalog:
                if (
                    message.id
                    and not message.string
                    or (isinstance(message.string, tuple) and not all(message.string))
                ):
                    gaps += 1
                    print(f"{language} {area}: {message.id!r}")
    return gaps


if __name__ == "__main__":
    if "--missing" in sys.argv:
        sys.exit(1 if missing() else 0)
    area = sys.argv[sys.argv.index("--area") + 1] if "--area" in sys.argv else None
    update(area)
