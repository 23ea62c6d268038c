"""Context rules (framing/rules.py), through framing.analyze as the pipeline applies them."""

from __future__ import annotations

import pytest

import framing


def lexical(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.type) for s in framing.analyze(text).spans if s.type in ("loaded", "hedge", "booster")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Negation flips epistemic commitment.
        ("There is no doubt that it worked.", [("There is no doubt", "booster")]),
        ("Without question, it worked.", [("Without question", "booster")]),
        ("I don't doubt it.", [("doubt", "booster")]),
        ("Officials doubt it.", [("doubt", "hedge")]),
        ("The outcome is not certain.", [("certain", "hedge")]),
        ("The outcome is certain.", [("certain", "booster")]),
        ("It was obvious.", [("obvious", "booster")]),
        # May: the modal, the month, the name.
        ("It may rain tomorrow.", [("may", "hedge")]),
        ("The vote was held in May.", []),
        ("May 14 was the deadline.", []),
        ("The deal, Theresa May said, was done.", []),
        ("May said the deal was done.", []),
        # Approximators hedge only before a number or quantity.
        ("About 40 people came.", [("About", "hedge")]),
        ("They talked about the plan.", []),
        ("around a dozen officials", [("around", "hedge")]),
        ("They walked around the city.", []),
        ("some 300 troops", [("some", "hedge")]),
        ("some people left", []),
        # Vague quantifiers hedge only as weasel words, for an unspecified group.
        ("Some critics say it failed.", [("Some", "hedge")]),
        ("Many believe it failed.", [("Many believe", "hedge")]),
        ("many historians doubt it", [("many", "hedge"), ("doubt", "hedge")]),
        ("It is regarded by many as a failure.", [("by many", "hedge")]),
        ("Many buildings collapsed.", []),
        ("several experts", [("several", "hedge")]),
        ("several buildings", []),
        ("Several prominent economists disagree.", [("Several", "hedge")]),
        ("Many Republicans oppose it.", [("Many", "hedge")]),
        ("It is widely regarded as his best work.", [("widely regarded as", "hedge")]),
        ("It is regarded as a classic.", [("is regarded as", "hedge")]),
        ("They have been criticized for it.", [("have been criticized", "hedge")]),
        ("It has been suggested that he left.", [("It has been suggested", "hedge")]),
        # "claim" is loaded as a verb, not as a noun after a determiner or possessive.
        ("He claimed the vote was rigged.", [("claimed", "loaded"), ("rigged", "loaded")]),
        ("His claims were rejected.", []),
        ("Trump's claim was rejected.", []),
        ("the claim that it failed", []),
        # ... nor as a noun before "of"/"about", after "this", or in "claim to fame" (plain-sense rows).
        ("Organizers disputed claims of racism.", []),
        ("It left them open to claims about transparency.", []),
        ("The Post echoed this claim.", []),
        ("His claim to fame was a speech.", []),
        # ... nor after a preposition, a verb taking it as object or a verb of saying; "-ing" stays a verb.
        ("Despite claims from Tea Partiers that the vote was fair, it stood.", []),
        ("Members have challenged claims that the group is racist.", []),
        ("The report said claims of fraud were false.", []),
        ("She was accused of claiming the vote was rigged.", [("claiming", "loaded"), ("rigged", "loaded")]),
        ("He claims the vote was rigged.", [("claims", "loaded"), ("rigged", "loaded")]),
        ("She claims that he lied about it.", [("claims", "loaded"), ("lied", "loaded")]),
        ("The party claimed about a dozen seats.", [("about", "hedge")]),  # won seats: plain too
        # ... nor after a plural possessive, an adjective that judges the statement, or in a
        # compound that names a filing (context_words.tsv determiners; plain-sense rows).
        ("Envoys picked up the victims' claims.", []),
        ("Carlson mocked the neocons’ claims that Iran is a threat.", [("mocked", "loaded")]),
        ("They produced two women with questionable claims against him.", [("questionable", "loaded")]),
        ("both utterly unbelievable claims.", [("utterly", "loaded"), ("unbelievable", "loaded")]),
        ("The border was swamped with asylum claims.", [("swamped", "loaded")]),
        ("a sexual harassment claim", []),
        ("the investigation into claims that Russia interfered", []),
        ("The voters' verdict came as he claimed victory.", [("claimed", "loaded")]),
        # Frequency adverbs state how often, not how sure: no hedge.
        ("The meeting is usually held in June.", []),
        ("He often travels.", []),
        # Modals: inability is not possibility.
        ("He could not attend.", []),
        ("It could rain.", [("could", "hedge")]),
        # Sense rules: a plain use of a loaded word.
        ("a brutal winter", []),
        ("a brutal crackdown", [("brutal", "loaded")]),
        ("He suffered a heart attack.", []),
        ("Make sure you vote.", []),
        ("crude oil prices", []),
        ("his crude remarks", [("crude", "loaded")]),
        ("They are entitled to vote.", []),
    ],
)
def test_context_rules(text, expected):
    assert lexical(text) == expected


