"""Who speaks (framing/speakers.py, and the sentence subjects framing/quotes.py notes for it):
"he" and "she" resolve to the last person named, a lone surname included, never to a body, a
place or a common word capitalised at a sentence start.  Each row is a text and the speaker of
every attribution in it, in order (source and content are checked in tests/test_attribution.py)."""

from __future__ import annotations

import csv

import pytest
from typer.testing import CliRunner

import framing
from framing import segment
from framing.cli import app
from framing.speakers import Speakers
from voice_cases import analysed, analyzed_attributions, cue_sources as speakers_of, scored_attributions


@pytest.mark.parametrize(
    "text, expected",
    [
        # A lone surname that opens a sentence as its subject is a person "he" may refer to.
        (
            'Talks\n\nZelensky arrived in Ankara on Thursday. "We are ready," he said.',
            [("said", "he", "Zelensky")],
        ),
        ('President Zelensky arrived in Ankara. "We are ready," he said.', [("said", "he", "Zelensky")]),
        ("Merkel spoke first. She said the talks had failed.", [("said", "She", "Merkel")]),
        ("Lavrov said the talks were a show. He added that nothing had changed.", [("said", "Lavrov", "Lavrov"), ("added", "He", "Lavrov")]),
        # A full name given earlier widens the lone surname.
        (
            "Chris Matthews hosts the show. Matthews spoke first. He said the debate was over.",
            [("said", "He", "Chris Matthews")],
        ),
        # Not a person: a common word, a day, a group noun, a place, a body, an adjective.
        ('Officials arrived in Ankara on Thursday. "We are ready," he said.', [("said", "he", None)]),
        ('Thursday arrived. "We are ready," he said.', [("said", "he", None)]),
        ('Democrats arrived in Ankara. "We are ready," he said.', [("said", "he", None)]),
        ('Ankara welcomed the talks. The talks in Ankara went on. "We are ready," he said.', [("said", "he", None)]),
        ('The Kremlin said it was ready. "We are ready," he said.', [("said", "The Kremlin", "Kremlin"), ("said", "he", None)]),
        ('Russia said its troops were ready. "We are ready," he said.', [("said", "Russia", "Russia"), ("said", "he", None)]),
        ('NATO met on Monday. "We are ready," he said.', [("said", "he", None)]),
        ('Twitter users were angry. He wrote on his Twitter account that "we are ready."', [("wrote", "He", None)]),
        # A sentence inside a quotation is the speaker's, not narration: "There" names no one; the
        # "he" is the aide, unnamed as in the first mention (person_memory.note_description).
        ('"We will see. There won\'t be amnesty," an aide said. "It is over," he said.', [("said", "an aide", "anonymous"), ("said", "he", "anonymous")]),
    ],
)
def test_pronoun_speakers(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A person named with a place after "of" is the person; a body's name stays whole.
        ("Sen. Susan Collins of Maine said she was hopeful.", [("said", "Sen. Susan Collins of Maine", "Susan Collins")]),
        (
            "Rep. Cedric L. Richmond of Louisiana said the party must engage.",
            [("said", "Rep. Cedric L. Richmond of Louisiana", "Cedric L. Richmond")],
        ),
        (
            '"It was cowardice," said Democracy for America, one of several groups.',
            [("said", "Democracy for America", "Democracy for America")],
        ),
        (
            "A report by the Federal Bureau of Prisons found that costs rose.",
            [("found", "A report by the Federal Bureau of Prisons", "report by the Federal Bureau of Prisons")],
        ),
        # A city and its state in an appositive: the name before them speaks.
        ("Johnnie Wilson, of Springfield, Va., said he had fought.", [("said", "Johnnie Wilson", "Johnnie Wilson")]),
        # A description with the name in commas: the source is both (as PolNeAR marks it), the speaker the name.
        ("A spokeswoman, Maria Zakharova, said it was over.", [("said", "A spokeswoman, Maria Zakharova", "Maria Zakharova")]),
        # A capitalised adjective opening the sentence is not the subject a participle shares.
        (
            "Bombastic conservative talk show host Glenn Beck closed the conference by demanding that Republicans change.",
            [("demanding", "Glenn Beck", "Glenn Beck")],
        ),
        ("Sanders instead delivered his speech, decrying the influence of big money.", [("decrying", "Sanders", "Sanders")]),
        # A party-and-state tag after the name, a reflexive after it: the name speaks.
        (
            'House Speaker Nancy Pelosi, D-Calif., tweeted, "We did not hear any sympathy."',
            [("tweeted", "House Speaker Nancy Pelosi", "Nancy Pelosi")],
        ),
        ("Trump himself said Friday that the controversy was sad.", [("said", "Trump himself", "Trump")]),
        (
            "Sen. Mitt Romney, R-Utah, whose views have fluctuated, said Trump made a reasonable offer.",
            [("said", "Sen. Mitt Romney", "Mitt Romney")],
        ),
        # A long title before the name and a party tag before the cue, after a quotation.
        (
            '"The veto will be overridden," Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.',
            [("said", "Senate Majority Leader Mitch McConnell", "Mitch McConnell")],
        ),
        # A time phrase that ends an appositive does not move the subject into it.
        (
            "Christie, who has campaigned for Trump since he suspended his own campaign in February, blasted Clinton as a fraud.",
            [("blasted", "Christie", "Christie")],
        ),
        (
            "President Obama, dedicating the National Museum of African American History and Culture on Saturday, said it would last.",
            [("said", "President Obama", "Obama")],
        ),
        # A sentence opener is no part of the name; a state after a city opens no clause.
        ("Even China, the only ally of Pyongyang, said it was opposed to the test.", [("said", "Even China", "China")]),
        # an adverb of time or manner opening the sentence without a comma ("Later Grayson" had been the speaker)
        ("Alan Grayson spoke. Later Grayson said the race was over.", [("said", "Later Grayson", "Alan Grayson")]),
        ("Alan Grayson spoke. Privately Grayson told aides the race was over.", [("told", "Privately Grayson", "Alan Grayson")]),
        ("Alan Grayson spoke. Tuesday Grayson said the race was over.", [("said", "Tuesday Grayson", "Alan Grayson")]),
        ("April Ryan said the briefing was over.", [("said", "April Ryan", "April Ryan")]),  # a month is a given name
        (
            "Hillary Clinton wept over the death of Terence Crutcher in Tulsa, Oklahoma, arguing that the epidemic must end.",
            [("arguing", "Hillary Clinton", "Hillary Clinton")],
        ),
        (
            "In Ames, Iowa, Mrs. Clinton spoke for an hour, saying that the plan would work.",
            [("saying", "Mrs. Clinton", "Clinton")],
        ),
        # A past participle with a phrase of its own after the noun is no part of the source;
        # with "by" its agent is.
        (
            "A Quinnipiac University poll released in late August found that 74 percent of voters want the returns.",
            [("found", "A Quinnipiac University poll", "Quinnipiac University poll")],
        ),
        # A place after "of" before a relative clause; a role filled by a lone titled surname.
        (
            'It was a similar call from Sen. Amy Klobuchar of Minnesota, who tweeted that "the report must be public."',
            [("tweeted", "Sen. Amy Klobuchar of Minnesota, who", "Amy Klobuchar")],
        ),
        # A party-and-state tag before the relative pronoun: the name before the tag (was "R-Ky").
        (
            "Sen. Rand Paul, R-Ky., who opposes the bill, voted no.",
            [("opposes", "Sen. Rand Paul, R-Ky., who", "Rand Paul")],
        ),
        (
            "President Trump spoke. Then President Vladimir V. Putin spoke. The president himself said it was sad.",
            [("said", "The president himself", "president")],
        ),
        ("Donald Trump won. President Trump spoke. The president said it was sad.", [("said", "The president", "Donald Trump")]),
        # A bare role the article writes only as a title is filled when one holder is named before
        # it (two: no guess); a role with a place or "former" is not guessed from titles.
        (
            'Rep. Blake Farenthold resigned. "I had no idea," the four-term congressman said.',
            [("said", "the four-term congressman", "Blake Farenthold")],
        ),
        (
            "Sen. Marco Rubio spoke. Sen. Bob Smith spoke later. The senator said it was over.",
            [("said", "The senator", "senator")],
        ),
        (
            "Sen. Marco Rubio spoke. The Florida senator said it was over.",
            [("said", "The Florida senator", "Florida senator")],
        ),
        (
            "Sen. Bernie Sanders’ aides spoke. The senator said it was over.",
            [("said", "The senator", "Bernie Sanders")],
        ),
        # A quotation before "he went on to say" is what he said.
        ('Trump spoke. "It was a disgrace," he went on to say.', [("went on to say", "he", "Trump")]),
        # "New" of a place or paper is part of the name; "new" before a role is not.
        ("The New York Times reported that the deal was dead.", [("reported", "The New York Times", "New York Times")]),
        ("New Jersey Gov. Chris Christie said the deal was dead.", [("said", "New Jersey Gov. Chris Christie", "Chris Christie")]),
        ("The new chairman said the deal was dead.", [("said", "The new chairman", "new chairman")]),
        # "went on to say" is one cue (framing.cue_patterns); its source is the subject of "went".
        (
            "Lauten wrote a letter. She went on to say that the girls lacked class.",
            [("wrote", "Lauten", "Lauten"), ("went on to say", "She", "Lauten")],
        ),
        # "what he called": the source is the pronoun, resolved to the subject after an opening phrase.
        (
            'In his interview, Ryan also hammered Obama for what he called his "utter failure."',
            [("called", "he", "Ryan")],
        ),
        # A role ("the governor") is filled by a name written after it, not by a headline's words.
        (
            'Indiana Governor Says Legislators May Clarify Law\n\n"I support this law," the governor said.',
            [("Says", "Indiana Governor", "Indiana Governor"), ("said", "the governor", "governor")],
        ),
        (
            'Governor Mike Pence spoke. "I support this law," the governor said.',
            [("said", "the governor", "Mike Pence")],
        ),
        # After a fronted clause ("After X finished, Y ... and said"), the main clause's subject.
        (
            "After reporter Michael Scotto finished his report, Grimm stormed back, leaned into him and"
            ' said, "If you do that again, I will throw you off."',
            [("said", "Grimm", "Grimm")],
        ),
        (
            'When the vote came, Senator Ben Cardin stood up and said, "This is wrong."',
            [("said", "Senator Ben Cardin", "Ben Cardin")],
        ),
        # ... and a role there is the whole role, resolved to its holder.
        (
            "Senator Ben Cardin of Maryland was in the chamber on Friday night.\n\n"
            'After the vote, the senator stood up and said, "This is wrong."',
            [("said", "the senator", "Ben Cardin")],
        ),
        # An opening phrase with no comma: the subject opens at its last article.
        (
            "Senator Marco Rubio spoke in Miami on a warm Wednesday.\n\n"
            "In Wednesday's speech the senator said that Clinton had failed.",
            [("said", "the senator", "Marco Rubio")],
        ),
        (
            'In an interview with CNN the senator said: "This is wrong."',
            [("said", "the senator", "senator")],
        ),
        ('In a statement Sen. Bob Casey said: "This is wrong."', [("said", "a statement Sen. Bob Casey", "Bob Casey")]),
        # A party tag next to an appositive: the subject is the name on the far side of it.
        (
            "Elizabeth Lauten, the communications director for Rep. Stephen Fincher (R-Tenn.), wrote"
            ' that the girls should "try showing a little class."',
            [("wrote", "Elizabeth Lauten", "Elizabeth Lauten")],
        ),
        ('Sen. David Perdue (R-Ga.), a close ally of Trump, said "no".', [("said", "Sen. David Perdue", "David Perdue")]),
        (
            'A spokeswoman, Sen. Jane Doe (R-Ga.), said: "No way at all."',
            [("said", "Sen. Jane Doe", "Jane Doe")],
        ),
        # An -ing cue right after a quotation is no inverted tag (`"...," said X`): the words after
        # it are its object, not its source.
        (
            'In a statement, Peabody said: "Patriot Coal was highly successful," adding that its value'
            " quadrupled in less than a year.",
            [("said", "Peabody", "Peabody"), ("adding", "Peabody", "Peabody")],
        ),
        (
            'Trump praised Putin as a “strong leader,” saying that he was tougher than Obama.',
            [("praised", "Trump", "Trump"), ("saying", "Trump", "Trump")],
        ),
        # A labeling verb after an appositive is no inverted tag (`..., said Mr. Obama`): the name
        # after it is its object.
        (
            "Minyon Moore, a senior adviser to the Clinton campaign, called Mr. Obama's remarks on"
            ' Saturday "a true wake-up call" to his coalition.',
            [("called", "Minyon Moore", "Minyon Moore")],
        ),
        # A relative clause after a verb and its object: the object is the source, not the main
        # clause's subject; and a participle after it goes with the main clause.
        (
            "The senator praised the head of the agency who said the plan would work.",
            [("praised", "The senator", "senator"), ("said", "the head of the agency who", "head of the agency")],
        ),
        (
            "He met a group of farmers who said the drought was the worst in memory.",
            [("said", "a group of farmers who", "group of farmers")],
        ),
        (
            "Republicans in the House who said the plan would fail voted no.",
            [("said", "Republicans in the House who", "Republicans in the House")],
        ),
        (
            "Trump was defensive when forced to defend not paying an architect who said he was stiffed"
            ' at one of his golf courses, saying, "Maybe he did not do a good job."',
            [("defend", "Trump", "Trump"), ("said", "an architect who", "architect"), ("saying", "Trump", "Trump")],
        ),
        # A progressive cue after a name has that name as subject, not the earlier cue's.
        (
            "Donald J. Trump has vowed to bring back lost mining jobs, and Hillary Clinton is promising"
            " to help mining communities.",
            [("vowed", "Donald J. Trump", "Donald J. Trump"), ("promising", "Hillary Clinton", "Hillary Clinton")],
        ),
        # A spaced hyphen is a dash: the source does not run back across it.
        (
            "The debate is also predictable - Donald J. Trump has vowed to bring back lost mining jobs.",
            [("vowed", "Donald J. Trump", "Donald J. Trump")],
        ),
        ("BRUSSELS - European leaders said on Friday that they would spend more.", [("said", "European leaders", "European leaders")]),
        # An age between the name and a relative-clause appositive is no source.
        (
            "On Friday, the aide, Elizabeth Lauten, 31, who was a spokeswoman for a congressman from"
            " Tennessee, wrote an open letter, saying they should “try showing a little class.”",
            [("wrote", "Elizabeth Lauten", "Elizabeth Lauten"), ("saying", "Elizabeth Lauten", "Elizabeth Lauten")],
        ),
        # A source inside another's content is not what a later "he" refers to: the main
        # clause's subject is.
        (
            "Chelsea Clinton called it vile in a post.\n\nShields told Fox News that Griffin was hoping to"
            ' create a bold message.\n\n"Kathy and I are friends," he explained.',
            [
                ("called", "Chelsea Clinton", "Chelsea Clinton"),
                ("told", "Shields", "Shields"),
                ("explained", "he", "Shields"),
            ],
        ),
        # A person's account posts as the person; a body's account stays as written.
        (
            "Trump’s account tweeted Saturday: “I had to fire General Flynn because he lied.”",
            [("tweeted", "Trump’s account", "Trump")],
        ),
        ("The Kremlin’s account posted: “We won.”", [("posted", "The Kremlin’s account", "Kremlin’s account")]),
        # A noun cue owned by a name: the owner is the source, not the sentence's subject.
        (
            "Politifact seized on Trump’s claim that there have been “thousands of shootings” in Chicago.",
            [("claim", "Trump’s", "Trump")],
        ),
        ("Mr. Obama’s remarks that the economy was “on the mend” drew fire.", [("remarks", "Mr. Obama’s", "Obama")]),
        # After "forced", "pressed", "prompted": the named object does what the infinitive says.
        (
            "The Democratic senator also forced Stumpf, who was under questioning, to admit that no"
            " senior executives have been held accountable.",
            [("admit", "Stumpf", "Stumpf")],
        ),
        ("Warren pressed Stumpf to admit that the bank had failed.", [("admit", "Stumpf", "Stumpf")]),
        (
            "Kremlin threats prompted NATO at its July summit in Warsaw to order the deployment of four units.",
            [("order", "NATO", "NATO")],
        ),
        # ... not after a verb whose subject does it.
        ("Mr. Bush tried to project confidence about the war.", [("project", "Mr. Bush", "Bush")]),
        # A source phrase that opens with an auxiliary, a verb or an adverb is a clause: no one
        # is named (the phrase stays as the source range).
        (
            "It is a tremendous spike, much of which can be credited to the aggressive laws proposed during the Nixon years.",
            [("credited", None, None), ("proposed", "can be credited to the aggressive laws", None)],
        ),
        (
            "McConnell met with her and other Burmese leaders and came away convinced that reforms were underway.",
            [("convinced", "came away", None)],
        ),
        # A role the article gives a name in apposition ("Hillary Clinton, the former secretary of
        # state,") is that person later; a role it never gives anyone stays a role.
        (
            "Hillary Clinton, the former secretary of state, spoke at length on Monday in Ohio.\n\n"
            "“We will act,” the former secretary of state said.",
            [("said", "the former secretary of state", "Hillary Clinton")],
        ),
        (
            "Michael Bloomberg, the former New York mayor, spoke at length on Monday in Ohio at a rally.\n\n"
            "“We will win,” the former New York mayor said.",
            [("said", "the former New York mayor", "Michael Bloomberg")],
        ),
        (
            "“President Putin is an adversary,” Senator Chuck Schumer of New York, the Democratic leader, said,"
            " adding that Mr. Trump should cancel the meeting “until Russia takes steps.”",
            [("said", "Senator Chuck Schumer of New York", "Chuck Schumer"), ("adding", "Senator Chuck Schumer of New York", "Chuck Schumer")],
        ),
        (
            "Donald Trump spoke at length on Monday in Ohio at a rally.\n\n“We will win,” the Republican nominee said.",
            [("said", "the Republican nominee", "Republican nominee")],
        ),
        # Names with a lower-case particle ("de", "van", "bin") stay whole, and a later "de León"
        # or "De León" is the full name given before.
        ("Mayor Bill de Blasio said the city was ready for the storm.", [("said", "Mayor Bill de Blasio", "Bill de Blasio")]),
        ("The mayor, Bill de Blasio, said the city was ready.", [("said", "The mayor, Bill de Blasio", "Bill de Blasio")]),
        (
            'Bill de Blasio was blunt about it on Monday. "This is a disaster for the city," he said.',
            [("said", "he", "Bill de Blasio")],
        ),
        (
            "State Senate leader Kevin de León spoke on Monday at length in Sacramento.\n\nDe León said the"
            ' party had failed. "Once again, the leaders have capitulated," de León said.',
            [("said", "De León", "Kevin de León"), ("said", "de León", "Kevin de León")],
        ),
        # A full name in apposition to a sentence's subject is a person "he" may refer to.
        ('The mayor, Bill Smith, was blunt. "This is a disaster for the city," he said.', [("said", "he", "Bill Smith")]),
        # The subject of a participle clause: past an appositive, a dash, "while", "then", or a
        # clause the phrase ran back into.
        (
            "Fiorina was upfront about her distaste for Donald Trump, the current GOP front-runner, saying"
            " conservatives need to band together.",
            [("saying", "Fiorina", "Fiorina")],
        ),
        ("In Moscow, the Kremlin responded with scorn, refusing to comment on the plan.",
         [("responded", "the Kremlin", "Kremlin"), ("refusing", "the Kremlin", "Kremlin")]),
        ("Marco Rubio flipped his choice on the spot – saying he was rooting for Peyton Manning.",
         [("saying", "Marco Rubio", "Marco Rubio")]),
        ("Bolton had a comparable assessment of the record, while saying that the speech reassured him.",
         [("saying", "Bolton", "Bolton")]),
        ("Clinton paused, then revealed why the activism was especially moving.", [("revealed", "Clinton", "Clinton")]),
        (
            "Texas Sen. Ted Cruz is making a pitch to New York voters saying a state law banning fracking is"
            " hurting the economy.",
            [("saying", "Texas Sen. Ted Cruz", "Ted Cruz")],
        ),
        # A person's campaign, lawyer, aides or family speak for themselves, not as the person;
        # a person's own words ("Trump's recent claims") are still the person's.
        (
            "Donald Trump spoke at a rally. Trump’s campaign has not commented on the reason.",
            [("commented", "Trump’s campaign", "Trump’s campaign")],
        ),
        ("Bryan Pagliano testified. Pagliano's lawyer said he would not speak.", [("said", "Pagliano's lawyer", "Pagliano's lawyer")]),
        ("Aides to Clinton say she is shifting her tack.", [("say", "Aides to Clinton", "Aides to Clinton")]),
        # ... and to a titled person: the lawyer or the spokesmen speak, not the senator or governor.
        (
            "A lawyer for Sen. Bob Menendez said the charges were false.",
            [("said", "A lawyer for Sen. Bob Menendez", "lawyer for Sen. Bob Menendez")],
        ),
        (
            "Spokesmen for Gov. Chris Christie said the charges were false.",
            [("said", "Spokesmen for Gov. Chris Christie", "anonymous")],  # unnamed spokesmen (docs/voice.md)
        ),
        ("Lawyers for Trump said the suit had no merit.", [("said", "Lawyers for Trump", "Lawyers for Trump")]),
        (
            "Donald Trump’s recent claims suggest that he will run.",
            [("suggest", "Donald Trump’s recent claims", "Donald Trump")],  # "recent claims": the noun
        ),
        # ... and so does "the Clinton campaign" as a participle's or coordinated verb's subject.
        (
            "Hillary Clinton spoke first. The Clinton campaign pushed back against the attack, calling it"
            " the mark of a desperate candidate.",
            [("calling", "Clinton campaign", "Clinton campaign")],
        ),
        # A dateline, "There" and "instead" name no one.
        (
            "Headline.\n\nNew York (AFP) – Vice President Joe Biden on Monday hit the campaign trail,"
            " trashing Donald Trump as unqualified and accusing him of endangering troops.",
            [("accusing", "Vice President Joe Biden", "Joe Biden")],
        ),
        (
            "Headline.\n\nWASHINGTON ― After bragging for a year about how cheaply he was running his campaign,"
            " Donald Trump is spending more.",
            [("bragging", "Donald Trump", "Donald Trump")],
        ),
        (
            "There, the district GOP Chairman Chuck Williams declined to name the delegates but said one was a Trump supporter.",
            [("declined", "the district GOP Chairman Chuck Williams", "Chuck Williams"),
             ("said", "the district GOP Chairman Chuck Williams", "Chuck Williams")],
        ),
        (
            "In it, O'Donnell departed from the narrative and instead portrayed the developer as a crude bully.",
            [("portrayed", "O'Donnell", "O'Donnell")],
        ),
        # ... but a subhead in capitals or a party tag is no dateline.
        (
            "Headline.\n\nHouse Speaker Paul Ryan, R-Wis., despite admitting that he had concerns, voted no.",
            [("admitting", "House Speaker Paul Ryan", "Paul Ryan")],
        ),
        # A participle's subject is the name before an appositive, not the appositive's article;
        # a coordinated verb goes with the subject of the "when" clause it ends; "always" and a
        # reflexive are no part of the subject.
        (
            "On the left, Betty Friedan, the feminist leader and author, compared her to a religious"
            " heretic, telling her in a debate that she should burn.",
            [("telling", "Betty Friedan", "Betty Friedan")],
        ),
        (
            "Donald J. Trump, the presumptive Republican presidential nominee, has been even more scathing"
            " in his remarks, threatening to pull out of NATO if he is elected.",
            [("threatening", "Donald J. Trump", "Donald J. Trump")],
        ),
        (
            "The crowd roared at a rally in Philadelphia on Wednesday night when Mr. Sanders took issue with"
            " recent criticism and assailed Mrs. Clinton from multiple angles.",
            [("took issue with", "Mr. Sanders", "Sanders"), ("assailed", "Mr. Sanders", "Sanders")],
        ),
        (
            "Mrs. Clinton herself, as well as her campaign, has always maintained that the server was secure.",
            [("maintained", "Mrs. Clinton herself", "Clinton")],
        ),
        # "is convinced that", "is worried about": the subject's own state of mind; with "by",
        # the agent is still the source.
        ("Mr. Ackman is convinced that Valeant will be a comeback story.", [("convinced", "Mr. Ackman", "Ackman")]),
        ("Mr. Autor, like most economists, is still persuaded of the benefits of trade.", [("persuaded", "Mr. Autor", "Autor")]),
        ("He was convinced by his aides that the plan would work.", [("convinced", "his aides", "anonymous")]),
        # "Asked by X if ...", "When pressed by X about ...": the one asking is the source.
        ("Asked by Starnes if he believed the situation was as bad, Trump said no.",
         [("Asked", "Starnes", "Starnes"), ("said", "Trump", "Trump")]),
        ("When pressed by Holt about how he would bring jobs back, his answers were vague.", [("pressed", "Holt", "Holt")]),
        # Not a fronted clause: the first name of the sentence stays the subject.
        (
            'Senator Ben Cardin met Chuck Schumer, Tim Kaine and Mark Warner and said, "This is wrong."',
            [("said", "Senator Ben Cardin", "Ben Cardin")],
        ),
    ],
)
def test_named_speakers(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, name, titled, expected",
    [
        ("Zelensky arrived.", "Zelensky", False, True),
        ("Officials arrived. The officials left.", "Officials", False, False),
        ("Democrats arrived.", "Democrats", False, False),
        ("Sanders arrived.", "Sanders", False, False),  # a group noun's ending: needs a title
        ("Mr. Sanders arrived. Sanders spoke.", "Sanders", False, True),
        ("Sanders arrived.", "Sanders", True, True),
        ("He flew to Ankara. Talks in Ankara began.", "Ankara", False, False),
        ("Sen. Tim Kaine, D-Va., spoke.", "Va", False, False),
        ("We're ready.", "We're", False, False),
        ("Noting the cost, he left.", "Noting", False, False),
        ("American officials spoke.", "American", False, False),
        ("Sergey Lavrov", "Sergey Lavrov", False, True),
    ],
)
def test_is_person(text, name, titled, expected):
    assert Speakers(text, frozenset({"officials", "sources"})).is_person(name, titled) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Accented capitals open a name like plain ones: the whole name speaks, not its last word.
        ('Élisabeth Borne said the plan was "a disaster."', [("said", "Élisabeth Borne", "Élisabeth Borne")]),
        ('"It is a disgrace," said José Ángel Gurría.', [("said", "José Ángel Gurría", "José Ángel Gurría")]),
        ('Łukasz Kamiński, the deputy minister, said it was "a farce."', [("said", "Łukasz Kamiński", "Łukasz Kamiński")]),
        ('ÉLYSÉE: "We are shocked."', [(":", "ÉLYSÉE", "ÉLYSÉE")]),
    ],
)
def test_names_with_accented_capitals_are_read_whole(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The article's own gendered titles keep "she" from the last man named, and "he" from the last woman.
        (
            'Talks\n\nMs. Warren spoke first. Mr. Dimon answered. "You have failed," she said.',
            [("said", "she", "Warren")],
        ),
        (
            'Talks\n\nMr. Sanders spoke first. Mrs. Clinton answered. "We will win," he said.',
            [("said", "he", "Sanders")],
        ),
        # Spokeswoman is a woman's title; no woman titled so before the pronoun: no speaker, not a wrong one.
        (
            'Talks\n\nSpokeswoman Maria Zakharova spoke. "We will win," he said.',
            [("said", "he", None)],
        ),
        # A person without a gendered title is no evidence either way: the last person named, as before.
        ('Talks\n\nMerkel spoke in Paris. "We will win," he said.', [("said", "he", "Merkel")]),
        # "Mr. Trump" is the article's Donald J. Trump, so Ivanka Trump may still be "she".
        (
            'Talks\n\nDonald J. Trump spoke first. Then Mr. Trump left. Ivanka Trump stayed. "We will win," she said.',
            [("said", "she", "Ivanka Trump")],
        ),
        # A person titled both ways ("Mr." and "Mrs." Clinton) is no evidence.
        (
            'Talks\n\nMr. Clinton spoke after Mrs. Clinton. "We will win," she said.',
            [("said", "she", "Clinton")],
        ),
    ],
)
def test_he_and_she_skip_people_the_article_titles_as_of_the_other_gender(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("opener", ["Beyond", "Throughout", "Within", "Behind", "Across Asia,"])
def test_a_preposition_opening_a_sentence_is_no_person(opener):
    text = f'Talks\n\nGov. Jan Brewer spoke. {opener} the state the mood is grim. "We will win," she said.'
    assert speakers_of(text) == [("said", "she", "Jan Brewer")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A one-word source that names no one: a connective, a participle, a day, a contraction.
        ("Likewise said the plan would fail.", [None]),
        # (A fronted participle is the main clause subject's: "Having" is never its source.)
        ("Having announced the plan, Berman said it would fail.", ["Berman", "Berman"]),
        # ...but an -ing surname is a name (no lower-case "schilling", no opener participle),
        # and so is a place ("Beijing").
        ('Schilling told WEEI: "I replied to the post."', ["Schilling"]),
        ("Beijing has vowed to ignore the ruling.", ["Beijing"]),
        ("Chelsea Manning spoke first. Manning said the files were real.", ["Chelsea Manning"]),
        # Clause openers are no part of a name the article widens to.
        ("Neither Donald J. Trump nor Cruz spoke. Trump said the plan would fail.", ["Donald J. Trump"]),
        # A name, then what it speaks about: the name speaks.
        ("Sergey Lavrov about Ukraine said the talks failed.", ["Sergey Lavrov"]),
        # An opening word before a pronoun source: the pronoun is the source.
        ("Merkel spoke first. Later she said the plan would fail.", ["Merkel"]),
    ],
)
def test_words_that_name_no_one(text, expected):
    assert [s for _, _, s in speakers_of(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The owner speaks through a thing of theirs (`remarks`), not through people of theirs.
        ("Hillary Clinton spoke. Mrs. Clinton's remarks suggested that she would run.", ["Hillary Clinton"]),
        ("Marco Rubio spoke. Mr. Rubio's backers said that he would win.", ["Mr. Rubio's backers"]),
        ("Hillary Clinton spoke. Mrs. Clinton's campaign strategists say that she will win.", ["Mrs. Clinton's campaign strategists"]),
        # A possessive inside a clause or a prepositional phrase owns no source.
        ("Jeh Johnson spoke. A person familiar with Johnson's views said that he would resign.", ["person familiar with Johnson's views"]),
    ],
)
def test_a_possessive_names_the_owner_only_where_they_speak(text, expected):
    assert [s for _, _, s in speakers_of(text)] == expected


