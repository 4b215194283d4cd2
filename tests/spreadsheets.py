"""How spreadsheets read a CSV file, to check that none of its text starts a formula.

A spreadsheet starts a formula at a cell that begins with `=`, `+`, `-`, `@`, a tab or a
carriage return (OWASP). It reads the file with a delimiter it was set to, which in much of
Europe is `;`, and a paste of a cell's text splits it at tabs and line breaks; a tool that does
not honour quotes splits quoted text too. `formula_cells` reads the file in all those ways.
"""

from __future__ import annotations

import csv
import io
import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
DELIMITERS = (",", ";", "\t", "|")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")


def _is_formula(cell: str) -> bool:
    cell = cell.strip(" ")
    return cell.startswith(FORMULA_START) and not _PLAIN_NUMBER.fullmatch(cell)


def formula_cells(text: str) -> list[str]:
    """Every cell that would start a formula, in any of the ways the file may be read."""
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    for delimiter in DELIMITERS:
        # A spreadsheet set to this delimiter, honouring the quotes...
        cells += [c for row in csv.reader(io.StringIO(text), delimiter=delimiter) for c in row]
        # ... or not, and a cell's text pasted into a sheet.
        for line in re.split(r"\r\n|\r|\n", text):
            cells += [piece.strip(' "') for piece in line.split(delimiter)]
    return [cell for cell in cells if _is_formula(cell)]


def every_cell_quoted(text: str) -> bool:
    """The file is written with every cell in double quotes (csv.QUOTE_ALL)."""
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_ALL).writerows(csv.reader(io.StringIO(text)))
    return buffer.getvalue() == text
