"""What compiling the pipeline with mypyc would buy: per-stage cost, pure Python against compiled.

An experiment, not a build route.  It copies `framing/` (and the lexicons) twice into a temporary
folder, compiles the hot modules of one copy with mypyc (`pip install mypy`; needs gcc and the
Python headers), then runs the same stages on the same generated articles in both copies,
alternately, in child processes.  It checks the compiled copy really was loaded and that both
write byte-identical JSONL lines, and prints CPU ms an article per stage (best of --rounds in each
child, best over --repeat children), or with --callgrind instructions an article per stage (run
each stage cumulatively under valgrind and take differences: deterministic, so fit for a shared
machine).  Nothing is left next to the sources, so no stale compiled module can shadow an edit.

    python benchmarks/mypyc_trial.py --articles 300 --rounds 3 --repeat 3
    python benchmarks/mypyc_trial.py --articles 100 --callgrind        # ~10 minutes
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# The modules every article passes through (benchmarks/profile_stages.py's stages and their helpers).
HOT = (
    "models segment clean boilerplate quotes quote_marks attribution attribution_patterns cue_reading "
    "cue_patterns mark_cues subject_phrases phrases_after_cue article_text speakers lexicon rules "
    "rules_data rules_negation rules_senses rules_vagueness detect score export pipeline"
).split()
STAGES = ("clean", "tokens", "sentences", "voice", "detect", "score and glue", "jsonl_line")

# Run in a child with one copy of the package first on sys.path: argv = articles rounds upto.
# upto = -1 times every stage with the CPU clock; upto = k >= 0 runs the first k of STAGES once
# (for instruction counts: stage k costs the difference between k and k - 1).
CHILD = r"""
import hashlib, json, sys, time
from corpus import articles
from framing import clean, detect, export, pipeline, quotes, segment
from framing.models import Article
n, rounds, upto = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
docs = [Article(id=a["id"], text=a["text"], outlet=a["outlet"], title=a["title"], date=a["date"]) for a in articles(n)]
analyzer = pipeline.Analyzer()
lex = analyzer.lexicons
analyzer.analyze(docs[0])
if upto >= 0:
    for d in docs:
        text = d.text
        if upto >= 6:  # the whole analysis: the stages again, plus scores and glue
            a = analyzer.analyze(d)
            if upto >= 7:
                export.jsonl_line(a)
            continue
        if upto >= 1: ignored = clean.ignored_ranges(text, d.title)
        if upto >= 2: tokens = segment.tokens_outside(text, ignored)
        if upto >= 3: sentences = segment.sentences(text, ignored)
        if upto >= 4: voice = quotes.analyse_voice(text, tokens, sentences, ignored, lex)
        if upto >= 5: detect.detect(text, tokens, sentences, voice, lex)
    sys.exit()
best = {}
clock = time.process_time
digest = hashlib.sha256()
for r in range(rounds):
    spent = dict.fromkeys(["clean", "tokens", "sentences", "voice", "detect", "analyze", "jsonl_line"], 0.0)
    for d in docs:  # the stages one by one
        text = d.text
        t0 = clock(); ignored = clean.ignored_ranges(text, d.title)
        t1 = clock(); tokens = segment.tokens_outside(text, ignored)
        t2 = clock(); sentences = segment.sentences(text, ignored)
        t3 = clock(); voice = quotes.analyse_voice(text, tokens, sentences, ignored, lex)
        t4 = clock(); detect.detect(text, tokens, sentences, voice, lex)
        t5 = clock()
        for k, v in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)):
            spent[k] += v
    for d in docs:  # the whole analysis, as `framing score` runs it
        t5 = clock(); a = analyzer.analyze(d)
        t6 = clock(); line = export.jsonl_line(a)
        t7 = clock()
        spent["analyze"] += t6 - t5
        spent["jsonl_line"] += t7 - t6
        if r == 0:
            digest.update(line.encode())
    for k, v in spent.items():
        best[k] = min(best.get(k, v), v)
