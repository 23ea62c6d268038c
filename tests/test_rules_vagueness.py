"""Vagueness rules (framing/rules_vagueness.py) and the hedge rows they key on, through
framing.analyze as the pipeline applies them: which words end up as author-voice hedges.

Each table pairs weasel constructions that hedge with the news uses of the same words that must
stay plain (counts, named judges, named believers)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app


def hedges(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.category) for s in framing.analyze(text).spans if s.type == "hedge"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A judgement in the passive credited to no one hedges ...
        ("The plan has been criticized.", [("has been criticized", "agentless_passive")]),
        ("It has also been severely criticized.", [("been severely criticized", "agentless_passive")]),
        ("The theory has also been criticized on other grounds.", [("also been criticized", "agentless_passive")]),
        ("The audio was criticized as primitive.", [("was criticized", "agentless_passive")]),
        ("These claims have been disputed.", [("been disputed", "agentless_passive")]),
        # ... and so does one credited to an unnamed many ...
        ("The film was criticized by many.", [("was criticized", "agentless_passive"), ("by many", "vague_attribution")]),
        ("The bill was criticised by critics of the reform.", [("was criticised", "agentless_passive"), ("critics", "vague_group")]),
        ("The series has drawn criticism as too blatant.", [("drawn criticism", "agentless_passive")]),
        ("The decision drew sharp criticism.", [("drew sharp criticism", "agentless_passive")]),
        ("The minister faced criticism from many.", [("faced criticism", "agentless_passive")]),
        ("Recent releases have sparked much controversy.", [("sparked much controversy", "agentless_passive")]),
        ("The theories have received considerable criticism.", [("received considerable criticism", "agentless_passive")]),
        # ... but not one whose judge is named, nor an active verb.
        ("The plan was criticized by the UN.", []),
        ("The plan has been criticized by Amnesty International.", []),
        ("These claims were disputed by the ministry.", []),
        ("The senator sharply criticized the decision.", []),
        ("She was criticizing the plan.", []),
        ("The decision drew sharp criticism from the opposition leader.", []),
        ("The film received criticism from Roger Ebert.", []),
        ("The remark caused controversy from Tokyo to Seoul.", []),
    ],
)
def test_agentless_passive(text, expected):
    assert hedges(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "most" before a group or in a generalisation is a vague quantifier ...
        ("Most historians agree.", [("Most", "vague_quantifier")]),
        ("In most cases it works.", [("most", "vague_quantifier")]),
        # ... before an "-ly" adverb it is a superlative: no hedge.
        ("Phosphates are most commonly found in rocks.", []),
        ("It is most frequently called the tombstone.", []),
        ("the incident most commonly referenced", []),
        # "most likely": "likely" is the hedge, "most" only grades it.
        ("He will most likely resign.", [("likely", "epistemic_adverb")]),
    ],
)
def test_most_before_an_adverb_is_a_superlative(text, expected):
    assert hedges(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The writer's own belief, or one credited to no one, hedges ...
        ("I believe the plan will fail.", [("I believe", "hedge_phrase")]),
        ("Many believe the plan will fail.", [("Many believe", "vague_attribution")]),
        ("It is believed that he fled.", [("It is believed that", "hedge_phrase")]),
        ("Investigators believe the fire was arson.", [("believe", "epistemic_verb")]),
        # ... the belief of someone named before is reported, not the writer's hedge.
        ("He believed that Russia would have to wait.", []),
        ("She believes the vote was fair.", []),
        ("They believe the bacteria were not terrestrial.", []),
        ("They believe in free trade.", []),
        # A view credited to a name (a capitalised word inside the sentence) is reported too ...
        ("Returning to the mission, Jones believed the issue was land.", []),
        ("In December 1947, Menon suggested a vote.", []),
        ("The Credit Mississaugas still believed this to be their best chance.", []),
        ("Because Sarah Higley suggests a common source, the dates move.", []),
        # Other hedge verbs of a holder's own view (`holder_verb`) are reported after a name too ...
        ("Mrs. Clinton indicated that she would run.", []),
        ("Officials said Smith estimated the cost at $5m.", []),
        ("On Friday, Pelosi hinted at a deal.", []),
        # ... but not "seem"/"appear", the writer's judgement of the holder, nor an unnamed subject.
        ("Later, Jones seemed upset.", [("seemed", "epistemic_verb")]),
        ("The data indicate a fall, and investigators estimate the loss.", [("indicate", "epistemic_verb"), ("estimate", "epistemic_verb")]),
        # ... but a sentence-initial word may be any word, and unnamed groups keep the hedge
        # (not a group noun capitalised inside the sentence: "the Conservatives believe" names it).
        ("Investigators suspect arson, and many suggest it was planned.", [("suspect", "epistemic_verb"), ("many", "vague_quantifier"), ("suggest", "epistemic_verb")]),
        ("The data suggest a link.", [("suggest", "epistemic_verb")]),
        # A name inside a phrase is not the one who holds the view: the evidence does.
        ("Figures reported on Sunday now suggest that Cruz leads.", [("suggest", "epistemic_verb")]),
        ("Emails combed through by Vox suggest that he knew.", [("suggest", "epistemic_verb")]),
        ("A gaffe by House Majority Leader Kevin McCarthy suggested the panel was partisan.", [("suggested", "epistemic_verb")]),
        ("Some historians speculate that he fled.", [("Some", "quantity_approximator"), ("speculate", "epistemic_verb")]),
    ],
)
def test_named_believer_is_no_hedge(text, expected):
    assert hedges(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An unnamed group with its topic after "of", then a verb of saying or thinking, hedges ...
        ("Critics of the plan say it will fail.", [("Critics", "vague_group")]),
        ("Critics of this interpretation argue that it changes the law.", [("Critics", "vague_group")]),
        ("Critics of Social Security claim that it pays too little.", [("Critics", "vague_group")]),
        # ... so does a judgement in the passive credited to the group ...
        ("The song was praised by critics on release.", [("critics", "vague_group")]),
        ("Arafat was regarded by critics as a terrorist leader.", [("critics", "vague_group")]),
        # A quantifier standing for people, with the circle they come from, before their verb.
        ("Many in the administration felt the burden was too great.", [("Many", "vague_quantifier")]),
        ("Some in the party say he should resign.", [("Some", "quantity_approximator")]),
        ("Some have therefore criticised him.", [("Some", "quantity_approximator")]),
        ("Many in the crowd cheered.", []),
        ("Some in the town, who met on Monday, said little.", []),
        # ... but not a group doing something other than judging, or named, or with a pause first.
        ("Critics of the plan rallied outside.", []),
        ("Critics of the plan, who met on Monday, said little.", []),
        ("Critics of the most parts of the world attended.", []),
        ("His critics of the plan say it will fail.", []),
        # The group must be the verb's subject: not before a pause, nor with a participle after it.
        ("Critics, however, argue that it failed.", [("Critics", "vague_group")]),
        ("Her aide rallied supporters, saying the fight goes on.", []),
        ("Got to give Sen. Bernie Sanders' supporters credit.", []),
        ("Videos made by undercover activists — showed the scene.", []),
        ("The campaign sent an email to supporters saying she had won.", []),
        ("Clashes broke out between supporters and opponents. Protest groups say the rules are unfair.", []),
        ("The film was reviewed by critics from three papers.", []),
        ("The prize was given to critics.", []),
    ],
)
def test_vague_group_with_a_topic_or_as_agent(text, expected):
    assert hedges(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A belief or a report credited to no one in particular is a weasel phrase ...
        ("Conventional wisdom holds that the plan will fail.", [("Conventional wisdom", "vague_attribution")]),
        ("It was common belief that the species were created.", [("common belief", "vague_attribution")]),
        ("According to popular misconception, the sound is a sonic boom.", [("popular misconception", "vague_attribution")]),
        ("Contrary to popular perceptions, poverty declined.", [("popular perceptions", "vague_attribution")]),
        ("There is a perception that the deal is one-sided.", [("There is a perception", "vague_attribution")]),
        ("There are reports that the army moved.", [("There are reports", "vague_attribution")]),
        ("There have been claims that the vote was rigged.", [("There have been claims", "vague_attribution")]),
        ("According to one source, the sultan raised an army.", [("According to one source", "vague_attribution")]),
        ("It's been said that he never slept.", [("It's been said", "vague_attribution")]),
        ("It is also said to control mild asthma.", [("is also said", "vague_attribution")]),
        ("The siege is often referred to as a rebellion.", [("often referred to as", "vague_attribution")]),
        ("Carson is not considered a TV star.", [("is not considered", "vague_attribution")]),
        ("There is a debate over the caucuses.", [("There is a debate", "vague_attribution")]),
        ("They have been called wolves in sheep's clothing.", [("have been called", "vague_attribution")]),
        # Unnamed groups of the same kind as "critics": a hedge when a view is credited to them.
        ("Opponents say the bill will cost jobs.", [("Opponents", "vague_group")]),
        ("Environmentalists allege that the tests caused damage.", [("Environmentalists", "vague_group")]),
        ("Astronomers consider it a comet.", [("Astronomers", "vague_group")]),
        ("Supporters of the president gathered outside.", []),
        ("His supporters say he will win.", []),
        ("Two activists said they were beaten.", []),
        ("The manuscript is currently considered lost.", [("currently considered", "vague_attribution")]),
        ("Berruguete, considered the most important sculptor in Spain, died in 1561.", [("considered the most", "vague_attribution")]),
        ("It has been observed that fed animals hunt less.", [("It has been observed", "vague_attribution")]),
        ("The reputed mob boss was arrested.", [("reputed", "epistemic_adjective")]),
        ("Many biographers and contemporaries have noted that he borrowed tunes.", [("contemporaries", "vague_group")]),
        ("Tradition claims that the pasty was a miners' lunch.", [("Tradition claims", "vague_attribution")]),
        ("By common consent he has always been called Blessed.", [("By common consent", "vague_attribution")]),
        ("Studying economics is seen as vital.", [("is seen as", "vague_attribution")]),
        ("It is still unknown whether he visited Italy.", [("still unknown", "vague_attribution")]),
        ("Gremlins were also thought to have enemy sympathies.", [("also thought to", "vague_attribution")]),
        ("It is usually described as a port of the game.", [("usually described as", "vague_attribution")]),
        ("According to experts, the aide would open the briefcase.", [("According to experts", "vague_attribution")]),
        ("According to the myth, Munch had been warned.", [("According to the myth", "vague_attribution")]),
        ("Photoelectrolysis is often seen as the answer.", [("often seen as", "vague_attribution")]),
        ("The victory is traditionally taken as the founding of Portugal.", [("traditionally taken as", "vague_attribution")]),
        # ... a named source is not, and "but rather" contrasts instead of hedging.
        ("According to the ministry, the army moved.", []),
        ("The report, published by Reuters, said the army moved.", []),
        ("It is not a secession, but rather a declaration.", []),
        ("The hall was rather small.", [("rather", "epistemic_adverb")]),
    ],
)
def test_beliefs_and_reports_credited_to_no_one(text, expected):
    assert hedges(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # News counts and plain reports stay unflagged.
        "Many buildings collapsed.",
        "Some people left the city.",
        "Several protesters were arrested.",
        "Most shops reopened on Monday.",
        "He was one of several lawmakers to announce his departure.",
        # A superlative after a number (teacher's pass, PolNeAR): no quantity of people at all.
        "The mayors of the 10 most populous cities have endorsed her.",
        "The nation's five most popular cars are small.",
        "The minister was questioned by police.",
        "The decision was criticized by the opposition leader.",
    ],
)
def test_news_counts_and_named_reports_stay_plain(text):
    assert hedges(text) == []


def test_most_after_a_year_is_still_a_quantifier():
    assert hedges("By 2004 most critics agreed the hotels had been rebuilt.") == [("most", "vague_quantifier")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Misfires found reading the vague-group hedges in PolNeAR, PTC and BASIL news: a group
        # acting, not judging (weight-1 cues: push, want, reluctant, speak, support, decide) ...
        ("It is the fifth year in which antiabortion activists have pushed through many laws.", []),
        ("Obama will draw in Bernie Sanders supporters reluctant to give up.", []),
        ("It would be wrong if supporters of another religion wanted a course on their faith.", []),
        ("One attendee, who like others spoke on the condition of anonymity, said so.", []),
        ("It isn't a surprise that so many have decided to teach their children.", []),
        # ... a name after the group, a group named by a determiner two words back, a spaced
        # hyphen before the verb, a topic that holds no verb ("some other candidates") ...
        ("Anti-fascism campaigners Hope Not Hate had campaigned against the visit.", []),
        ("Do not all those ignorant critics of the text know that it says so?", []),
        ("None of the videos - made by undercover activists - showed the scene.", []),
        ("Supporters of some other candidates have focused on paid advertising.", [("some", "quantity_approximator")]),
        # ... while the hedges around them stay: a comma or "that" two words back names no one,
        # "with" makes a participle the group's verb, a headline's capitals are no name, and the
        # weight-1 cues that are views have group_verb rows (object, protest, see).
        ("Pyongyang will hone its technology, experts say.", [("experts", "vague_group")]),
        ("Remember that social scientists say personality is stable.", [("scientists", "vague_group")]),
        ("It fired a missile that US experts claimed was able to reach Alaska.", [("experts", "vague_group")]),
        ("There are a great many in our conference that feel strongly.", [("many", "vague_quantifier")]),
        ("The law sparked a backlash, with critics warning that it allows discrimination.", [("critics", "vague_group")]),
        ("Critics Say Plan Failed", [("Critics", "vague_group")]),
        ("Environmentalists object to the plan.", [("Environmentalists", "vague_group")]),
        ("Critics see no distinction between the two.", [("Critics", "vague_group")]),
    ],
)
def test_vague_group_misfires_read_in_news(text, expected):
    assert hedges(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A group named by its leader is named, as "Trump's critics" is: the article writes the
        # word before the group after a given name or a person's title ("Hillary Clinton", "Mrs.
        # Clinton", "President Trump").  The view verb is a hedge row of its own and stays, as it
        # does after a possessive.
        ("Hillary Clinton spoke. Clinton supporters believe she won.", [("believe", "epistemic_verb")]),
        ("Mrs. Clinton spoke. Later, Clinton supporters believe it.", [("believe", "epistemic_verb")]),
        ("Trump's critics believe it failed.", [("believe", "epistemic_verb")]),
        ("President Trump spoke. Trump critics argue otherwise.", []),
        ("Bernie Sanders lost. Sanders supporters say the vote was rigged.", []),
        # A party, a country, an institution or a given name used as an adjective names no one,
        # and a surname the article never gives as a person's stays unknown: the group hedges.
        ("Republican critics say it failed.", [("critics", "vague_group")]),
        ("US experts say it failed.", [("experts", "vague_group")]),
        ("Kremlin critics say it failed.", [("critics", "vague_group")]),
        # (The capital names the church, so "believe" reports its doctrine: see
        # test_a_role_or_a_named_group_holds_its_view.)
        ("Christian Scientists believe that prayer heals.", [("Scientists", "vague_group")]),
        ("Christian critics say it failed.", [("critics", "vague_group")]),
        ("Clinton supporters believe she won.", [("supporters", "vague_group"), ("believe", "epistemic_verb")]),
        ("Hillary Clinton spoke. Clinton, supporters say, won.", [("supporters", "vague_group")]),
    ],
)
def test_a_group_named_by_its_leader_is_no_vague_group(text, expected):
    assert hedges(text) == expected


def test_lexicon_test_names_the_leader_rule():
    result = CliRunner().invoke(app, ["lexicon", "test", "Hillary Clinton spoke. Clinton supporters say she won."])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].rsplit("\tentry ", 1)[0] == "31-41\t'supporters'\tnot a finding (hedge 'supporters'): vague-group: 'Clinton supporters' names the group by its leader"
    assert lines[1].startswith("42-45\t'say'\tattribution/neutral\tverb=say\tspeaker=Clinton supporters\t")



@pytest.mark.parametrize(
    "text, expected",
    [
        # A vague quantifier before any plural noun credited with a view (a verb of thinking, a
        # tentative or a doubting report) is a weasel word, as "many critics say" is ...
        ("Some people prefer the term lovers.", [("Some", "quantity_approximator")]),
        ("Most people would consider him right of center.", [("Most", "vague_quantifier")]),
        ("Some ancient manuscripts argue that the setting was Rome.", [("Some", "quantity_approximator")]),
        ("Many parents fear the schools will close.", [("Many", "vague_quantifier")]),
        ("Several senior lawmakers have claimed the vote was rigged.", [("Several", "vague_quantifier")]),
        ("It disappointed some who had hoped for more.", [("some", "quantity_approximator")]),
        ("Many liberal groups do not think he cares.", [("Many", "vague_quantifier")]),
        ("Many farmers don't believe the forecast.", [("Many", "vague_quantifier"), ("believe", "epistemic_verb")]),
        # ... but not before a verb of acting or reporting plainly, a participle that modifies
        # the noun, or after a pause.
        ("Many families moved away.", []),
        ("Many farmers did not plant corn.", []),
        ("Some farmers reported losses.", []),
        ("It is one of several enclaves known as Marquetalia.", []),
        ("Some patients suspected of infection were tested.", [("suspected", "epistemic_verb")]),
        ("Some people left, and others stayed.", []),
        ("It was criticized by Miller and some civil rights advocates. The bill passed.", []),
        ("It does not reflect most Trump and Sanders supporters.", []),
    ],
)
def test_vague_quantifier_before_unnamed_holders_of_a_view(text, expected):
    assert hedges(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Some people" said of people at large (a present, a modal, no verb) is a vague group,
        # as CoNLL-2010's annotators mark it (8 of 8 train sentences it newly flags) ...
        ("Some people avoid dairy products for health reasons.", [("Some", "quantity_approximator")]),
        ("Some people are multilingual.", [("Some", "quantity_approximator")]),
        ("Some people would experience it as binding.", [("Some", "quantity_approximator")]),
        ("Because of that, some people incorrectly use cline instead.", [("some", "quantity_approximator")]),
        ("The name can confuse some people on first viewing.", [("some", "quantity_approximator")]),
        ("Some people point to the elections chief.", [("Some", "quantity_approximator")]),
        # ... an episode told in the past or by an event verb counts those it happened to.
        ("Some people left, and others stayed.", []),
        ("Some people ran to safety after the shooting.", []),
        ("By 9 p.m., some people were yawning.", []),
        ("Some people injured in the blast were treated.", []),
        ("some people left", []),
    ],
)
def test_some_people_at_large_is_a_vague_group(text, expected):
    assert hedges(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Some" + a plural noun opening its clause, said of its kind by a verb that is no past
        # and no event: a vague group (CoNLL-2010 train: 11 uncertain sentences gained, 5 certain) ...
        ("Some smokers also avoid mixing cannabis with tobacco.", [("Some", "quantity_approximator")]),
        ("Conversely, some species have little or no circulatory system.", [("some", "quantity_approximator")]),
        ("Some candidates have called for a no-fly zone.", [("Some", "quantity_approximator")]),
        ("In today's merger market, some boutiques are struggling.", [("some", "quantity_approximator")]),
        ("The bill passed, though some provisions do not mirror the federal law.", [("some", "quantity_approximator")]),
        # ... a past or an event tells an episode and counts; "some" inside a phrase, as an
        # object, or before a time word or a preposition counts or measures.
        ("Some farmers reported losses.", []),
        ("Some houses collapsed in the storm.", []),
        ("They built some houses near the river.", []),
        ("It includes neutrinos, as well as some atoms like helium-3.", []),
        ("Some days later, the police backed away from that time.", []),
        ("There are reasons to run (and some reasons not to.)", []),
    ],
)
def test_some_and_a_plural_subject_said_of_its_kind(text, expected):
    assert hedges(text) == expected


def test_some_and_a_plural_subject_from_the_cli(tmp_path):
    """`framing score`: "Some smokers also avoid" hedges in the JSONL; "Some farmers reported
    losses" in the next sentence counts and does not."""
    path = tmp_path / "habits.txt"
    path.write_text("Some smokers also avoid mixing cannabis with tobacco. Some farmers reported losses.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["text"], s["start"], s["voice"]) for s in record["spans"] if s["type"] == "hedge"] == [("Some", 0, "author")]


def test_some_people_from_the_cli(tmp_path):
    """`framing score`: "Some people want a new referendum" hedges in the JSONL a user reads;
    "Some people left early" in the next sentence counts and does not."""
    path = tmp_path / "brexit.txt"
    text = "Some people want to hold a new referendum. Some people left early.\n"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["text"], s["start"], s["voice"]) for s in record["spans"] if s["type"] == "hedge"] == [("Some", 0, "author")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Words of degree that measure are no hedges: in news they report how much ("closed
        # slightly higher", "partially approved", "a little over two hours"), and "quite" mostly
        # intensifies ("quite a contrast") ...
        ("The index closed the week down slightly.", []),
        ("The funding was partially approved by Congress.", []),
        ("The meeting lasted a little over two hours.", []),
        ("That is quite a contrast with his rivals.", []),
        # ... a preference is no downtoner, while the downtoners that soften a judgement stay.
        ("He'd rather Congress approve the wall.", []),
        ("The hall was rather small.", [("rather", "epistemic_adverb")]),
        ("It came as a bit of a shock.", [("a bit", "epistemic_adverb")]),
        ("The images are somewhat grainy.", [("somewhat", "epistemic_adverb")]),
    ],
)
def test_degree_words_that_measure_are_no_hedges(text, expected):
    assert hedges(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "as much as", "as many as" approximate only before a number ...
        ("It would cost as much as $170 billion a year.", [("as much as", "quantity_approximator")]),
        ("As many as a dozen people were hurt.", [("As many as", "quantity_approximator")]),
        # ... elsewhere they compare.
        ("Beijing has twice as many as China.", []),
        ("He wanted to prove his skill as much as anything.", []),
        ("Obama tried to do as much as possible.", []),
        # "up to" before a number approximates, but not in a phrasal verb, nor as a legal maximum.
        ("Up to 5,000 troops were sent.", [("Up to", "quantity_approximator")]),
        ("Trump wants both sides to sign up to a 30-day ceasefire.", []),
        ("He faces up to 48 years in prison.", []),
        ("A felony punishable by up to 20 years in prison.", []),
        ("In the lead-up to 2016 he raised money.", []),
        ("Leading up to 2016, he raised money.", []),
    ],
)
def test_approximators_need_a_number_and_no_phrasal_verb(text, expected):
    assert hedges(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Plain uses of hedge words found reading news: a polling term, a comparison, a question,
        # a manner, and a view reported of someone named earlier ...
        ("The latest Fox News poll of likely voters showed Romney ahead.", []),
        ("He had twice as many evangelical supporters as Carson.", []),
        ("How many voters stayed home?", []),
        ("Three times as many African-Americans said it was better.", []),
        ("It would encourage people to live in a way that the Church rejects.", []),
        ("He suggested that Mr. Lew had his eyes on critics.", []),
        ("She speculated that the nomination would split the chamber.", []),
        # ... while the hedges beside them stay.
        ("He is likely to win.", [("is likely to", "hedge_phrase")]),
        ("It did not announce as much stimulus as many had hoped.", [("many", "vague_quantifier")]),
        ("The documents are revealing: they suggest that aides mediated.", [("suggest", "epistemic_verb")]),
        ("In a way, he is right.", [("In a way", "epistemic_adverb")]),
        ("Recent polls suggest that the focus has hurt her.", [("suggest", "epistemic_verb")]),
    ],
)
def test_plain_uses_read_in_news(text, expected):
    assert hedges(text) == expected


