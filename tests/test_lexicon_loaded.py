"""The loaded lexicon's sense decisions and its newer classes of terms, through framing.analyze
(lexicons/loaded.tsv, lexicons/inflections.tsv; README "Loaded recall pass")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app
from framing.lexicon import load


def loaded(text: str) -> list[str]:
    return [s.text for s in framing.analyze(text).spans if s.type == "loaded"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Irregular forms of a phrase's first verb (inflections.tsv).
        ("She took a swipe at Clinton.", ["took a swipe"]),
        ("He has taken a swipe at the press.", ["taken a swipe"]),
        ("He was thrown under the bus.", ["thrown under the bus"]),
        ("The promises rang hollow.", ["rang hollow"]),
        ("He was browbeaten into signing.", ["browbeaten"]),
        ("The phone rang twice.", []),
        # Irregular plurals and doubled consonants of listed words (inflections.tsv).
        ("They are con men and hatchet men.", ["con men", "hatchet men"]),
        ("Putin and other strongmen.", ["strongmen"]),
        ("It was a fig leaf; these are fig leaves.", ["fig leaf", "fig leaves"]),
        ("He kept sidestepping questions.", ["sidestepping"]),
        ("Investors were panicking.", ["panicking"]),
        ("The leaves fell and three men left.", []),
        # Comparatives and superlatives of loaded adjectives (inflections.tsv).
        ("It was the craziest plan yet.", ["craziest"]),
        ("The campaign got nastier.", ["nastier"]),
        # Adverbs and nouns derived from listed adjectives carry the same judgement.
        ("He stridently rejected it.", ["stridently"]),
        ("the sheer ruthlessness of it", ["sheer", "ruthlessness"]),
        # Nicknames coined as insults, and name-calling compounds.
        ("“Crooked Hillary Clinton’s top aide was accused.”", ["Crooked Hillary"]),
        ("They mocked Lyin' Ted again.", ["mocked", "Lyin' Ted"]),
        ("Needless to say, the Never Trumpers are.", ["Never Trumpers"]),
        ("the Trump-hating media", ["Trump-hating"]),
        ("the latte-sipping crowd", ["latte-sipping"]),
        # "wolves": people cast as predators are dehumanised; the animals are plain.
        ("He called the protesters a pack of wolves.", ["wolves"]),
        ("Wolves killed three sheep near the village.", []),
        ("Gray wolves were reintroduced in 1995.", []),
        # "joke": a judgement when a person or plan is called one; humour is plain.
        ("The plan is a joke.", ["is a joke"]),
        ("What a joke.", ["What a joke"]),
        ("He told jokes about his neighbours.", []),
        ("Patel joked that he was tired.", []),
        # "insult": a verdict ("an insult to"), not the report that insults were traded.
        ("It is an insult to the victims.", ["an insult to"]),
        ("It was an insulting offer.", ["insulting"]),
        ("The two leaders traded insults.", []),
        # "evade": a question evaded is loaded; a fugitive evading capture is plain.
        ("The senator evaded the question.", ["evaded"]),
        ("The suspect evaded capture for a week.", []),
        ("Two men evaded arrest.", []),
        # "reality show": a hearing turned into one is theatre; the television programme is plain.
        ("The hearing became a reality show.", ["reality show"]),
        ("The former reality show star won.", []),
        ("She hosted a reality show on NBC.", []),
        # Graded criticism vs a plain adverb of quantity.
        ("Rice sharply criticized Netanyahu.", ["sharply criticized"]),
        ("Prices fell sharply.", []),
        # Legal and immigration terms that are plain in crime reporting.
        ("Aliens arrested during this operation were deported.", []),
        ("Lambert conspired with others to hide the payments.", []),
        ("the dictates of conscience", []),
        ("Brussels dictates to Britain.", ["dictates to"]),
        # Evaluative words of the newer rows.
        ("It was a dirty trick.", ["dirty"]),
        ("a stain on the nation", ["stain on"]),
        ("He rolled his eyes.", ["rolled his eyes"]),
        ("He stormed off the set.", ["stormed off"]),
        ("These are the wolves in the episcopate.", ["wolves"]),
        ("It's destructive.", ["destructive"]),
        ("a charismatic speaker", ["charismatic"]),
        # Sarcasm and exasperation in the writer's voice.
        ("Yeah, right, as if they care.", ["Yeah, right"]),
        ("What on earth were they thinking?", ["What on earth"]),
        ("Surprise, surprise: the bill failed.", ["Surprise, surprise"]),
        ("Shame on them.", ["Shame on"]),
        ("How dare they!", ["How dare"]),
        ("Go figure.", ["Go figure"]),
        ("It was a surprise party on Earth Day.", []),
        ("The figures go up.", []),
        # Criticism cast as a blow or a whipping (phrases; the bare verbs are literal in crime news).
        ("He hit out at critics on Monday.", ["hit out at"]),
        ("The opposition pounced on the remark.", ["pounced on"]),
        ("He got a tongue-lashing from the coach.", ["tongue-lashing"]),
        ("a public dressing-down", ["dressing-down"]),
        ("The batter hit a ball out to left field.", []),
        # Religious and moral condemnation; the legal offence is plain.
        ("the godless elites", ["godless"]),
        ("They called him a pervert.", ["pervert"]),
        ("a perverted sense of justice", ["perverted"]),
        ("It was a heretical view.", ["heretical"]),
        ("He was charged with attempting to pervert the course of justice.", []),
        # "predator" for a person is a label; the animals and the aircraft are plain.
        ("He was a serial predator.", ["predator"]),
        ("Sharks are apex predators.", []),
        ("A Predator drone fired.", []),
        ("the relationship between predator and prey", []),
        # Cowardice charged.
        ("a pusillanimous response", ["pusillanimous"]),
        ("those yellow-bellied senators", ["yellow-bellied"]),
        # Absurdity, arrogance, cunning and inflated numbers.
        ("It was a surreal press conference.", ["surreal"]),
        ("a snooty, conceited reply", ["snooty", "conceited"]),
        ("more saber-rattling from Pyongyang", ["saber-rattling"]),
        ("a shifty, perfidious ally", ["shifty", "perfidious"]),
        ("umpteen investigations", ["umpteen"]),
        # Read in news (PTC, PolNeAR): religious terms in their plain sense, and "real" as "really".
        ("Islam prescribes death for apostates.", []),
        ("Idolatry and blasphemy were punishable by death.", []),
        ("the Catechism's 'mystery of iniquity'", []),
        ("Well, that gets real messy when you intervene.", []),
        ("a heretical homily", ["heretical"]),
        # Plain senses read in PTC's even half (fourth session): weapons, legal and medical terms,
        # forged objects, set phrases; each beside the loaded use it must leave alone.
        ("Needless to say, the bill failed.", []),
        ("He took needless risks.", ["needless"]),
        ("A teen wearing a MAGA hat was attacked.", []),
        ("the MAGA crowd", ["MAGA"]),
        ("The response was a barrage of air and artillery strikes.", []),
        ("Rebels fired a barrage of rockets.", []),
        ("He faced a barrage of criticism.", ["barrage of criticism"]),
        ("It was pursued by three torpedo boats.", []),
        ("Manchin may torpedo the bill.", ["torpedo"]),
        ("The firm sold tracer and incendiary ammunition.", []),
        ("He made incendiary remarks.", ["incendiary"]),
        ("The killer was found unfit to stand trial.", []),
        ("He is unfit for office.", ["unfit"]),
        ("He used a fake passport and fake invoices.", []),
        ("The government released fake documents about Assange.", ["fake"]),
        ("It was a fake scandal.", ["fake"]),
        ("The Treasury began using extraordinary measures.", []),
        ("an extraordinary man", ["extraordinary"]),
        ("He evaded officials during the raid.", []),
        ("for the purposes of evading the requirements", []),
        ("Diplomats complained of symptoms such as hearing loss.", []),
        ("Voters complained about the plan.", ["complained"]),
        ("friends who escaped abusive marriages", []),
        ("an abusive tirade", ["abusive", "tirade"]),
        ("Daniel was thrown into a den of lions.", []),
        ("a den of thieves", ["den of"]),
        ("Scrap Countering Violent Extremism now.", []),
        ("urged on by the evil spirits", []),
        ("an evil man", ["evil"]),
        ("Other parts of the planet heated up.", []),
        ("a heated debate", ["heated"]),
        # Plain senses read in PolNeAR's train articles (mainstream election news): set phrases,
        # oil, economics, explosions, geography; each beside the loaded use.
        ("In all, 691 delegates are up for grabs.", []),
        ("a naked power grab", ["power grab"]),
        ("The blast killed six people.", []),
        ("Trump blasted the plan.", ["blasted"]),
        ("Brent crude fell 24 cents.", []),
        ("his crude remarks", ["crude"]),
        # A thing roughly made (BASIL 1f99798f, Fox and NYT): plain; "being crude" still judges.
        ("The devices are thought to have been fashioned from crude, bomb-making designs.", []),
        ("All together, 12 crude explosive devices have been found.", []),
        ("He drew a crude map of the camp.", []),
        ("Mr. Trump relishes in being crude.", ["crude"]),
        ("crude humor", ["crude"]),
        ("Areas hit by trade shocks moved right.", []),
        ("The verdict shocked everyone.", ["shocked"]),
        ("a crush of correspondents and cameras", []),
        ("the crushing of dissent", ["crushing"]),
        ("They live in harsh living conditions.", []),
        ("It drew harsh criticism.", ["harsh"]),
        ("Trade creates winners and losers.", []),
        ("He is a sore loser.", ["loser"]),
        ("on the northern fringes of Silicon Valley", []),
        ("the far-right fringe of the party", ["fringe"]),
        ("Rubio rattled off the same talking point.", []),
        ("He seemed rattled.", ["rattled"]),
        ("Bots ran thousands of fake accounts.", []),
        ("It can only be described as gross negligence.", ["gross"]),
        ("He was fired for gross misconduct.", []),
        ("That is gross.", ["gross"]),
        ("The trash is overflowing.", []),
        ("Biden trashed the deal.", ["trashed"]),
        ("banks holding toxic assets", []),
        ("a toxic campaign", ["toxic"]),
        ("the HBO horror series", []),
        # "entitled" meaning "titled", after the work it names; the object still spinning.
        ("It was published in an article, entitled ‘Tsunami: Wrath of God.’", []),
        ("the book my son and I wrote entitled “To Keep or Not To Keep”", []),
        ("an entitled elite", ["entitled"]),
        ("The interstellar object will continue to spin for billions of years.", []),
        ("'Oumuamua is still spinning.", []),
        ("The White House tried to spin the story.", ["spin"]),
        # Legal, relief and working senses (PTC even half).
        ("Trump signed an order giving Puerto Rico $16 billion in disaster recovery aid.", []),
        ("The plan was a disaster.", ["disaster"]),
        ("Assange told his lawyers to sue the Guardian for libel.", []),
        ("a close friend and collaborator of then-Cardinal Bergoglio", []),
        ("Nazi collaborators", ["collaborators"]),
        ("to make corrupt and fraudulent bribery payments", []),
        ("withdrawals made under fraudulent pretenses", []),
        ("the corrupt career politicians", ["corrupt"]),
        ("Heaven or Hell?", []),
        ("He justified hijacking a plane; the hijacked plane landed.", []),
        ("Activists hijacked the debate.", ["hijacked"]),
        # Labels and verbs BASIL's annotators marked (even half): a person-word for extremism, a
        # hawk's label, yielding as weakness, cutting as violence; "cave" the noun is literal.
        ("These extremist groups are looking for something.", ["extremist"]),
        ("Rubio's often hawkish foreign policy", ["hawkish"]),
        ("Democrats say the president has caved too much to Republicans.", ["caved"]),
        ("His budget slashes antipoverty programs.", ["slashes"]),
        ("The cave was cold.", []),
        ("They explored a cave in Kentucky.", []),  # (the noun: 'cave in' is a verb_only row, rule noun-use)
        ("The president caved in to Republicans.", ["caved in"]),
        # "partisan" describing the party divide is plain (BABE dev 0 of 8, BASIL even 0 of 12);
        # as a label of a person or a paper it stays loaded (PTC even 4 of 4).
        ("The bill is erupting into a fierce partisan clash.", []),
        ("Voters of all ideological and partisan stripes were wary.", []),
        ("The poll showed a largely partisan reaction to the decision.", []),
        ("China has now become a partisan issue.", []),
        ("The committee voted to release a partisan memo.", ["partisan"]),
        ("Ford's highly partisan, activist attorney emailed them.", ["partisan"]),
    ],
)
def test_loaded_terms(text, expected):
    assert loaded(text) == expected


def test_every_irregular_form_of_a_loaded_first_verb_is_listed():
    """A phrase whose first word is an irregular verb matches its past forms too: every such verb
    starting a loaded term has its forms in inflections.tsv."""
    lexicons = load()
    irregular_verbs = {"take", "throw", "dig", "sow", "sell", "come", "get", "ride", "fly", "sneak", "creep",
                       "sweep", "fight", "break", "blow", "fall", "give", "drive", "tear", "spin", "go", "make", "ring"}
    starts = {t.split()[0] for t in lexicons.entries["loaded"] if " " in t}
    for verb in irregular_verbs & starts:
        assert lexicons.irregular.get(verb), f"{verb!r} starts a loaded phrase but has no irregular forms"


def loaded_with_voice(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.voice) for s in framing.analyze(text).spans if s.type == "loaded"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "lie" of place is no charge of deceit ...
        ("The star lies at a distance of 1,400 light years.", []),
        ("The neighborhood lies between Central Park and the river.", []),
        ("The problem lies at the heart of the bill.", []),
        ("The answer lies somewhere between the two figures.", []),
        ("The village lies near the border.", []),
        # ... while the charge stays loaded, in either voice.
        ("He lied about his travel history.", [("lied", "author")]),
        ("The lies from reporters kept coming.", [("lies", "author")]),
        ('"They lie," she said.', [("lie", "quoted")]),
        # A plain_sense row split by a sentence end or a quotation mark is no phrase
        # (framing.detect._longest_per_group): "lie!" is the charge, "at" opens the next words.
        ('He yelled "You lie!" at the president.', [("lie", "quoted")]),
        ("Do not lie. At the hearing, tell the truth.", [("lie", "author")]),
    ],
)
def test_lie_of_place_is_plain(text, expected):
    assert loaded_with_voice(text) == expected


def loaded_from_the_cli(tmp_path: Path, name: str, text: str) -> list[dict]:
    """The loaded spans of the JSONL record `framing score FILE --out OUT` writes for one article file."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    return [s for s in record["spans"] if s["type"] == "loaded"]


