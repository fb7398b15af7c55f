"""`flightwatch explain`: every list and count the extractor weighed, with the step that kept or dropped it, never silent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.cli import main
from tests.conftest import CORPORA_DIR
from transforms.explain import explain_document, render

DOCUMENT = """Border flights weekly

March 3, 2025

Volunteers counted 16 removal flights last week.

Destinations last week:
- Guatemala (7), two of them from Harlingen
- Honduras (5)
- El Salvador (4)

The agency also published how many people it removed.

Counts of people removed by nationality:
- Guatemala: 310 people
- Honduras: 240 people

In February the monitor counted 40 flights to Guatemala.

The agency runs two flights a week to Quito. It owns 12 planes.

Comments (2)
Reader one says: great work
"""


def _by_kind(findings: list, kind: str) -> list:
    return [finding for finding in findings if finding.kind == kind]


def test_every_list_region_says_whether_it_was_kept_and_by_which_step() -> None:
    findings = explain_document(DOCUMENT.encode(), "weekly.txt")
    kept, people = _by_kind(findings, "list")
    assert (kept.decision, kept.step, kept.reason) == ("kept", "flight_list", None)
    assert people.decision == "dropped" and people.step == "flight_list" and "people" in people.reason
    claims = [f.text for f in _by_kind(findings, "claim") if f.step.startswith("row/")]
    assert claims and "3 rows" in claims[0] and "confidence" in claims[0]


@pytest.mark.parametrize(("sentence", "restated"), [
    ("A plane landed in Brasília on Friday. It was the fifth deportation flight this year.", "fifth deportation flight"),
    ("Um avião pousou em Brasília na sexta. Foi o quinto voo de deportação do ano.", "quinto voo"),
    ("Cuarenta vuelos llegaron en marzo. Los mismos 40 vuelos aparecen en el informe.", "40 vuelos"),
])
def test_a_count_that_names_a_flight_told_before_is_dropped_with_that_reason(sentence: str, restated: str) -> None:
    findings = explain_document(f"Flights\n\nMarch 3, 2025\n\n{sentence}\n".encode(), "restated.txt")
    counts = {f.text: f for f in _by_kind(findings, "count")}
    assert counts[restated].decision == "dropped" and "told before" in counts[restated].reason


def test_every_rejected_count_names_its_trap_and_comments_are_shown_cut() -> None:
    findings = explain_document(DOCUMENT.encode(), "weekly.txt")
    counts = {f.text: f for f in _by_kind(findings, "count")}
    assert counts["two flights"].reason == "trap 'rate'"
    assert counts["12 planes"].reason == "trap 'fleet'"
    assert counts["40 flights"].decision == "candidate" and counts["40 flights"].reason is None
    assert "16 removal flights" in next(f.text for f in findings if f.decision == "in_list")
    assert any("Reader one says" in f.text for f in _by_kind(findings, "boilerplate"))
    assert "<- trap 'rate'" in render(findings, "weekly.txt")


def test_the_list_of_a_weekly_monitor_beside_leg_types_says_which_step_decided() -> None:
    """Dev doc 29: its country list names no flight; the step that keeps it says so (its lines add up to the 19 flights above)."""
    doc = next((CORPORA_DIR / "dev" / "docs").glob("29_*"))
    findings = explain_document(doc.read_bytes(), doc.name)
    [country_list] = [f for f in _by_kind(findings, "list") if "Guatemala (6)" in f.text]
    assert (country_list.decision, country_list.step, country_list.reason) == ("kept", "flight_list", None)
    lines = [f for f in _by_kind(findings, "list_line") if f.char_start is not None and country_list.char_start <= f.char_start < country_list.char_end]
    assert len(lines) == 8 and all(f.step == "row kind country" for f in lines)


def test_the_command_prints_text_or_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "weekly.txt"
    path.write_text(DOCUMENT)
    assert main(["explain", str(path)]) == 0
    assert "flight_list" in capsys.readouterr().out
    assert main(["explain", str(path), "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert {"kind", "decision", "step", "text", "reason", "char_start", "char_end"} <= set(records[0])


def test_a_file_that_cannot_be_read_or_decoded_is_said_plainly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(tmp_path / "missing.txt")]) == 1
    assert "cannot read" in capsys.readouterr().err
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    assert main(["explain", str(binary)]) == 0
    assert "decode" in capsys.readouterr().out


def test_a_pages_cut_text_is_shown_as_a_reader_sees_it_not_as_markup() -> None:
    page = ("<html><head><title>Two flights land - Valley Herald</title><style>p {color: red}</style></head><body>"
            "<nav><ul><li>Home</li><li>Sports</li></ul></nav><article><h1>Two flights land</h1>"
            "<p>Two removal flights landed in Guatemala City on Tuesday, officials said, with 270 people aboard.</p>"
            "<p>Officials expect four more flights before the end of the week, the migration institute said.</p>"
            "</article><section class=\"comments\"><h3>Comments</h3><p>I saw 6 planes land today.</p></section></body></html>")
    cut = [f.text for f in explain_document(page.encode(), "page.html") if f.kind == "boilerplate"]
    assert "Sports" in cut and "I saw 6 planes land today." in cut
    assert not [line for line in cut if "<" in line or "color" in line]


def test_a_table_by_month_says_which_months_cell_each_row_is() -> None:
    table = ("Removal flights by destination\n\nMarch 3, 2025\n\nRemoval flights by country and month:\n\n"
             "| Country | January | February |\n|---|---|---|\n| Guatemala | 22 | 25 |\n| Honduras | 19 | 21 |\n")
    steps = [f.step for f in _by_kind(explain_document(table.encode(), "months.md"), "list_line")]
    assert steps == ["row kind country, January 22", "row kind country, January 19",
                     "row kind country, February 25", "row kind country, February 21"]
