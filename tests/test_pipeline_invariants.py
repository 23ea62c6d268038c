"""Robustness of the whole pipeline: hundreds of mangled articles, and the invariants every output keeps.

The articles are real text (the seeds, hand-written news sentences with quotations, and in the slow
part PolNeAR articles) mutated with a fixed seed: quote marks dropped, added, mismatched, straight
and curly; apostrophes; quotations running on over paragraphs; CRLF and lone CR; tabs; NUL and
control characters; zero-width characters; combining accents; RTL marks; emoji; characters whose
lower-case form is longer (`İ`, `ß`, `ﬁ`); very long lines; empty paragraphs; HTML fragments; cuts
mid-quotation.  Plus texts of only punctuation, only white space, one word, and a 200 KB article.

Every one goes through `framing.analyze` and through `framing score` (a folder of .txt files and a
JSONL corpus), and every output must keep the contract of DESIGN.md: no exception; every article in
the output or the error report; `text[start:end] == span.text`; attribution `source`/`content` ranges
well-formed and inside the text; sentences and ignored ranges ordered and inside the text; `voice`
author or quoted on loaded/hedge/booster spans; every score a finite number.

A text must also read alike whatever its spelling of line breaks (lone CR, CRLF, U+2028, NEL, ...)
and of the spaces between words (tab, no-break space, ...): the same findings at the same places.
A case that once broke the pipeline is kept, shrunk to its smallest form (`shrink`), in `REGRESSIONS`.
"""

from __future__ import annotations

import csv
import json
import math
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

import framing
from framing import ingest
from framing.cli import app
from framing.models import SPAN_TYPES, VOICES, Analysis

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
SEED = 20261123
ARTICLES = 300
LEXICAL = ("loaded", "hedge", "booster")

# -- the raw material --------------------------------------------------------------------------

NEWS_SENTENCES = [
    '"We will not back down," the senator said on Tuesday.',
    "“This is a disgrace,” said Maria Lopez, a spokeswoman for the union. “Nobody asked us.”",
    "The minister claimed that the figures were “completely fabricated” by the opposition.",
    "According to officials familiar with the talks, the deal could collapse within days.",
    "A senior source said the plan was “dead on arrival,” adding that the president was furious.",
    "Critics slammed the decision as a reckless gamble, while supporters insisted it was necessary.",
    "“I think,” he said, “that we may perhaps see a compromise.”",
    "She told reporters: ‘It’s not over until it’s over.’",
    "The so-called “reform” was widely seen as a blatant power grab.",
    "Police said two people were arrested. It was not clear whether they would be charged.",
    "“We’re impatient,” Rubio said. “We are open to any mechanism.”",
    "Smith, 54, denied the allegations, calling them 'absurd' and 'a witch hunt'.",
    "The company's CEO admitted that mistakes had been made, but said the firm's record was clear.",
    "Reportedly, the talks collapsed after the delegation walked out, sources told Reuters.",
    "“The people have spoken,” declared the mayor, who won 61% of the vote.",
    "It is certainly true that the economy grew, although experts suggested the gains might be temporary.",
    "He said: \"Absolutely not.\" Then he left.",
    "Jones, who had earlier described the bill as “a catastrophe”, said she would vote against it.",
]

HEADLINES = [
    "Senator slams ‘reckless’ plan as talks collapse",
    "Putin skips talks; Kremlin mocks Zelenskyy",
    "Union says deal is “dead”",
    "BREAKING: Mayor declares victory",
    "Why the reform is a power grab",
]


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]


# -- mutations: each takes (rng, text) and returns a new text ------------------------------------

QUOTE_MARKS = ['"', "“", "”", "„", "«", "»", "‘", "’", "'", "`", "‹", "›", "「", "」"]
CONTROL = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
COMBINING = ["\u0301", "\u0308", "\u0327", "\u0303", "\u20dd"]
RTL = ["\u200f", "\u200e", "\u202e", "\u202b", "\u2067", "\u2069", "שלום", "قال"]
EMOJI = ["😀", "👩\u200d👩\u200d👧", "🇺🇸", "👍🏽", "🔥🔥", "❤️"]
LONGER_WHEN_LOWERED = ["İstanbul", "STRAßE", "ﬁrst", "ΐ", "ǅ", "ﬃ", "K\u212a", "ᾈ"]  # casefold/lower change length
HTML = ["<p>", "</p>", '<a href="https://x.org/a?b=1&c=2">', "</a>", "&amp;", "&nbsp;", "<br/>",
        "<script>alert('x')</script>", "<!-- c -->", '<img src="x.png" alt="“quoted”">', "<div class=\"q\">"]


