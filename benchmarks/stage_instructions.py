"""Instructions an article for each stage of `Analyzer.analyze` and the JSONL line, by callgrind.

Why: `instructions.py` gives one figure for the whole article; to know where a byte-identical
change can win, each stage needs its own.  The child scores `--articles` articles of the throughput
corpus once, keeping each stage's inputs, then runs one stage again over all of them; the stage
costs the difference between that run and a run that repeats nothing, divided by the articles.
Callgrind counts do not depend on load, so this works on a shared machine.

    python benchmarks/stage_instructions.py                       # every stage (two minutes a stage)
    python benchmarks/stage_instructions.py --stages detect jsonl # only these

Running a stage again on inputs it has seen (warm caches of names and JSON strings, sentences
whose voice is already set) makes each figure a little lower than its first run; compare trees
with the same script.  Needs valgrind.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from instructions import callgrind_count  # noqa: E402

STAGES = ("clean", "tokens", "sentences", "match", "voice", "detect", "glue", "score", "jsonl")

CHILD = """
import sys
sys.path.insert(0, {here!r})
import corpus
from framing import clean, detect, export, pipeline, quotes, score, segment
from framing.lazy_patterns import compile_all
from framing.models import Analysis, Article
analyzer = pipeline.Analyzer()
lex = analyzer.lexicons
compile_all()
kept = []
for i, a in enumerate(corpus.articles({n})):
    article = Article(id=str(i), text=a["text"], title=a.get("title"))
    text = article.text
    ignored = clean.ignored_ranges(text, article.title)
    tokens = segment.tokens_outside(text, ignored)
    sentences = segment.sentences(text, ignored)
    matches = lex.match(tokens, pipeline.MATCHED_LEXICONS)
    voice = quotes.analyse_voice(text, tokens, sentences, ignored, lex, matches)
    spans = detect.detect(text, tokens, sentences, voice, lex, matches)
    quoted = voice.quoted_word_count(tokens)
    analysis = analyzer.analyze(article)
    kept.append((article, text, ignored, tokens, sentences, matches, voice, spans, quoted, analysis))
stage = {stage!r}
for article, text, ignored, tokens, sentences, matches, voice, spans, quoted, analysis in kept:
    if stage == "clean":
        clean.ignored_ranges(text, article.title)
    elif stage == "tokens":
        segment.tokens_outside(text, ignored)
    elif stage == "sentences":
        segment.sentences(text, ignored)
    elif stage == "match":
        lex.match(tokens, pipeline.MATCHED_LEXICONS)
    elif stage == "voice":
        quotes.analyse_voice(text, tokens, sentences, ignored, lex, matches)
    elif stage == "detect":
        detect.detect(text, tokens, sentences, voice, lex, matches)
    elif stage == "glue":  # what analyze does besides the stages (as of speed10's start)
        voice.quoted_word_count(tokens)
        for s in sentences:
            if voice.quote_at(s.start) is not None and voice.quote_at(s.end - 1) is not None:
                s.voice = "quoted"
        Analysis(article, len(tokens), sentences, spans, ignored, {{}}, list(voice.warnings))
    elif stage == "score":
        score.compute(score.ScoreInput(len(tokens), quoted, spans, sentences))
    elif stage == "jsonl":
        export.jsonl_line(analysis)
"""


def stage_count(stage: str | None, articles: int) -> int:
    return callgrind_count(CHILD.format(here=str(HERE), n=articles, stage=stage))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--stages", nargs="+", choices=STAGES, default=list(STAGES))
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: apt-get install valgrind")
    base = stage_count(None, args.articles)
    for stage in args.stages:
        extra = stage_count(stage, args.articles) - base
        print(f"{stage:<10} {extra / args.articles / 1e6:6.3f} M instructions an article", flush=True)


if __name__ == "__main__":
    main()