# What a user sees as the speaker in reports and exports is a name, a description or nothing,
# never a clause.  Each row: a text and the (cue, speaker) of every attribution, through
# `framing.analyze`; the old output is in the comment.
@pytest.mark.parametrize(
    "text, expected",
    [
        # A name, then its verb or an adverb: the name speaks ("Trump avoids", "Cruz made an unprompted").
        ("Donald Trump spoke in Iowa. Trump avoids condemning Russia's invasion of Ukraine.", [("condemning", "Donald Trump")]),
        (
            "Ted Cruz spoke on Tuesday. During the debate, Cruz made an unprompted call for an end to sugar subsidies.",
            [("call for", "Ted Cruz")],
        ),
        (
            "President Barack Obama also is reported to have called the Saudis free riders.",
            [("reported", None), ("called", "Barack Obama")],  # "President Barack Obama also is reported"
        ),
        (
            "Angela Merkel spoke. Merkel deserves credit for taking in migrants, the paper argued.",
            [("credit", "Angela Merkel"), ("argued", "paper")],  # "Merkel deserves"
        ),
        # A pronoun, then its verb: the pronoun's referent; "it", "I", "you": no one.
        (
            "Ben Carson met reporters. He also acknowledged urging his senior staff to adjust salaries.",
            [("acknowledged", "Ben Carson"), ("urging", "Ben Carson")],  # "He also acknowledged"
        ),
        ("It is hard to believe that this is the first time.", [("believe", None)]),  # "It is hard"
        ("There is no question that voters are angry, he said.", [("said", None)]),  # "There is no" ("no question that": no cue)
        # A past tense with its object after a lone name ("Sanders answered an" was).
        (
            "Bernie Sanders spoke in Iowa. Sanders answered an early question about his agenda.",
            [("question", "Bernie Sanders")],
        ),
        # A name, then the occasion of its words: the name ("Cruz constituent Dan Golvach when asked" was).
        (
            "“The founders would agree,” said Cruz constituent Dan Golvach when asked about the plan.",
            [("said", "Dan Golvach"), ("asked", None)],
        ),
        # A run-on without an auxiliary: an adverb or a time after the name, a plain verb before "to".
        ("Ash Carter spoke. Carter however said he would welcome China's participation.", [("said", "Ash Carter")]),
        ("Fact-checkers soon noted that Clinton was wrong.", [("noted", "Fact-checkers")]),
        ("Investors tend to dislike uncertainty.", [("dislike", "Investors")]),
        (
            "Juanita Broaddrick spoke. On that point, Broaddrick Sunday night recounted an interaction.",
            [("recounted", "Juanita Broaddrick")],
        ),
        # A verb in -s shaped like a plural noun ("plans", "wants"), after a person.
        ("Hillary Clinton plans to call on young people to serve.", [("call on", "Hillary Clinton")]),
        # Not verbs: a plural noun a name modifies, a participle after a group, an inverted subject.
        ("Sanders supporters said he lost.", [("said", "Sanders supporters")]),
        ("Donald Trump spoke. Trump voters said the plan was good.", [("said", "Trump voters")]),
        ("Democrats involved in the talks said the deal was close.", [("said", "Democrats")]),
        ("Here are the people officially identified as having been on the flight.", [("identified", "anonymous")]),
    ],
)
def test_a_source_running_on_into_its_clause_gives_its_subject(text, expected):
    spans = framing.analyze(text).spans
    assert [(s.text, s.speaker) for s in spans if s.type == "attribution"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A quoted epithet before a name in a headline is no given name to widen "Trump" to
        # ("Thin-skinned' Trump", 39 times in one PolNeAR article).
        (
            "'Thin-skinned' Trump quells critics.\n\nFirst, Donald Trump filed a suit. Trump blasted the instructor during a rally.",
            [("blasted", "Donald Trump")],
        ),
        # A dateline in capitals is no person a "she" may refer to (it was "DES MOINES").
        ("DES MOINES — She said the attacks were wrong.", [("said", None)]),
        # A headline's question opener is no part of the name ("Did Donald Trump", 8 times; "Is Sanders").
        ("Did Donald Trump really scam students?\n\nTrump claims he is worth $10 billion.", [("claims", "Donald Trump")]),
        # The writer's "I" after an opening word is no person a "she" may be ("Suddenly I" was);
        # a regnal "I" after a given name is a name.
        ("Suddenly I looked over at the clerks. She said the ruling was fair.", [("said", None)]),
        ("Queen Elizabeth I said the realm was safe.", [("said", "Elizabeth I")]),
        (
            "Betsy Ebeling said the ad was fair.\n\nDES MOINES — She said the attacks were wrong.",
            [("said", "Betsy Ebeling"), ("said", "Betsy Ebeling")],
        ),
    ],
)
def test_no_epithet_or_dateline_is_taken_for_a_name(text, expected):
    spans = framing.analyze(text).spans
    assert [(s.text, s.speaker) for s in spans if s.type == "attribution"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A lower-case pronoun, then its verb: the pronoun's referent (it was "he barely",
        # "she does not feel comfortable").
        (
            "Lamar Alexander spoke on Monday. Asked about the bill, he barely acknowledged the question.",
            [("Asked", None), ("acknowledged", "Lamar Alexander")],
        ),
        (
            "Kelly Ayotte spoke. In an interview, she does not feel comfortable endorsing Trump.",
            [("feel", "Kelly Ayotte"), ("endorsing", "Kelly Ayotte")],
        ),
        # A question, or a past tense before its object: no one (it was "Do you", "authorized a
        # significant staffing increase in the states"). The interviewer's "Q:" keeps the cue; the
        # same question put to the reader is no cue at all (tests/test_cue_senses.py).
        ("Q: Do you know where your candidate's tax returns are?", [("know", None)]),
        (
            "RNC Chairman Reince Priebus has authorized a significant staffing increase in the states expected to be pivotal.",
            [("expected", None)],
        ),
        # A participle before a noun, and a pronoun in a coordination, stay as they were.
        ("The retired neurosurgeon said the plan failed.", [("said", "retired neurosurgeon")]),
        ("She and another reporter said the plan failed.", [("said", "another reporter")]),
    ],
)
def test_a_clause_read_as_a_source_names_its_subject_or_no_one(text, expected):
    spans = framing.analyze(text).spans
    assert [(s.text, s.speaker) for s in spans if s.type == "attribution"] == expected