def test_lexicon_test_command_names_the_rule_that_turned_a_match_down():
    """How a lexicon builder sees the rule: `framing lexicon test` lists the declined match and why."""
    result = CliRunner().invoke(app, ["lexicon", "test", "The plan was criticized by the UN. It was criticized."])
    assert result.exit_code == 0, result.output
    lines = [line.rsplit("\tentry ", 1)[0] for line in result.output.splitlines()]
    assert "9-23\t'was criticized'\tnot a finding (hedge 'was criticized'): agentless-passive: 'was criticized by the' names who judged" in lines
    assert any(line.startswith("38-52\t'was criticized'\thedge/agentless_passive") for line in lines)


NAMES_TSV = "term\tcategory\tweight\tnote\tsource\nzarina\tfemale\t\t\tstyle guide\n"
LEADER_TEXT = "Zarina Kovalenko ran the agency for a decade. Kovalenko supporters say the plan failed.\n"


def test_a_users_given_names_name_a_group_by_its_leader(tmp_path):
    """`framing score --lexicon DIR`, DIR holding a given_names.tsv: a surname the user's table
    puts after a given name names the group ("Kovalenko supporters"), as "Clinton supporters" does
    with ours; without that table "Zarina" is no given name and the group stays unnamed (a hedge)."""
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "given_names.tsv").write_text(NAMES_TSV, encoding="utf-8")
    path = tmp_path / "agency.txt"
    path.write_text(LEADER_TEXT, encoding="utf-8")
    found = {}
    for name, extra in (("ours", []), ("users", ["--lexicon", str(folder)])):
        out = tmp_path / f"{name}.jsonl"
        result = CliRunner().invoke(app, ["score", str(path), *extra, "--out", str(out)])
        assert result.exit_code == 0, result.output
        record = json.loads(out.read_text(encoding="utf-8"))
        found[name] = [(s["text"], s["category"]) for s in record["spans"] if s["type"] == "hedge"]
    assert found == {"ours": [("supporters", "vague_group")], "users": []}


