"""The lexicon loader, matcher, validator, editor, stats and evaluation (framing/lexicon*.py)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from framing.lexicon import LexiconError, load
from framing.lexicon_coverage import stats
from framing.lexicon_edit import add_entry
from framing.lexicon_evaluate import evaluate, parse_words, read_gold
from framing.lexicon_validate import errors, validate
from framing.segment import word_tokens

HEADER = "term\tcategory\tweight\tnote\tsource\n"


def matched_terms(text: str, lexicon: str = "loaded") -> list[tuple[str, str]]:
    toks = word_tokens(text)
    return [(text[m.start : m.end], m.entry.term) for m in load().match(toks, [lexicon])]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They slam it", ("slam", "slam")),
        ("she slams it", ("slams", "slam")),
        ("he slammed it", ("slammed", "slam")),
        ("slamming the plan", ("slamming", "slam")),
        ("a PANTOMIME", ("PANTOMIME", "pantomime")),
        ("who pulled the strings", ("pulled the strings", "pull the strings")),
        ("pulling the strings again", ("pulling the strings", "pull the strings")),
        ("the puppet regimes", ("puppet", "puppet")),
        ("three thugs", ("thugs", "thug")),
        ("she was lying", ("lying", "lie")),
        ("the anti-vaxxers", ("anti-vaxxers", "anti-vaxxer")),
        ("local heroes", ("heroes", "hero")),
    ],
)
def test_inflections_multiword_and_case_match(text, expected):
    assert expected in matched_terms(text)


def test_whole_words_only():
    assert matched_terms("the clowning glory of Scunthorpe") == [("clowning", "clown")]
    assert matched_terms("inflammable classrooms") == []


def test_lexicon_sizes_meet_the_issue():
    counts = stats(load())
    findings = {name: sum(n for c, n in cats.items() if c != "plain_sense") for name, cats in counts.items()}
    assert findings["loaded"] >= 1500 and findings["hedge"] >= 150 and findings["booster"] >= 100
    assert {"loaded", "hedge", "booster", "reporting_verbs", "anonymous_sources"} <= set(counts)
    assert all(isinstance(n, int) for cats in counts.values() for n in cats.values())


def test_packaged_lexicons_validate_without_errors():
    assert [str(p) for p in errors(validate())] == []


def _user_hedge(tmp_path: Path) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "hedge.tsv").write_text(
        HEADER
        + "perchance\tepistemic_adverb\t1\t\tme\n"  # 2: fine
        + "perchance\tepistemic_adverb\t1\t\tme\n"  # 3: duplicate
        + "mayhap\tepistemic_adverb\t5\t\tme\n"  # 4: weight out of range
        + "belike\tguesswork\t1\t\tme\n"  # 5: unknown category
        + "\t\t\t\t\n"  # 6: empty row
        + "haply\tepistemic_adverb\n"  # 7: malformed (2 columns)
        + "!!!\tepistemic_adverb\t1\t\tme\n"  # 8: can never match
        + "clearly\tepistemic_adverb\t1\t\tme\n",  # 9: a packaged booster, moved to hedge: a warning (tests/test_lexicon_validate.py)
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize(
    "line, message",
    [
        (3, "duplicate term 'perchance' (first on line 2)"),
        (4, "weight '5' is not 1, 2 or 3"),
        (5, "unknown category 'guesswork' for lexicon 'hedge'"),
        (6, "empty row"),
        (7, "2 columns where 5 are expected"),
        (8, "term '!!!' can never match"),
    ],
)
def test_validation_names_file_line_and_problem(tmp_path, line, message):
    problems = [p for p in errors(validate([_user_hedge(tmp_path)])) if p.line == line]
    assert len(problems) == 1
    assert problems[0].path.endswith("hedge.tsv")
    assert message in problems[0].message
    assert problems[0].fix  # every problem says what to do


def test_validation_flags_a_bad_header(tmp_path):
    f = tmp_path / "loaded.tsv"
    f.write_text("word\tkind\n", encoding="utf-8")
    [p] = validate([f])
    assert (p.line, p.severity) == (1, "error") and "header" in p.message


def test_add_appends_a_valid_row_and_refuses_bad_ones(tmp_path):
    f = tmp_path / "loaded.tsv"
    add_entry("loaded", "bloviate", "loaded_verb", 2, "windy speech", file=f)
    assert f.read_text(encoding="utf-8") == HEADER + "bloviate\tloaded_verb\t2\twindy speech\tuser\n"
    with pytest.raises(LexiconError, match=r"loaded.tsv:3: not added: duplicate term 'bloviate'"):
        add_entry("loaded", "bloviate", "loaded_verb", 2, file=f)
    with pytest.raises(LexiconError, match="unknown category 'rude'"):
        add_entry("loaded", "blather on", "rude", 2, file=f)
    with pytest.raises(LexiconError, match="weight '7' is not 1, 2 or 3"):
        add_entry("loaded", "blather on", "contempt", 7, file=f)
    assert f.read_text(encoding="utf-8").count("\n") == 2  # nothing bad was written


@pytest.mark.parametrize("weight", ["7", "0", "-1", "four", "2.5"])
def test_a_user_file_with_a_weight_outside_1_to_3_is_refused_with_file_and_line(tmp_path, weight):
    (tmp_path / "loaded.tsv").write_text(HEADER + f"bloviate\tloaded_verb\t{weight}\t\tme\n", encoding="utf-8")
    with pytest.raises(LexiconError) as e:
        load([tmp_path])
    assert str(e.value) == f"{tmp_path / 'loaded.tsv'}:2: weight {weight!r} is not 1, 2 or 3; `framing lexicon validate {tmp_path / 'loaded.tsv'}` lists every problem"


def test_user_file_overrides_a_packaged_entry(tmp_path):
    (tmp_path / "loaded.tsv").write_text(HEADER + "pantomime\tcontempt\t3\tmine\tme\n", encoding="utf-8")
    entry = load([tmp_path]).lookup("loaded", "pantomime")
    assert (entry.category, entry.weight, entry.source) == ("contempt", 3, "me")
    assert load().lookup("loaded", "pantomime").category == "theatrical"


@pytest.mark.parametrize(
    "cell, words",
    [("['bizarre', 'characteristically']", {"bizarre", "characteristically"}), ("slam; Farce", {"slam", "farce"}), ("[]", set()), ("", set())],
)
def test_gold_words_parse(cell, words):
    assert parse_words(cell) == words


GOLD = """\
text,biased_words,label_bias
The senator slammed the plan as a farce.,"['slammed', 'farce']",Biased
Officials said the storm was devastating.,[],Non-biased
The bill passed quietly.,['quietly'],Biased
It rained on Tuesday.,[],Non-biased
A pathetic display.,[],Biased
Critics called it a hoax and a sham.,['hoax'],Biased
Nobody agreed on this one.,[],No agreement
"""


def test_evaluate_on_a_hand_made_gold_file(tmp_path):
    path = tmp_path / "gold.csv"
    path.write_text(GOLD, encoding="utf-8")
    ev = evaluate(read_gold(path), load())
    # Word level leaves out row 5 (biased, no words marked) and row 7 (no agreement, nothing marked).
    # Hits: slammed, farce (row 1, both gold), devastating (row 2, not gold), hoax (gold), sham (not gold):
    #   precision = 3 correct / 5 hits = 0.6.
    # Gold words in the text: slammed, farce, quietly, hoax = 4; found 3 -> recall 0.75.
    assert (ev.hits, ev.correct, ev.gold, ev.found) == (5, 3, 4, 3)
    assert ev.precision == pytest.approx(0.6) and ev.recall == pytest.approx(0.75)
    # Sentence level (author-voice hit vs label), row 7 unlabelled:
    #   TP rows 1, 5, 6; FP row 2; FN row 3; TN row 4 -> precision 3/4, recall 3/4.
    assert (ev.sentence_tp, ev.sentence_fp, ev.sentence_fn, ev.sentence_tn) == (3, 1, 1, 1)
    # Misfiring terms first: the two that never hit a gold word.
    worst = [(k[1], t.hits, t.correct) for k, t in ev.misfiring_terms()[:2]]
    assert sorted(worst) == [("devastate", 1, 0), ("sham", 1, 0)]
    assert ev.categories[("loaded", "loaded_verb")].found == 1
    assert ev.missed == {"quietly": 1}


def test_evaluate_split_halves_are_disjoint(tmp_path):
    path = tmp_path / "gold.csv"
    path.write_text(GOLD, encoding="utf-8")
    dev, test = read_gold(path, split="dev"), read_gold(path, split="test")
    assert [g.row for g in dev] == [2, 4, 6, 8] and [g.row for g in test] == [3, 5, 7]


@pytest.mark.slow
def test_babe_figures_hold(shared_data):
    """The figures recorded in lexicons/README.md: a regression guard, not a target set by the test."""
    path = shared_data / "babe" / "babe_sg2_final_labels.csv"
    if not path.exists():
        pytest.skip("BABE is not in ../shared/data")
    held_out = evaluate(read_gold(path, split="test"), load())
    assert held_out.precision >= 0.6 and held_out.recall >= 0.38
    everything = evaluate(read_gold(path), load())
    assert everything.precision >= 0.5 and everything.recall >= 0.39


def test_evaluate_with_sentence_labels_only(tmp_path):
    path = tmp_path / "hedges.csv"
    path.write_text("text,label\nIt may rain.,1\nIt rained.,0\nPerhaps.,0\nIt was wet.,1\n", encoding="utf-8")
    ev = evaluate(read_gold(path, words_col=None, label_col="label"), load(), types=("hedge",))
    # Hedge hits: "may" (row 1, labelled uncertain: TP), "Perhaps" (row 3, labelled certain: FP);
    # row 2 TN, row 4 FN.  No word-level gold, so no word-level counts.
    assert (ev.sentence_tp, ev.sentence_fp, ev.sentence_fn, ev.sentence_tn) == (1, 1, 1, 1)
    assert (ev.word_sentences, ev.hits, ev.gold) == (0, 0, 0)


def test_add_defaults_to_the_packaged_file(tmp_path, monkeypatch):
    import shutil

    import framing.lexicon_edit as edit
    import framing.lexicon_validate as val
    from framing.lexicon import packaged_dir

    copy = tmp_path / "lexicons"
    shutil.copytree(packaged_dir(), copy)
    monkeypatch.setattr(edit, "packaged_dir", lambda: copy)
    monkeypatch.setattr(val, "packaged_dir", lambda: copy)
    before = (copy / "booster.tsv").read_text(encoding="utf-8")
    path = add_entry("booster", "beyond the shadow of a doubt", "certainty_phrase", 3)
    assert path == copy / "booster.tsv"
    assert (copy / "booster.tsv").read_text(encoding="utf-8") == before + "beyond the shadow of a doubt\tcertainty_phrase\t3\t\tuser\n"
    with pytest.raises(LexiconError, match="in both 'booster' and 'hedge'"):
        add_entry("booster", "perhaps", "certainty_adverb", 1)


def test_evaluate_counts_only_heavier_findings_with_min_weight(tmp_path):
    path = tmp_path / "gold.csv"
    path.write_text(GOLD, encoding="utf-8")
    ev = evaluate(read_gold(path), load(), min_weight=3)
    # Weight 3 of the hits above: farce (gold), hoax (gold), sham (not gold); slam and devastate weigh 2.
    assert (ev.hits, ev.correct, ev.gold, ev.found) == (3, 2, 4, 2)


# An edit in one session is read again (a lexicon builder in a notebook); an untouched set is the
# same object, so its matcher index and derived tables are not rebuilt per call.
@pytest.mark.parametrize(
    "file, before, after, check",
    [
        ("loaded.tsv", HEADER + "bloviate\tloaded_verb\t2\t\tme\n",
         HEADER + "bloviate\tloaded_verb\t2\t\tme\nblatherskite\tcontempt\t3\t\tme\n",
         lambda lex: lex.lookup("loaded", "blatherskite") is not None),
        ("loaded.tsv", HEADER + "bloviate\tloaded_verb\t2\t\tme\n", HEADER + "bloviate\tloaded_verb\t3\t\tme\n",
         lambda lex: lex.lookup("loaded", "bloviate").weight == 3),
        ("inflections.tsv", "lemma\tforms\nbloviate\tblovoo\n", "lemma\tforms\nbloviate\tblovoo\tbloviatory\n",
         lambda lex: "bloviatory" in lex.irregular["bloviate"]),
        ("metadata.json", '{"loaded": {"version": "1"}}', '{"loaded": {"version": "2"}}',
         lambda lex: lex.metadata["loaded"]["version"] == "2"),
    ],
)
def test_an_edited_lexicon_file_is_read_again_in_the_same_session(tmp_path, file, before, after, check):
    if file != "loaded.tsv":
        (tmp_path / "loaded.tsv").write_text(HEADER + "bloviate\tloaded_verb\t2\t\tme\n", encoding="utf-8")
    (tmp_path / file).write_text(before, encoding="utf-8")
    first = load([tmp_path])
    assert not check(first)
    assert load([tmp_path]) is first  # nothing changed: the same object
    (tmp_path / file).write_text(after, encoding="utf-8")
    second = load([tmp_path])
    assert check(second) and second is not first
    assert load([tmp_path]) is second


def test_a_lexicon_file_added_to_a_folder_is_read_on_the_next_load(tmp_path):
    (tmp_path / "loaded.tsv").write_text(HEADER + "bloviate\tloaded_verb\t2\t\tme\n", encoding="utf-8")
    assert load([tmp_path]).lookup("hedge", "perchance") is None
    (tmp_path / "hedge.tsv").write_text(HEADER + "perchance\tepistemic_adverb\t1\t\tme\n", encoding="utf-8")
    assert load([tmp_path]).lookup("hedge", "perchance").source == "me"


def test_the_packaged_lexicons_load_once():
    assert load() is load() and load([]) is load()