def hedges(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.category) for s in framing.analyze(text).spans if s.type == "hedge"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # An unnamed group hedges when a view is credited to it (vague-group rule) ...
        ("Critics say it failed.", [("Critics", "vague_group")]),
        ("Historians have long argued that he fled.", [("Historians", "vague_group")]),
        ("Experts generally agree the plan works.", [("Experts", "vague_group"), ("generally", "epistemic_adverb")]),
        ("Candidates need 40 percent of the vote, political analysts say.", [("analysts", "vague_group")]),
        # ... not when it is named, counted, or already hedged by a quantifier, nor without a view.
        ("His critics said it failed.", []),
        ("Trump's critics argue otherwise.", []),
        ("Three historians disagree.", []),
        ("The critics praised the film.", []),
        ("Critics of the plan rallied outside.", []),
        ("Most historians agree.", [("Most", "vague_quantifier")]),
        ("Most buildings collapsed.", []),
        ("Only the most senior leaders are told.", []),
        ("His many critics were silent.", []),
        # A quantifier standing for people, before a verb of saying or thinking.
        ("Some have long argued that he fled.", [("Some", "quantity_approximator")]),
        ("Many were killed.", []),
        ("Some have left.", []),
        # Weasel phrases: a reputation or judgement credited to no one in particular.
        ("It is well known that he lied.", [("well known", "vague_attribution")]),
        ("He is best known for his role.", [("best known", "vague_attribution")]),
        ("It was considered a failure.", [("was considered a", "vague_attribution")]),
        ("The bill was considered in committee.", []),
        ("The plan was widely criticized.", [("widely criticized", "vague_attribution")]),
        ("There is some evidence that it works.", [("There is some", "vague_attribution")]),
        ("There are many theories about it.", [("There are many", "vague_attribution")]),
        ("It is reported that he fled.", [("It is reported", "hedge_phrase")]),
        # "generally" limits how far a claim holds; "usually" and "often" only count.
        ("The rules generally apply to everyone.", [("generally", "epistemic_adverb")]),
        ("The meeting is usually held in June.", []),
        # "possible" of what can be done, or of a range, is no hedge.
        ("It is possible to travel by train.", []),
        ("He left as soon as possible.", []),
        ("The highest possible score is 450.", []),
        ("The grant made it possible.", []),
        ("Access is only possible from the rear.", []),
        ("It is possible that he left.", [("It is possible that", "hedge_phrase")]),
        ("A possible cause is rust.", [("possible", "epistemic_adjective")]),
        # "certain" boosts as a predicate; before a noun it picks out members it does not name.
        ("Certain officials said the plan failed.", [("Certain", "certainty_adjective")]),
        ("In certain cases it fails.", [("certain", "certainty_adjective")]),
    ],
)
def test_weasel_words_and_vague_groups(text, expected):
    assert hedges(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Certain officials said the plan failed.", [("Certain", "hedge")]),
        ("She is certain that it works.", [("certain", "booster")]),
        ("I am certain of it.", [("certain", "booster")]),
        ("He is certain to win.", [("certain", "booster")]),
        ("He is certain this works.", [("certain", "booster")]),
        ("They are not certain that it works.", [("certain", "hedge")]),
        ("a certain amount of money", []),
        # The rest of a list a law names (BASIL 1f99798f, HuffPost): 'particular', no hedge nor booster.
        ("making threats against former presidents and certain other persons, threatening interstate communications", []),
        ("It lets religious groups and certain others refrain from it.", []),
        ("He referred to certain other nations as poor.", [("certain", "hedge")]),  # no list before it: unnamed members
    ],
)
def test_certain_boosts_as_a_predicate_and_hedges_before_a_noun(text, expected):
    assert lexical(text) == expected


