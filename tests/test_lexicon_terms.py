"""framing/lexicon_terms.py: a term's tokens and the inflected forms the matcher looks for."""

from __future__ import annotations

import pytest

import framing.lexicon as lexicon
import framing.lexicon_files as lexicon_files
import framing.lexicon_terms as lexicon_terms
from framing.lexicon_terms import inflect, regular_inflections, term_tokens


@pytest.mark.parametrize(
    "term, tokens",
    [
        ("Pull the Strings", ("pull", "the", "strings")),
        ("anti-vaxxer", ("anti-vaxxer",)),
        ("U.S. puppet", ("u", "s", "puppet")),
        ("hard to estimate", ("hard", "to", "estimate")),
    ],
)
def test_term_tokens_are_the_tokens_an_article_gives(term: str, tokens: tuple[str, ...]) -> None:
    assert term_tokens(term) == tokens


@pytest.mark.parametrize(
    "word, forms",
    [
        ("slam", {"slam", "slams", "slamed", "slaming", "slammed", "slamming"}),  # both: "target" must not double
        ("cripple", {"cripple", "cripples", "crippled", "crippling"}),
        ("cry", {"cry", "cries", "cried", "crying"}),
        ("militant", {"militant", "militants", "militanted", "militanting"}),
        ("bash", {"bash", "bashes", "bashed", "bashing"}),
        ("anti-vaxxer", {"anti-vaxxer", "anti-vaxxers", "anti-vaxxered", "anti-vaxxering"}),
        ("a", {"a"}),
        ("9/11", {"9/11"}),
    ],
)
def test_regular_inflections(word: str, forms: set[str]) -> None:
    assert regular_inflections(word) == forms


def test_inflect_changes_the_first_and_the_last_word_only() -> None:
    forms = inflect(("pull", "the", "string"), {"pull": {"pulled"}})
    assert ("pulled", "the", "string") in forms
    assert ("pull", "the", "strings") in forms
    assert ("pulls", "the", "strings") not in forms  # one end at a time
    assert all(f[1] == "the" for f in forms)


@pytest.mark.parametrize(
    "name, module",
    [("term_tokens", lexicon_terms), ("inflect", lexicon_terms), ("regular_inflections", lexicon_terms),
     ("read_tsv", lexicon_files), ("Entry", lexicon_files), ("LexiconError", lexicon_files),
     ("packaged_dir", lexicon_files), ("lexicon_files", lexicon_files)],
)
def test_framing_lexicon_still_offers_the_names_it_was_split_into(name: str, module: object) -> None:
    assert getattr(lexicon, name) is getattr(module, name)
    assert name in lexicon.__all__


# --- slots: one row for the phrases an adverb or a tense makes ([is|was], [adverb]) ---------------

LISTS = {"adverb": ["also", "often"]}


@pytest.mark.parametrize("term, phrases", [
    ("it [is|was] [adverb] reported", ["it is also reported", "it is often reported", "it was also reported", "it was often reported"]),
    ("[once|then] [deemed|regarded as]", ["once deemed", "once regarded as", "then deemed", "then regarded as"]),
    ("[is|are] known to  [cause|exist]", ["is known to cause", "is known to exist", "are known to cause", "are known to exist"]),
    ("widely claimed", ["widely claimed"]),  # no slot: itself
])
def test_a_term_with_slots_stands_for_each_phrase(term, phrases):
    assert lexicon_terms.expand_term(term, LISTS) == phrases


@pytest.mark.parametrize("term, problem", [
    ("it [is|was] [adverb] reported", ""),
    ("it [is|was reported", "term 'it [is|was reported' has a bracket without its partner: a slot is written [a|b] or [name]"),
    ("it [is|] reported", "the slot [is|] of 'it [is|] reported' has an empty choice: write [a|b], each choice a word or phrase"),
    ("it is [] reported", "the slot [] of 'it is [] reported' is empty"),
    ("it is [adverbs] reported", "the slot [adverbs] of 'it is [adverbs] reported' names no word list of this lexicon "
                                 "(its \"slots\" in metadata.json: adverb)"),
])
def test_what_is_wrong_with_a_slot_is_said(term, problem):
    said = lexicon_terms.slot_problem(term, LISTS)
    assert said.startswith(problem) and bool(said) == bool(problem)


@pytest.mark.parametrize("phrase", [
    "it was also reported", "it is widely believed", "it has often been claimed", "it has long been rumoured",
    "often credited with", "was known to have", "been known to be", "are known to cause", "then regarded as",
    "sometimes thought of as", "generally perceived as", "were claimed to",
])
def test_the_packaged_slot_rows_stand_for_the_phrases_spelled_out_before(phrase):
    """The 72 rows of commit 8cc8dfe (and 'it is widely believed', 'it is often/sometimes claimed')
    are now 11 rows with slots; each phrase is still an entry, with the row it came from."""
    entry = lexicon.load().lookup("hedge", phrase)
    assert entry is not None and entry.category == "vague_attribution" and "[" in entry.pattern
    assert lexicon_terms.SLOT.search(entry.pattern)


def test_the_adverb_list_is_data_in_the_metadata():
    meta = lexicon_files.read_metadata(lexicon_files.packaged_dir())
    assert lexicon_terms.slot_lists(meta["hedge"])["adverb"] == [
        "also", "often", "widely", "frequently", "sometimes", "long", "generally", "commonly"]


def test_lexicon_test_names_the_row_and_the_list_a_phrase_comes_from():
    from typer.testing import CliRunner

    from framing.cli import app

    result = CliRunner().invoke(app, ["lexicon", "test", "It was widely reported that the plan failed."])
    assert result.exit_code == 0, result.output
    [line] = [x for x in result.output.splitlines() if x.startswith("0-22\t")]
    assert line.startswith("0-22\t'It was widely reported'\thedge/vague_attribution w=1\tvoice=author\tentry 'it was widely reported' (hedge.tsv:")
    assert line.endswith(", a phrase of the row 'it [is|was] [adverb] [reported|believed|thought|claimed|alleged|rumored|rumoured|suggested]' "
                         "([adverb]: also, often, widely, frequently, sometimes, long, generally, commonly, the lexicon's \"slots\" in metadata.json))")


def test_a_phrase_of_a_slot_row_from_the_cli_score(tmp_path):
    import json

    from typer.testing import CliRunner

    from framing.cli import app

    (tmp_path / "a.txt").write_text("It has long been rumoured that the mayor will quit. The drugs are known to cause rashes.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(tmp_path / "a.txt"), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(s["text"], s["category"], s["term"]) for s in record["spans"] if s["type"] == "hedge"] == [
        ("It has long been rumoured", "vague_attribution", "it has long been rumoured"),
        ("are known to cause", "vague_attribution", "are known to cause"),
    ]


def test_lexicon_show_prints_a_row_with_slots_once_as_written():
    from typer.testing import CliRunner

    from framing.cli import app

    result = CliRunner().invoke(app, ["lexicon", "show", "hedge", "--category", "vague_attribution"])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.output.splitlines()]
    known = [r for r in rows if "known to" in r[0]]
    assert [(r[0], r[4].split(":")[0]) for r in known if "[" in r[0]] == [
        ("[is|are|was|were|been] known to [have|be]", "hedge.tsv"), ("[is|are] known to [cause|exist|occur]", "hedge.tsv")]
    assert not any(r[0] == "was known to have" for r in rows)  # its phrases are not listed one by one