def _at(rng: random.Random, text: str) -> int:
    return rng.randrange(len(text) + 1)


def _insert(rng: random.Random, text: str, pieces: list[str], times: int = 3) -> str:
    for _ in range(rng.randint(1, times)):
        i = _at(rng, text)
        text = text[:i] + rng.choice(pieces) + text[i:]
    return text


def _positions(text: str, chars: str) -> list[int]:
    return [i for i, c in enumerate(text) if c in chars]


def drop_quote(rng, text):
    marks = _positions(text, "\"“”‘’'«»")
    for i in sorted(rng.sample(marks, min(len(marks), rng.randint(1, 2))), reverse=True):
        text = text[:i] + text[i + 1:]
    return text


def add_quote(rng, text):
    return _insert(rng, text, QUOTE_MARKS)


def mismatch_quotes(rng, text):
    chars = list(text)
    for i in _positions(text, "\"“”"):
        if rng.random() < 0.5:
            chars[i] = rng.choice(['"', "“", "”", "„", "‘", "’"])
    return "".join(chars)


def straighten_or_curl(rng, text):
    if rng.random() < 0.5:
        return text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
    out, open_ = [], True
    for c in text:
        if c == '"':
            out.append("“" if open_ else "”")
            open_ = not open_
        else:
            out.append(c)
    return "".join(out)


def apostrophes(rng, text):
    chars = list(text)
    for i in _positions(text, "'’"):
        chars[i] = rng.choice(["'", "’", "‘", "`", "ʼ"])
    return _insert(rng, "".join(chars), [" 'tis ", "rock 'n' roll ", " the '90s ", "o'clock", "’"])


def quote_over_paragraphs(rng, text):
    paragraphs = text.split("\n\n")
    i = rng.randrange(len(paragraphs))
    run = ["“The first paragraph of a long statement,” she said, “goes on here.",
           "“A second paragraph opens with a mark and never closes it.",
           "“And the third one closes it at last.”"]
    if rng.random() < 0.5:
        run = run[:2]  # the quotation never closes
    return "\n\n".join(paragraphs[:i] + run + paragraphs[i:])


def line_endings(rng, text):
    return text.replace("\n", rng.choice(["\r\n", "\r", "\n\r", "\r\r\n"]))


def tabs(rng, text):
    chars = list(text)
    for i in _positions(text, " "):
        if rng.random() < 0.2:
            chars[i] = "\t"
    return _insert(rng, "".join(chars), ["\t", "\t\t", " \t\n"])


def controls(rng, text):
    return _insert(rng, text, CONTROL, 5)


def zero_width(rng, text):
    return _insert(rng, text, ZERO_WIDTH, 8)


def combining(rng, text):
    text = _insert(rng, text, COMBINING, 8)
    return rng.choice(COMBINING) + text if rng.random() < 0.3 else text


def rtl(rng, text):
    return _insert(rng, text, RTL, 4)


def emoji(rng, text):
    return _insert(rng, text, EMOJI, 5)


def longer_when_lowered(rng, text):
    return _insert(rng, text, [f" {w} " for w in LONGER_WHEN_LOWERED] + ["İ", "ß"], 6)


def long_line(rng, text):
    words = [w for w in text.split() if w.isalpha()] or ["word"]
    line = " ".join(rng.choice(words) for _ in range(rng.randint(500, 3000)))
    i = _at(rng, text)
    return text[:i] + line + text[i:]


def empty_paragraphs(rng, text):
    return _insert(rng, text, ["\n\n\n\n", "\n \n\t\n", "\n\n\n\n\n\n\n\n"], 4)


