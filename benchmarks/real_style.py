"""A corpus of longer, messier documents recombined from the project's real-style documents.

The dev corpus (``tests/corpora/dev/docs``) and the seeds are written in the shapes real coverage
takes: mastheads, bylines, weekly lists, per-day schedules, airport breakdowns, HTML pages with
reader comments. This builds any number of documents from them for speed measurements: each new
document keeps one source's head (masthead, title, date) and format, then takes paragraphs and
list blocks from several sources of the same language, with numbers varied around their size and
countries swapped for others. Nothing is expected of the result: it measures speed, not accuracy.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from flows.resources import TEXT_EXTENSIONS
from transforms.decode import decode_bytes
from transforms.document import detect_language
from transforms.html import HTML_SUFFIXES

PROJECT = Path(__file__).resolve().parents[1]
SOURCE_FOLDERS = (PROJECT / "tests" / "corpora" / "dev" / "docs", PROJECT / "seeds")
HEAD_BLOCKS = 2  # masthead and title, or title and dateline: the blocks that make a document look like its source
MIN_BLOCKS, MAX_BLOCKS = 6, 24
# Numbers of one or more digits that are not years: varied around their size.
NUMBER = re.compile(r"(?<![\d.,/-])(?!(?:19|20)\d\d\b)\d{1,5}(?![\d/-])")
# Countries the sources name, by language: a document swaps them among themselves.
COUNTRY_NAMES = {
    "en": ("Guatemala", "Honduras", "El Salvador", "Colombia", "Ecuador", "Peru", "Venezuela", "Haiti", "Mexico", "Brazil",
           "Nicaragua", "Cuba", "the Dominican Republic", "India"),
    "es": ("Guatemala", "Honduras", "El Salvador", "Colombia", "Ecuador", "Perú", "Venezuela", "Haití", "México", "Brasil",
           "Nicaragua", "Cuba", "República Dominicana", "India"),
}


@dataclass(frozen=True)
class Source:
    """One source document split into blank-line separated blocks."""

    suffix: str
    language: str
    blocks: tuple[str, ...]


def load_sources(folders: tuple[Path, ...] = SOURCE_FOLDERS) -> list[Source]:
    """Every supported document under ``folders``, decoded and split into blocks."""
    sources = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or path.suffix.lower() not in (*TEXT_EXTENSIONS, *HTML_SUFFIXES):
                continue
            text = decode_bytes(path.read_bytes()).text
            if text is None:
                continue
            blocks = tuple(block for block in re.split(r"\n\s*\n", text) if block.strip())
            language = detect_language(text) or "en"
            sources.append(Source(path.suffix.lower(), language if language in COUNTRY_NAMES else "en", blocks))
    if not sources:
        raise FileNotFoundError(f"no documents under {', '.join(map(str, folders))}")
    return sources


def _vary_number(match: re.Match[str], rng: random.Random) -> str:
    value = int(match.group())
    if value == 0:
        return "0"
    return str(max(1, round(value * rng.uniform(0.5, 1.8))))


def _vary(block: str, language: str, rng: random.Random) -> str:
    """The block with its numbers moved around their size and its countries swapped for others."""
    names = COUNTRY_NAMES[language]
    swap = dict(zip(names, rng.sample(names, len(names)), strict=True))
    block = re.sub("|".join(re.escape(name) for name in sorted(names, key=len, reverse=True)), lambda m: swap[m.group()], block)
    return NUMBER.sub(lambda m: _vary_number(m, rng), block)


def generate_document(sources: list[Source], rng: random.Random) -> tuple[str, str]:
    """One document (its text and file suffix): a source's head, then blocks of sources in its language."""
    head = rng.choice(sources)
    same_language = [s for s in sources if s.language == head.language and len(s.blocks) > HEAD_BLOCKS]
    blocks = list(head.blocks[:HEAD_BLOCKS])
    for _ in range(rng.randint(MIN_BLOCKS, MAX_BLOCKS)):
        donor = rng.choice(same_language or [head])
        blocks.append(rng.choice(donor.blocks[HEAD_BLOCKS:] or donor.blocks))
    if head.suffix in HTML_SUFFIXES:  # an HTML head opens the page: the other blocks go inside its body
        blocks = [head.blocks[0], *(b for b in blocks[1:] if "<" not in b or b.lstrip().startswith("<p"))]
        text = "\n\n".join(blocks)
        if "</body>" not in text:
            text += "\n</body></html>"
    else:
        text = "\n\n".join(blocks)
    return _vary(text, head.language, rng) + "\n", head.suffix


def write_real_style_corpus(folder: Path, count: int, seed: int = 20240123, sources: list[Source] | None = None) -> None:
    """Write ``count`` recombined documents under ``folder``, 100 per subfolder."""
    rng = random.Random(seed)
    sources = sources or load_sources()
    for number in range(count):
        text, suffix = generate_document(sources, rng)
        path = folder / f"{number // 100:04d}" / f"doc_{number:06d}{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
