"""File-system I/O for the flows: finding source files, reading their bytes, and the run's lock.

Which files are read is decided by extension; how each format becomes text is decided in
``transforms`` (HTML through trafilatura), so a new format plugs in with one suffix and one reader.
"""

from __future__ import annotations

import csv
import fcntl
import hashlib
import io
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from operator import attrgetter
from pathlib import Path

import polars as pl

from transforms.domain import QuarantineReason
from transforms.html import HTML_SUFFIXES

TEXT_EXTENSIONS = (".txt", ".md")
SUPPORTED_EXTENSIONS = (*TEXT_EXTENSIONS, *HTML_SUFFIXES)
DISCOVERED = {
    "source_uri": pl.String, "path": pl.String, "n_bytes": pl.Int64, "modified_ns": pl.Int64, "refused": pl.String, "detail": pl.String,
}


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _utf8(name: str) -> bool:
    """Whether a name read from the file system is valid UTF-8 (Python keeps other bytes as lone surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _suffix(name: str) -> str:
    """``os.path.splitext``'s lower-cased suffix for a name that does not start with a dot."""
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def _refused(source_uri: str, path: str, reason: QuarantineReason, detail: str) -> tuple:
    """A refused path's row, in ``DISCOVERED``'s column order: no size or time, the reason and what was wrong."""
    return (source_uri, path, None, None, reason, detail)


def _walk(root: Path, directory: str, relative: str, found: list[tuple]) -> None:
    """Depth-first, sorted scan with ``os.scandir``: one stat per file, a realpath only for links.

    ``relative`` is ``directory``'s path under the root with a trailing ``/`` (empty for the root):
    each file's source URI is that plus its name. A folder that cannot be listed is refused as one
    path (its name ends with ``/``), and the walk goes on.
    """
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=attrgetter("name"))
    except OSError as error:
        found.append(_refused(relative or "./", directory, QuarantineReason.UNREADABLE, f"folder cannot be listed: {error.strerror or error}"))
        return
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        if not _utf8(name):
            shown = os.fsencode(name).decode("utf-8", "backslashreplace")
            found.append(_refused(relative + shown, relative + shown, QuarantineReason.UNREADABLE,
                                  "the name is not valid UTF-8: rename the file (its bytes are shown escaped)"))
            continue
        if entry.is_dir(follow_symlinks=False):
            _walk(root, entry.path, f"{relative}{name}/", found)
            continue
        if _suffix(name) not in SUPPORTED_EXTENSIONS:
            continue
        source_uri = relative + name
        try:
            outside = entry.is_symlink() and not _inside(Path(entry.path).resolve(), root)
        except (RuntimeError, OSError) as error:  # a loop of links
            found.append(_refused(source_uri, entry.path, QuarantineReason.UNREADABLE, f"symbolic link cannot be followed: {error}"))
            continue
        if outside:
            found.append(_refused(source_uri, entry.path, QuarantineReason.OUTSIDE_SOURCE, "symbolic link points outside the source folder"))
        elif not entry.is_file():
            found.append(_refused(source_uri, entry.path, QuarantineReason.UNREADABLE, "not a regular file (broken link or special file)"))
        else:
            try:
                status = entry.stat()
            except OSError as error:
                found.append(_refused(source_uri, entry.path, QuarantineReason.UNREADABLE, f"cannot be examined: {error.strerror or error}"))
            else:
                found.append((source_uri, entry.path, status.st_size, status.st_mtime_ns, None, None))  # DISCOVERED's order


SIDECAR_SUFFIX = ".meta.json"
MANIFESTS = ("manifest.csv", "manifest.jsonl")
MAX_SIDECAR_BYTES = 1_000_000


def _sidecar_path(document: Path) -> Path:
    """``wire.txt`` -> ``wire.meta.json``: the document's name without its extension, plus ``.meta.json``."""
    return document.with_name(document.stem + SIDECAR_SUFFIX)


def _read_small(path: Path) -> str:
    with path.open("rb") as handle:
        data = handle.read(MAX_SIDECAR_BYTES + 1)
    if len(data) > MAX_SIDECAR_BYTES:
        raise ValueError(f"over {MAX_SIDECAR_BYTES} bytes")
    return data.decode("utf-8-sig")