def epistemic(text: str) -> list[tuple[str, str, str]]:
    return [(s.text, s.type, s.voice) for s in framing.analyze(text).spans if s.type in ("hedge", "booster")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A partitive of a counted set, or of those an event befell, counts: no weasel word ...
        ("Some of the 40 passengers were injured.", []),
        ("Many of its 2,000 employees lost their jobs.", []),
        ("Some of the three candidates spoke.", []),
        ("Many of the buildings collapsed.", []),
        ("Some of them were killed in the attack.", []),
        ("Many of the protesters were later arrested.", []),
        ("He invited as many of them as possible.", []),
        ('"Many of them were injured," she said.', []),
        # A question of number names no vague group (BASIL: "how many of the country's estimated 11
        # million undocumented immigrants can embark on a path").
        ("It is a question of how many of the 11 million immigrants can apply.", []),
        ("Nobody asked how many critics there were.", []),
        # ... but one that holds a view, says something or is judged by no one hedges ...
        ("Some of them believe the plan failed.", [("Some of", "hedge", "author"), ("believe", "hedge", "author")]),
        ("Many of his critics say the plan failed.", [("Many of", "hedge", "author")]),
        ("Some of the claims are disputed.", [("Some of", "hedge", "author"), ("are disputed", "hedge", "author")]),
        ('"Many of them believe it," she said.', [("Many of", "hedge", "quoted"), ("believe", "hedge", "quoted")]),
        # ... and so does a vague share of an unnamed whole, as Wikipedia's weasel-word annotators
        # read it (CoNLL-2010 train marks most of these uncertain).
        ("Some of the best players came.", [("Some of", "hedge", "author")]),
        ("He rejected many of the ideas.", [("many of", "hedge", "author")]),
        ("In some cases the law applies.", [("In some", "hedge", "author")]),
    ],
)
def test_a_partitive_hedges_unless_it_counts(text, expected):
    assert epistemic(text) == expected