def test_score_jsonl_a_verb_shaped_like_a_plural(tmp_path):
    text = "Service\n\nHillary Clinton plans to call on young people to serve.\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("call on", "Hillary Clinton")]


def test_score_jsonl_gives_names_not_clauses(tmp_path):
    """The way a user sees it: `framing score` on a text file, every speaker in the JSONL a name."""
    spans = scored_attributions(
        tmp_path,
        "Ted Cruz spoke on Tuesday. During the debate, Cruz made an unprompted call for an end to sugar subsidies. "
        "Donald Trump spoke in Iowa. Trump avoids condemning Russia's invasion of Ukraine.\n",
    )
    assert [(s["text"], s["speaker"]) for s in spans] == [("call for", "Ted Cruz"), ("condemning", "Donald Trump")]


def test_score_jsonl_drops_an_adverb_opening_the_sentence_from_the_speaker(tmp_path):
    spans = scored_attributions(tmp_path, "Alan Grayson spoke in Orlando. Later Grayson said the race was over.\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [("said", "Alan Grayson")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A lone "None" is no name: in lower case, never the string read as a missing value.
        ("None tweeted about the attack.", [("tweeted", "none", "None")]),
        ("None, however, tweeted about the attack.", [("tweeted", "none", "None")]),
        # With "of": a description as written, not the group it picks from.
        ("None of them tweeted about the attack.", [("tweeted", "None of them", "None of them")]),
        ("None of the Republicans tweeted about it.", [("tweeted", "None of the Republicans", "None of the Republicans")]),
        ("Neither of them said the plan failed.", [("said", "Neither of them", "Neither of them")]),
        # Other negative subjects stay descriptions as written.
        ("Nobody said the plan failed.", [("said", "Nobody", "Nobody")]),
        ("No one said the plan failed.", [("said", "No one", "No one")]),
    ],
)
def test_a_negative_subject_is_no_name(text, expected):
    spans = [s for s in framing.analyze(text).spans if s.type == "attribution"]
    assert [(s.text, s.speaker, text[s.source.start : s.source.end]) for s in spans] == expected