ms = {k: 1000 * v / n for k, v in best.items()}
print(json.dumps({"module": quotes.__file__, "ms": ms, "digest": digest.hexdigest()[:16]}))
"""


def make_copies(base: Path, modules: list[str]) -> tuple[Path, Path]:
    """`base/pure/framing` and `base/compiled/framing` (lexicons inside), the second compiled."""
    copies = []
    for name in ("pure", "compiled"):
        target = base / name / "framing"
        shutil.copytree(ROOT / "framing", target, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
        shutil.copytree(ROOT / "lexicons", target / "lexicons")
        copies.append(base / name)
    pure, compiled = copies
    files = [f"framing/{m}.py" for m in modules]
    log = base / "mypyc.log"
    with log.open("w") as out:
        done = subprocess.run([sys.executable, "-m", "mypyc", *files], cwd=compiled, stdout=out, stderr=subprocess.STDOUT)
    if done.returncode != 0:
        sys.exit(f"mypyc failed (exit {done.returncode}); see {log}")
    return pure, compiled


def child(copy: Path, articles: int, rounds: int, upto: int, callgrind: bool = False) -> str:
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": f"{copy}{os.pathsep}{HERE}"}
    command = [sys.executable, "-c", CHILD, str(articles), str(rounds), str(upto)]
    if callgrind:
        command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command]
    done = subprocess.run(command, env=env, capture_output=True, text=True, cwd=copy)
    if done.returncode != 0:
        sys.exit(f"child failed in {copy}:\n{done.stderr[-2000:]}")
    if callgrind:
        return next(line.split("Collected :")[1].strip() for line in done.stderr.splitlines() if "Collected :" in line)
    return done.stdout.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description="per-stage cost of the pipeline, pure Python against mypyc-compiled")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3, help="timed passes over the articles in each child")
    parser.add_argument("--repeat", type=int, default=3, help="children per build, run alternately")
    parser.add_argument("--modules", nargs="+", default=HOT, help="modules of framing/ to compile")
    parser.add_argument("--callgrind", action="store_true", help="instructions an article instead of CPU time")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it; a build already there is reused")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="framing-mypyc-"))
    try:
        reuse = args.keep is not None and (base / "compiled").is_dir()
        pure, compiled = (base / "pure", base / "compiled") if reuse else make_copies(base, args.modules)
        print(f"{'reused' if reuse else 'compiled'} {len(args.modules)} modules with mypyc; {args.articles} generated articles; load average {os.getloadavg()[0]:.1f}")
        if args.callgrind:
            report_instructions(pure, compiled, args.articles)
        else:
            report_times(pure, compiled, args)
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)


def report_times(pure: Path, compiled: Path, args: argparse.Namespace) -> None:
    best: dict[str, dict[str, float]] = {"pure": {}, "compiled": {}}
    digests = set()
    for _ in range(args.repeat):
        for name, copy in (("pure", pure), ("compiled", compiled)):
            result = json.loads(child(copy, args.articles, args.rounds, -1))
            if not result["module"].startswith(str(copy)) or result["module"].endswith(".so") != (name == "compiled"):
                sys.exit(f"the {name} run loaded {result['module']}")
            digests.add(result["digest"])
            for k, v in result["ms"].items():
                best[name][k] = min(best[name].get(k, v), v)
    print("JSONL lines identical:", "yes" if len(digests) == 1 else f"NO ({sorted(digests)})")
    print(f"{'CPU ms an article':<26} {'pure':>7} {'compiled':>9} {'speed-up':>9}")
    for k in ("clean", "tokens", "sentences", "voice", "detect", "analyze", "jsonl_line", "total"):
        label = {"analyze": "analyze (all, with scores)", "total": "analyze + jsonl_line"}.get(k, k)
        p, c = (b["analyze"] + b["jsonl_line"] if k == "total" else b[k] for b in (best["pure"], best["compiled"]))
        print(f"{label:<26} {p:>7.3f} {c:>9.3f} {p / c:>8.2f}x")


def report_instructions(pure: Path, compiled: Path, articles: int) -> None:
    counts = {name: [int(child(copy, articles, 1, k, callgrind=True).replace(",", "")) for k in range(len(STAGES) + 1)]
              for name, copy in (("pure", pure), ("compiled", compiled))}
    print(f"{'M instructions an article':<26} {'pure':>7} {'compiled':>9} {'speed-up':>9}")
    for k, stage in enumerate((*STAGES, "total"), start=1):
        p, c = ((counts[n][-1] - counts[n][0]) if stage == "total" else (counts[n][k] - counts[n][k - 1]) for n in ("pure", "compiled"))
        print(f"{stage:<26} {p / articles / 1e6:>7.2f} {c / articles / 1e6:>9.2f} {p / c:>8.2f}x")


if __name__ == "__main__":
    main()
