"""Find per-country flight tables: runs of list lines that each name countries and a flight count.

Accepted row shapes (bullets, numbering and markdown pipes allowed around them)::

    Guatemala – 36 vuelos        Honduras: 23        El Salvador (6 vuelos)
    36 vuelos – Guatemala        12 flights to Ecuador       | Perú | 2 |

The line that introduces a table gives its stated total, its period and its origin (or, for a
receiving country's report, its destination).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from transforms.dates import Period, find_period
from transforms.numbers import parse_count
from transforms.places import find_countries, resolve_label
from transforms.spans import lines, sentences

FLIGHT_NOUN = (
    r"(?:(?:deportation|removal|repatriation|return|charter|military|ICE)\s+)?"
    r"(?:vuelos?|flights?|voos?|aviones|avi[oõ]es|aeronaves|planes?|charters?)"
    r"(?:\s+(?:de|of)\s+(?:repatriaci[oó]n|deportaci[oó]n|retorno|deportados|repatriados|deportees|deportação))?"
)
FLIGHT_WORD = re.compile(rf"\b{FLIGHT_NOUN}\b", re.IGNORECASE)
COUNT = r"\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+"
BULLET = r"^[ \t]*(?:[-*•·▪◦‣–—]+|\(?\d{1,2}[.)]|[a-z][.)])?[ \t]*"
LABEL = r"[^\W\d_][^\d|:–—\t()\[\]]{0,60}?"
SEPARATOR = r"(?:[ \t]*[–—:\t][ \t]*|[ \t]+-[ \t]+|[ \t]*\.{3,}[ \t]*)"
END = r"[ \t]*\)?[ \t]*[.;,]?[ \t]*$"

LABEL_FIRST = re.compile(
    rf"{BULLET}(?P<label>{LABEL})(?:{SEPARATOR}|[ \t]*\([ \t]*|[ \t]+(?={COUNT}[ \t]*{FLIGHT_NOUN}))"
    rf"(?P<count>{COUNT})(?:[ \t]*(?P<unit>{FLIGHT_NOUN}))?{END}",
    re.IGNORECASE,
)
COUNT_FIRST = re.compile(
    rf"{BULLET}(?P<count>{COUNT})[ \t]*(?P<unit>{FLIGHT_NOUN})"
    rf"(?:{SEPARATOR}|[ \t]+(?:(?P<to>a|to|hacia|para|con destino a|rumbo a|into)|(?P<from>from|desde|procedentes de|de))[ \t]+|[ \t]+)"
    rf"(?P<label>{LABEL}){END}",
    re.IGNORECASE,
)
MARKDOWN_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")
TOTAL_LABEL = re.compile(r"^(?:total(?:es)?(?: general)?|grand total|suma|sum)$", re.IGNORECASE)
OTHER_LABEL = re.compile(r"^(?:otros(?: países)?|others?|other countries|resto|demás|outros(?: países)?)$", re.IGNORECASE)
RECEIVING = re.compile(
    r"\b(?:recibi[oó]|ha recibido|han llegado|llegaron|received|has received|arrived in|arriving in|"
    r"procedentes de|provenientes de|from the following|desde los siguientes|de los siguientes pa[ií]ses de origen)\b",
    re.IGNORECASE,
)
ORIGIN_CUE = re.compile(
    r"(?:gobierno de|government of|from|desde|departing|salieron de|partieron de|administration of)\s+(?:the\s+|los\s+|las\s+|el\s+|la\s+)?$",
    re.IGNORECASE,
)
STATED_TOTAL = re.compile(rf"(?P<count>{COUNT})\s+(?:[\w-]+\s+){{0,2}}?{FLIGHT_NOUN}\b", re.IGNORECASE)
HAS_DIGIT = re.compile(r"\d")
MAX_ROW_CHARS = 160  # a list line, not a paragraph
MIN_TABLE_ROWS = 2
MAX_BLANK_LINES_IN_TABLE = 1
MAX_LABEL_WORDS = 6


@dataclass
class TableRow:
    """One parsed list line: its label, the countries it names and its flight count."""

    label: str
    countries: list[str]
    flights: int
    evidence: str
    char_start: int
    char_end: int
    has_unit: bool
    direction: str | None  # "from" when the line itself says the flights came from the label


@dataclass
class FlightTable:
    """A run of rows with what its introducing sentence states about them."""

    rows: list[TableRow]
    row_role: str
    origin_country: str | None
    destination_country: str | None
    stated_total: int | None
    period: Period | None
    evidence: str
    char_start: int
    char_end: int
    intro_text: str | None = None
    total_row: int | None = field(default=None)


def _markdown_cells(line: str) -> list[str] | None:
    stripped = line.strip()
    if not (stripped.startswith("|") and stripped.endswith("|")) or MARKDOWN_RULE.match(stripped):
        return None
    return [cell.strip() for cell in stripped.strip("|").split("|")]


def _parse_markdown(line: str) -> tuple[str, str, bool] | None:
    """(label, count, has_unit) of a markdown data row with one text cell and one count cell."""
    cells = _markdown_cells(line)
    if not cells or len(cells) < 2:
        return None
    counts = [c for c in cells if re.fullmatch(rf"(?:{COUNT})(?:\s*{FLIGHT_NOUN})?", c, re.IGNORECASE)]
    labels = [c for c in cells if c and c not in counts and re.fullmatch(LABEL, c)]
    if len(counts) != 1 or len(labels) != 1:
        return None
    count_cell = counts[0]
    count = re.match(COUNT, count_cell)
    return labels[0], count.group() if count else "", bool(FLIGHT_WORD.search(count_cell))


def _label_ok(label: str) -> bool:
    return 0 < len(label.split()) <= MAX_LABEL_WORDS


def parse_row(line: str, start: int) -> TableRow | None:
    """A table row from one line, or None; countries stay empty when the label is not known."""
    label = count = None
    has_unit = False
    direction = None
    match = LABEL_FIRST.match(line) or COUNT_FIRST.match(line)
    loose = False
    if match:
        label, count = match.group("label").strip(), match.group("count")
        has_unit = bool(match.group("unit"))
        if "from" in match.groupdict() and match.group("from"):
            direction = "from"
        gap = line[match.end("label"):match.start("count")] if match.re is LABEL_FIRST else line[match.end("unit"):match.start("label")]
        loose = not gap.strip()
    else:
        markdown = _parse_markdown(line)
        if markdown:
            label, count, has_unit = markdown
    if label is None or count is None or not _label_ok(label):
        return None
    flights = parse_count(count)
    if flights is None:
        return None
    countries = resolve_label(label) or []
    if loose and not countries:  # "Se realizaron 36 vuelos" is a sentence, not a row
        return None
    text_start = len(line) - len(line.lstrip())
    return TableRow(
        label=label,
        countries=countries,
        flights=flights,
        evidence=line.strip(),
        char_start=start + text_start,
        char_end=start + len(line.rstrip()),
        has_unit=has_unit,
        direction=direction,
    )


def _blocks(body: str) -> list[tuple[list[TableRow], list[tuple[int, int]]]]:
    """Runs of consecutive row lines (a blank line may sit between rows), with the header lines."""
    blocks: list[tuple[list[TableRow], list[tuple[int, int]]]] = []
    current: list[TableRow] = []
    headers: list[tuple[int, int]] = []
    blanks = 0
    for start, end in lines(body):
        line = body[start:end]
        if not line.strip():
            blanks += 1
            if blanks > MAX_BLANK_LINES_IN_TABLE and current:
                blocks.append((current, headers))
                current, headers = [], []
            continue
        blanks = 0
        row = parse_row(line, start) if len(line) <= MAX_ROW_CHARS and HAS_DIGIT.search(line) else None
        if row:
            current.append(row)
            continue
        if MARKDOWN_RULE.match(line) and not current:
            continue
        if current:
            blocks.append((current, headers))
            current, headers = [], []
        headers = [(start, end)] if _markdown_cells(line) else []
    if current:
        blocks.append((current, headers))
    return blocks


def _intro(body: str, first_row_start: int) -> tuple[int, int] | None:
    """The sentence right before a table: the last one of the preceding non-empty line."""
    before = body[:first_row_start].rstrip()
    if not before:
        return None
    line_start = before.rfind("\n") + 1
    if parse_row(before[line_start:], line_start):
        return None
    spans = sentences(body, line_start, len(before))
    if not spans:
        return None
    start, end = spans[-1]
    if _markdown_cells(body[start:end]) or MARKDOWN_RULE.match(body[start:end]):
        return _intro(body, line_start) if line_start else None
    return start, end


def _origin_in(sentence: str, offset_countries: list[str]) -> str | None:
    """The country an introducing sentence names as where flights came from."""
    places = [p for p in find_countries(sentence) if p.kind == "country"]
    for place in places:
        if ORIGIN_CUE.search(sentence[: place.start]):
            return place.country
    others = {p.country for p in places} - set(offset_countries)
    return next(iter(others)) if len(others) == 1 else None


def _split_total_row(rows: list[TableRow]) -> tuple[list[TableRow], int | None]:
    kept, total = [], None
    for row in rows:
        if TOTAL_LABEL.match(row.label):
            total = row.flights
        else:
            kept.append(row)
    return kept, total


def find_flight_tables(body: str, language: str | None, published: dt.date | None) -> list[FlightTable]:
    """Every flight table in ``body`` with its stated total, period, origin and provenance."""
    tables: list[FlightTable] = []
    for block, headers in _blocks(body):
        rows, total_row = _split_total_row(block)
        resolved = [r for r in rows if r.countries or OTHER_LABEL.match(r.label)]
        if len(rows) < MIN_TABLE_ROWS or len(resolved) < MIN_TABLE_ROWS or 2 * len(resolved) < len(rows):
            continue
        intro_span = _intro(body, headers[0][0] if headers else rows[0].char_start)
        intro = body[intro_span[0]: intro_span[1]] if intro_span else ""
        header_text = " ".join(body[s:e] for s, e in headers)
        if not (any(r.has_unit for r in rows) or FLIGHT_WORD.search(intro) or FLIGHT_WORD.search(header_text)):
            continue
        row_countries = [c for r in rows for c in r.countries]
        stated = STATED_TOTAL.search(intro)
        receiving = bool(RECEIVING.search(intro)) or any(r.direction == "from" for r in rows)
        origin = destination = None
        if receiving:
            places = [p.country for p in find_countries(intro) if p.kind == "country" and p.country not in row_countries]
            destination = places[0] if places else None
        else:
            origin = _origin_in(intro, row_countries)
        period = find_period(intro, language, published, offset=intro_span[0]) if intro_span else None
        start = intro_span[0] if intro_span else (headers[0][0] if headers else rows[0].char_start)
        end = block[-1].char_end
        tables.append(
            FlightTable(
                rows=rows,
                row_role="origin" if receiving else "destination",
                origin_country=origin,
                destination_country=destination,
                stated_total=parse_count(stated.group("count")) if stated else total_row,
                period=period,
                evidence=body[start:end],
                char_start=start,
                char_end=end,
                intro_text=intro or None,
                total_row=total_row,
            )
        )
    return tables