def html(rng, text):
    return _insert(rng, text, HTML, 4)


def cut(rng, text):
    return text[: _at(rng, text)] or text[:1]


def upper(rng, text):
    i = _at(rng, text)
    return text[:i] + text[i:i + rng.randint(10, 300)].upper() + text[i + 300:] if rng.random() < 0.5 else text.upper()


def shuffle_paragraphs(rng, text):
    paragraphs = text.split("\n")
    rng.shuffle(paragraphs)
    return "\n".join(paragraphs)


def punctuation_runs(rng, text):
    return _insert(rng, text, ["...", "?!?!", "—", " – ", "……", ";;", ":", "(", ")", "[", "]", "—“", "”—", ". . ."], 6)


MUTATIONS = [drop_quote, add_quote, mismatch_quotes, straighten_or_curl, apostrophes, quote_over_paragraphs,
             line_endings, tabs, controls, zero_width, combining, rtl, emoji, longer_when_lowered, long_line,
             empty_paragraphs, html, cut, upper, shuffle_paragraphs, punctuation_runs]


def base_text(rng: random.Random, seeds: list[str]) -> str:
    if rng.random() < 0.3:
        paragraphs = rng.choice(seeds).split("\n\n")
        i = rng.randrange(len(paragraphs))
        return "\n\n".join(paragraphs[i:i + rng.randint(1, 8)])
    body = [rng.choice(NEWS_SENTENCES) for _ in range(rng.randint(1, 10))]
    paragraphs = [" ".join(body[i:i + 2]) for i in range(0, len(body), 2)]
    return "\n\n".join([rng.choice(HEADLINES), *paragraphs])


def mutated_articles(n: int = ARTICLES, seed: int = SEED, bases: list[str] | None = None) -> list[tuple[str, str]]:
    """(name, text) pairs: `n` articles, each a base text with one to four mutations, named after them."""
    rng = random.Random(seed)
    seeds = seed_texts()
    out = []
    for k in range(n):
        text = rng.choice(bases) if bases else base_text(rng, seeds)
        applied = rng.sample(MUTATIONS, rng.randint(1, 4))
        for mutation in applied:
            text = mutation(rng, text)
        out.append((f"m{k:03d}-" + "+".join(m.__name__ for m in applied), text))
    return out


def big_article() -> str:
    """About 200 KB: the seeds over and over, mutated here and there."""
    rng = random.Random(SEED + 1)
    parts, size = [], 0
    seeds = seed_texts()
    while size < 200_000:
        part = rng.choice(seeds)
        if rng.random() < 0.5:
            part = rng.choice(MUTATIONS)(rng, part)
        parts.append(part)
        size += len(part)
    return "\n\n".join(parts)


SPECIAL = [
    ("only-punctuation", "!?.,;:\"'“”‘’()[]…—–-«»„*&%$#@"),
    ("only-whitespace", " \n\t\r\n \u00a0\u3000\n"),
    ("one-word", "Said"),
    ("one-quote-mark", "“"),
    ("empty-quotation", 'He said "".'),
    ("only-quote-marks", '""""“”“”‘’‘’\'\'\''),
    ("only-newlines", "\n\n\n\r\n\r"),
    ("only-emoji", "😀👩\u200d👩\u200d👧🇺🇸"),
    ("only-zero-width", "\u200b\u200c\u200d\ufeff"),
    ("only-combining", "\u0301\u0308\u0327"),
    ("one-letter-a", "a"),
    ("headline-only", "Senator slams ‘reckless’ plan"),
    ("html-page", "<html><body><p>“Nonsense,” he said.</p><script>var x = \"a\";</script></body></html>"),
    ("long-word", "x" * 20_000),
    ("long-line-no-punctuation", " ".join(["the senator said that"] * 4000)),
    ("only-nul", "\x00\x00\x00"),
    ("lone-surrogates", "He said \ud800 “no” \udfff."),  # a str can hold them (surrogateescape); a file cannot
    ("big-article", big_article()),
]

