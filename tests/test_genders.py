"""Which people a "he" or "she" may stand for (framing/genders.py, read by framing/speakers.py):
the article's titles first, then a "his"/"her" that clearly goes back to the person, then the
hand-compiled given-name table (lexicons/given_names.tsv), where a unisex name decides nothing."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from framing import genders
from framing.cli import app
from framing.lexicon import load, packaged_dir, read_tsv
from framing.lexicon_validate import validate
from framing.speakers import Speakers
from voice_cases import speakers as speakers_of


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Angela Merkel", "f"),
        ("Emmanuel Macron", "m"),
        ("Hillary Rodham Clinton", "f"),
        ("Barack Obama", "m"),
        ("Jeh Johnson", "m"),  # names of PolNeAR's 2016 news the table lacked
        ("Dena Minning Grayson", "f"),
        ("Alex Jones", None),  # unisex: no evidence
        ("Jordan Peterson", None),
        ("Kim Jong Un", None),
        ("Zbigniewa Nowak", None),  # not in the table
        ("Merkel", None),  # a lone surname has no given name
        ("angela merkel", None),  # only a name as written, capitalised
    ],
)
def test_given_name_gender(name, expected):
    assert genders.given_name_gender(name) == expected


@pytest.mark.parametrize(
    "text, surname, expected",
    [
        ("Merkel said her government would act.", "Merkel", "f"),
        ("Macron said his plan was ready.", "Macron", "m"),
        ("Macron told him his plan was ready.", "Macron", None),  # "told": the plan may be the other's
        ("Macron defended himself on Tuesday.", "Macron", "m"),
        # Someone else may come in between: no evidence.
        ("Merkel met Obama and praised his plan.", "Merkel", None),
        ("Merkel met Macron, who praised his own plan.", "Merkel", None),
        # "her" as an object is nobody's possessive: "Trump called her a liar".
        ("Trump called her a liar.", "Trump", None),
        # A possessive of the name itself: the pronoun may be the owner's relative.
        ("Merkel's husband said his work was done.", "Merkel", None),
        # Both ways in one article: undecided.
        ("Lee said his plan worked. Lee said her plan worked.", "Lee", None),
        # Another sentence: no evidence.
        ("Merkel spoke. His plan failed.", "Merkel", None),
    ],
)
def test_pronoun_gender(text, surname, expected):
    assert genders.pronoun_gender(text, surname) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The right person was only an object of the sentence before: the given names decide.
        ("Angela Merkel met Emmanuel Macron in Paris. He said the talks were useful.", ["Emmanuel Macron"]),
        # ... also at the end of its sentence: the full stop is no part of the name.
        ("Angela Merkel met Emmanuel Macron. He said the talks were useful.", ["Emmanuel Macron"]),
        ("Emmanuel Macron met Angela Merkel in Paris. She said the talks were useful.", ["Angela Merkel"]),
        # The subject of the gender asked for stays the referent (the usual reading).
        ("Emmanuel Macron met Angela Merkel in Paris. He said the talks were useful.", ["Emmanuel Macron"]),
        # A title beats the table: `Ms. Jean Smith` is a she although "Jean" is unisex.
        ("Ms. Jean Smith met Emmanuel Macron in Paris. He said the talks were useful.", ["Emmanuel Macron"]),
        # "her government" shows Smith is a she; Macron is the "he".
        (
            "Smith said her government was ready. Smith met Emmanuel Macron in Paris. He said the talks were useful.",
            ["Smith", "Emmanuel Macron"],
        ),
        # No evidence (surnames only, or a unisex first name): today's rule, the last person named.
        ("Merkel met Macron in Paris. He said the talks were useful.", ["Merkel"]),
        ("Jordan Smith met Emmanuel Macron in Paris. She said the talks were useful.", ["Jordan Smith"]),
        # Two people of the wanted gender named as objects: no guess.
        (
            "Angela Merkel met Emmanuel Macron and Olaf Scholz in Paris. He said the talks were useful.",
            [None],
        ),
    ],
)
def test_he_and_she_reach_a_person_named_as_an_object(text, expected):
    assert speakers_of(text) == expected


def test_the_given_names_table_is_valid_and_has_the_three_categories():
    entries = read_tsv(packaged_dir() / genders.GIVEN_NAMES_FILE)
    categories = {e.category for e in entries}
    assert categories == {"male", "female", "unisex"}
    assert len(entries) > 1000
    assert {e.term: e.category for e in entries}["alex"] == "unisex"
    assert not [p for p in validate() if genders.GIVEN_NAMES_FILE in p.path]


def test_score_names_the_object_as_speaker(tmp_path):
    """The way a user sees it: `framing score` on a text file, the speaker in the JSONL."""
    path = tmp_path / "paris.txt"
    path.write_text("Angela Merkel met Emmanuel Macron in Paris. He said the talks were useful.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    spans = [s for s in records[0]["spans"] if s["type"] == "attribution"]
    assert [(s["text"], s["speaker"]) for s in spans] == [("said", "Emmanuel Macron")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A lone name widens to the article's fuller form only when that run opens with a given name,
        # not with a word the article writes in lower case, an adjective or a participle.
        ("Bernie Sanders spoke first. Sanders said the plan failed.", ["Bernie Sanders"]),
        ("The debating was long. Debating Clinton is hard. Clinton said the plan failed.", ["Clinton"]),
        ("Congressional Republicans met. Republicans said the plan failed.", ["Republicans"]),
        ("Virginia Democrats met on Monday. Some Democrats said the plan failed.", ["Democrats"]),
        ("The New York Times ran the story. The Times said the plan failed.", ["New York Times"]),
        # `Mr. Bush` is not the article's first Bush when that one is a woman.
        ("Barbara Bush spoke. Jeb Bush spoke. Mr. Bush said the plan failed.", ["Jeb Bush"]),
        ("Barbara Bush spoke. Mr. Bush said the plan failed.", ["Bush"]),
        # A titled name takes the full name the article writes with the same title, where there is one.
        ("Michelle Obama spoke. President Barack Obama arrived. President Obama said the plan failed.", ["Barack Obama"]),
        ("Sen. Elizabeth Warren spoke. Sen. Warren said the plan failed.", ["Elizabeth Warren"]),
        ("Barbara Bush spoke. Gov. Jeb Bush arrived. Gov. Bush said the plan failed.", ["Jeb Bush"]),
        # with no name given that title, the first full name, as before (what the text allows),
        # except that "President" is not the wife who shares the surname (name_words.SPOUSES_TITLES)
        ("Barbara Bush spoke. Gov. Bush said the plan failed.", ["Barbara Bush"]),
        ("Michelle Obama spoke. President Obama said the plan failed.", ["Obama"]),
    ],
)
def test_a_lone_name_widens_only_to_a_name_that_fits(text, expected):
    assert speakers_of(text) == expected


GENDER_TEXT = "Ms. Ivanka Trump spoke. Mr. Trump spoke. Jamie Dimon met Elizabeth Warren. Alex Smith said his plan was fine."


@pytest.mark.parametrize(
    "person, expected",
    [
        ("Ivanka Trump", "f"),  # her own title
        ("Trump", "f"),  # the bare name widens to the article's first full name, Ivanka Trump
        ("Donald Trump", "m"),  # `Mr. Trump` is not his (he is not the first Trump): his given name
        ("Jamie Dimon", None),  # a unisex given name, no title, no his/her
        ("Elizabeth Warren", "f"),  # the given-name table
        ("Alex Smith", "m"),  # a unisex name, but "his plan" right after it
    ],
)
def test_article_genders_of(person, expected):
    names = Speakers(GENDER_TEXT, frozenset())
    assert genders.ArticleGenders(GENDER_TEXT).of(person, names) == expected


@pytest.mark.parametrize(
    "persons, pronoun, expected",
    [
        ([(0, "Ivanka Trump")], "f", "Ivanka Trump"),
        # The last one is a she, a "he" is wanted: the latest earlier person titled as a he.
        ([(0, "Ivanka Trump"), (24, "Donald Trump"), (40, "Elizabeth Warren")], "m", "Donald Trump"),
        # No earlier one of that gender: no one (a wrong name is worse than none).
        ([(0, "Ivanka Trump"), (40, "Elizabeth Warren")], "m", None),
        # A person without evidence is kept: the usual reading.
        ([(0, "Ivanka Trump"), (40, "Jamie Dimon")], "f", "Jamie Dimon"),
    ],
)
def test_article_genders_referent(persons, pronoun, expected):
    g = genders.ArticleGenders(GENDER_TEXT)
    assert g.referent(persons, len(persons) - 1, len(GENDER_TEXT), pronoun, Speakers(GENDER_TEXT, frozenset())) == expected


USER_NAMES = "term\tcategory\tweight\tnote\tsource\njordan\tmale\t\tour Jordan is a man\tstyle guide\nzarina\tfemale\t\t\tstyle guide\n"
USER_TEXT = (
    "Angela Merkel met Jordan Smith in Paris. He said the talks were useful.\n\n"
    "Emmanuel Macron met Zarina Kovalenko in Kyiv. She said the talks were useful.\n"
)


@pytest.mark.parametrize(
    "user_rows, expected",
    [
        # Ours: "Jordan" is unisex (no evidence), "Zarina" unknown: the "he" stays unnamed and
        # the "she" reaches back to Angela Merkel.
        (None, [None, "Angela Merkel"]),
        # A user's given_names.tsv over ours: a row replaces ours ("jordan" male) or adds one.
        (USER_NAMES, ["Jordan Smith", "Zarina Kovalenko"]),
    ],
)
def test_a_users_given_names_extend_and_override_ours(tmp_path, user_rows, expected):
    import framing

    folders = []
    if user_rows is not None:
        (tmp_path / "given_names.tsv").write_text(user_rows, encoding="utf-8")
        folders = [tmp_path]
    spans = framing.analyze(USER_TEXT, lexicons=folders).spans
    assert [s.speaker for s in spans if s.type == "attribution"] == expected


def test_score_with_a_users_given_names_folder(tmp_path):
    """`framing score --lexicon DIR`, DIR holding a given_names.tsv, as the docs tell a user."""
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "given_names.tsv").write_text(USER_NAMES, encoding="utf-8")
    path = tmp_path / "talks.txt"
    path.write_text(USER_TEXT, encoding="utf-8")
    speakers = {}
    for name, extra in (("ours", []), ("users", ["--lexicon", str(folder)])):
        out = tmp_path / f"{name}.jsonl"
        result = CliRunner().invoke(app, ["score", str(path), *extra, "--out", str(out)])
        assert result.exit_code == 0, result.output
        record = json.loads(out.read_text(encoding="utf-8"))
        speakers[name] = [s["speaker"] for s in record["spans"] if s["type"] == "attribution"]
    assert speakers == {"ours": [None, "Angela Merkel"], "users": ["Jordan Smith", "Zarina Kovalenko"]}


def test_given_names_is_built_once_per_lexicon_set():
    lexicons = load()
    table = genders.given_names(lexicons)
    assert genders.given_names(lexicons) is table
    assert table == genders._given_names()  # the packaged rows, merged as the loader reads them


def test_framing_score_credits_the_president_not_the_first_obama(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Obama speaks\n\nMichelle Obama spoke first. President Barack Obama arrived later. "
        "President Obama said the plan was a disaster.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["score", str(tmp_path), "--no-model"])
    assert result.exit_code == 0, result.output
    spans = json.loads(result.stdout.splitlines()[0])["spans"]
    assert [(s["text"], s["speaker"]) for s in spans if s["type"] == "attribution"] == [("said", "Barack Obama")]