def test_a_counting_partitive_from_the_cli(tmp_path):
    """`framing score`: "Some of the 40 passengers were injured" carries no hedge in the JSONL;
    "Some of them believe" in the next sentence does."""
    path = tmp_path / "crash.txt"
    path.write_text("Some of the 40 passengers were injured. Some of them believe the pilot erred.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["text"], s["start"], s["type"], s["voice"]) for s in record["spans"] if s["type"] == "hedge"] == [
        ("Some of", 40, "hedge", "author"), ("believe", 53, "hedge", "author")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A one-word name opening its sentence reports that person's view when the article uses it
        # as a name elsewhere (after a lower-case word, a comma, or a quotation's closing ',"') ...
        ("The panel met, Hoover said. Hoover estimated that 25 members oppose it.", []),
        ("“It will be close,” Hoover said. Hoover estimated that 25 members oppose it.", []),
        ("Jeff Hoover estimated that 25 members oppose it.", []),
        # ... but a capitalised word opening its sentence and never used as a name is the writer's
        # hedge (a noun, a group).
        ("Research suggests that trade hurts. The research was new.", [("suggests", "hedge", "author")]),
        ("Investigators believe he fled. Investigators arrived.", [("believe", "hedge", "author")]),
        # ("Estimates" names the figures, a noun: framing.rules_senses.naming_noun; "suggest" hedges.)
        ("Estimates suggest 25 members oppose it.", [("suggest", "hedge", "author")]),
    ],
)
def test_a_name_opening_its_sentence_holds_its_view(text, expected):
    assert epistemic(text) == expected


