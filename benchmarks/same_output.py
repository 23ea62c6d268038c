"""Fingerprint of what `framing score` writes, so a speed change can show it changed nothing.

A speed-up must leave every span, voice, speaker and score exactly as it was.  This script builds a
fixed check corpus once (generated articles, the seeds, and real news texts from PolNeAR, BASIL and
PTC where ../shared/data is present), runs `framing score --no-model --jobs 1` on it, and prints a
SHA-256 of the JSONL, the CSV and the per-span CSV.  Run it before and after a change: equal digests mean
byte-identical output.  `--keep DIR` keeps the outputs for a `diff` when they differ.

    python benchmarks/same_output.py                  # digests of the current code
    python benchmarks/same_output.py --keep /tmp/after   # and keep the outputs
    python benchmarks/same_output.py --classifier        # with the shipped sentence classifier on

`--classifier` scores with the shipped model instead of `--no-model`, so the JSONL carries every
sentence's probability (rounded as written): a classifier speed change must leave it byte-identical.

The corpus is written once to `--corpus` (default /tmp/framing-same-output/corpus.jsonl) and
reused, so it does not move when the lexicons change (the generator draws terms from them).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(HERE))

import converters  # noqa: E402
from corpus import write_jsonl  # noqa: E402


def build_corpus(path: Path, generated: int, real: int) -> None:
    """Generated articles, then up to `real` texts from each annotated news dataset."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".generated.jsonl")
    write_jsonl(generated, tmp)
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as out:
        out.write(tmp.read_text(encoding="utf-8"))
        if DATA.is_dir():
            docs = (
                converters.polnear(DATA, split="train", limit=real)
                + converters.basil(DATA, limit=real)
                + converters.ptc(DATA, limit=real)
            )
            for i, doc in enumerate(docs):
                out.write(json.dumps({"id": f"real-{i}", "outlet": "real", "text": doc["text"]}) + "\n")
    tmp.unlink()
    partial.replace(path)  # only a complete corpus is ever reused


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(tempfile.gettempdir()) / "framing-same-output" / "corpus.jsonl")
    parser.add_argument("--generated", type=int, default=300, help="generated articles (when the corpus is built)")
    parser.add_argument("--real", type=int, default=150, help="texts from each dataset (when the corpus is built)")
    parser.add_argument("--keep", type=Path, help="folder to keep the outputs in")
    parser.add_argument("--classifier", action="store_true", help="score with the shipped sentence classifier (default: --no-model)")
    args = parser.parse_args()
    if not args.corpus.exists():
        build_corpus(args.corpus, args.generated, args.real)
    with tempfile.TemporaryDirectory() as tmp:
        jsonl, csv, spans = Path(tmp) / "scores.jsonl", Path(tmp) / "scores.csv", Path(tmp) / "spans.csv"
        score = [sys.executable, "-c", "from framing.cli import main; main()", "score", str(args.corpus),
                 str(ROOT / "seeds"), "--jobs", "1"] + ([] if args.classifier else ["--no-model"])
        for extra in (["--out", str(jsonl)], ["--format", "csv", "--out", str(csv), "--spans", str(spans)]):
            done = subprocess.run(score + extra, capture_output=True, text=True, cwd=tmp)
            if done.returncode != 0:
                sys.exit(f"framing score failed:\n{done.stderr}")
        lines = sum(1 for _ in jsonl.open(encoding="utf-8"))
        print(f"corpus {args.corpus} ({lines} articles scored)")
        for path in (jsonl, csv, spans):
            print(f"{path.name:<13}{digest(path)}")
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for path in (jsonl, csv, spans):
                shutil.copy(path, args.keep / path.name)

if __name__ == "__main__":
    main()
