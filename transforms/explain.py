"""Why the extractor read one document as it did: every candidate it weighed, what it decided, and the step
that decided.

``flightwatch explain FILE`` prints this. It runs the same steps as extraction (``transforms.extract``)
and adds what extraction throws away: lists dropped with the step and reason, numbers and flight nouns
that gave no count and why, the text cut as boilerplate, and where the metadata came from.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass

from transforms.confidence import confidence
from transforms.context import flight_routes, read_context
from transforms.decode import decode_bytes
from transforms.extract import HTML, PROSE_LANGUAGES, article_text, document_rows, input_format
from transforms.html import visible_text
from transforms.mentions import FLIGHT_NOUN, count_verdicts, first_line, is_headline, weighed_sentences
from transforms.tables import RegionVerdict, screen_regions

# characters of a text shown in one line of the plain report
SHOWN_CHARS = 160


@dataclass(frozen=True)
class Finding:
    """One thing the extractor weighed: what kind, where in the article text, the text, the decision and what
    decided it."""

    kind: str  # boilerplate, metadata, context, list, list_line, count, claim
    decision: str  # kept, dropped, cut, read
    step: str
    text: str
    reason: str | None = None
    char_start: int | None = None
    char_end: int | None = None


def _cut_lines(text: str, body: str) -> list[str]:
    """Lines of the decoded text that are not in the article text: comments, credits, share links."""
    kept = set(body.split("\n"))
    return [
        line.strip()
        for line in text.split("\n")
        if line.strip() and line.rstrip() not in kept and line.strip() not in kept
    ]


def _list_findings(body: str, verdict: RegionVerdict) -> list[Finding]:
    region = verdict.region
    lines = [line for group in region.groups for line in group.lines]
    start = min((line.char_start for line in lines), default=region.end)
    first = lines[0].evidence if lines else ""
    decision = "kept" if verdict.reason is None else "dropped"
    findings = [
        Finding(
            "list",
            decision,
            verdict.step,
            f"{len(lines)} line(s) from {first!r}",
            verdict.reason,
            start,
            region.end,
        )
    ]
    kinds = {
        id(line): kind
        for group, group_kinds in verdict.typed
        for line, kind in zip(group.lines, group_kinds, strict=True)
    }
    # a table by month reads each row once a month: say which month's cell a finding is about
    columns = {
        id(line): group.header for group in region.groups if group.month_column for line in group.lines
    }
    for line in lines:
        kind = kinds.get(id(line))
        if line.excluded:
            reason = "a total, another leg (shuffle, connection, return) or prose, not a row"
        elif verdict.typed and kind is None:
            reason = "its label is no country, day, month, airport, departure city or airline"
        else:
            reason = None
        label = f"row kind {kind[0]}" if kind else "line"
        if id(line) in columns:
            label = f"{label}, {columns[id(line)]} {line.count}"
        findings.append(
            Finding(
                "list_line",
                "dropped" if reason else decision,
                label,
                line.evidence,
                reason,
                line.char_start,
                line.char_end,
            )
        )
    return findings


def explain_document(raw: bytes, source_uri: str) -> list[Finding]:
    """Every finding for one document, in reading order: boilerplate, metadata, context, lists, then prose
    sentences."""
    decoded = decode_bytes(raw)
    if decoded.text is None:
        return [Finding("document", "dropped", "decode", source_uri, f"{decoded.reason}: {decoded.detail}")]
    body, meta = article_text(input_format(source_uri), decoded.text)
    seen = visible_text(decoded.text) if input_format(source_uri) == HTML else decoded.text
    findings = [
        Finding("boilerplate", "cut", "clean_body", line[:SHOWN_CHARS]) for line in _cut_lines(seen, body)
    ]
    findings += [Finding("metadata", "read", name, str(value)) for name, value in asdict(meta).items()]
    context = read_context(body, meta.title, flight_routes(body, meta.language))
    findings += [
        Finding("context", "read", name, str(value))
        for name, value in asdict(context).items()
        if value and name != "title"
    ]
    for region in screen_regions(body, meta.language, meta.published_date):
        findings += _list_findings(body, region)
    tables, rows, _totals, mentions = document_rows(hashlib.sha256(raw).hexdigest(), body, meta)
    for table in tables:
        path = next(row["path"] for row in rows if row["table_id"] == table["table_id"])
        findings.append(
            Finding(
                "claim",
                "kept",
                path,
                f"{table['n_rows']} rows, stated total {table['stated_total']}, status {table['status']}, "
                f"period {table['period_start']}..{table['period_end']}, confidence {confidence(path)}",
                None,
                table["char_start"],
                table["char_end"],
            )
        )
    if meta.language not in PROSE_LANGUAGES:
        return [
            *findings,
            Finding(
                "count",
                "dropped",
                "language",
                f"language {meta.language}",
                "prose is read in English, Spanish, Portuguese",
            ),
        ]
    in_lists = [(t["char_start"], t["char_end"]) for t in tables]
    previous_flights = False
    _, headline_end = first_line(body)
    for start, end in weighed_sentences(body):
        sentence = body[start:end]
        if any(s <= start < e for s, e in in_lists):
            findings.append(
                Finding(
                    "count",
                    "in_list",
                    "list_span",
                    sentence,
                    "read with its list (introduction, heading or total)",
                    start,
                    end,
                )
            )
            continue
        headline = is_headline(body, start, end, headline_end)
        for count in count_verdicts(sentence, meta.language, previous_flights, headline):
            findings.append(
                Finding(
                    "count",
                    "dropped" if count.reason else "candidate",
                    count.step,
                    sentence[count.start : count.end],
                    count.reason,
                    start + count.start,
                    start + count.end,
                )
            )
        for mention in (m for m in mentions if m["char_start"] == start):
            findings.append(
                Finding(
                    "claim",
                    "kept",
                    mention["path"],
                    f"{mention['qualifier']} {mention['flights']} {mention['status']} "
                    f"{mention['origin_country']}→{'+'.join(mention['destination_countries']) or '?'} "
                    f"{mention['period_start']}..{mention['period_end']}, "
                    f"confidence {confidence(mention['path'])}",
                    None,
                    start,
                    end,
                )
            )
        previous_flights = bool(FLIGHT_NOUN.search(sentence))
    return findings


def render(findings: list[Finding], body_name: str) -> str:
    """The plain-text report: one line a finding, dropped ones with their reason."""
    lines = [f"flightwatch explain {body_name}"]
    for finding in findings:
        where = f"@{finding.char_start}" if finding.char_start is not None else ""
        text = " ".join(finding.text.split())[:SHOWN_CHARS]
        reason = f"  <- {finding.reason}" if finding.reason else ""
        lines.append(
            f"  {finding.kind:<11} {finding.decision:<9} {finding.step:<24} {where:<7} {text}{reason}"
        )
    return "\n".join(lines)