def test_a_name_opening_its_sentence_from_the_cli():
    """`framing lexicon test` says why "Hoover estimated" is no hedge."""
    result = CliRunner().invoke(app, ["lexicon", "test", "The panel met, Hoover said. Hoover estimated that 25 oppose it."])
    assert result.exit_code == 0, result.output
    lines = [line.rsplit("\tentry ", 1)[0] for line in result.output.splitlines()]
    assert "35-44\t'estimated'\tnot a finding (hedge 'estimate'): named-holder: 'Hoover estimated' reports a named view" in lines


def findings(text: str) -> list[tuple[str, str, str, str | None, str | None, str | None]]:
    """(text, type, voice, verb, stance, speaker) of every hedge and attribution."""
    return [(s.text, s.type, s.voice, s.verb, s.stance, s.speaker) for s in framing.analyze(text).spans
            if s.type in ("hedge", "attribution")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A role held by one person the sentence points at holds the view: an attribution of thought
        # (or of a forecast), not the outlet's hedge ...
        ("The home secretary believes that the plan will work.",
         [("believes", "attribution", "author", "believe", "thought", "home secretary")]),
        ("Trump's lawyer suggested that the case would be dropped.",
         [("suggested", "attribution", "author", "suggest", "tentative", "Trump's lawyer")]),
        # ... and so does a group whose name is a name, opening its sentence or capitalised inside it ...
        ("Republicans have estimated that the bill will cost $2 trillion.",
         [("estimated", "attribution", "author", "estimate", "tentative", "Republicans")]),
        ("Aides met. The Conservatives still believe that it will cost more.",
         [("believe", "attribution", "author", "believe", "thought", "Conservatives")]),
        # ... but a role inside a phrase, an unnamed group, a quantified one or a sentence-initial
        # common noun leaves the hedge the outlet's.
        ("A letter to the secretary suggests that he knew.",
         [("suggests", "attribution", "author", "suggest", "tentative", "letter to the secretary"),
          ("suggests", "hedge", "author", None, None, None)]),
        ("Some Muslims believe hijab should be compulsory.",
         [("Some", "hedge", "author", None, None, None), ("believe", "attribution", "author", "believe", "thought", "Muslims"),
          ("believe", "hedge", "author", None, None, None)]),
        ("Investigators believe the fire was set.",
         [("believe", "attribution", "author", "believe", "thought", "Investigators"), ("believe", "hedge", "author", None, None, None)]),
        ("A senior official believes the talks will fail.",
         [("believes", "attribution", "author", "believe", "thought", "anonymous"), ("believes", "hedge", "author", None, None, None)]),
    ],
)
def test_a_role_or_a_named_group_holds_its_view(text, expected):
    assert findings(text) == expected


