"""What a `framing score` run scored with, kept beside its output so `--resume` can refuse to go on
with something else.

Why: a run begun with `--lexicon mine.tsv` and resumed without it (or after `mine.tsv` was edited,
or after an upgrade changed framing's own lexicons) wrote one output whose first articles were
scored with one lexicon and the rest with another, and nothing in the rows said so.  The sentence
model's name is in every row (`resume.ResumeState.check_model`), but a lexicon is too big to repeat
per row, so the run writes a small JSON file once, when it starts:

- beside a JSONL or CSV output: `scores.jsonl.run.json`;
- inside a Parquet folder: `scores.parquet/_run.json` (a leading `_`, so pyarrow and Spark, which
  skip such files, never take it for a part).

It holds the framing version (the rules are code: an upgrade may score the same text otherwise) and
each lexicon as a SHA-256 of its content (a folder: of every file in it the loader reads),
so a lexicon file moved or renamed with the same rows still resumes, and one edited since does not.
An output without the file (written before framing kept it, or copied without it) resumes unchecked.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

NAME = "run.json"  # beside a file: `<file name>.run.json`; inside a Parquet folder: `_run.json`
PACKAGED = "framing's own lexicons"


class SettingsMismatch(ValueError):
    """The run would score with other lexicons or another model than the output was scored with."""


@dataclass(frozen=True)
class RunSettings:
    """The lexicons (as `(name, sha256)`, framing's own first) and the sentence model of a run."""

    lexicons: tuple[tuple[str, str], ...]
    model: str | None = None  # the model's name; None: --no-model
    model_sha256: str | None = None  # of the model's name and training record: a retrained model differs
    framing: str | None = None  # the framing version that scored (None in a record from before it was kept)
    # CSV: the --spans file the run began with, "" for none; None where unknown (JSONL, Parquet, an
    # older record).  A resumed run without it left the findings of every later article unwritten.
    spans: str | None = None

    @classmethod
    def of(cls, lexicons: tuple[str, ...], model: Any | None) -> "RunSettings":
        from framing import __version__
        from framing.lexicon import packaged_dir

        named = [(PACKAGED, content_sha256(packaged_dir()))]
        named += [(str(p), content_sha256(Path(p))) for p in lexicons]
        if model is None:
            return cls(tuple(named), framing=__version__)
        record = json.dumps({"name": model.name, "info": getattr(model, "info", {})}, sort_keys=True, default=str)
        return cls(tuple(named), model.name, hashlib.sha256(record.encode("utf-8")).hexdigest(), __version__)

    def to_json(self) -> str:
        return json.dumps({"lexicons": [{"name": n, "sha256": d} for n, d in self.lexicons],
                           "model": self.model, "model_sha256": self.model_sha256, "framing": self.framing,
                           **({} if self.spans is None else {"spans": self.spans})}, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> "RunSettings":
        d = json.loads(text)
        return cls(tuple((e["name"], e["sha256"]) for e in d["lexicons"]), d.get("model"), d.get("model_sha256"), d.get("framing"),
                   d.get("spans"))


def content_sha256(path: Path) -> str:
    """SHA-256 of a lexicon file, or of a folder's `*.tsv` files and `metadata.json` (names relative
    to the folder, in sorted order).  A path that does not exist hashes as its name (loading it
    fails first, with the lexicon loader's message)."""
    digest = hashlib.sha256()
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and (p.suffix == ".tsv" or p.name == "metadata.json"))
        for f in files:
            digest.update(f.relative_to(path).as_posix().encode("utf-8") + b"\0")
            digest.update(f.read_bytes() + b"\0")
    elif path.is_file():
        digest.update(path.read_bytes())
    else:
        digest.update(str(path).encode("utf-8"))
    return digest.hexdigest()


def settings_path(out: Path, format: str) -> Path:
    """Where a run into `out` keeps its settings."""
    return out / f"_{NAME}" if format == "parquet" else out.with_name(out.name + "." + NAME)


def read(out: Path, format: str) -> RunSettings | None:
    """The settings kept for `out`; None when there are none (or they cannot be read)."""
    path = settings_path(out, format)
    try:
        return RunSettings.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write(out: Path, format: str, settings: RunSettings) -> None:
    """Keep `settings` for `out`, replacing the file whole (a run killed while writing it leaves the
    old one or the new one, never half)."""
    path = settings_path(out, format)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_text(settings.to_json(), encoding="utf-8")
    os.replace(temp, path)


def check(out: Path, format: str, recorded: RunSettings, current: RunSettings) -> None:
    """Raise SettingsMismatch, naming `out` and what differs, unless `current` scores as `recorded` did."""
    where = settings_path(out, format)
    if recorded.framing and current.framing and recorded.framing != current.framing:
        # The rules are code: an upgrade can score the same text otherwise with every lexicon unchanged.
        raise SettingsMismatch(
            f"{out} was scored with framing {recorded.framing}, as {where} records; this is framing {current.framing}, "
            "and one output would hold articles scored by two versions: resume with the framing version that began it, "
            "or score into a new --out")
    if [d for _, d in recorded.lexicons] != [d for _, d in current.lexicons]:
        raise SettingsMismatch(
            f"{out} was scored with {_lexicon_words(recorded, current)}, as {where} records; one output would hold "
            "articles scored two ways: resume with the --lexicon files of the run that began it, unchanged, or score into a new --out")
    if recorded.model_sha256 != current.model_sha256:
        then = "no model (--no-model)" if recorded.model is None else f"model {recorded.model}"
        now = "no model (--no-model)" if current.model is None else f"model {current.model}"
        if then == now:
            now += " as it is now (retrained since)"
        raise SettingsMismatch(
            f"{out} was scored with {then}, as {where} records; this run would score with {now}, and one output would "
            "hold articles scored two ways: resume with the --model/--no-model of the run that began it, or score into a new --out")


def _lexicon_words(recorded: RunSettings, current: RunSettings) -> str:
    """What differs, in words: "--lexicon mine.tsv; this run uses no --lexicon", "--lexicon
    mine.tsv as it was then (it has been edited since)", "framing's own lexicons as they were then"."""
    then_own, *then = recorded.lexicons
    now_own, *now = current.lexicons
    if [d for _, d in then] == [d for _, d in now]:
        return f"{PACKAGED} as they were then (another framing version or an edit has changed them since)"
    names_then = [n for n, _ in then]
    if names_then == [n for n, _ in now]:
        edited = [n for (n, a), (_, b) in zip(then, now) if a != b]
        return f"--lexicon {', '.join(edited)} as {'it was' if len(edited) == 1 else 'they were'} then (edited since)"
    used = f"--lexicon {' --lexicon '.join(names_then)}" if then else "no --lexicon"
    uses = f"--lexicon {' --lexicon '.join(n for n, _ in now)}" if now else "no --lexicon"
    return f"{used}; this run uses {uses}"


def check_spans(out: Path, recorded: RunSettings | None, spans: Path | None, done: int) -> None:
    """Raise SettingsMismatch unless a resumed CSV run writes its findings where the run that began
    it did: resumed without the --spans it began with, the findings of every article still to score
    were never written; resumed with a --spans file that does not exist (the run began without one,
    or it was lost), the file held only the findings of the articles still to score, and nothing
    said which.  `done`: the articles `out` already holds."""
    began = recorded.spans if recorded is not None else None
    if began and spans is None:
        raise SettingsMismatch(
            f"{out} was begun with --spans {began}, as {settings_path(out, 'csv')} records; resume with --spans {began} too, "
            "or the findings of the articles still to score are written nowhere")
    if spans is not None and done and not spans.exists():
        do = ("resume without --spans, as it began" if began == "" else f"resume with --spans {began}, the file it began with"
              if began else "resume with the --spans file of the run that began it (or without, if it had none)")
        raise SettingsMismatch(
            f"{spans} does not exist, but {out} already holds {done:,} article{'s' * (done != 1)}: {spans} would hold the "
            f"findings of the rest only; {do}, or for every article's findings score into a new --out with --spans")
