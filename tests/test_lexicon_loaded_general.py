"""Loaded words of general news English added for recall that generalises (issue #6, the BASIL
lexical-bias target): derived forms of listed words, '-gate' names, slogans of US politics and
evaluative idioms, each with its plain sense where news has one (lexicons/loaded.tsv)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app


def loaded(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.voice) for s in framing.analyze(text).spans if s.type == "loaded"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "totally" turns a verdict up (PTC even marks 6 of its 12 uses, BASIL even its one quoted use).
        ("“Social Media is totally discriminating against Republican/Conservative voices,” Trump tweeted.",
         [("totally", "quoted")]),
        ("Manafort called the story “totally false.”", [("totally", "quoted")]),
        ("They are totally different machines.", []),
        ("The stadium was totally rebuilt in 2010.", []),
        # Derived forms of listed words carry the same judgement.
        ("Many Republicans loathe the senator.", [("loathe", "author")]),
        ("The reporter fabricated quotes from sources.", [("fabricated", "author")]),
        ("The plant will fabricate steel parts for the bridge.", []),
        ("Hecklers interrupted the speech twice.", [("Hecklers", "author")]),
        ("His critics see only opportunism in the move.", [("opportunism", "author")]),
        ("She denounced the nativism of the campaign.", [("nativism", "author")]),
        ("The salaries are obscenely high.", [("obscenely", "author")]),
        # '-gate' names brand an affair a scandal; slogans of one side.
        ("Trump again attacked what he calls Russiagate.", [("Russiagate", "author")]),
        ("The Soros-backed group ran ads.", [("Soros-backed", "author")]),
        ("Critics call the program corporate welfare.", [("corporate welfare", "author")]),
        ("He called it a sweetheart deal for donors.", [("sweetheart deal", "author")]),
        ("The senator's spending spree drew attention.", [("spending spree", "author")]),
        # Evaluative idioms.
        ("His remarks were beyond the pale.", [("beyond the pale", "author")]),
        ("The campaign went off the rails in October.", [("off the rails", "author")]),
        ("He took umbrage at the question.", [("umbrage", "author")]),
        ("The plan backfired on the governor.", [("backfired", "author")]),
        ("The engine backfired twice.", []),
        ("The chastened president returned to Washington.", [("chastened", "author")]),
        # Rare evaluative adjectives and nouns (PTC even marks 'baffling', 'execrable', 'hideous',
        # 'insidious' where they occur), each with its plain sense where news has one.
        ("It was a baffling decision by the board.", [("baffling", "author")]),
        ("Critics denounced his noxious views.", [("noxious", "author")]),
        ("Officials warned of noxious fumes near the plant.", []),
        ("He had the gall to blame the voters.", [("the gall to", "author")]),
        ("The lawsuit was frivolous.", [("frivolous", "author")]),
        ("Republicans buried their heads in the sand.", [("heads in the sand", "author")]),
        ("The report was a nothingburger, his lawyer said.", [("nothingburger", "author")]),
        ("The senator said the plan was pie in the sky.", [("pie in the sky", "author")]),
        # Nicknames and labels of one side.
        ("Trump again mocked Pocahontas at the rally.", [("mocked", "author"), ("Pocahontas", "author")]),
        ("Thousands of protesters, they were “Bernie bros,” he said.", [("Bernie bros", "quoted")]),
        ("The sermon warned against the gay lifestyle.", [("gay lifestyle", "author")]),
        # Metaphors of decline and rigging, adverbs that turn a verdict up.
        ("The agency fudged the numbers before the vote.", [("fudged the numbers", "author")]),
        ("The party is in free fall after the scandal.", [("free fall", "author")]),
        ("Democrats want to pack the court.", [("pack the court", "author")]),
        ("The economy was teetering on the brink.", [("teetering", "author")]),
        ("Progress has been painfully slow.", [("painfully", "author")]),
        ("They blindly follow the president.", [("blindly", "author")]),
        ("The plan stigmatizes immigrants.", [("stigmatizes", "author")]),
        pytest.param("The skydiver was in free fall for a minute.", [],
                     marks=pytest.mark.xfail(reason="a literal free fall is not told from a party's; weight 1 for that", strict=True)),
        # How someone spoke or looked, as the writer characterises it (BASIL even marks 'nonchalant',
        # 'guffaws', 'scoffing pityingly'); a plain tone word ('sarcastically', PTC even 0 of 4) is left out.
        ("Malia declined the offer with a nonchalant, “Nah.”", [("nonchalant", "author")]),
        ("Biden answered with grins and guffaws.", [("guffaws", "author")]),
        ("He shook his head, scoffing pityingly at Ryan.", [("scoffing", "author"), ("pityingly", "author")]),
        ("“No,” she replied curtly.", [("curtly", "author")]),
        ("“We will see,” he said icily.", [("icily", "author")]),
        ("The senator glowered at the witness.", [("glowered", "author")]),
        ("“Right,” he said sarcastically.", []),
        # Politics cast as self-serving moves and submission.
        ("The governor took a victory lap after the vote.", [("victory lap", "author")]),
        ("Republicans lined up to kiss the ring at Mar-a-Lago.", [("kiss the ring", "author")]),
        ("The order is an end run around Congress.", [("end run", "author")]),
        ("Voters remember his broken promises.", [("broken promises", "author")]),
        ("They are men who refuse to bend the knee before God.", []),
    ],
)
def test_general_loaded_words(text, expected):
    assert loaded(text) == expected


def test_general_loaded_words_from_the_cli(tmp_path: Path):
    """`framing score`: the JSONL a user reads holds "totally" in the quoted voice and
    "backfired" in the author's; the engine's backfire is no finding."""
    path = tmp_path / "tweet.txt"
    path.write_text("“Social Media is totally discriminating,” Trump tweeted. The plan backfired. The engine backfired.\n",
                    encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    spans = [s for s in record["spans"] if s["type"] == "loaded"]
    assert [(s["text"], s["start"], s["voice"], s["category"]) for s in spans] == [
        ("totally", 17, "quoted", "intensifier"), ("backfired", 66, "author", "judgement")]


def test_rare_loaded_words_from_the_cli(tmp_path: Path):
    """`framing score`: a rare adjective, a rigging idiom and a metaphor of decline are loaded
    words in the author's voice in the JSONL, with their categories."""
    path = tmp_path / "agency.txt"
    path.write_text("It was a baffling decision. The agency fudged the numbers, and the party is in free fall.\n",
                    encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    spans = [s for s in record["spans"] if s["type"] == "loaded"]
    assert [(s["text"], s["start"], s["voice"], s["category"]) for s in spans] == [
        ("baffling", 9, "author", "judgement"), ("fudged the numbers", 39, "author", "deception"),
        ("free fall", 79, "author", "exaggeration")]