# Each once broke the pipeline, kept in its smallest form: (name, text, sentences expected, the
# attribution cues' (text, speaker), the ignored ranges' reasons).
REGRESSIONS = [
    # a lone CR was no line break: the headline ran into the sentence, and the speaker over both
    ("headline-ends-at-a-lone-CR", "Mayor declares victory\rThe mayor said he won.",
     ["Mayor declares victory", "The mayor said he won."], [("declares", "Mayor"), ("said", "mayor")], []),
    # the reader-app prompt is removed line by line, and its lines ended in CR
    ("reader-app-prompt-in-CR-lines", "Get all your news in one place.\r100’s of premium titles.\rOne app.\rStart reading\rThe mayor said he won.",
     ["The mayor said he won."], [("said", "mayor")], ["reader-app prompt"]),
    # U+2028 LINE SEPARATOR: as a lone CR
    ("headline-ends-at-U+2028", "Putin skips talks\u2028“I think,” he said.",
     ["Putin skips talks", "“I think,” he said."], [("said", "Putin")], []),
    # a BOM opening the text (a file read with "utf-8", not "utf-8-sig") hid the headline's name
    ("BOM-before-the-headline", "\ufeffPutin skips talks\n\n“I think,” he said.",
     ["Putin skips talks", "“I think,” he said."], [("said", "Putin")], []),
    # cue_patterns' agentless passive (`was widely seen as`) spells its spaces " "
    ("tab-inside-a-perception-passive", "The reform was\twidely seen as a power grab.",
     ["The reform was\twidely seen as a power grab."], [("seen", None)], []),
    ("no-break-space-inside-a-perception-passive", "The reform was widely seen\u00a0as a power grab.",
     ["The reform was widely seen\u00a0as a power grab."], [("seen", None)], []),
    # a no-break space inside a name stayed in the speaker
    ("no-break-space-inside-a-name", "Newt\u00a0Gingrich spoke first. Gingrich said he would run.",
     ["Newt\u00a0Gingrich spoke first.", "Gingrich said he would run."], [("said", "Newt Gingrich")], []),
]

# -- the invariants ------------------------------------------------------------------------------


def violations(analysis: Analysis, text: str) -> list[str]:
    """Every way `analysis` breaks the contract for `text`; empty when it keeps it."""
    bad: list[str] = []
    n = len(text)
    if analysis.article.text != text:
        bad.append("the article's text is not the text given")
    for s in analysis.spans:
        where = f"{s.type} span {s.start}:{s.end} {s.text!r}"
        if s.type not in SPAN_TYPES:
            bad.append(f"{where}: unknown type")
        if not (0 <= s.start < s.end <= n):
            bad.append(f"{where}: not a non-empty range inside the text of {n} characters")
        if text[s.start:s.end] != s.text:
            bad.append(f"{where}: text[start:end] is {text[s.start:s.end]!r}")
        if s.type in LEXICAL and s.voice not in VOICES:
            bad.append(f"{where}: voice {s.voice!r}")
        if s.speaker is not None and (not s.speaker or s.speaker != s.speaker.strip()):
            bad.append(f"{where}: speaker {s.speaker!r} is empty or not trimmed")
        for name in ("source", "content"):
            r = getattr(s, name) if s.type == "attribution" else None
            if r is not None and not (isinstance(r.start, int) and isinstance(r.end, int) and 0 <= r.start < r.end <= n):
                bad.append(f"{where}: {name} {r.start}:{r.end} is not a non-empty range inside the text")
    bad += _ordered_ranges("sentence", [(x.start, x.end) for x in analysis.sentences], n, disjoint=True)
    bad += _ordered_ranges("ignored range", [(x.start, x.end) for x in analysis.ignored], n, disjoint=False)
    for x in analysis.sentences:
        if x.voice not in VOICES:
            bad.append(f"sentence {x.start}:{x.end}: voice {x.voice!r}")
    bad += _score_violations(analysis.scores)
    if not (isinstance(analysis.words, int) and analysis.words >= 0):
        bad.append(f"words is {analysis.words!r}")
    return bad


