"""Read articles from files and folders (first version: .txt/.md with manifest.csv)."""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path

from framing.models import Article, IngestError

TEXT_SUFFIXES = {".txt", ".md"}


def read_articles(paths: Sequence[str | Path], outlet: str | None = None) -> Iterator[Article | IngestError]:
    """Articles from every readable file under `paths`, in a stable order; unreadable ones as errors."""
    for path in _expand(paths):
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            yield IngestError(str(path), f"cannot read: {e}")
            continue
        if not text.strip():
            yield IngestError(str(path), "empty file: nothing to analyse")
            continue
        meta = _manifest(path.parent).get(path.name, {})
        first_line = text.strip().splitlines()[0].strip()
        yield Article(
            id=path.stem,
            text=text,
            outlet=outlet or meta.get("outlet") or None,
            title=meta.get("headline") or first_line,
            date=meta.get("date") or None,
            source_path=str(path),
        )


def _expand(paths: Sequence[str | Path]) -> Iterator[Path]:
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(x for x in p.rglob("*") if x.is_file() and x.suffix.lower() in TEXT_SUFFIXES)
        else:
            yield p


def _manifest(folder: Path) -> dict[str, dict[str, str]]:
    path = folder / "manifest.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8-sig", newline="") as f:
        return {row["path"]: row for row in csv.DictReader(f)}
