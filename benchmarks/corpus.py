"""A generated news-like corpus for the benchmarks: fixed seed, ~800 words an article.

Each article mixes what real ones hold: a headline and subheads without final periods, reporting in
the outlet's voice with hedges, boosters and loaded words taken from the packaged lexicons, direct
quotations (curly and straight marks, some running on into the next paragraph) credited before or
after with reporting verbs, anonymous sources, indirect speech, and boilerplate lines (reader-app
prompts, photo credits, related-story lists, comment forms).  The terms come from lexicons/*.tsv,
so the corpus exercises the matcher the way a real archive does.

    python benchmarks/corpus.py --articles 2000 --out /tmp/corpus.jsonl
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"
OUTLETS = ["Daily Ledger", "The Courier", "Metro Wire", "Evening Post", "Northern Star"]
PEOPLE = ["Maria Zakharova", "Sergey Lavrov", "Volodymyr Zelenskyy", "Kaja Kallas", "Antony Blinken",
          "Olaf Scholz", "Emmanuel Macron", "Keir Starmer", "Hakan Fidan", "Ursula von der Leyen"]
TITLES = ["Foreign Minister", "spokeswoman", "President", "Sen.", "Gen.", "Mr.", "Prime Minister"]
NOUNS = ["talks", "delegation", "ceasefire", "sanctions", "proposal", "summit", "border", "economy",
         "negotiations", "aid package", "election", "strategy", "agreement", "ministry", "officials"]
VERBS = ["met", "discussed", "rejected", "announced", "postponed", "reviewed", "signed", "debated"]
PLACES = ["Ankara", "Kyiv", "Moscow", "Brussels", "Washington", "Istanbul", "Geneva", "the U.S."]
BOILERPLATE = [
    "Sign up to read this article in full.",
    "Get the app: read the news on the go with our reader app.",
    "(AFP/Getty)",
    "Related stories: Markets slide as talks stall | Leaders meet in Geneva | What the deal means",
    "Leave a Reply Your email address will not be published. Required fields are marked *",
    "Photograph: Reuters",
    "Subscribe now for unlimited access to our journalism.",
]


def terms(name: str, skip_categories: tuple[str, ...] = ()) -> list[str]:
    path = LEXICONS / f"{name}.tsv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return [r["term"] for r in csv.DictReader(f, delimiter="\t") if r["category"] not in skip_categories]


class Writer:
    """Builds articles from a seeded random generator; the same seed gives the same corpus."""

    def __init__(self, seed: int = 20260522) -> None:
        self.rng = random.Random(seed)
        self.loaded = terms("loaded") or ["pathetic"]
        self.hedges = [t for t in terms("hedge") if " " not in t] or ["suggested"]
        self.boosters = terms("booster") or ["clearly"]
        self.verbs = ["said", "told reporters", "claimed", "insisted", "admitted", "added", "warned", "slammed"]
        self.anonymous = terms("anonymous_sources") or ["a senior source"]

    def word(self, options: list[str]) -> str:
        return self.rng.choice(options)

    def plain(self) -> str:
        r = self.word
        n = self.rng.randint(8, 18)
        filler = " ".join(r(NOUNS) if i % 3 else r(["the", "a", "its", "their"]) for i in range(n))
        return f"The {r(NOUNS)} in {r(PLACES)} {r(VERBS)} {filler} on {r(['Monday', 'May 12', 'Thursday'])}."

    def author_sentence(self) -> str:
        r = self.word
        kind = self.rng.random()
        if kind < 0.25:
            return f"The {r(NOUNS)} {r(self.hedges)} that {r(PLACES)} was {r(self.loaded)} about the {r(NOUNS)}."
        if kind < 0.45:
            return f"It is {r(self.boosters)} a {r(self.loaded)} move by {r(PEOPLE)}, {r(['analysts', 'observers'])} noted."
        if kind < 0.6:
            return f"{r(PEOPLE)} {r(self.verbs)} the {r(NOUNS)} would {r(['fail', 'hold', 'collapse'])} within {self.rng.randint(2, 30)} days."
        return self.plain()

    def quote(self) -> str:
        r = self.word
        o, c = r([("\u201c", "\u201d"), ('"', '"')])
        said = r(self.verbs)
        body = f"{self.plain()[:-1]}, and it is {r(self.loaded)}"
        form = self.rng.random()
        if form < 0.3:
            return f"{r(TITLES)} {r(PEOPLE)} {said}: {o}{body}.{c}"
        if form < 0.6:
            return f"{o}{body},{c} {r(['he', 'she'])} {said}."
        if form < 0.8:
            return f"{o}{body},{c} {r(self.anonymous)} {said}."
        return f"{r(PEOPLE)} dismissed the {r(NOUNS)} as {o}{r(self.loaded)}{c} and {o}{r(self.loaded)}.{c}"

    def paragraph(self) -> str:
        parts = [self.quote() if self.rng.random() < 0.3 else self.author_sentence()
                 for _ in range(self.rng.randint(3, 6))]
        return " ".join(parts)

    def article(self, number: int) -> dict[str, str]:
        r = self.word
        title = f"{r(PEOPLE)} {r(['Slams', 'Rejects', 'Welcomes', 'Questions'])} {r(NOUNS).title()} in {r(PLACES)}"
        paragraphs = [title, r(BOILERPLATE)]
        words = 0
        while words < 800:
            if self.rng.random() < 0.08:
                paragraphs.append(f"{r(NOUNS).title()} {r(['Stall', 'Resume', 'Shift'])} as {r(PLACES)} Waits")
            if self.rng.random() < 0.1:
                paragraphs.append(r(BOILERPLATE))
            p = self.paragraph()
            paragraphs.append(p)
            words += len(p.split())
        paragraphs.append(r(BOILERPLATE))
        return {
            "id": f"gen-{number:07d}", "outlet": OUTLETS[number % len(OUTLETS)], "title": title,
            "date": f"2025-05-{1 + number % 28:02d}", "url": f"https://example.org/news/{number}",
            "text": "\n\n".join(paragraphs),
        }


def articles(n: int, seed: int = 20260522) -> Iterator[dict[str, str]]:
    writer = Writer(seed)
    for i in range(n):
        yield writer.article(i)


def write_jsonl(n: int, path: Path, seed: int = 20260522) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for a in articles(n, seed):
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    return path


def write_folder(n: int, folder: Path, seed: int = 20260522) -> Path:
    """One .txt file per article (headline first line) and a manifest.csv: what the first ingest reads."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as m:
        manifest = csv.writer(m)
        manifest.writerow(["path", "outlet", "date", "headline"])
        for a in articles(n, seed):
            name = f"{a['id']}.txt"
            (folder / name).write_text(a["text"], encoding="utf-8")
            manifest.writerow([name, a["outlet"], a["date"], a["title"]])
    return folder


