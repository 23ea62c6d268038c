"""The lexicons as a media-literacy teacher reads them: every highlight in the outlet's own voice
must be one a teacher can defend, and the plain uses next to it stay unmarked.

Each row was decided on real news (BASIL and PTC even halves, BABE even rows, PolNeAR train and
dev; lexicons/README.md, "Teacher's pass"), through the library and from the CLI.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app

runner = CliRunner()
FINDINGS = ("loaded", "hedge", "booster")


def findings(text: str) -> list[tuple[str, str, str, int]]:
    """(text, type, category, start) of each loaded/hedge/booster span, checked against the text."""
    out = []
    for s in framing.analyze(text).spans:
        if s.type in FINDINGS:
            assert text[s.start : s.end] == s.text
            out.append((s.text, s.type, s.category, s.start))
    return out


def scored_from_the_cli(tmp_path: Path, name: str, text: str) -> dict:
    """The JSONL record `framing score FILE --out OUT` writes for one article file."""
    article = tmp_path / name
    article.write_text(text, encoding="utf-8")
    out = tmp_path / "scores.jsonl"
    result = runner.invoke(app, ["score", str(article), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "text, expected",
    [
        # "cripple": the verb in every form, as "crippled" and "crippling" always were.
        ("Sanctions cripple Iran's economy", [("cripple", "loaded", "exaggeration", 10)]),
        ("The strike cripples the port.", [("cripples", "loaded", "exaggeration", 11)]),
        ("Floods crippled the network and left crippling debts.",
         [("crippled", "loaded", "exaggeration", 7), ("crippling", "loaded", "exaggeration", 37)]),
        # "militants": the name wire copy gives armed groups (22 of 22 PolNeAR uses descriptive), not a finding.
        ("Militants seize town in northern Mali", []),
        ("Islamic State militants killed 130 people.", []),
        # "hard to say" and its kin: the writer cannot say for sure.
        ("It is hard to estimate the damage.", [("hard to estimate", "hedge", "hedge_phrase", 6)]),
        ("It is difficult to say how long it will last.", [("difficult to say", "hedge", "hedge_phrase", 6)]),
        ("Who won is hard to tell.", [("hard to tell", "hedge", "hedge_phrase", 11)]),
        ("It is too early to know whether the attack was political.", [("too early to know", "hedge", "hedge_phrase", 6)]),
        ("The impact is difficult to determine.", [("difficult to determine", "hedge", "hedge_phrase", 14)]),
        ("How that plays out is harder to predict.", [("harder to predict", "hedge", "hedge_phrase", 22)]),
        ("Their wealth is hard to pin down.", [("hard to pin down", "hedge", "hedge_phrase", 16)]),
        # Not a hedge: hard work, a hard sell, a difficult decision to make.
        ("It was hard to leave, and a difficult decision to make.", []),
        # A legal charge reported as fact is no accusation by the writer; the writer's own charge is.
        ("Cohen pleaded guilty to lying to Congress.", []),
        ("Flynn lied to the FBI, and he lied under oath.", []),
        ("He lied about the crowd.", [("lied", "loaded", "deception", 3)]),
        # "make (it) clear" reports plain speaking; the writer's own certainty still boosts.
        ("The scholars make clear they are not objecting.", []),
        ("A footnote in the report makes that clear.", []),
        ("Moscow made it abundantly clear that it will not budge.", [("abundantly clear", "booster", "certainty_phrase", 15)]),
        ("It is clear that the plan failed.", [("It is clear that", "booster", "certainty_phrase", 0)]),
        # Judgements a teacher points at in the seeds and in PTC.
        ("Russia pressed vague pretexts used to justify its invasion.", [("pretexts", "loaded", "deception", 21)]),
        ("He tried to curry favor with the audience.", [("curry favor", "loaded", "loaded_verb", 12)]),
        ("A few goading posts by Trump.", [("goading", "loaded", "loaded_verb", 6)]),
        ("As the diplomatic theater unfolded, the war raged on.", [("diplomatic theater", "loaded", "theatrical", 7)]),
        # "aggressive" for vigour in a plan is plain; for a state's behaviour it judges.
        ("Democrats began a more aggressive recruitment campaign.", []),
        ("Rubio would take aggressive steps.", []),
        ("Putin's aggressive behavior worried them.", [("aggressive", "loaded", "judgement", 8)]),
    ],
)
def test_teacher_findings(text: str, expected: list[tuple[str, str, str, int]]) -> None:
    assert findings(text) == expected


def test_a_headline_is_read_like_the_body_from_the_cli(tmp_path: Path) -> None:
    row = scored_from_the_cli(tmp_path, "grid.txt", "Sanctions cripple grid as militants advance\n\nIt is hard to estimate the damage.\n")
    assert row["title"] == "Sanctions cripple grid as militants advance"
    got = [(s["start"], s["end"], s["text"], s["type"], s["voice"]) for s in row["spans"] if s["type"] in FINDINGS]
    assert got == [(10, 17, "cripple", "loaded", "author"), (51, 67, "hard to estimate", "hedge", "author")]


def test_lexicon_test_names_the_row_of_a_new_hedge() -> None:
    result = runner.invoke(app, ["lexicon", "test", "It is too soon to say."])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if "too soon to say" in x)
    assert line.startswith("6-21\t'too soon to say'\thedge/hedge_phrase w=1\tvoice=author")
    assert "(hedge.tsv:" in line


def test_a_title_case_headline_with_short_lower_case_words_keeps_its_loaded_verb(tmp_path: Path) -> None:
    """'in' and 'as' stay lower case in title case; they once made this headline read as prose, and
    'Mocks' as part of a name (the proper-name rule)."""
    headline = "Putin Skips Ukraine Talks in Turkey as Russia Dismisses Trump Pressure, Mocks Zelenskyy"
    row = scored_from_the_cli(tmp_path, "talks.txt", f"{headline}\n\nThe Kremlin sent a junior team.\n")
    loaded = [(s["start"], s["end"], s["text"], s["voice"]) for s in row["spans"] if s["type"] == "loaded"]
    assert loaded == [(72, 77, "Mocks", "author")]


def test_lexicon_test_says_why_a_superlative_most_is_no_hedge() -> None:
    result = runner.invoke(app, ["lexicon", "test", "The mayors of the 10 most populous cities have endorsed her."])
    assert result.exit_code == 0, result.output
    assert "21-25\t'most'\tnot a finding (hedge 'most'): vague-quantifier: 'the 10 most' is a superlative" in result.output
    assert "hedge/" not in result.output


def epistemic(text: str) -> list[tuple[str, str, str]]:
    return [(s.text, s.type, s.voice) for s in framing.analyze(text).spans if s.type in ("hedge", "booster")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A poll site's name is no certainty ...
        ("Trump leads in the Real Clear Politics average.", []),
        ("The result is clear.", [("clear", "booster", "author")]),
        # ... nor a requirement ("must be approved by members": deontic), while the inference is ...
        ("The deal must be approved by union members.", []),
        ("The contract must be ratified by the board.", []),
        ("It must be true.", [("must be", "booster", "author")]),
        ("He must have known.", [("must have", "booster", "author")]),
        # ... nor an obligation someone urges ("must be willing to confront Putin"), while a state the
        # writer infers stays one.
        ('"Trump must be willing to confront Putin," she said.', []),
        ("Russia must be held accountable.", []),
        ("He must be exhausted.", [("must be", "booster", "author")]),
        # ... nor an emphatic "make sure" (an instruction) ...
        ("They must make damn sure everyone votes.", []),
        # ... and a measured difference in degree is no hedge ("slightly more" never was), while the
        # downtoner that softens a judgement still is.
        ("Clinton fares only a bit better: 54% have a negative view.", []),
        ("Sanders is viewed somewhat more positively by Republicans.", []),
        ("The plan is somewhat risky.", [("somewhat", "hedge", "author")]),
        ("It came as a bit of a shock.", [("a bit", "hedge", "author")]),
        ('"Clinton fares a bit better," she said.', []),
    ],
)
def test_teacher_epistemic_findings_second_pass(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert epistemic(text) == expected


def test_a_required_approval_is_no_booster_from_the_cli(tmp_path: Path) -> None:
    """`framing score`: "must be approved by union members" carries no booster in the JSONL;
    "must be true" in the next sentence does."""
    record = scored_from_the_cli(tmp_path, "deal.txt", "The deal must be approved by union members. It must be true.\n")
    assert [(s["text"], s["start"], s["type"], s["voice"]) for s in record["spans"] if s["type"] in ("hedge", "booster")] == [
        ("must be", 47, "booster", "author")]


def test_an_urged_obligation_is_no_booster_from_the_cli(tmp_path: Path) -> None:
    """`framing score`: in a senator's "Trump must be willing to confront Putin", students saw "must be"
    flagged as certainty; it is an obligation, so no booster, while "must be true" still is one."""
    text = 'Summit\n\n"Trump must be willing to confront Putin," Schumer said. It must be true.\n'
    record = scored_from_the_cli(tmp_path, "summit.txt", text)
    assert [(s["text"], s["start"], s["voice"]) for s in record["spans"] if s["type"] == "booster"] == [
        ("must be", text.index("must be true"), "author")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Rather," opening a sentence links it to the last one ("instead"): no hedge ...
        ("It was not overpopulated with CEOs. Rather, I was destined to spend every night there.", []),
        ('"It was no deal. Rather, it was a trap," he said.', []),
        # ... while "rather" as a degree adverb softens, wherever it stands.
        ("The sentence was rather harsh.", [("rather", "hedge", "author")]),
        ("Rather harsh words followed.", [("Rather", "hedge", "author")]),
    ],
)
def test_rather_opening_a_sentence_is_a_connective(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert epistemic(text) == expected


def test_rather_as_a_connective_from_the_cli() -> None:
    """`framing lexicon test` says why "Rather," is no hedge."""
    result = runner.invoke(app, ["lexicon", "test", "It failed. Rather, it never began."])
    assert result.exit_code == 0, result.output
    lines = [line.rsplit("\tentry ", 1)[0] for line in result.output.splitlines()]
    assert lines == ["11-17\t'Rather'\tnot a finding (hedge 'rather'): connective: 'Rather,' opening a sentence links it to the last one, no hedge"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "fairly" grading the word after it softens ...
        ("He is fairly sure he can't support her.", [("fairly", "hedge", "author"), ("sure", "booster", "author")]),
        ("He has said so fairly consistently.", [("fairly", "hedge", "author")]),
        ("The evidence is fairly weak.", [("fairly", "hedge", "author")]),
        # ... "fairly" of manner (justly) grades nothing: no hedge.
        ("Trump said a Muslim judge wouldn't treat him fairly because of his calls.", []),
        ("Voters want to be treated fairly.", []),
        ("They competed fairly and lost.", []),
        ("The rules were applied fairly in every state.", []),
        ('"Treat us fairly," she said.', []),
    ],
)
def test_fairly_hedges_only_as_a_degree_word(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert epistemic(text) == expected


def test_fairly_of_manner_from_the_cli(tmp_path: Path) -> None:
    """`framing score`: "treat him fairly because" carries no hedge; "fairly weak" does."""
    record = scored_from_the_cli(tmp_path, "judge.txt", "He would not treat him fairly because of it. The case is fairly weak.\n")
    assert [(s["text"], s["start"], s["type"], s["voice"]) for s in record["spans"] if s["type"] in ("hedge", "booster")] == [
        ("fairly", 57, "hedge", "author")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "upward of", the US spelling of "upwards of": a lower bound with no upper one, an approximator.
        ("The company could earn upward of $5 million.", [("could", "hedge", "modal", 12), ("upward of", "hedge", "approximator", 23)]),
        ("They plan to spend upward of $10 million on ads.", [("upward of", "hedge", "approximator", 19)]),
        ("Upwards of 300 women have been murdered.", [("Upwards of", "hedge", "approximator", 0)]),
        # "upwards of" is a form of the one "upward of" row (no row of its own, which validate warned of).
        ("They could earn upwards of $20 an hour.", [("could", "hedge", "modal", 5), ("upwards of", "hedge", "approximator", 16)]),
    ],
)
def test_upward_of_is_an_approximator(text, expected):
    assert findings(text) == expected


def test_upward_of_from_the_cli(tmp_path):
    """`framing score`: "upward of $10 million" is the writer's hedge in the JSONL, like "about"."""
    row = scored_from_the_cli(tmp_path, "ads.txt", "They plan to spend upward of $10 million on ads.\n")
    got = [(s["start"], s["end"], s["text"], s["type"], s["voice"]) for s in row["spans"] if s["type"] in FINDINGS]
    assert got == [(19, 28, "upward of", "hedge", "author")]