def test_score_csv_keeps_a_lone_none_a_speaker(tmp_path):
    """`framing score --format csv --spans`: the speaker cell of `None tweeted` is "none", which
    a spreadsheet or pandas reads as text, not as an empty cell."""
    path = tmp_path / "silence.txt"
    path.write_text("The senators met on Monday. None tweeted about it.\n", encoding="utf-8")
    out, spans_csv = tmp_path / "out.csv", tmp_path / "spans.csv"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out), "--spans", str(spans_csv)])
    assert result.exit_code == 0, result.output
    rows = [r for r in csv.DictReader(spans_csv.open(encoding="utf-8")) if r["type"] == "attribution"]
    assert [(r["text"], r["speaker"]) for r in rows] == [("tweeted", "none")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A numbered name keeps its number: "Amendment" alone names nothing (BASIL, 2018).
        (
            "The 14th Amendment states that all persons born here are citizens.",
            [("states", "The 14th Amendment", "14th Amendment")],
        ),
        (
            "The Second Amendment states that arms may be kept.",
            [("states", "The Second Amendment", "Second Amendment")],
        ),
        # A numbered thing is no person a later "he" goes back to.
        (
            "Mr. Trump spoke. The 14th Amendment states that all persons born here are citizens. He said no.",
            [("states", "The 14th Amendment", "14th Amendment"), ("said", "He", "Trump")],
        ),
    ],
)
def test_a_numbered_name_keeps_its_number(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected_speakers",
    [
        # A word opening the sentence before its subject names no one (BASIL): the cue the
        # noun misreads ("In comments") credits nobody, the subject after it is the speaker.
        ("In comments delivered at the council, the senator argued that the plan failed.", [None, "senator"]),
        ("Rather than giving in to fear, the president said the plan failed.", ["president"]),
    ],
)
def test_an_opening_preposition_or_adverb_is_no_speaker(text, expected_speakers):
    assert [speaker for _, _, speaker in speakers_of(text)] == expected_speakers