def test_lie_of_place_from_the_cli(tmp_path):
    """`framing score`: "lies between" is no loaded word in the JSONL a user reads; "lied" is."""
    spans = loaded_from_the_cli(tmp_path, "place.txt", "The town lies between two rivers. The mayor lied about it.\n")
    assert [(s["text"], s["start"], s["voice"]) for s in spans] == [("lied", 44, "author")]


def test_a_charge_before_a_quotation_mark_from_the_cli(tmp_path):
    """`framing score` and `framing lexicon test`: '"You lie!" at' keeps the quoted charge; the
    plain_sense row 'lie at' does not reach across '!"'."""
    text = 'He yelled "You lie!" at the president.'
    spans = loaded_from_the_cli(tmp_path, "yell.txt", text + "\n")
    assert [(s["text"], s["start"], s["type"], s["category"], s["voice"]) for s in spans] == [
        ("lie", 15, "loaded", "deception", "quoted")]
    shown = CliRunner().invoke(app, ["lexicon", "test", text])
    assert shown.exit_code == 0, shown.output
    assert not any("plain-sense" in line for line in shown.output.splitlines())


def test_a_crude_device_from_the_cli(tmp_path):
    """`framing score`: "12 crude explosive devices" is no loaded word in the JSONL a user reads
    (a plain_sense phrase of the row 'crude [bomb|...|explosive|...]'); "crude remarks" is."""
    spans = loaded_from_the_cli(tmp_path, "devices.txt", "Police found 12 crude explosive devices. He made crude remarks.\n")
    assert [(s["text"], s["start"], s["category"]) for s in spans] == [("crude", 49, "judgement")]