def test_lexicon_validate_has_no_repeated_upwards_of_row():
    """`framing lexicon validate` on the packaged lexicons: 0 errors and 0 warnings (hedge.tsv
    had an "upwards of" row repeating a form of "upward of")."""
    result = CliRunner().invoke(app, ["lexicon", "validate"])
    assert result.exit_code == 0, result.output
    assert "upwards of" not in result.output
    assert result.output.strip().splitlines()[-1] == "0 errors, 0 warnings"


@pytest.mark.parametrize(
    "text, expected",
    [
        # "until proven" / "unless proven": a condition not yet met, nothing proven, no booster ...
        ("Call it disinformation until proven otherwise.", []),
        ("He is innocent until proven guilty.", []),
        ("Nothing counts unless proven in court.", []),
        # ... while a proven thing is still the writer's certainty.
        ("The cure is proven.", [("proven", "booster", "certainty_adjective", 12)]),
        ("It is a proven fact.", [("proven fact", "booster", "certainty_phrase", 8)]),
    ],
)
def test_until_proven_is_no_booster(text, expected):
    assert findings(text) == expected


def test_until_proven_from_the_cli(tmp_path):
    """`framing score`: "until proven otherwise" is no booster in the JSONL; "proven" beside it is."""
    row = scored_from_the_cli(tmp_path, "claim.txt", "Treat it as false until proven otherwise. The cure is proven.\n")
    got = [(s["start"], s["end"], s["text"], s["type"], s["voice"]) for s in row["spans"] if s["type"] in FINDINGS]
    assert got == [(54, 60, "proven", "booster", "author")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "has/have/had proven" + an adjective or "to be": turned out, as a bare "proved" is; no booster ...
        ("The company has proven to be a reliable partner.", []),
        ("The talks had proven difficult.", []),
        ("Such schemes have proven popular with voters.", []),
        ("Having proven hard to sell, the bonds were withdrawn.", []),
        # ... while a proof with its that-clause, and a thing shown to be so, still boost.
        ("Tests have proven that the drug works.", [("have proven that", "booster", "certainty_verb", 6)]),
        ("The drug has been proven effective.", [("proven", "booster", "certainty_adjective", 18)]),
        ("The cure is proven.", [("proven", "booster", "certainty_adjective", 12)]),
    ],
)
def test_has_proven_to_be_is_no_booster(text, expected):
    assert findings(text) == expected