def test_a_role_holding_its_view_from_the_cli(tmp_path):
    """`framing score`: "the home secretary believes" is an attribution of thought in the JSONL, no hedge."""
    path = tmp_path / "plan.txt"
    path.write_text("Officials met on Monday. The home secretary believes that the plan will work.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["text"], s["type"], s["voice"], s["verb"], s["stance"], s["speaker"]) for s in record["spans"]
            if s["type"] in ("hedge", "attribution")] == [("believes", "attribution", "author", "believe", "thought", "home secretary")]


def voiced_hedges(text: str) -> list[tuple[str, str, str]]:
    return [(s.text, s.category, s.voice) for s in framing.analyze(text).spans if s.type == "hedge"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Weasel passives with an adverb inside, or with no claimant, found in CoNLL-2010 train misses:
        # credited, claimed, reported, known or perceived by no one in particular ...
        ("The band is often credited with bringing country music into the mainstream.",
         [("often credited with", "vague_attribution", "author")]),
        ("Advertising is claimed to enrich our lives.", [("is claimed to", "vague_attribution", "author")]),
        ("The idea has long been claimed.", [("long been claimed", "vague_attribution", "author")]),
        ("It was also reported that several areas were overrun.", [("It was also reported", "vague_attribution", "author")]),
        ("Fine dust particles are known to cause failures.", [("are known to cause", "vague_attribution", "author")]),
        ("The unit is also perceived as loyal to the prime minister.", [("also perceived as", "vague_attribution", "author")]),
        ("The towns are sometimes considered part of the Main Line.", [("sometimes considered", "vague_attribution", "author")]),
        ("The Portofino was heralded as a design triumph.", [("was heralded", "agentless_passive", "author")]),
        ("King is frequently accused of pandering.", [("frequently accused", "agentless_passive", "author")]),
        # ... inside a quotation the speaker hedges, not the outlet ...
        ('"The unit is also perceived as loyal," he said.', [("also perceived as", "vague_attribution", "quoted")]),
        ("He was hailed by Obama as a hero.", []),
        ("The man was accused of murder.", []),
        # ... and a record, a named claimant or a named knower is no weasel.
        ("He was credited with 10 points.", []),
        ("He claimed to be a doctor.", []),
        ("The suspect was known to police.", []),
    ],
)
def test_weasel_passives_with_an_adverb_or_no_claimant(text, expected):
    assert voiced_hedges(text) == expected