def test_a_budget_that_slashes_from_the_cli(tmp_path):
    """`framing score`: "slashes" and "caved" are loaded words in the author's voice in the JSONL."""
    spans = loaded_from_the_cli(tmp_path, "budget.txt", "His budget slashes antipoverty programs. Critics say he caved.\n")
    assert [(s["text"], s["voice"], s["weight"]) for s in spans] == [
        ("slashes", "author", 1), ("caved", "author", 2)]


def test_a_cave_in_a_place_from_the_cli(tmp_path):
    """`framing score`: "a cave in Kentucky" holds no loaded word; "caved in to Republicans" does."""
    spans = loaded_from_the_cli(tmp_path, "cave.txt", "They explored a cave in Kentucky. The president caved in to Republicans.\n")
    assert [(s["text"], s["voice"]) for s in spans] == [("caved in", "author")]


def test_partisan_of_the_party_divide_from_the_cli(tmp_path):
    """`framing score`: "partisan battles" names the divide (no loaded word); "a partisan memo"
    labels the paper (loaded, weight 1)."""
    spans = loaded_from_the_cli(tmp_path, "memo.txt", "The partisan battles went on. The committee released a partisan memo.\n")
    assert [(s["text"], s["start"], s["weight"]) for s in spans] == [("partisan", 55, 1)]