@pytest.mark.parametrize(
    "text, expected",
    [
        # A surname that is also a title word ("King") before "of" and a place: the person (BASIL).
        (
            '"It is done," independent Sen. Angus King of Maine told reporters on Monday.',
            [("told reporters", "independent Sen. Angus King of Maine", "Angus King")],
        ),
        ("Larry King of CNN said the plan failed.", [("said", "Larry King of CNN", "Larry King")]),
        (
            '"It is not easy," said Representative Peter T. King of New York.',
            [("said", "Representative Peter T. King of New York", "Peter T. King")],
        ),
        ("Sen. Susan Collins of Maine said the plan failed.", [("said", "Sen. Susan Collins of Maine", "Susan Collins")]),
    ],
)
def test_a_title_word_surname_before_of_is_the_person(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A headline surname the article titles elsewhere ("President Trump") is a person, who
        # rejects in words, though the article never gives a full name.
        (
            "Trump rejects the plan\n\nPresident Trump met the governors on Monday.",
            [("rejects", "Trump", "Trump", "the plan")],
        ),
        (
            "Boehner dismisses the deal\n\nSpeaker Boehner spoke to reporters on Monday.",
            [("dismisses", "Boehner", "Boehner", "the deal")],
        ),
        # A body or a country, never titled, acts on the plan: no report.
        ("Senate rejects the plan\n\nThe Senate met on Monday.", []),
        ("Germany rejects the plan\n\nChancellor Merz spoke in Berlin on Monday.", []),
        # No evidence in the article either way: read as an act, as a country would be.
        ("Trump rejects the plan\n\nThe governors met on Monday.", []),
    ],
)
def test_a_headline_surname_titled_in_the_article_rejects_in_words(text, expected):
    assert analyzed_attributions(text) == expected