def test_a_weasel_passive_from_the_cli(tmp_path):
    """`framing score`: "is often credited with" is an author-voice hedge in the JSONL; "was
    credited with 10 points" in the next sentence is none."""
    path = tmp_path / "band.txt"
    path.write_text("The band is often credited with reviving the genre. Its bassist was credited with 10 points.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["text"], s["start"], s["category"], s["voice"]) for s in record["spans"] if s["type"] == "hedge"] == [
        ("often credited with", 12, "vague_attribution", "author")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # An unnamed group as the agent of a judgement, after "other"/"various" ...
        ("The film was described by other critics as tender.", [("by other critics", "vague_attribution", "author")]),
        ("Echoes of hymns have been detected by other observers.", [("by other observers", "vague_attribution", "author")]),
        # ... and after "that", which before a plural group is a relative pronoun or the "that" of a
        # clause, never a determiner: the group holds the view.
        ("They killed a bill that critics called anti-gay.", [("critics", "vague_group", "author")]),
        ("He noted that experts say it works.", [("experts", "vague_group", "author")]),
        ('"It is a bill that critics called cruel," she said.', [("critics", "vague_group", "quoted")]),
        # A determiner or a possessive still names the group; "that" with no verb of saying after is none.
        ("Those critics called it cruel.", []),
        ("His critics called it cruel.", []),
        ("He said that critics were wrong.", []),
    ],
)
def test_unnamed_groups_after_other_and_after_that(text, expected):
    assert voiced_hedges(text) == expected