@lru_cache(maxsize=256)
def _manifest_rows(folder: str, modified_ns: tuple[int, ...]) -> tuple[dict[str, dict], tuple[str, ...]]:
    """The rows of a folder's manifest.csv and manifest.jsonl by the file they name, and notes on what could not be read.

    Cached by the manifests' modification times, so a folder's manifest is read once a run.
    """
    rows: dict[str, dict] = {}
    notes: list[str] = []
    for name in MANIFESTS:
        path = Path(folder) / name
        if not path.is_file():
            continue
        try:
            text = _read_small(path)
            records = (list(csv.DictReader(io.StringIO(text))) if name.endswith(".csv")
                       else [json.loads(line) for line in text.splitlines() if line.strip()])
        except (OSError, ValueError, csv.Error) as error:
            notes.append(f"supplied_metadata_unreadable: {name}: {error}")
            continue
        for record in records:
            if isinstance(record, dict) and record.get("file"):
                rows[str(record["file"]).strip()] = {key: value for key, value in record.items() if key != "file" and value not in (None, "")}
    return rows, tuple(notes)


def supplied_metadata(document: Path) -> str | None:
    """The metadata supplied with a document, as one JSON object (``transforms.supplied`` reads it), or None.

    A folder's manifest row for the file comes first and its ``.meta.json`` sidecar on top; a file that
    cannot be read becomes a note in the object (``_notes``), and the document is read all the same.
    """
    folder = document.parent
    stamps = tuple((folder / name).stat().st_mtime_ns if (folder / name).is_file() else 0 for name in MANIFESTS)
    rows, notes = _manifest_rows(str(folder), stamps) if any(stamps) else ({}, ())
    supplied: dict = dict(rows.get(document.name, {}))
    sidecar = _sidecar_path(document)
    all_notes = list(notes)
    if sidecar.is_file():
        try:
            value = json.loads(_read_small(sidecar))
            if not isinstance(value, dict):
                raise ValueError("not a JSON object")
            supplied.update(value)
        except (OSError, ValueError) as error:
            all_notes.append(f"supplied_metadata_unreadable: {sidecar.name}: {error}")
    if all_notes:
        supplied["_notes"] = all_notes
    return json.dumps(supplied, ensure_ascii=False, default=str) if supplied else None


def discover_files(source: Path) -> pl.DataFrame:
    """Every supported file under ``source`` (recursive, sorted); links leading outside it are refused."""
    root = source.resolve()
    found: list[tuple] = []
    _walk(root, str(root), "", found)
    return pl.DataFrame(found, schema=DISCOVERED, orient="row")


def _still_unopenable(path: str) -> bool:
    try:
        os.close(os.open(path, os.O_RDONLY))
    except OSError:
        return True
    return False


def unchanged_files(files: pl.DataFrame, manifest: pl.DataFrame, refusals: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Split discovered files into unchanged ones, refusals known from an earlier run, and the rest to read.

    A file is unchanged when its size and modification time match the manifest. A refusal is known
    when the same path is refused again for the same reason and detail, or when a file that could
    not be read has the same size and time and still cannot be opened.
    """
    keys = ["source_uri", "n_bytes", "modified_ns"]
    unchanged = files.filter(pl.col("refused").is_null()).join(manifest.select(keys), on=keys, how="semi")
    refused_again = files.join(
        refusals.select("source_uri", pl.col("reason").alias("refused"), "detail"), on=["source_uri", "refused", "detail"], how="semi"
    )
    unreadable_again = files.filter(pl.col("refused").is_null()).join(
        refusals.filter(pl.col("reason") == QuarantineReason.UNREADABLE.value).select(keys), on=keys, how="semi"
    ).filter(pl.col("path").map_elements(_still_unopenable, return_dtype=pl.Boolean))
    known_refused = pl.concat([refused_again, unreadable_again])
    settled = pl.concat([unchanged.select("source_uri"), known_refused.select("source_uri")])
    return unchanged, known_refused, files.join(settled, on="source_uri", how="anti")


def fingerprint(path: Path, max_bytes: int) -> tuple[str, bytes | None]:
    """sha256 of the file and its bytes; a file over ``max_bytes`` is hashed streaming, not kept."""
    with path.open("rb") as handle:
        if path.stat().st_size > max_bytes:
            return hashlib.file_digest(handle, "sha256").hexdigest(), None
        raw = handle.read()
    return hashlib.sha256(raw).hexdigest(), raw


class RunLockedError(RuntimeError):
    """Another run holds the warehouse's lock."""


@contextmanager
def run_lock(warehouse: Path) -> Iterator[Path]:
    """Hold an exclusive lock beside the warehouse for the whole run, or refuse at once.

    The lock is an ``flock`` on ``<warehouse>.lock``: the kernel releases it when its process
    dies, so a run killed with ``kill -9`` never leaves a stale lock behind. The file keeps the
    holder's pid for the refusal message.
    """
    path = warehouse.with_name(warehouse.name + ".lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = path.open("a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise RunLockedError(f"another flightwatch run (pid {holder}) is writing {warehouse}; try again when it ends") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        yield path
    finally:
        handle.close()
