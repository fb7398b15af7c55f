"""Logs of individual flights: a list with one line per flight (a bullet, a table row or a short plain line),
each starting with its date.

Monitors and newsrooms publish them as "Estas son las fechas en que se registraron los vuelos:" followed by
dates, or as a table whose rows are flights (``| Jan. 24 | C-17 | El Paso | Guatemala City, Guatemala | 75
|``). No line states a flight count: each line is one flight, unless it says more ("13 de marzo (dos
vuelos)"). The list counts flights when its heading, its table header or the lines right above it name
flights; its stated total is a flight count right above it that equals the lines' sum.
"""

from __future__ import annotations

import datetime as dt
import re

from transforms.context import DocumentContext
from transforms.dates import (
    MONTH_FIRST_LANGUAGES,
    Period,
    day_label_date,
    month_numbers,
    valid_dates,
    weekday_numbers,
)
from transforms.domain import Breakdown, Precision, RowRole, Status
from transforms.numbers import parse_count
from transforms.places import find_places
from transforms.routes import Route, sentence_route
from transforms.spans import lines
from transforms.tables import (
    TOTAL_LOOKBACK_CHARS,
    FlightList,
    StatedTotal,
    TableRow,
    flight_counts,
    sums_to_a_stated_count,
)
from transforms.vocabulary import AIRPORT_WORDS_RE, FLIGHT_NOUNS, PEOPLE_NOUN_RE, PLANNED_RE, names_a_flight

MIN_LOGGED_FLIGHTS = 2
MIN_INNER_PIPES = 2  # "24/01 | Manaus | 88": three cells and more make a table row without its outer pipes
FIRST_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")  # "sexta-feira" is one word
PLAIN_LINE_MAX = 100  # a log line without a bullet is short: a longer line starting with a date is prose
LOOKBACK_LINES = 3  # non-blank lines above a log read for its heading and introduction
BULLET = re.compile(r"^\s*(?:[-*•·–]|\d+[.)])\s+")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
NUMERIC_DAY = re.compile(r"^(?P<a>\d{1,2})[/.](?P<b>\d{1,2})(?:[/.](?P<y>\d{4}|\d{2}))?$")
COUNT_IN_LINE = re.compile(rf"\b(?P<n>\d{{1,3}}|[^\W\d_]+)\s+(?:{FLIGHT_NOUNS})\b", re.IGNORECASE)
DESTINATION_HEADER = re.compile(r"destin|arriv|llegada|chegada|to\b|hacia|para\b", re.IGNORECASE)
ARROW = re.compile(r"\s(?:-+>|=>|→|➔|➜|>)\s")  # "Alexandria, LA -> Guatemala City"
ORIGIN_HEADER = re.compile(r"depart|origin|origen|salida|partida|from\b|desde|sa[ií]da", re.IGNORECASE)


def _cells(line: str) -> list[str] | None:
    """A table row's cells, or a bullet's or a short plain line's content as one cell; None for any other
    line.

    Text converted from a page or a PDF loses its bullets: "24/01/2025 – 88 passageiros" on its own line is a
    log line, a paragraph that opens with a date is not.
    """
    if _is_table_row(line):
        return [cell.strip() for cell in line.strip().strip("|").split("|")]
    bullet = BULLET.match(line)
    if bullet:
        return [line[bullet.end() :].strip()]
    text = line.strip()
    if not 0 < len(text) <= PLAIN_LINE_MAX:
        return None
    # a date opens with a digit, a month's or a weekday's name: a look-up spares the date patterns most lines
    first = FIRST_WORD.match(text)
    opens_with_date_word = first is not None and (
        first.group().lower() in month_numbers() or first.group().lower() in weekday_numbers()
    )
    return [text] if text[0].isdigit() or opens_with_date_word else None


def _is_table_row(line: str) -> bool:
    """A row of a table with pipes between its cells, with or without pipes at its ends ("24/01 | Manaus |
    88"): a line of prose holds no two pipes."""
    return line.strip().startswith("|") or line.count(" | ") >= MIN_INNER_PIPES