def voiced_loaded(text: str) -> list[tuple[str, str, str]]:
    return [(s.text, s.category, s.voice) for s in framing.analyze(text).spans if s.type == "loaded"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Verbs cast as robbery or destruction, found in BASIL's even triplets: money "raided" from a
        # fund, a law "gutted" ...
        ("Democrats had raided Medicare to pay for the law.", [("raided Medicare", "loaded_verb", "author")]),
        ('"We are not raiding Medicare," Ryan said.', [("raiding Medicare", "loaded_verb", "quoted")]),
        ("The bill would gut existing asylum laws.", [("gut", "loaded_verb", "author")]),
        ("They gutted the program.", [("gutted", "loaded_verb", "author")]),
        # ... while a police raid, the body, an instinct and a burnt-out house are plain ...
        ("Police raided the house.", []),
        ("He went with his gut.", []),
        ("A manager relied on gut instinct.", []),
        ("The home was gutted by fire.", []),
        ("It takes guts to run.", []),
        # ... and verdicts of the writer's own: a no-no, a message machine, clawing back.
        ("Such a move is a diplomatic no-no.", [("no-no", "judgement", "author")]),
        ("The administration's message machine started up.", [("message machine", "theatrical", "author")]),
        ("Trying to claw his way back, he took a bus.", [("claw his way", "loaded_verb", "author")]),
        # Colour in scene-setting (BASIL even triplets): a speech that rips the roof off, food wolfed
        # down, an obscure member.
        ("Beck ripped the roof off a Washington hotel.", [("ripped the roof off", "exaggeration", "author")]),
        ("He told us after wolfing down a breakfast.", [("wolfing down", "loaded_verb", "author")]),
        ("It included an obscure freshman House member.", [("obscure", "judgement", "author")]),
        ('"It is an obscure rule," he said.', [("obscure", "judgement", "quoted")]),
    ],
)
def test_robbery_and_destruction_verbs_and_verdicts(text, expected):
    assert voiced_loaded(text) == expected