def test_has_proven_to_be_from_the_cli(tmp_path):
    """`framing score`: "has proven to be" is no booster in the JSONL; "has been proven" beside it is."""
    row = scored_from_the_cli(tmp_path, "firm.txt", "The firm has proven to be reliable. Its method has been proven.\n")
    got = [(s["start"], s["end"], s["text"], s["type"], s["voice"]) for s in row["spans"] if s["type"] in FINDINGS]
    assert got == [(56, 62, "proven", "booster", "author")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Fourteenth session's BASIL even read: a question asked is no hedge of the writer's ...
        ('Rep. Smith asked her if she could "comment briefly on the status".', []),
        # ... nor a question of number ...
        ("Republicans will decide how many of the country's estimated 11 million undocumented immigrants can apply.",
         [("estimated", "hedge", "epistemic_verb", 50)]),
        # ... while "remains to be seen/known/determined" hedges in any form.
        ("The outcome remained to be seen.", [("remained to be seen", "hedge", "hedge_phrase", 12)]),
        ("It remains to be known how many of them would enter the House.", [("remains to be known", "hedge", "hedge_phrase", 3)]),
        ("Whether it applies remains to be determined.", [("remains to be determined", "hedge", "hedge_phrase", 19)]),
        # Boosters of the same read: an idiom, a manner, a proof asked for are no certainty ...
        ("McCain's allies steered clear of discussing it.", []),
        ("Pence failed to clearly explain the law.", []),
        ("A bill would require candidates to prove that they are natural born citizens.", []),
        # ... while the writer's own "clearly" and a proof given stay boosters.
        ("He clearly erred.", [("clearly", "booster", "certainty_adverb", 3)]),
        ("The records prove that he erred.", [("prove that", "booster", "certainty_verb", 12)]),
    ],
)
def test_teacher_basil_even_read(text, expected):
    assert findings(text) == expected


def test_boosters_of_the_basil_read_from_the_cli(tmp_path: Path) -> None:
    """`framing score`: "steered clear of" and "to clearly explain" carry no booster; "clearly erred" does."""
    record = scored_from_the_cli(tmp_path, "pence.txt", "They steered clear of it. Pence failed to clearly explain the law. He clearly erred.\n")
    assert [(s["text"], s["start"], s["type"], s["voice"]) for s in record["spans"] if s["type"] in FINDINGS] == [
        ("clearly", 70, "booster", "author")]


def test_a_question_of_number_from_the_cli(tmp_path: Path) -> None:
    """`framing score`: "how many of" carries no hedge; "remains to be known" beside it is one."""
    record = scored_from_the_cli(tmp_path, "count.txt", "It remains to be known how many of them would enter the House.\n")
    assert [(s["text"], s["start"], s["type"], s["voice"]) for s in record["spans"] if s["type"] in FINDINGS] == [
        ("remains to be known", 3, "hedge", "author")]