def test_a_group_after_that_from_the_cli():
    """`framing lexicon test` credits "a bill that critics called anti-gay" to unnamed critics."""
    result = CliRunner().invoke(app, ["lexicon", "test", "They killed a bill that critics called anti-gay."])
    assert result.exit_code == 0, result.output
    assert "24-31\t'critics'\thedge/vague_group w=1\tvoice=author\tentry 'critics' (hedge.tsv:" in result.output
    assert "rule: vague-group: a view credited to unnamed 'critics'" in result.output


@pytest.mark.parametrize(
    "text, expected",
    [
        # After a count_verb, a vague quantifier before a place_group counts what was won or visited ...
        ("Trump has won several states.", []),
        ("She visited many countries last year.", []),
        ("The rebels captured several towns.", []),
        ("Democrats flipped several states in 2018.", []),
        # ... but it still hedges before a view, after a preposition, and before a group of people.
        ("Many states have argued that the law is void.", [("Many", "vague_quantifier")]),
        ("In several states the vote is close.", [("In several", "vague_attribution")]),
        ("He won many critics over.", [("many", "vague_quantifier")]),
    ],
)
def test_a_quantifier_after_a_count_verb_counts_places(text, expected):
    assert hedges(text) == expected


def test_a_count_verb_from_the_cli(tmp_path):
    """`framing lexicon test` names the rule; `framing score` writes no hedge for "won several states"."""
    result = CliRunner().invoke(app, ["lexicon", "test", "Trump has won several states."])
    assert result.exit_code == 0, result.output
    assert "14-21\t'several'\tnot a finding (hedge 'several'): vague-quantifier: 'won several' counts what was won" in result.output
    path = tmp_path / "a.txt"
    path.write_text("Trump has won several states. Many states have argued otherwise.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["text"], s["start"]) for s in record["spans"] if s["type"] == "hedge"] == [("Many", 30)]