def test_score_jsonl_credits_a_titled_headline_surname(tmp_path):
    text = "Trump rejects the plan\n\nPresident Trump met the governors on Monday.\n"
    rows = scored_attributions(tmp_path, text)
    assert [(r["text"], r["speaker"], text[r["source"]["start"] : r["source"]["end"]]) for r in rows] == [("rejects", "Trump", "Trump")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "President Obama" with only Michelle Obama named is not she; with Barack Obama named, he.
        ("Michelle Obama spoke first. Later, President Obama said the deal was done.", ["Obama"]),
        ("Michelle Obama spoke first. Barack Obama listened. Later, President Obama said the deal was done.", ["Barack Obama"]),
        ("Hillary Clinton spoke. Bill Clinton listened. Former President Clinton said the deal was done.", ["Bill Clinton"]),
        # A lone surname, or another title: the first full name, as before.
        ("Michelle Obama spoke first. Later, Obama said the deal was done.", ["Michelle Obama"]),
        ("Mary Fallin spoke first. Later, Gov. Fallin said the deal was done.", ["Mary Fallin"]),
        # "a President Clinton": the office as someone might hold it, read without the title.
        ("Hillary Clinton spoke. It's an agenda a President Clinton could hope to see work.", ["Hillary Clinton"]),
    ],
)
def test_a_president_is_not_the_spouse_sharing_the_surname(text, expected):
    assert [speaker for _, speaker, _, _ in analyzed_attributions(text)] == expected