def test_a_law_gutted_and_a_house_gutted_from_the_cli(tmp_path):
    """`framing score`: "would gut the law" is loaded in the outlet's voice; "gutted by fire" is not."""
    spans = loaded_from_the_cli(tmp_path, "gut.txt", "The house was gutted by fire. The bill would gut the law.\n")
    assert [(s["text"], s["start"], s["voice"]) for s in spans] == [("gut", 45, "author")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "absolutely" before a judging word is loaded (PTC's annotators mark it so) ...
        ("It has become an absolutely disgusting place.",
         [("absolutely", "intensifier", "author"), ("disgusting", "moral_condemnation", "author")]),
        ('"The numbers are absolutely dismal," he wrote.', [("absolutely", "intensifier", "quoted"), ("dismal", "judgement", "quoted")]),
        # ... as emphasis on a fact, a need or an agreement it is plain (22 of PTC's even-half
        # "absolutely" hits unmarked, none of these shapes marked).
        ("It is now absolutely clear that immigration matters.", []),
        ("They have absolutely nothing in common.", []),
        ("There is absolutely no place for it here.", []),
        ("You are absolutely right about that.", []),
        ("It was an absolutely necessary correction.", []),
    ],
)
def test_absolutely_judges_only_before_a_judging_word(text, expected):
    assert voiced_loaded(text) == expected


def test_absolutely_clear_from_the_cli():
    """`framing lexicon test` says why "absolutely clear" is no finding."""
    result = CliRunner().invoke(app, ["lexicon", "test", "It is absolutely clear. It is absolutely disgusting."])
    assert result.exit_code == 0, result.output
    lines = [line.split("\tentry ", 1)[0] for line in result.output.splitlines()]
    assert any(line.startswith("6-22\t'absolutely clear'\tnot a finding (loaded 'absolutely clear'): plain-sense") for line in lines), result.output
    assert "30-40\t'absolutely'\tloaded/intensifier w=1\tvoice=author" in lines, result.output


@pytest.mark.parametrize(
    "text, expected",
    [
        # The offence of false statements, a charge or a plea reported, is plain (BASIL's even half
        # marks none of its five "lying to Congress/the FBI") ...
        ("Flynn pleaded guilty to lying to the FBI.", []),
        ("Cohen had repeatedly lied to Congress.", []),
        ("He pleads guilty to lying about an overseas trip.", []),
        ("Petraeus lied to investigators.", []),
        # ... the writer's own verdict, or a speaker's, is not.
        ("The president lied to the American people.", [("lied", "deception", "author")]),
        ('"Keith, you are lying," she wrote.', [("lying", "deception", "quoted")]),
    ],
)
def test_a_charge_of_lying_is_plain(text, expected):
    assert voiced_loaded(text) == expected


def test_a_charge_of_lying_from_the_cli(tmp_path):
    """`framing score`: "pleaded guilty to lying to the FBI" holds no loaded word; "lied to the
    American people" does."""
    spans = loaded_from_the_cli(tmp_path, "plea.txt", "Flynn pleaded guilty to lying to the FBI. The president lied to the American people.\n")
    assert [(s["text"], s["start"], s["voice"]) for s in spans] == [("lied", 56, "author")]
