"""`framing score --resume` on outputs cut at fuzzed byte offsets, including inside a multi-byte
character (a kill lands anywhere), and on outputs with garbage after them.

Cut anywhere, a resumed run must finish to exactly the output of a run never interrupted; an output
that is not one framing left (garbage, undecodable bytes before more lines) is refused with a
one-line error, never a traceback.  (A CSV cut inside a character, and a JSONL line of undecodable
bytes, were tracebacks: UnicodeDecodeError.)
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app

from test_pipeline_invariants import mutated_articles

runner = CliRunner()
SEED = 20261126


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("resume-fuzz") / "news"
    root.mkdir()
    for name, text in mutated_articles(24, seed=SEED):
        (root / f"{name}.txt").write_bytes(("“Ça va”, dit-il. 😀 " + text).encode("utf-8"))
    return root


def _score(corpus: Path, *args) -> tuple[int, str]:
    result = runner.invoke(app, ["score", str(corpus), "--jobs", "1", "--no-model", *map(str, args)])
    assert result.exception is None or isinstance(result.exception, SystemExit), f"{result.exception!r}\n{result.output[-1500:]}"
    assert "Traceback" not in result.output
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def complete(corpus, tmp_path_factory) -> dict[str, bytes]:
    tmp = tmp_path_factory.mktemp("complete")
    assert _score(corpus, "-o", tmp / "s.jsonl")[0] == 0
    assert _score(corpus, "-f", "csv", "-o", tmp / "s.csv", "--spans", tmp / "spans.csv")[0] == 0
    return {name: (tmp / name).read_bytes() for name in ("s.jsonl", "s.csv", "spans.csv")}


def _cuts(data: bytes, n: int, seed: int) -> list[int]:
    """`n` cut offsets at random, and one inside a multi-byte character of the second half."""
    rng = random.Random(seed)
    inside = next(i for i in range(len(data) // 2, len(data)) if data[i] & 0xC0 == 0x80)  # a continuation byte
    return sorted({rng.randrange(len(data)) for _ in range(n)} | {inside})


@pytest.mark.parametrize("format", ["jsonl", "csv"])
def test_a_run_cut_anywhere_resumes_to_the_uninterrupted_output(corpus, complete, tmp_path, format):
    name = f"s.{format}"
    for k, cut in enumerate(_cuts(complete[name], 5, SEED + len(format))):
        out = tmp_path / f"{k}" / name
        out.parent.mkdir()
        out.write_bytes(complete[name][:cut])
        args = ["-o", out] + (["-f", "csv", "--spans", out.parent / "spans.csv"] if format == "csv" else [])
        if format == "csv":  # the spans file holds the findings of every article, some not yet in the cut output
            (out.parent / "spans.csv").write_bytes(complete["spans.csv"])
        code, output = _score(corpus, *args, "--resume")
        assert code == 0, (cut, output[-800:])
        assert out.read_bytes() == complete[name], f"cut at byte {cut}"
        if format == "csv":
            assert (out.parent / "spans.csv").read_bytes() == complete["spans.csv"], f"cut at byte {cut}"


@pytest.mark.parametrize("tail, refused", [
    (b"\xff\xfe garbage\n", False),  # an undecodable last line: a tail the kill left, cut off
    (b"\xff\xfe garbage\n{\"id\": \"x\"}\n", True),  # followed by more: not left by a run, refused
    (b"not json at all\nmore\n", True),
])
def test_garbage_after_a_jsonl_output_is_cut_or_refused_in_one_line(corpus, complete, tmp_path, tail, refused):
    out = tmp_path / "s.jsonl"
    lines = complete["s.jsonl"].splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:10]) + tail)
    code, output = _score(corpus, "-o", out, "--resume")
    if refused:
        assert code != 0 and "not an article line, and not the last line either" in output, output
        assert out.read_bytes() == b"".join(lines[:10]) + tail  # left as it was
    else:
        assert code == 0 and out.read_bytes() == complete["s.jsonl"], output