def _numeric_day(text: str, language: str | None, published: dt.date | None) -> dt.date | None:
    match = NUMERIC_DAY.match(text)
    if not match or published is None:
        return None
    a, b = int(match.group("a")), int(match.group("b"))
    month, day = (a, b) if language in MONTH_FIRST_LANGUAGES else (b, a)
    years = [int(match.group("y")) % 100 + 2000] if match.group("y") else [published.year - 1, published.year]
    candidates = valid_dates(years, month, day)
    past = [d for d in candidates if d <= published] or candidates  # a log looks back
    return max(past) if past else None


def _day(cell: str, language: str | None, published: dt.date | None) -> dt.date | None:
    """The date a log line starts with: ``16 de enero``, ``Jan. 24``, ``10/01``; the rest of the cell may
    follow."""
    head = re.split(r"\s*[(:,–—]\s*|\s+-\s+|\s{2,}|\t", cell, maxsplit=1)[0].strip(" *_")
    day = _numeric_day(head, language, published) or day_label_date(head, published)
    return day if day and day != dt.date.min else None


def _row_places(cells: list[str], header: list[str] | None, origin: str | None) -> list[str]:
    """Countries a log line names as where the flight went: its destination column, or every place that is not
    the origin."""
    if header and len(header) == len(cells):
        chosen = [
            cell for cell, name in zip(cells[1:], header[1:], strict=True) if DESTINATION_HEADER.search(name)
        ]
        if not chosen:
            chosen = [
                cell
                for cell, name in zip(cells[1:], header[1:], strict=True)
                if not ORIGIN_HEADER.search(name)
            ]
    elif len(cells) > 1:
        chosen = cells[1:]
    elif arrows := list(ARROW.finditer(cells[0])):
        chosen = [
            cells[0][arrows[-1].end() :]
        ]  # "05/05  Alexandria, LA -> Guatemala City (GUA)": where it went
    else:
        chosen = [re.split(r"[(:]", cells[0], maxsplit=1)[-1]]
    found: list[str] = []
    for place in find_places(" | ".join(chosen)):
        if (
            place.country
            and place.country != origin
            and place.country not in found
            and place.kind in ("country", "city", "airport")
        ):
            found.append(place.country)
    return found


def _flights(cells: list[str], language: str | None) -> int:
    count = COUNT_IN_LINE.search(" ".join(cells))
    value = parse_count(count.group("n"), language) if count else None
    return value if value is not None and value > 0 else 1


def _above(body: str, start: int) -> tuple[str, int]:
    """The heading and introduction right above a log (its last non-blank lines), and where they start."""
    kept: list[tuple[int, int]] = []
    for line_start, line_end in reversed(list(lines(body[:start]))):
        if body[line_start:line_end].strip():
            kept.append((line_start, line_end))
        if len(kept) == LOOKBACK_LINES:
            break
    return (body[kept[-1][0] : start], kept[-1][0]) if kept else ("", start)


def _stated_total(body: str, start: int, end: int, flights: int, language: str | None) -> StatedTotal | None:
    """A flight count above the log, or in the sentence right after it, that equals its lines' sum: the log's
    stated total."""
    match = sums_to_a_stated_count(body, start, end, flights, language)
    if match is None:
        return None
    return StatedTotal(
        flights, None, match.group(), match.start(), match.end(), "log" if match.start() < start else "after"
    )


def _sentence_at(body: str, position: int) -> str:
    """The sentence of ``body`` that holds ``position``."""
    starts = [0, *(m.end() for m in re.finditer(r"[.!?]\s+|\n", body[:position]))]
    end = re.search(r"[.!?](?:\s|$)|\n", body[position:])
    return body[starts[-1] : position + end.end() if end else len(body)]