def test_score_jsonl_a_president_is_not_the_spouse(tmp_path):
    text = "Deal\n\nMichelle Obama spoke first. Later, President Obama said the deal was done.\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("said", "Obama")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A document or poll with the participle that dated it: the document, not "... filed".
        ("A court document filed Thursday says that Trump lied.", ["court document"]),
        ("The latest Reuters/Ipsos opinion poll released Friday shows that Clinton leads.", ["latest Reuters/Ipsos opinion poll"]),
        ("According to early results of exit polls conducted for The Associated Press, voters are angry.", ["early results of exit polls"]),
        ("Trump supporters interviewed said they were angry.", ["Trump supporters"]),
        # A participle of a clause stays: no speaker is cut to a clause's fragment.
        ("Those who have never voted said no.", ["Those who have never voted"]),
    ],
)
def test_a_participle_after_a_description_is_no_part_of_the_speaker(text, expected):
    assert [speaker for _, speaker, _, _ in analyzed_attributions(text)] == expected


def test_score_jsonl_a_document_without_its_participle(tmp_path):
    text = "Filing\n\nA court document filed Thursday says that Trump lied.\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("says", "court document")]


# Capitalised words of an office or a job before a given name are no part of the name ("Chief
# Executive Officer Tim Cook" is Tim Cook); an office coordinated before it is no second speaker
# ("Fox News Vice President and Washington Managing Editor Bill Sammon" is Bill Sammon, was
# "President and Washington Managing Editor Bill Sammon"), while "Mr. King" still is one.
OFFICES_BEFORE_NAMES = [
    ("Apple Chief Executive Officer Tim Cook said the phone was safe.", ["Tim Cook"]),
    ("Officer Joseph Beinlich said the man came in by himself.", ["Joseph Beinlich"]),
    (
        "Fox News Vice President and Washington Managing Editor Bill Sammon said the network was disappointed. "
        "Sammon said the network would go on.",
        ["Bill Sammon", "Bill Sammon"],
    ),
    (
        "Sen. Chuck Grassley and Rep. Steve King spoke first. Mr. Grassley and Mr. King said the bill was flawed.",
        ["Chuck Grassley and Steve King"],
    ),
    ("Will Smith said the film was done.", ["Will Smith"]),
]


@pytest.mark.parametrize("text, expected", OFFICES_BEFORE_NAMES)
def test_an_office_before_a_given_name_is_no_part_of_it(text, expected):
    assert [speaker for _, speaker, _, _ in analyzed_attributions(text)] == expected


def test_score_jsonl_an_office_before_a_given_name(tmp_path):
    text, expected = OFFICES_BEFORE_NAMES[2]
    assert [s["speaker"] for s in scored_attributions(tmp_path, "Fox\n\n" + text + "\n")] == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Washington Managing Editor Bill Sammon", "Bill Sammon"),
        ("Chief Executive Officer Tim Cook", "Tim Cook"),
        ("Hillary Rodham Clinton", "Hillary Rodham Clinton"),  # no office before the given name
        ("Managing Editor Zorbo Kleft", "Managing Editor Zorbo Kleft"),  # no given name the table knows
    ],
)
def test_from_given_name(name, expected):
    from framing.job_nouns import packaged_job_nouns
    from framing.name_words import from_given_name

    assert " ".join(from_given_name(name.split(), packaged_job_nouns())) == expected


# A that-clause read as a source phrase (after a cue whose subject was not found) names no one:
# it is what was said (it gave "that he had access to the server" as the speaker; PolNeAR train).
def test_a_that_clause_is_no_speaker():
    text = "Marcel Lehel spoke. that he had access to the server"
    tokens = segment.word_tokens(text)
    assert Speakers(text, frozenset()).name_of(tokens[3:], tokens[3].start) == (None, False)


# The sentence that showed it: "“Guccifer,”" is now no quotation before the cue (a name the
# hacker goes by, `framing.attribution`), so the subject before it speaks.
def test_the_hacker_known_as_speaks():
    text = "In an interview broadcast on Wednesday, Marcel Lehel, the hacker known as “Guccifer,” stated that he had access to the server."
    assert [(cue, speaker) for cue, speaker, _, _ in analyzed_attributions(text)][-1] == ("stated", "Marcel Lehel")


def test_score_jsonl_the_hacker_known_as_speaks(tmp_path):
    text = "In an interview broadcast on Wednesday, Marcel Lehel, the hacker known as “Guccifer,” stated that he had access to the server.\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)][-1] == ("stated", "Marcel Lehel")


# BASIL c6a0e65c (HuffPost, NYT, 2018-07-13): a committee's name made of title words is read
# whole, not as "Committee" widened to another committee the article names; a relative clause
# after a role appositive goes back to the person named before it.
_COMMITTEE_MEMBERS = (
    "Mark Warner, the top Democrat on the Senate Intelligence Committee, spoke. Sen. John McCain (R-Ariz.), "
    "Senate Minority Leader Chuck Schumer (D-N.Y.) and 18 members of the House Foreign Affairs Committee "
    "called on President Donald Trump to cancel."
)
_ROLE_THEN_WHO = (
    "The charges were announced here on Friday by Rod J. Rosenstein, the deputy attorney general, "
    "who made clear that the indictments were serious."
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (_COMMITTEE_MEMBERS, [("called on", "18 members of the House Foreign Affairs Committee", "House Foreign Affairs Committee")]),
        ("The House Armed Services Committee said it would meet.", [("said", "The House Armed Services Committee", "House Armed Services Committee")]),
        (
            "Jim Jordan is a founder of the House Freedom Caucus. The House Freedom Caucus said it would wait.",
            [("said", "The House Freedom Caucus", "House Freedom Caucus")],
        ),
        ("Senate Judiciary Committee Chairman Chuck Grassley said it would meet.", [("said", "Senate Judiciary Committee Chairman Chuck Grassley", "Chuck Grassley")]),
        (_ROLE_THEN_WHO, [
            ("announced", "Rod J. Rosenstein", "Rod J. Rosenstein"),
            ("made clear", "Rod J. Rosenstein, the deputy attorney general, who", "Rod J. Rosenstein"),
        ]),
        ("Sen. Rand Paul, the Kentucky Republican, who opposes the bill, said it was bad.", [
            ("opposes", "Sen. Rand Paul, the Kentucky Republican, who", "Rand Paul"),
            ("said", "Sen. Rand Paul, the Kentucky Republican", "Rand Paul"),
        ]),
    ],
)
def test_a_committee_and_a_role_appositive_name_their_speaker(text, expected):
    assert speakers_of(text) == expected


def test_score_jsonl_a_committee_and_a_role_appositive(tmp_path):
    rows = scored_attributions(tmp_path, "Summit\n\n" + _COMMITTEE_MEMBERS + " " + _ROLE_THEN_WHO + "\n")
    assert [(s["text"], s["speaker"]) for s in rows] == [
        ("called on", "House Foreign Affairs Committee"),
        ("announced", "Rod J. Rosenstein"),
        ("made clear", "Rod J. Rosenstein"),
    ]