def test_certain_other_persons_of_a_charge_from_the_cli(tmp_path):
    """`framing score`: the charge "threats against former presidents and certain other persons"
    has no hedge in the JSONL a user reads (a `plain_sense` row of booster.tsv), and `framing
    lexicon test` names the row."""
    import json

    from typer.testing import CliRunner

    from framing.cli import app

    text = "He was charged with making threats against former presidents and certain other persons. Certain officials said so."
    path = tmp_path / "charges.txt"
    path.write_text(text + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    spans = json.loads(out.read_text(encoding="utf-8"))["spans"]
    assert [(s["text"], s["start"], s["type"]) for s in spans if s["type"] in ("hedge", "booster")] == [("Certain", 88, "hedge")]
    shown = CliRunner().invoke(app, ["lexicon", "test", text])
    assert "'and certain other'\tnot a finding (booster 'and certain other'): plain-sense:" in shown.output


def test_a_dropped_match_says_which_rule_dropped_it():
    from framing.lexicon_explain import explain

    found, dropped = explain("It rained in May during a brutal winter.")
    assert found == []
    assert [(m.entry.term, why.split(":")[0]) for m, why in dropped] == [("may", "month-may"), ("brutal winter", "plain-sense")]


def test_a_user_quantity_word_extends_the_approximator_rule(tmp_path):
    (tmp_path / "quantities.tsv").write_text("term\tcategory\tweight\tnote\tsource\nscore\tlarge_number\t\t\tme\n", encoding="utf-8")
    assert lexical("about a score of them") == []
    spans = framing.analyze("about a score of them", lexicons=[tmp_path]).spans
    assert [(s.text, s.type) for s in spans if s.type == "hedge"] == [("about", "hedge")]


@pytest.mark.parametrize(
    "text, loaded",
    [
        ("Rep. Dave Brat said the bill failed.", []),
        ("In victory, Mr. Brat said he was glad.", []),
        ("The boxer Tyson Fury won again.", []),
        ("He called them a Brat Pack.", []),
        ("Why Putin's No-Show Is A Brutal Pantomime", ["Brutal", "Pantomime"]),
        # Title case leaves short function words in lower case: they do not make a headline prose.
        ("Putin Skips Ukraine Talks in Turkey as Russia Dismisses Trump Pressure, Mocks Zelenskyy", ["Mocks"]),
        ("The Senator Mocks Rivals in a Speech at the Fair", ["Mocks"]),
        ("Rep. Dave Brat is in.", []),
        ('"Pathetic," he said of the plan.', ["Pathetic"]),
        ("Critics said the spoiled brat was rude.", ["spoiled", "brat"]),
        # Right after an opening quotation mark a capital starts a quoted sentence or an epithet.
        ('NBC notes, “Strikingly, Trump finishes first.”', ["Strikingly"]),
        ('He called the senator "Pathetic Bob" twice.', ["Pathetic"]),
        ('"I am done," Dave Brat said.', []),
        # An abbreviation's full stop ends no sentence, and a weekday is capitalised in any prose (BASIL).
        ("The vote went to Mr. Brat on Tuesday.", []),
        ("Rep. Dave Brat, R-Va., acknowledged the loss.", []),
        ("The award went to Dr. Savage on Friday.", []),
        # A word the article writes after a given name or a title is a surname wherever it is
        # capitalised: opening a sentence, after a verb, in a headline (BASIL even: 16 'Brat' hits).
        ("Dave Brat won. Brat said he was glad.", []),
        ("Cantor was expected to defeat Brat. Mr. Brat won.", []),
        ("Cantor Loses to Dave Brat in Virginia Primary", []),
        ("Dave Brat won. Critics called him a spoiled brat.", ["spoiled", "brat"]),
        ("Brat said he was glad.", ["Brat"]),  # named nowhere else: the word (known gap)
        # The last of a list of names (BASIL: a governor's list of drug dealers' street names).
        ("He said dealers with names like “Smoothie, D-Money and Shifty” come to Maine.", []),
        ("He said dealers with names like “D-Money, Smoothie (and) Shifty” come to Maine.", []),
        ("Trump and his shifty allies met.", ["shifty"]),
        # A first name opening the sentence, then a comma or what follows a name (PolNeAR).
        ("Dan Gross, president of the Brady Campaign, tweeted.", []),
        ("Ben Jealous said the vote mattered.", []),
        ("The Dems are using Ford.", ["Dems"]),
        ("But Leftists, of course, disagree.", ["Leftists"]),
        ("And Dems have become its members.", ["Dems"]),
    ],
)
def test_a_capitalised_word_inside_a_name_is_no_finding(text, loaded):
    assert [s.text for s in framing.analyze(text).spans if s.type == "loaded"] == loaded


def test_a_user_honorific_extends_the_proper_name_rule(tmp_path):
    (tmp_path / "context_words.tsv").write_text("term\tcategory\tweight\tnote\tsource\ncomrade\thonorific\t\t\tme\n", encoding="utf-8")
    text = "He met comrade Savage there."
    assert [s.text for s in framing.analyze(text).spans if s.type == "loaded"] == ["Savage"]
    assert [s.text for s in framing.analyze(text, lexicons=[tmp_path]).spans if s.type == "loaded"] == []


@pytest.mark.parametrize(
    "lexicon, term, expected",
    [
        ("loaded", "brutal", ["proper_name"]),
        ("loaded", "claim", ["proper_name", "noun_use"]),
        ("loaded", "brutal winter", ["plain_sense", "proper_name"]),
        ("hedge", "may", ["month_may", "generic_may"]),  # "May said"; "a person may suffer": can
        ("hedge", "could", ["ability_could"]),
        ("hedge", "about", ["quantity_approximator"]),
        ("hedge", "many", ["vague_quantifier"]),
        ("hedge", "critics", ["vague_group"]),
        ("hedge", "doubt", ["negation"]),  # "not doubt" boosts; other negated hedges stay hedges
        ("hedge", "suggest", ["proposal", "named_holder"]),  # "suggested a vote": proposes; "Jones suggested": a named view
        ("hedge", "indicate", ["record_subject", "named_holder"]),  # "court records indicated"; "Clinton indicated": a named view
        ("hedge", "seem", []),
        ("hedge", "some of", ["partitive"]),  # "some of the 40 passengers" counts
        ("hedge", "in some", []),
        ("hedge", "rather", ["connective"]),  # "Rather, ..." opening a sentence links it
        ("hedge", "fairly", ["degree_adverb"]),  # "treated fairly." is manner
        ("hedge", "estimate", ["named_holder", "naming_noun"]),  # "Smith estimated"; "Estimates of the damage"
        ("hedge", "suspect", ["named_holder", "naming_noun"]),  # "police identified the suspect"
        ("booster", "certain", ["vague_determiner", "negation"]),
        ("booster", "no doubt", ["negation"]),
    ],
)
def test_each_entry_runs_only_the_rules_that_can_change_it(lexicon, term, expected):
    from framing.lexicon import load
    from framing.rules import RuleData, rules_for

    lexicons = load()
    entry = lexicons.lookup(lexicon, term)
    assert [rule.__name__ for rule in rules_for(entry, RuleData.from_lexicons(lexicons))] == expected


@pytest.mark.parametrize(
    "words, found",
    [
        ("The outcome is NOT", True),
        ("We Don’t", True),
        ("they didn't", True),
        ("Without", True),
        ("as they know", True),  # "no" inside a word: only a reason to look at the words one by one
        ("the officials said", False),
        ("It is", False),
    ],
)
def test_the_negation_cue_pattern_reads_the_lower_cased_words(words, found):
    from framing.rules_data import _packaged_data

    assert (_packaged_data().negation_cue.search(words.lower()) is not None) is found


def test_the_negation_cue_pattern_finds_every_spelling_of_a_negator():
    """Any character whose norm is a letter of a negator (a capital, the typographic apostrophe),
    in any position of any negator: the pattern, on the lower-cased text, still finds the word."""
    import sys

    from framing.rules_data import _packaged_data
    from framing.segment import normalise

    data = _packaged_data()
    letters = set("".join(data.negators) + "n't")
    spellings: dict[str, list[str]] = {ch: [] for ch in letters}
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        if (n := normalise(c)) in spellings:
            spellings[n].append(c)
    assert "’" in spellings["'"] and "N" in spellings["n"]
    for cue in sorted(data.negators | {"n't"}):
        for i, ch in enumerate(cue):
            for c in spellings[ch]:
                word = cue[:i] + c + cue[i + 1 :]
                assert data.negation_cue.search(f"they {word}".lower()), word


def test_a_negator_outside_ascii_is_read_word_by_word(tmp_path):
    from framing.lexicon import load
    from framing.rules import RuleData

    (tmp_path / "negators.tsv").write_text("term\tcategory\tweight\tnote\tsource\njamás\tnegator\t\t\tme\n", encoding="utf-8")
    assert RuleData.from_lexicons(load([tmp_path])).negation_cue is None
    assert lexical("They jamás doubt it.") == [("doubt", "hedge")]
    spans = framing.analyze("They jamás doubt it.", lexicons=[tmp_path]).spans
    assert [(s.text, s.type) for s in spans if s.type in ("hedge", "booster")] == [("doubt", "booster")]
    assert [(s.text, s.type) for s in framing.analyze("It is NOT certain.", lexicons=[tmp_path]).spans] == [("certain", "hedge")]


def test_a_negator_in_capitals_or_with_a_typographic_apostrophe_still_negates():
    assert lexical("The outcome is NOT certain.") == [("certain", "hedge")]
    assert lexical("I DON’T doubt it.") == [("doubt", "booster")]