def ingest_reads_jsonl() -> bool:
    """Whether this checkout's ingest reads .jsonl corpora (the first version read only .txt/.md)."""
    from framing.ingest import read_articles
    from framing.models import Article

    with tempfile.TemporaryDirectory() as tmp:
        path = write_jsonl(1, Path(tmp) / "probe.jsonl")
        return any(isinstance(a, Article) and a.text.startswith(a.title or "?") for a in read_articles([path]))


def corpus(n: int, cache: Path, seed: int = 20260522) -> Path:
    """The generated corpus of n articles under `cache`, written once: one JSONL file where ingest
    reads JSONL, else a folder of .txt files with a manifest."""
    cache.mkdir(parents=True, exist_ok=True)
    if ingest_reads_jsonl():
        path = cache / f"corpus-{n}-{seed}.jsonl"
        if not path.exists():
            write_jsonl(n, path.with_suffix(".partial"), seed).rename(path)
        return path
    path = cache / f"corpus-{n}-{seed}"
    if not (path / "manifest.csv").exists():
        write_folder(n, path, seed)
    return path


def add_run_options(parser: argparse.ArgumentParser) -> None:
    """The options every `framing score` benchmark takes: the classifier switch and the corpus cache."""
    parser.add_argument("--classifier", action="store_true",
                        help="run the default sentence classifier too (default: --no-model, issue 2's lexicon-only pipeline)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "framing-bench")


def start_run(args: argparse.Namespace) -> list[str]:
    """Print what the figures depend on (classifier, cores, load) and return the model flags to pass."""
    print("classifier:", "the default model" if args.classifier else "none (--no-model)")
    print(f"cores available: {len(os.sched_getaffinity(0))}; load average: {os.getloadavg()[0]:.1f}")
    return [] if args.classifier else ["--no-model"]


def run_score(args: Sequence[str]) -> tuple[float, float, float]:
    """Run `framing score ARGS` in a child process: (wall seconds, CPU seconds, peak RSS in MB).

    From wait4's rusage of the child, which includes the worker processes it waited for: CPU is
    user + system time of them all (on a machine shared with other work it measures the work
    done, where wall time measures the share of the machine we got); the peak is ru_maxrss, the
    largest single process among them (not their sum).
    """
    command = [sys.executable, "-P", "-c", "from framing.cli import main; main()", "score", *args]
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        err.seek(0)
        stderr = err.read().decode(errors="replace")
    if status != 0:
        raise RuntimeError(f"framing score {' '.join(args)} failed: {stderr.strip()[-500:]}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--out", type=Path, required=True, help="a .jsonl file, or a folder for .txt files")
    parser.add_argument("--seed", type=int, default=20260522)
    args = parser.parse_args()
    if args.out.suffix == ".jsonl":
        write_jsonl(args.articles, args.out, args.seed)
    else:
        write_folder(args.articles, args.out, args.seed)


if __name__ == "__main__":
    main()