# BASIL c6a0e65c (NYT): a written-out party tag ("Republican of Ohio") and a description after it
# are asides before the cue; the speaker is the name before them, not the tag or the caucus.
_JORDAN = (
    "Representative Jim Jordan, Republican of Ohio, a founder of the conservative House Freedom Caucus, "
    "asked if Mr. Trump should demand extradition of the hackers, said, “I’ll leave that to the president.”"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # (the name and its first description, here the party tag, as PolNeAR marks a source)
        (_JORDAN, [("asked", "Representative Jim Jordan", "Jim Jordan"), ("said", "Representative Jim Jordan, Republican of Ohio", "Jim Jordan")]),
        (
            "Representative Jim Jordan, Republican of Ohio, a founder of the conservative House Freedom Caucus, said it was over.",
            [("said", "Representative Jim Jordan", "Jim Jordan")],
        ),
        ("Senator Chris Murphy, Democrat of Connecticut, said it was over.", [("said", "Senator Chris Murphy", "Chris Murphy")]),
        ("The mayor of Paris, Anne Hidalgo, a socialist, said it was over.", [("said", "Anne Hidalgo", "Anne Hidalgo")]),
        ("He flew to Paris, the capital, and the mayor, a socialist, said it was over.", [("said", "the mayor", "mayor")]),
    ],
)
def test_a_written_out_party_tag_and_a_description_are_asides(text, expected):
    assert speakers_of(text) == expected


def test_score_jsonl_a_written_out_party_tag(tmp_path):
    rows = scored_attributions(tmp_path, "Summit\n\n" + _JORDAN + "\n")
    assert [(s["text"], s["speaker"]) for s in rows] == [("asked", "Jim Jordan"), ("said", "Jim Jordan")]


# BASIL c6a0e65c (NYT): a short noun phrase opening the sentence, then a verb in the past, is the
# subject an `..., accusing` participle hangs on (a name would have been found before).
@pytest.mark.parametrize(
    "text, expected",
    [
        ("A grand jury indicted the officers on Friday, accusing them of hacking.", [("accusing", "A grand jury", "grand jury")]),
        ("The group met on Friday, saying it was over.", [("saying", "The group", "group")]),
        ("The problem is that he lied, saying it was over.", [("saying", "he", None)]),  # (a clause with "is": not this reading)
    ],
)
def test_an_opening_noun_phrase_is_the_participles_subject(text, expected):
    assert speakers_of(text) == expected


def test_score_jsonl_an_opening_noun_phrase_for_a_participle(tmp_path):
    rows = scored_attributions(tmp_path, "Indictments\n\nA grand jury indicted the officers on Friday, accusing them of hacking.\n")
    assert [(s["text"], s["speaker"]) for s in rows] == [("accusing", "grand jury")]


# BASIL c6a0e65c (NYT): a tag after a quotation may be a name with its state and a description
# in commas; the quotation is the person's.
_SCHUMER = (
    "“These indictments are further proof of what everybody knows,” Senator Chuck Schumer of New York, "
    "the Democratic leader, said, adding that it was time."
)


def test_a_quotation_tagged_with_a_name_of_a_state_and_a_description():
    result = analysed(_SCHUMER)
    assert speakers_of(_SCHUMER) == [
        ("said", "Senator Chuck Schumer of New York", "Chuck Schumer"),
        ("adding", "Senator Chuck Schumer of New York", "Chuck Schumer"),
    ]
    assert [(q.kind, q.speaker) for q in result.quotes] == [("direct", "Chuck Schumer")]


def test_score_jsonl_a_quotation_tagged_with_a_name_of_a_state(tmp_path):
    rows = scored_attributions(tmp_path, "Summit\n\n" + _SCHUMER + "\n")
    assert [(s["text"], s["speaker"]) for s in rows] == [("said", "Chuck Schumer"), ("adding", "Chuck Schumer")]


# BASIL c6a0e65c (NYT): a quantifier standing for people, then where they are, is the speaker as
# written (some members speak, not the committee); a time after it is no part of it.
_SOME_ON = "Some on the House Foreign Affairs Committee also called for the summit to be canceled."


@pytest.mark.parametrize(
    "text, expected",
    [
        (_SOME_ON, [("called for", "Some on the House Foreign Affairs Committee", "Some on the House Foreign Affairs Committee")]),
        ("Many in Kyiv said the talks failed.", [("said", "Many in Kyiv", "Many in Kyiv")]),
        ("Some on Friday said the talks failed.", [("said", "Some", "Some")]),
    ],
)
def test_a_quantifier_with_its_place_is_the_speaker_as_written(text, expected):
    assert speakers_of(text) == expected


def test_score_jsonl_a_quantifier_with_its_place(tmp_path):
    rows = scored_attributions(tmp_path, "Summit\n\n" + _SOME_ON + "\n")
    assert [(s["text"], s["speaker"]) for s in rows] == [("called for", "Some on the House Foreign Affairs Committee")]


# PolNeAR train: the infinitive of purpose after an object of "with" (`arranging calls with both
# Sanders and Clinton to discuss`) is the clause subject's act, not the object's.
_BIDEN = "Biden was arranging calls with both Sanders and Clinton to discuss the race before making a public endorsement of his own."


@pytest.mark.parametrize(
    "text, expected",
    [
        (_BIDEN, [("discuss", "Biden", "Biden")]),
        ("The campaign spoke with Clinton to discuss the race.", [("discuss", "The campaign", "campaign")]),
        ("Mr. Bush tried to project calm.", [("project", "Mr. Bush", "Bush")]),
    ],
)
def test_an_infinitive_after_an_object_of_with_is_the_subjects(text, expected):
    assert speakers_of(text) == expected


def test_score_jsonl_an_infinitive_after_an_object_of_with(tmp_path):
    rows = scored_attributions(tmp_path, "Race\n\n" + _BIDEN + "\n")
    assert [(s["text"], s["speaker"]) for s in rows] == [("discuss", "Biden")]


# PolNeAR train: an appositive whose nouns are joined by "and" is still an appositive before the
# cue, not a clause, so the name after the cue is no inverted source (`..., said Lavrov.`).
_BROCKOVICH = "Erin Brockovich, the legendary environmental activist and lawyer, endorsed Sanders’ approach Saturday."


@pytest.mark.parametrize(
    "text, expected",
    [
        (_BROCKOVICH, [("endorsed", "Erin Brockovich", "Erin Brockovich")]),
        (
            "Erin Brockovich, the legendary environmental activist and lawyer, endorsed Sanders’ approach Saturday, saying she disagreed.",
            [("saying", "Erin Brockovich", "Erin Brockovich"), ("disagreed", "saying she", "Erin Brockovich")],
        ),
        ("The plan failed, and the talks collapsed, said the minister.", [("said", "the minister", "minister")]),
    ],
)
def test_an_appositive_with_and_is_no_clause_before_the_cue(text, expected):
    assert speakers_of(text) == expected


def test_score_jsonl_an_appositive_with_and(tmp_path):
    rows = scored_attributions(tmp_path, "Flint\n\n" + _BROCKOVICH + "\n")
    assert [(s["text"], s["speaker"]) for s in rows] == [("endorsed", "Erin Brockovich")]


# PolNeAR train: a name in apposition to a noun of kin (`his daughter, Chloe,`) opens no clause
# of its own, so an infinitive of purpose later goes with the clause's subject.
_HALE = "Andrew Hale took his 3-year-old daughter, Chloe, there on Sunday to explain to her who Ali was."


@pytest.mark.parametrize(
    "text, expected",
    [
        (_HALE, [("explain", "Andrew Hale", "Andrew Hale")]),
        (
            "After the speech, his daughter, Chloe, said it was over, adding that it was fine.",
            [("said", "his daughter, Chloe", "Chloe"), ("adding", "his daughter, Chloe", "Chloe")],
        ),
    ],
)
def test_a_kin_name_in_apposition_opens_no_clause(text, expected):
    assert speakers_of(text) == expected


def test_score_jsonl_a_kin_name_in_apposition(tmp_path):
    rows = scored_attributions(tmp_path, "Ali\n\n" + _HALE + "\n")
    assert [(s["text"], s["speaker"]) for s in rows] == [("explain", "Andrew Hale")]