def find_flight_logs(
    body: str,
    language: str | None,
    published: dt.date | None,
    context: DocumentContext,
    taken: list[tuple[int, int]],
) -> list[FlightList]:
    """Every log of individual flights in ``body`` outside the spans of lists already found (``taken``)."""
    logs: list[FlightList] = []
    run: list[tuple[int, int, list[str], dt.date]] = []
    header: list[str] | None = None
    header_start = 0

    def close() -> None:
        if len(run) >= MIN_LOGGED_FLIGHTS:
            log = _log(body, run, (header, header_start) if header else None, language, published, context)
            if log and not any(s < log.char_end and log.char_start < e for s, e in taken):
                logs.append(log)
        run.clear()

    for line_start, line_end in lines(body):
        text = body[line_start:line_end]
        cells = _cells(text)
        day = _day(cells[0], language, published) if cells else None
        if day:
            run.append((line_start, line_end, cells or [], day))
            continue
        if cells and TABLE_RULE.match(text):
            continue  # a markdown table's rule under its header
        close()
        header, header_start = (cells, line_start) if cells and _is_table_row(text) else (None, 0)
    close()
    return logs


def _log(
    body: str,
    run: list[tuple[int, int, list[str], dt.date]],
    table_header: tuple[list[str], int] | None,
    language: str | None,
    published: dt.date | None,
    context: DocumentContext,
) -> FlightList | None:
    start, end = run[0][0], run[-1][1]
    header, top = table_header if table_header else (None, start)
    above, above_start = _above(body, top)
    named = f"{above} {' '.join(header or [])}"
    nearest = next((line for line in reversed(above.splitlines()) if line.strip()), "")
    # people named above and no flight in the table's header or the line right above: a list of people, by
    # date (an airport in the header says each row landed: "Data | Aeroporto | Passageiros")
    columns = " ".join(header or [])
    if not names_a_flight(named) or (
        PEOPLE_NOUN_RE.search(named)
        and not names_a_flight(f"{columns} {nearest}")
        and not AIRPORT_WORDS_RE.search(columns)
    ):
        return None
    status = Status.PLANNED if PLANNED_RE.search(above) else Status.COMPLETED
    # the route of the flights counted above: the sentence that states the log's total, else the nearest count
    # of flights
    flights = [_flights(cells, language) for _, _, cells, _ in run]
    total = _stated_total(body, start, end, sum(flights), language)
    nearest_count = next(
        reversed(
            [match for _, match in flight_counts(body, max(0, start - TOTAL_LOOKBACK_CHARS), start, language)]
        ),
        None,
    )
    at = total.char_start if total else nearest_count.start() if nearest_count else None
    lead = sentence_route(_sentence_at(body, at) if at is not None else above, language)
    if at is not None and not lead.destinations:
        # "Foram quatro voos no total" says how many, the introduction says where to
        lead = Route(lead.origin, sentence_route(above, language).destinations)
    origin = context.origin or lead.origin
    # lines that name no place went where the flights above went, or where the document's context sends them
    fallback = (
        (lead.destinations[0] if len(lead.destinations) == 1 else None)
        or context.home
        or context.destination
        or context.dateline
    )
    rows = []
    for (line_start, line_end, cells, day), line_flights in zip(run, flights, strict=True):
        destinations = _row_places(cells, header, origin) or (
            [fallback] if fallback and fallback != origin else []
        )
        rows.append(
            TableRow(
                label=" | ".join(cells),
                kind=Breakdown.DAY,
                countries=[],
                flights=line_flights,
                evidence=body[line_start:line_end],
                char_start=line_start,
                char_end=line_end,
                origin_country=origin,
                destination_countries=destinations,
                day=day,
                status=status,
                period_start=day,
                period_end=day,
            )
        )
    days = [row.day for row in rows if row.day]
    span_end = max(end, total.char_end) if total else end  # a total stated after the log is read with it
    common = {tuple(row.destination_countries) for row in rows}
    destination = next(iter(common))[0] if len(common) == 1 and len(next(iter(common))) == 1 else None
    return FlightList(
        rows=rows,
        breakdown=Breakdown.DAY,
        row_role=RowRole.DESTINATION,
        origin_country=origin,
        destination_country=destination,
        stated_total=total.flights if total else None,
        totals=[total] if total else [],
        period=Period(min(days), max(days), Precision.DAY, body[start:end], start, end) if days else None,
        status=status,
        evidence=body[above_start:span_end],
        char_start=above_start,
        char_end=span_end,
        intro_text=above.strip() or None,
        total_group=0,
        shape="log",
    )