def _ordered_ranges(what: str, ranges: list[tuple[int, int]], n: int, disjoint: bool) -> list[str]:
    bad = []
    for i, (start, end) in enumerate(ranges):
        if not (0 <= start < end <= n):
            bad.append(f"{what} {start}:{end} is not a non-empty range inside the text of {n} characters")
        if i and (start < ranges[i - 1][0] or (disjoint and start < ranges[i - 1][1])):
            bad.append(f"{what} {start}:{end} comes after {ranges[i - 1][0]}:{ranges[i - 1][1]}")
    return bad


def _score_violations(scores: dict) -> list[str]:
    bad = []
    for name, value in scores.items():
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            bad.append(f"score {name} is {value!r}")
    return bad


def analyse_violations(text: str) -> list[str]:
    try:
        return violations(framing.analyze(text), text)
    except Exception as e:  # noqa: BLE001 - any exception is the finding
        return [f"raised {type(e).__name__}: {e}"]


def shrink(text: str, still_fails, budget: int = 400) -> str:
    """A smaller text that still fails: delta debugging (drop chunks, halving their size), bounded."""
    chunk = max(1, len(text) // 2)
    while chunk >= 1 and budget > 0:
        i, removed = 0, False
        while i < len(text) and budget > 0:
            candidate = text[:i] + text[i + chunk:]
            budget -= 1
            if candidate and still_fails(candidate):
                text, removed = candidate, True
            else:
                i += chunk
        if not removed:
            chunk //= 2
    return text


def report(name: str, text: str, problems: list[str]) -> str:
    small = shrink(text, lambda t: bool(analyse_violations(t))) if len(text) < 20_000 else text[:200]
    return f"{name}: {problems[:3]}; shrunk input: {small!r}"


# -- through framing.analyze ---------------------------------------------------------------------

FUZZED = mutated_articles()


def test_the_generator_is_deterministic_and_covers_every_mutation():
    again = mutated_articles()
    assert again == FUZZED
    names = "+".join(name for name, _ in FUZZED)
    assert all(m.__name__ in names for m in MUTATIONS)
    assert len(big_article()) >= 200_000


def test_every_fuzzed_article_keeps_the_invariants_through_analyze():
    failures = [(name, text, p) for name, text in FUZZED if (p := analyse_violations(text))]
    assert not failures, f"{len(failures)} of {len(FUZZED)} articles break the contract; first: " + report(*failures[0])


@pytest.mark.parametrize("name, text", SPECIAL, ids=[name for name, _ in SPECIAL])
def test_special_texts_keep_the_invariants(name, text):
    problems = analyse_violations(text)
    assert not problems, report(name, text, problems)


@pytest.mark.parametrize("name, text, sentences, cues, ignored", REGRESSIONS, ids=[r[0] for r in REGRESSIONS])
def test_regression_cases(name, text, sentences, cues, ignored):
    analysis = framing.analyze(text)
    assert violations(analysis, text) == []
    assert [text[s.start:s.end] for s in analysis.sentences] == sentences
    assert [(s.text, s.speaker) for s in analysis.spans if s.type == "attribution"] == cues
    assert [r.reason for r in analysis.ignored] == ignored


# Line breaks of every spelling: the findings of the text with "\n" line breaks, at the same places.
LINE_BREAKS = [("lone CR", "\r"), ("CRLF", "\r\n"), ("LINE SEPARATOR", "\u2028"), ("PARAGRAPH SEPARATOR", "\u2029"),
               ("NEL", "\x85"), ("form feed", "\x0c"), ("vertical tab", "\x0b"), ("LF CR", "\n\r")]


def _reading(analysis: Analysis, text: str, spelling: str, plain_as: str = "\n") -> tuple:
    """What an analysis found, with the text's `spelling` of a line break (or space) written
    `plain_as`, and offsets as in that text."""
    def back(i: int) -> int:  # an offset in `text` as the offset in the plain text
        return i - (len(spelling) - 1) * text.count(spelling, 0, i)

    def plain(x: str | None) -> str | None:
        return None if x is None else x.replace(spelling, plain_as)

    return ([(back(s.start), back(s.end), s.type, plain(s.text), s.voice, s.speaker, s.category, s.verb) for s in analysis.spans],
            [(back(s.start), back(s.end)) for s in analysis.sentences], [(back(r.start), back(r.end), r.reason) for r in analysis.ignored],
            analysis.words, analysis.scores)


@pytest.mark.parametrize("name, line_break", LINE_BREAKS, ids=[n for n, _ in LINE_BREAKS])
def test_a_text_reads_alike_whatever_its_line_breaks(name, line_break):
    texts = seed_texts() + ["\n\n".join([HEADLINES[0], *NEWS_SENTENCES[:6]]), "\n".join([HEADLINES[3], *NEWS_SENTENCES[6:]])]
    for text in texts:
        variant = text.replace("\n", line_break)
        analysis = framing.analyze(variant)
        assert violations(analysis, variant) == []
        assert _reading(analysis, variant, line_break) == _reading(framing.analyze(text), text, "\n"), text[:60]


# Spaces of every spelling between words: the findings of the text with " ", at the same places.
SPACES = [("tab", "\t"), ("no-break space", "\u00a0"), ("thin space", "\u2009"), ("narrow no-break space", "\u202f")]


@pytest.mark.parametrize("name, space", SPACES, ids=[n for n, _ in SPACES])
def test_a_text_reads_alike_whatever_its_spaces(name, space):
    texts = seed_texts() + ["\n\n".join([HEADLINES[0], *NEWS_SENTENCES[:6]]), "\n".join([HEADLINES[3], *NEWS_SENTENCES[6:]])]
    for text in texts:
        variant = text.replace(" ", space)
        analysis = framing.analyze(variant)
        assert violations(analysis, variant) == []
        assert _reading(analysis, variant, space, " ") == _reading(framing.analyze(text), text, space, " "), text[:60]


def test_the_invariant_check_catches_a_broken_span():
    """The checks can fail: an analysis with a span moved by one character is reported."""
    text = "Critics slammed the reckless plan."
    analysis = framing.analyze(text)
    span = analysis.spans[0]
    span.start += 1
    assert any("text[start:end]" in p for p in violations(analysis, text))
    analysis.scores["x"] = float("nan")
    assert "score x is nan" in violations(analysis, text)


# -- through the CLI: a folder of .txt files and a JSONL corpus ----------------------------------

runner = CliRunner()
CLI_TEXTS = FUZZED + [(n, t) for n, t in SPECIAL if n not in ("big-article", "lone-surrogates")]


def _parse(line: str) -> dict:
    def no_constant(name: str):
        raise AssertionError(f"{name} in the JSONL output: {line[:200]}")

    return json.loads(line, parse_constant=no_constant)


def _score(tmp_path: Path, corpus: Path) -> tuple[dict[str, dict], list[dict]]:
    out, errors = tmp_path / "scores.jsonl", tmp_path / "errors.csv"
    result = runner.invoke(app, ["score", str(corpus), "--out", str(out), "--errors", str(errors)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == 0, result.output
    records = {}
    # split on "\n" only: a text's U+2028 or U+0085 stays unescaped in JSON (valid), and str.splitlines would cut there
    for line in out.read_text(encoding="utf-8").split("\n")[:-1]:
        record = _parse(line)
        records[record["id"]] = record
    with errors.open(encoding="utf-8", newline="") as f:
        return records, list(csv.DictReader(f))


def record_violations(record: dict, text: str) -> list[str]:
    """The contract for one JSONL record against the text framing read."""
    bad, n = [], len(text)
    for s in record["spans"]:
        where = f"{record['id']}: {s['type']} span {s['start']}:{s['end']} {s['text']!r}"
        if text[s["start"]:s["end"]] != s["text"] or not 0 <= s["start"] < s["end"] <= n:
            bad.append(f"{where}: text[start:end] is {text[s['start']:s['end']]!r}")
        if s["type"] in LEXICAL and s["voice"] not in VOICES:
            bad.append(f"{where}: voice {s['voice']!r}")
        if s["type"] == "attribution":
            for name in ("source", "content"):
                r = s[name]
                if r is not None and not (set(r) == {"start", "end"} and 0 <= r["start"] < r["end"] <= n):
                    bad.append(f"{where}: {name} {r}")
    bad += _ordered_ranges("sentence", [(x["start"], x["end"]) for x in record["sentences"]], n, disjoint=True)
    bad += _ordered_ranges("ignored range", [(x["start"], x["end"]) for x in record["ignored"]], n, disjoint=False)
    bad += _score_violations(record["scores"])
    for x in record["sentences"]:
        p = x["bias_probability"]
        if p is not None and not 0 <= p <= 1:
            bad.append(f"{record['id']}: sentence {x['start']}:{x['end']} bias_probability {p!r}")
    return bad


def _check_corpus(records: dict[str, dict], errors: list[dict], read: dict[str, str], expected_ids: set[str]) -> None:
    errored = {e["id"] for e in errors if e["id"]} | {Path(e["path"]).stem for e in errors if not e["id"]}
    assert expected_ids <= set(records) | errored, f"missing from both output and errors: {sorted(expected_ids - set(records) - errored)[:5]}"
    assert not set(records) & errored, "an article is both scored and an error"
    problems = [p for id_, record in records.items() for p in record_violations(record, read[id_])]
    assert not problems, f"{len(problems)} problems; first: {problems[:3]}"


def test_framing_score_on_a_folder_of_fuzzed_files_keeps_the_invariants(tmp_path):
    corpus = tmp_path / "news"
    corpus.mkdir()
    for name, text in CLI_TEXTS:
        (corpus / f"{name}.txt").write_bytes(text.encode("utf-8"))
    records, errors = _score(tmp_path, corpus)
    read = {a.id: a.text for a in ingest.read_articles([corpus]) if not isinstance(a, framing.IngestError)}
    _check_corpus(records, errors, read, {name for name, _ in CLI_TEXTS})
    assert all(r["model"] for r in records.values())  # the sentence classifier ran on every article too
    # what framing read is the file as written, unless the file was an HTML page saved as text
    for name, text in CLI_TEXTS:
        if name in records and not any("HTML" in w for w in records[name]["warnings"]):
            assert read[name] == text.removeprefix("\ufeff"), name
    # the files framing could not read are those of NUL bytes, only white space, or many control characters
    assert {e["path"] for e in errors} and all("binary" in e["error"] or "empty" in e["error"] or "no article text" in e["error"]
                                               for e in errors), errors[:3]


def test_framing_score_on_a_fuzzed_jsonl_corpus_keeps_the_invariants(tmp_path):
    corpus = tmp_path / "news.jsonl"
    with corpus.open("w", encoding="utf-8") as f:
        for name, text in CLI_TEXTS:
            f.write(json.dumps({"id": name, "outlet": name.split("-")[0], "text": text}, ensure_ascii=False) + "\n")
    records, errors = _score(tmp_path, corpus)
    read = {a.id: a.text for a in ingest.read_articles([corpus]) if not isinstance(a, framing.IngestError)}
    _check_corpus(records, errors, read, {f"news:{name}" for name, _ in CLI_TEXTS})
    for name, text in CLI_TEXTS:
        record = records.get(f"news:{name}")
        if record is not None and not any("HTML" in w for w in record["warnings"]):
            assert read[f"news:{name}"] == text, name
    # in JSON a NUL is only an escape, so only the empty texts are errors
    assert sorted(e["id"] for e in errors) == sorted(f"news:{n}" for n, t in CLI_TEXTS if not t.strip())


# -- PolNeAR articles, mutated (slow: reads the dataset) -----------------------------------------


@pytest.mark.slow
def test_mutated_polnear_articles_keep_the_invariants():
    if not (SHARED_DATA / "polnear" / "polnear_attributions.jsonl").is_file():
        pytest.skip("../shared/data/polnear is not present beside this checkout")
    import importlib.util

    spec = importlib.util.spec_from_file_location("benchmarks_converters", REPO / "benchmarks" / "converters.py")
    converters = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(converters)
    texts = [d["text"] for d in converters.polnear(SHARED_DATA, "dev", limit=60)]
    articles = mutated_articles(200, seed=SEED + 2, bases=texts)
    failures = [(name, text, p) for name, text in articles if (p := analyse_violations(text))]
    assert not failures, f"{len(failures)} of {len(articles)} break the contract; first: " + report(*failures[0])
