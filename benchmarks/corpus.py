"""A deterministic synthetic corpus of flight reports, with the extraction each document must yield.

English and Spanish articles of 1-10 KB: prose with flight counts, per-country tables in the
layouts the parser accepts, documents with no flights at all, and reader-comment sections whose
numbers must never be extracted. The same seed always gives the same files and expectations.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

COUNTRIES = {
    "GT": ("Guatemala", "Guatemala"), "HN": ("Honduras", "Honduras"), "SV": ("El Salvador", "El Salvador"),
    "CO": ("Colombia", "Colombia"), "EC": ("Ecuador", "Ecuador"), "PE": ("Peru", "Perú"), "VE": ("Venezuela", "Venezuela"),
    "HT": ("Haiti", "Haití"), "DO": ("Dominican Republic", "República Dominicana"), "NI": ("Nicaragua", "Nicaragua"),
    "MX": ("Mexico", "México"), "BR": ("Brazil", "Brasil"), "CU": ("Cuba", "Cuba"), "IN": ("India", "India"),
}
NUMBER_WORDS = {
    "en": {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 12: "twelve", 23: "twenty-three"},
    "es": {2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 7: "siete", 8: "ocho", 9: "nueve", 12: "doce", 23: "veintitrés"},
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}
FILLER = {
    "en": [
        "Officials met with their counterparts to discuss border security and trade.",
        "About {people} people crossed the border during the period, according to the agency.",
        "The program cost {money} million dollars in {year}, the report said.",
        "Advocates said the policy separates families and called for more legal pathways.",
        "The ministry said it would continue to cooperate on migration matters.",
        "Some {people} migrants were waiting for appointments at ports of entry.",
        "The agreement was first signed in {year} and renewed twice since then.",
        "Lawmakers from both parties asked for more transparency about the contracts.",
    ],
    "es": [
        "Los funcionarios se reunieron con sus contrapartes para hablar de seguridad fronteriza.",
        "Unas {people} personas cruzaron la frontera durante el periodo, según la dependencia.",
        "El programa costó {money} millones de dólares en {year}, informó el reporte.",
        "Organizaciones civiles pidieron más vías legales de migración.",
        "La cancillería dijo que seguirá cooperando en materia migratoria.",
        "Alrededor de {people} migrantes esperaban citas en los puertos de entrada.",
        "El acuerdo se firmó por primera vez en {year} y se renovó dos veces.",
        "Legisladores pidieron mayor transparencia sobre los contratos.",
    ],
}
PROSE = {
    "en": [
        ("{n_word} deportation flights landed in {country} on Tuesday, officials said.", "exact", "completed"),
        ("More than {n} removal flights departed for {country} last month.", "more_than", "completed"),
        ("About {n} flights to {country} are scheduled for next week.", "approx", "planned"),
        ("At least {n} flights carrying migrants arrived in {country}.", "at_least", "completed"),
        ("{country} denied landing permission to {n_word} deportation flights.", "exact", "denied"),
    ],
    "es": [
        ("{n_word} vuelos de deportación aterrizaron en {country} el martes.", "exact", "completed"),
        ("Más de {n} vuelos partieron hacia {country} el mes pasado.", "more_than", "completed"),
        ("Alrededor de {n} vuelos a {country} están programados para la próxima semana.", "approx", "planned"),
        ("Al menos {n} vuelos con migrantes llegaron a {country}.", "at_least", "completed"),
        ("{country} negó el aterrizaje de {n_word} vuelos de deportación.", "exact", "denied"),
    ],
}
TABLE_INTRO = {
    "en": "The United States carried out {total} deportation flights from {month} 1 to {day} to these countries:",
    "es": "El Gobierno de los Estados Unidos ha realizado {total} vuelos de repatriación del 1 al {day} de {month} a los siguientes países:",
}
ROW_LAYOUTS = {
    "en": ["{name} – {n} flights", "- {name}: {n} flights", "{n} flights to {name}", "* {name} ({n})", "| {name} | {n} |"],
    "es": ["{name} – {n} vuelos", "- {name}: {n} vuelos", "{n} vuelos a {name}", "• {name} ({n} vuelos)", "| {name} | {n} |"],
}
COMMENTS = [
    "Recent Comments\nreader_one: I counted {n} flights myself last year.\nreader_two: More like {m} flights to Guatemala.",
    "\n  • reader_one\n\n    I heard {n} flights left on Monday.\n\n    • reader_two\n\n      No, it was {m}.\n\n  • someone_else\n\n    {n} is wrong.",
]


@dataclass
class Expected:
    """What a generated document must yield."""

    language: str
    table_rows: list[tuple[list[str], int]] = field(default_factory=list)
    stated_total: int | None = None
    mentions: list[tuple[int, str, str, list[str]]] = field(default_factory=list)


def _filler(rng: random.Random, language: str) -> str:
    return rng.choice(FILLER[language]).format(
        people=f"{rng.randint(2, 900)},{rng.randint(100, 999)}", money=rng.randint(2, 99), year=rng.randint(1995, 2023)
    )


def _paragraph(rng: random.Random, language: str, sentences: int) -> str:
    return " ".join(_filler(rng, language) for _ in range(sentences))


def generate_document(rng: random.Random, number: int) -> tuple[str, Expected]:
    """One document's text and its expected extraction."""
    language = rng.choice(["en", "es"])
    expected = Expected(language=language)
    month_index = rng.randrange(12)
    year = rng.randint(2019, 2025)
    day = rng.randint(22, 28)
    month = MONTHS[language][month_index]
    dateline = (f"WASHINGTON, {month} {day}, {year} — " if language == "en" else f"Ciudad de México, {day} de {month} de {year} – ")
    title = (f"Report {number} on migration and returns" if language == "en" else f"Informe {number} sobre migración y retornos")
    parts = [title, "", dateline + _paragraph(rng, language, 2)]
    kind = rng.choices(["prose", "table", "both", "none"], weights=[40, 25, 10, 25])[0]
    codes = rng.sample(sorted(COUNTRIES), k=rng.randint(2, 6))
    if kind in ("prose", "both"):
        for code in codes[: rng.randint(1, 3)]:
            template, qualifier, status = rng.choice(PROSE[language])
            n = rng.choice(sorted(NUMBER_WORDS[language]))
            name = COUNTRIES[code][0 if language == "en" else 1]
            sentence = template.format(n=n, n_word=NUMBER_WORDS[language][n], country=name)
            parts.append(sentence[0].upper() + sentence[1:] + " " + _paragraph(rng, language, 1))
            expected.mentions.append((n, qualifier, status, [code]))
    if kind in ("table", "both"):
        counts = {code: rng.randint(1, 40) for code in codes}
        total = sum(counts.values())
        layout = rng.choice(ROW_LAYOUTS[language])
        parts.append(_paragraph(rng, language, 1))
        table = [TABLE_INTRO[language].format(total=total, month=month, day=day - 1)]
        for code, n in counts.items():
            table.append(layout.format(name=COUNTRIES[code][0 if language == "en" else 1], n=n))
            expected.table_rows.append(([code], n))
        expected.stated_total = total
        parts.append("\n".join(table))
    target = rng.choice([1000, 2000, 3000, 3000, 3000, 4000, 6000, 10000])
    while sum(len(p) for p in parts) < target:
        parts.append(_paragraph(rng, language, rng.randint(2, 5)))
    if rng.random() < 0.3:
        parts.append(rng.choice(COMMENTS).format(n=rng.randint(2, 99), m=rng.randint(2, 99)))
    return "\n\n".join(parts) + "\n", expected


def write_corpus(folder: Path, count: int, seed: int = 20240123) -> dict[str, Expected]:
    """Write ``count`` documents under ``folder`` (100 per subfolder) and ``expected.json`` beside them."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    expectations: dict[str, Expected] = {}
    for number in range(count):
        text, expected = generate_document(rng, number)
        relative = f"{number // 100:04d}/doc_{number:06d}.txt"
        path = folder / relative
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        expectations[relative] = expected
    (folder.parent / f"{folder.name}.expected.json").write_text(json.dumps({k: v.__dict__ for k, v in expectations.items()}))
    return expectations
