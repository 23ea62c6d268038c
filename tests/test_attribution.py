"""Attributions, speakers and anonymous sources (framing/attribution.py, framing/speakers.py,
lexicons/reporting_verbs.tsv, lexicons/anonymous_sources.tsv): each row is a text and the
attribution expected, with cue, source and content checked as exact substrings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import framing
from framing import segment
from framing.lexicon import load
from framing.quotes import analyse_voice
from voice_cases import scored_attributions


def attributions_of(text: str):
    v = analyse_voice(text, segment.word_tokens(text), segment.sentences(text), (), load())
    out = []
    for a in v.attributions:
        out.append(
            (
                text[a.cue.start : a.cue.end],
                a.verb,
                a.stance,
                a.speaker,
                text[a.source.start : a.source.end] if a.source else None,
                text[a.content.start : a.content.end] if a.content else None,
            )
        )
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        # Indirect speech: the paraphrase is credited to the subject.
        (
            "Lavrov said the talks were a show.",
            ("said", "say", "neutral", "Lavrov", "Lavrov", "the talks were a show"),
        ),
        (
            "Foreign Minister Sergey Lavrov claimed that the talks were a show.",
            ("claimed", "claim", "lowering", "Sergey Lavrov", "Foreign Minister Sergey Lavrov", "the talks were a show"),
        ),
        # Postposed tag.
        (
            "Zelensky still intends to attend the talks, the source says.",
            ("says", "say", "neutral", "anonymous", "the source", "Zelensky still intends to attend the talks"),
        ),
        # Direct quotation after the cue, and before it.
        ("Zelensky said: “We are ready.”", ("said", "say", "neutral", "Zelensky", "Zelensky", "“We are ready.”")),
        (
            "“I’m sure they will play a trick,” one senior source said.",
            ("said", "say", "neutral", "anonymous", "one senior source", "“I’m sure they will play a trick,”"),
        ),
        (
            "“It is over,” said Jeffrey N. Trimble, a senior official.",
            ("said", "say", "neutral", "Jeffrey N. Trimble", "Jeffrey N. Trimble", "“It is over,”"),
        ),
        # "told reporters" is one cue; its lemma is tell.
        (
            "“We are impatient,” the US president told reporters on Wednesday.",
            ("told reporters", "tell", "neutral", "US president", "the US president", "“We are impatient,”"),
        ),
        # according to: source after the cue, content on the other side.
        (
            "The meeting was cancelled, according to people familiar with the matter.",
            ("according to", "according_to", "neutral", "anonymous", "people familiar with the matter", "The meeting was cancelled"),
        ),
        (
            "According to the Kremlin, Putin will not attend.",
            ("According to", "according_to", "neutral", "Kremlin", "the Kremlin", "Putin will not attend"),
        ),
        # Non-neutral verbs carry their stance class.
        (
            "Trump slammed the decision as a disgrace to the country.",
            ("slammed", "slam", "aggressive", "Trump", "Trump", "the decision as a disgrace to the country"),
        ),
        (
            "The minister admitted that mistakes were made.",
            ("admitted", "admit", "concession", "minister", "The minister", "mistakes were made"),
        ),
        # Appositive between subject and cue; a party tag after the name.
        (
            "Trump, speaking during a visit to Qatar, said he was keeping the door open.",
            ("said", "say", "neutral", "Trump", "Trump", "he was keeping the door open"),
        ),
        (
            "Sen. David Perdue (R-Ga.) said he did not believe it.",
            ("said", "say", "neutral", "David Perdue", "Sen. David Perdue", "he did not believe it"),
        ),
        # Anonymous by the phrase that follows the source.
        (
            "A diplomat who spoke on condition of anonymity said the talks had failed.",
            ("said", "say", "neutral", "anonymous", "A diplomat who spoke on condition of anonymity", "the talks had failed"),
        ),
        # A parenthetical tag inside the sentence.
        (
            "The museum, Mr. Obama said, would make visitors face uncomfortable truths.",
            ("said", "say", "neutral", "Obama", "Mr. Obama", "The museum"),
        ),
        # A passive cue credits its agent.
        (
            "A different story was being told by The Daily Caller about the deal.",
            ("told", "tell", "neutral", "Daily Caller", "The Daily Caller", "A different story"),
        ),
        (
            "Mehmet Oz has been called a charlatan by fellow physicians for promoting cures.",
            ("called", "call", "labeling", "fellow physicians", "fellow physicians", "Mehmet Oz"),
        ),
        # A Title Case headline: "Says" is a verb there.
        (
            "Obama Says Museum Will Tell of Suffering and Delight",
            ("Says", "say", "neutral", "Obama", "Obama", "Museum Will Tell of Suffering and Delight"),
        ),
        # A colon, a paragraph break, then the quotation.
        ("He said:\n\n“We have a situation.”", ("said", "say", "neutral", None, "He", "“We have a situation.”")),
        # Coordinated cues share the subject.
        (
            "Demonstrators marched on Friday and said they wanted justice.",
            ("said", "say", "neutral", "Demonstrators", "Demonstrators", "they wanted justice"),
        ),
        # The strongest cues are verbs after any subject; weaker ones take an inverted name.
        (
            "Police say he posed a deadly threat.",
            ("say", "say", "neutral", "Police", "Police", "he posed a deadly threat"),
        ),
        (
            "Debates are not likely to alter the campaign, noted NBC’s Dante Chinni.",
            ("noted", "note", "raising", "Dante Chinni", "NBC’s Dante Chinni", "Debates are not likely to alter the campaign"),
        ),
        # A quoted title is not what was said; a party tag is not part of the source.
        (
            "Sanders told MSNBC's \"Morning Joe\" that nobody would question her intelligence.",
            ("told", "tell", "neutral", "Sanders", "Sanders", "nobody would question her intelligence"),
        ),
        (
            "“It is a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday.",
            ("said", "say", "neutral", "Gwen Moore", "Rep. Gwen Moore", "“It is a dog whistle,”"),
        ),
        # A document is a source too; the occasion is not part of the content.
        (
            "The report said the economy grew by 3.5% last year.",
            ("said", "say", "neutral", "report", "The report", "the economy grew by 3.5% last year"),
        ),
        (
            "The ministry said in a statement that talks would resume.",
            ("said", "say", "neutral", "ministry", "The ministry", "talks would resume"),
        ),
        # A relative clause after a name; an endorsement is attributed support.
        (
            "The crowd cheered Trump, who says he is honored.",
            ("says", "say", "neutral", "Trump", "Trump, who", "he is honored"),
        ),
        ("The union endorses Clinton.", ("endorses", "endorse", "raising", "union", "The union", "Clinton")),
        # Unnamed officials are anonymous.
        (
            "In Ukraine, senior officials said this all proved it was posture.",
            ("said", "say", "neutral", "anonymous", "senior officials", "this all proved it was posture"),
        ),
        # Evidence as the subject: "a poll shows" is no plural noun.
        (
            "For the first time, a poll shows upstart Sen. Bernie Sanders leading the field.",
            ("shows", "show", "raising", "poll", "a poll", "upstart Sen. Bernie Sanders leading the field"),
        ),
        # A capitalised name ending in -ly is no adverb.
        ("Kelly said she went to the interview.", ("said", "say", "neutral", "Kelly", "Kelly", "she went to the interview")),
        # A quotation that opens its sentence is speech, even when every word is capitalised.
        ("“Like Oakland,” Trump said.", ("said", "say", "neutral", "Trump", "Trump", "“Like Oakland,”")),
        # Postposed tags: two people, a semicolon after the cue, an appositive after the name.
        (
            "It's not only about big audiences for advertisers, he and Mr. Allen said.",
            ("said", "say", "neutral", "Allen", "he and Mr. Allen", "It's not only about big audiences for advertisers"),
        ),
        (
            "Candidates need 40 percent of the Hispanic vote, political analysts say; in 2012, Romney stumbled.",
            ("say", "say", "neutral", "anonymous", "political analysts", "Candidates need 40 percent of the Hispanic vote"),
        ),
        (
            "''Google ranks first,'' Mr. Mahaney, of RBC Capital Markets, said.",
            ("said", "say", "neutral", "Mahaney", "Mr. Mahaney", "''Google ranks first,''"),
        ),
        # A description before the name, then an appositive (with capitalised words in it): the
        # quotation is the content, not the adjunct after the cue ("on his blog").
        (
            '"We may be seeing some wage acceleration," the economist Jared Bernstein, a former adviser '
            "in the Obama White House, wrote on his blog.",
            ("wrote", "write", "neutral", "Jared Bernstein", "the economist Jared Bernstein",
             '"We may be seeing some wage acceleration,"'),
        ),
        (
            '"We may be seeing some wage acceleration," Jared Bernstein, a former adviser, wrote on his blog.',
            ("wrote", "write", "neutral", "Jared Bernstein", "Jared Bernstein", '"We may be seeing some wage acceleration,"'),
        ),
        # A description with the name as its appositive: the source runs through the name.
        (
            '"We will appeal," the company\'s chief executive, John Smith, said on Monday.',
            ("said", "say", "neutral", "John Smith", "the company's chief executive, John Smith", '"We will appeal,"'),
        ),
        # ... but an appositive that is no name stays out of the source ("Ohio" is no speaker).
        (
            '"We will win," the senator, a Republican from Ohio, said.',
            ("said", "say", "neutral", "senator", "the senator", '"We will win,"'),
        ),
        # An aside before the that-clause; "since" between the auxiliary and the cue.
        (
            "Mr. Trump said, among other things, that Mr. Bezos has a problem.",
            ("said", "say", "neutral", "Trump", "Mr. Trump", "Mr. Bezos has a problem"),
        ),
        (
            "Mrs. Clinton has since said she would support an increase.",
            ("said", "say", "neutral", "Clinton", "Mrs. Clinton", "she would support an increase"),
        ),
        # A passive without an agent: an attribution with no source named.  (With "came under
        # criticism" before it, the criticism is an attribution too: tests/test_drawn_criticism.py.)
        (
            "Clinton was in the news when it was revealed in March that she had used a personal account.",
            ("revealed", "reveal", "raising", None, None, "she had used a personal account"),
        ),
        (
            "Spokesman Michael Briggs did not respond to requests to comment on the subject.",
            ("respond", "respond", "no_comment", "Michael Briggs", "Spokesman Michael Briggs", "to requests to comment on the subject"),
        ),
        # Speakers: a time or place phrase after the name is not part of the source, a run of
        # capitalised words across a sentence end is not a name, a plural title is a title.
        (
            "President Barack Obama on Tuesday said the plan was dead.",
            ("said", "say", "neutral", "Barack Obama", "President Barack Obama", "the plan was dead"),
        ),
        (
            "Trump over the weekend denied that he knew about the calls.",
            ("denied", "deny", "denial", "Trump", "Trump", "he knew about the calls"),
        ),
        (
            "The president this morning says he was sure.",
            ("says", "say", "neutral", "president", "The president", "he was sure"),
        ),
        (
            "The White House have long claimed that he knew.",
            ("claimed", "claim", "lowering", "White House", "The White House", "he knew"),
        ),
        (
            "The president, without offering specifics, said he was sure.",
            ("said", "say", "neutral", "president", "The president", "he was sure"),
        ),
        (
            "Comey testified in June. Comey said in June that he had closed the case.",
            ("said", "say", "neutral", "Comey", "Comey", "he had closed the case"),
        ),
        (
            "Representatives James E. Clyburn said the bill was bad.",
            ("said", "say", "neutral", "James E. Clyburn", "Representatives James E. Clyburn", "the bill was bad"),
        ),
        # An -s cue after a singular noun, with an object, is a verb.
        (
            "The nearly 90-second ad slams Kasich for voting in favor of an assault weapons ban.",
            ("slams", "slam", "aggressive", "nearly 90-second ad", "The nearly 90-second ad", "Kasich for voting in favor of an assault weapons ban"),
        ),
        # Time phrases and negated auxiliaries between the subject and the cue; a relative
        # clause whose pronoun is the source.
        (
            "Sen. Bernie Sanders (I-Vt.) on Saturday criticized the climate agreement as weak.",
            ("criticized", "criticize", "aggressive", "Bernie Sanders", "Sen. Bernie Sanders", "the climate agreement as weak"),
        ),
        (
            "The State Department less than two weeks ago said that the emails were secret.",
            ("said", "say", "neutral", "State Department", "The State Department", "the emails were secret"),
        ),
        (
            "The health care page doesn’t mention efforts to repeal the law.",
            ("mention", "mention", "neutral", "health care page", "The health care page", "efforts to repeal the law"),
        ),
        (
            "Beck, who has in the past described Trump as a narcissist, spoke on Monday.",
            ("described", "describe", "labeling", "Beck", "Beck, who", "Trump as a narcissist"),
        ),
        # A Title Case headline ending with a full stop: a weight-2 verb after a name, a
        # postposed "Says".
        (
            "Glenn Beck Blasts Drudge for Mocking His Fast and Quoting the Bible.\n\nText.",
            ("Blasts", "blast", "aggressive", "Glenn Beck", "Glenn Beck", "Drudge for Mocking His Fast and Quoting the Bible"),
        ),
        (
            "Clinton Hid Past Health Problems From Public, Former White House Doctor Says.\n\nText.",
            ("Says", "say", "neutral", "Doctor", "Former White House Doctor", "Clinton Hid Past Health Problems From Public"),
        ),
        # A bare tag sentence after a quotation ending in a full stop; a mis-set closing mark;
        # a dash aside before the that-clause; a clause after the cue and a colon.
        (
            "“I hope you find the 30,000 emails that are missing.” Trump said.",
            ("said", "say", "neutral", "Trump", "Trump", "“I hope you find the 30,000 emails that are missing.”"),
        ),
        (
            "“It's unusual,“ said Larry Noble, an attorney.",
            ("said", "say", "neutral", "Larry Noble", "Larry Noble", "“It's unusual,“"),
        ),
        (
            "His campaign chairman Paul Manafort said — on Twitter, as it happens — that Trump raised $4 million.",
            ("said", "say", "neutral", "Paul Manafort", "His campaign chairman Paul Manafort", "Trump raised $4 million"),
        ),
        (
            "A Rubio surge is unlikely, insiders said: Trump’s lead in the polls is far larger.",
            ("said", "say", "neutral", "anonymous", "insiders", "Trump’s lead in the polls is far larger"),
        ),
        # "call out" is an attack, not a particle verb to skip.
        (
            "Sen. Lindsey Graham called out his rival Donald Trump for alienating Hispanics.",
            ("called out", "call", "aggressive", "Lindsey Graham", "Sen. Lindsey Graham", "his rival Donald Trump for alienating Hispanics"),
        ),
        # An age or a party tag before the cue leaves it a verb.
        (
            "Jim Bennett, 57, told reporters that the race was close.",
            ("told reporters", "tell", "neutral", "Jim Bennett", "Jim Bennett", "the race was close"),
        ),
        # A pronoun with a contracted "has" or "is" is a subject, not a possessive ("King's show").
        (
            "Paul Ryan arrived. He's said he gets his ideas from a speech.",
            ("said", "say", "neutral", "Paul Ryan", "He", "he gets his ideas from a speech"),
        ),
        (
            "Donald Trump arrived. And he’s predicted big wins in the races ahead.",
            ("predicted", "predict", "tentative", "Donald Trump", "he", "big wins in the races ahead"),
        ),
        # New rows of the cue recall pass (lexicons/reporting_verbs.tsv).
        (
            "Clinton made it clear that she would not drop out.",
            ("made it clear", "make_it_clear", "raising", "Clinton", "Clinton", "she would not drop out"),
        ),
        (
            "Sanders laid out his plan for free college tuition.",
            ("laid out", "lay_out", "raising", "Sanders", "Sanders", "his plan for free college tuition"),
        ),
        (
            "Cruz declined to comment on the report.",
            ("declined", "decline", "no_comment", "Cruz", "Cruz", "to comment on the report"),  # not answering: no denial
        ),
        (  # "states that" after a noun is still the verb
            "The document states that leave becomes available after a year.",
            ("states", "state", "neutral", "document", "The document", "leave becomes available after a year"),
        ),
        (  # "stated" is only the verb: a phrase after it is enough
            "Clinton stated her position on the pipeline in a letter to supporters.",
            ("stated", "state", "neutral", "Clinton", "Clinton", "her position on the pipeline in a letter to supporters"),
        ),
        (
            "In the 2010 Senate election in Florida, Pate supported Charlie Crist over Marco Rubio.",
            ("supported", "support", "thought", "Pate", "Pate", "Charlie Crist over Marco Rubio"),
        ),
        # A reporting noun after a quotation is in the source; the verb after it is the cue.
        (
            '"Immigrants are integrating into U.S. society," the report concluded.',
            ("concluded", "conclude", "thought", "report", "the report", '"Immigrants are integrating into U.S. society,"'),
        ),
        (
            '"The chairwoman\'s computer had been hacked," the congressional report said.',
            ("said", "say", "neutral", "congressional report", "the congressional report",
             '"The chairwoman\'s computer had been hacked,"'),
        ),
        (  # ... and so is one before a tag verb in running text
            "But FEC reports show that a quartet of groups raised most of the money.",
            ("show", "show", "raising", "FEC reports", "FEC reports", "a quartet of groups raised most of the money"),
        ),
        (  # "more, according to": no -ing adjective
            "They were tied among voters making $100,000 or more, according to the Roper Center.",
            ("according to", "according_to", "neutral", "Roper Center", "the Roper Center",
             "They were tied among voters making $100,000 or more"),
        ),
        (
            "After Rubio stumbles, Clinton sees an opening in New Hampshire for her campaign.",
            ("sees", "see", "thought", "Clinton", "Clinton", "an opening in New Hampshire for her campaign"),
        ),
        (
            "After this defeat, Blocher stated that the SVP must be careful.",
            ("stated", "state", "neutral", "Blocher", "Blocher", "the SVP must be careful"),
        ),
        # An inverted cue, its source, then the quotation: `Said Comey, "..."`.
        (
            'Said Comey, "The thought that an error on our part is connected is painful."',
            ("Said", "say", "neutral", "Comey", "Comey", '"The thought that an error on our part is connected is painful."'),
        ),
        (
            'But, said Solovey, "I don\'t want to drum up conflict."',
            ("said", "say", "neutral", "Solovey", "Solovey", '"I don\'t want to drum up conflict."'),
        ),
        # A postposed source joined by "and" or with "close to": one noun phrase.
        (
            "The inquiry examines whether the participants knew the emails were classified, current and former officials said.",
            ("said", "say", "neutral", "anonymous", "current and former officials",
             "The inquiry examines whether the participants knew the emails were classified"),
        ),
        (
            "The source of the attraction to Mr. Trump, union members and leaders say, is manifold.",
            ("say", "say", "neutral", "union members and leaders", "union members and leaders", "The source of the attraction to Mr. Trump"),
        ),
        (
            "The question is whether she can play someone voters trust, people close to Clinton say.",
            ("say", "say", "neutral", "anonymous", "people close to Clinton", "The question is whether she can play someone voters trust"),
        ),
        (  # "find" with what was found out stays a cue
            "The inquiry found that the office almost never searched its own email.",
            ("found", "find", "raising", "inquiry", "The inquiry", "the office almost never searched its own email"),
        ),
        (  # "offer" with words offered stays a cue
            "Rubio offered a defense of the immigration bill at a Chamber of Commerce summit.",
            ("offered", "offer", "neutral", "Rubio", "Rubio", "a defense of the immigration bill at a Chamber of Commerce summit"),
        ),
        # "calls for" after a singular noun is the verb; a complement may open with a "$".
        (
            "To satisfy his party, his plan calls for rates that rise with earnings.",
            ("calls for", "call", "urging", "his plan", "his plan", "rates that rise with earnings"),
        ),
        (
            "He calls for $1 trillion in new spending to improve infrastructure.",
            ("calls for", "call", "urging", None, "He", "$1 trillion in new spending to improve infrastructure"),
        ),
        # A raising verb: the subject is what seems so, part of the content; no one is the source.
        (
            "The email appears to contradict comments from former Secretary of Defense Leon Panetta.",
            ("appears", "appear", "tentative", None, None,
             "The email appears to contradict comments from former Secretary of Defense Leon Panetta"),
        ),
        (
            "The new Canadian government seems ready to come on board with a carbon price.",
            ("seems", "seem", "tentative", None, None, "The new Canadian government seems ready to come on board with a carbon price"),
        ),
        # An addressee or an occasion, then a colon and the quotation: the verb is the cue.
        (
            'Schilling told WEEI: "I replied to the post. I didn\'t post that."',
            ("told", "tell", "neutral", "Schilling", "Schilling", '"I replied to the post. I didn\'t post that."'),
        ),
        (
            'The campaign said in a statement: "Neither of these emails involve the foundation."',
            ("said", "say", "neutral", "campaign", "The campaign", '"Neither of these emails involve the foundation."'),
        ),
        # A past tense that looks like the base form, after a singular noun, is still the verb.
        (
            "The mayor hit back at the governor over the budget cuts.",
            ("hit back", "hit_back", "aggressive", "mayor", "The mayor", "at the governor over the budget cuts"),
        ),
        # "all of whom", "both of whom": the phrase before the comma is the source.
        (
            "He met Robert Menendez and Joe Manchin, all of whom opposed the Iran deal last summer.",
            ("opposed", "oppose", "denial", "Joe Manchin", "Joe Manchin, all of whom", "the Iran deal last summer"),
        ),
        # A percentage as the subject: the sign is no token, but part of the source.
        (
            "On fighting terrorism, 47% say the United States should commit troops.",
            ("say", "say", "neutral", None, "47%", "the United States should commit troops"),
        ),
        # ... and a share of a group speaks as written, not the whole group (phrase_names.share_of_a_group).
        (
            "In Virginia, 85% of Democrats said the nation's economic system favors the wealthy.",
            ("said", "say", "neutral", "85% of Democrats", "85% of Democrats", "the nation's economic system favors the wealthy"),
        ),
        # An inverted source that opens with the lower-case words of a title.
        (
            "The convention is $9 million short, said former Pennsylvania governor Ed Rendell, who chairs it.",
            ("said", "say", "neutral", "Ed Rendell", "former Pennsylvania governor Ed Rendell", "The convention is $9 million short"),
        ),
        (
            "India has more cultural resonance through films, says political scientist Dossym Satpayev in Almaty.",
            ("says", "say", "neutral", "Dossym Satpayev", "political scientist Dossym Satpayev",
             "India has more cultural resonance through films"),
        ),
        # ... but not an occasion or a clause after the cue.
        (
            "Jon Tester, the chairman of the committee, said having Trump on the ticket is a gift.",
            ("said", "say", "neutral", "Jon Tester", "Jon Tester", "having Trump on the ticket is a gift"),
        ),
        # Fixed phrases of attack, stance and support.
        (
            "Trump also took a swipe at fellow GOP contender Jeb Bush.",
            ("took a swipe at", "take_a_swipe_at", "aggressive", "Trump", "Trump", "fellow GOP contender Jeb Bush"),
        ),
        (
            "Emanuel has made no secret of his frustration with the movie's title.",
            ("made no secret of", "make_no_secret_of", "raising", "Emanuel", "Emanuel", "his frustration with the movie's title"),
        ),
        (
            "Indiana Gov. Mike Pence has thrown his support behind Speaker Paul Ryan.",
            ("thrown his support behind", "throw_his_support_behind", "thought", "Mike Pence", "Indiana Gov. Mike Pence", "Speaker Paul Ryan"),
        ),
        (
            "The Republican nominee doubled down on his call for a ban on Muslim immigration.",
            ("doubled down on", "double_down_on", "commitment", "Republican nominee", "The Republican nominee", "his call for a ban on Muslim immigration"),
        ),
        # An adjective cue after "be" is no passive: its subject is the source.
        (
            "He is confident that the plan will pass.",
            ("confident", "confident", "thought", None, "He", "the plan will pass"),
        ),
        (
            "His website has often been critical of Speaker Paul D. Ryan and Senator Mitch McConnell.",
            ("critical of", "critical_of", "aggressive", "His website", "His website",
             "Speaker Paul D. Ryan and Senator Mitch McConnell"),
        ),
        (
            "Liberal backers were already skeptical of her professed opposition to it.",
            ("skeptical of", "skeptical_of", "lowering", "Liberal backers", "Liberal backers", "her professed opposition to it"),
        ),
        (
            "Some Republicans are wary of saying anything that could be construed as critical.",
            ("wary of", "wary", "thought", "Republicans", "Some Republicans", "saying anything that could be construed as critical"),
        ),
        (
            "Her assertion that the emails were never classified was false.",
            ("assertion", "assertion", "lowering", None, "Her", "the emails were never classified was false"),
        ),
        # An inverted source before a colon or a relative clause, then the quotation.
        (
            "Said Ellis: “I don’t get the sense she’s interested in tax reform.”",
            ("Said", "say", "neutral", "Ellis", "Ellis", "“I don’t get the sense she’s interested in tax reform.”"),
        ),
        (
            "Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”",
            ("Said", "say", "neutral", "Dorothy Poynter", "Dorothy Poynter", "“We were all so proud of him.”"),
        ),
        (
            "Continued Stone: “So I think it’s a very real possibility.”",
            ("Continued", "continue", "neutral", "Stone", "Stone", "“So I think it’s a very real possibility.”"),
        ),
        (  # not after a subject: "of Mr. Rubio" is no inverted source
            "Nelson Diaz, a former aide to Mr. Rubio, said of Mr. Rubio: \"He is American 100 percent.\"",
            ("said", "say", "neutral", "Nelson Diaz", "Nelson Diaz", "of Mr. Rubio: \"He is American 100 percent.\""),
        ),
        # A court's ruling is reported (PolNeAR marks "The appeals court ruled that ...").
        (
            "The appeals court ruled that Ohio's practices could remove some eligible voters.",
            ("ruled", "rule", "neutral", "appeals court", "The appeals court", "Ohio's practices could remove some eligible voters"),
        ),
        # "sing" with a quotation reports the words sung (PolNeAR marks "Blige sings", "Billy Joel sings").
        (
            "\"Promise mama you'll keep your hands in sight,\" Blige sings to Clinton.",
            ("sings", "sing", "neutral", "Blige", "Blige", "\"Promise mama you'll keep your hands in sight,\""),
        ),
        (
            "In Just the Way You Are, Billy Joel sings, \"Don't go changing to try and please me.\"",
            ("sings", "sing", "neutral", "Billy Joel", "Billy Joel", "\"Don't go changing to try and please me.\""),
        ),
    ],
)
def test_attribution(text: str, expected: tuple) -> None:
    assert attributions_of(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "He slammed the door.",  # an act, not speech
        "He added salt to the soup.",  # "add" needs a quotation or a that-clause
        "She met the secretary of state in Paris.",  # a noun
        "The verbal attacks reflected a deepening of hostilities.",  # a plural noun
        "It was signed at the State Department.",
        "Putin was still a maybe for the meeting he had so loudly called for.",
        "Pagliano failed to show up at the second committee hearing.",  # a particle verb
        "Donald Trump needs to tell the truth about his taxes.",  # an infinitive
        "He sat for an interview this month on Mr. King's show in New York.",  # a possessive: a noun
        "Trump so far has won 758 pledged delegates to the convention.",  # after a number: an adjective
        "Islamic State-linked attacks and mass shootings rose in Paris and California.",
        "Barden now helps lead a program called Sandy Hook Promise.",  # a name given, not words
        "He led the response to the Sept. 11, 2012, attack on the U.S. outpost in Benghazi.",  # noun + on
        "Trump could win if he has fewer pledged delegates than Cruz.",
        "The Super PAC reached Indiana voters via mail, phone calls and digital ads.",
        "Paul ended his campaign after a poor showing in the Iowa caucuses.",
        "The assertion was false.",  # a reporting noun without a that-clause or quotation
        "Zimmerman planned to use the proceeds for charity.",  # "plan" is no cue (PolNeAR: 31% right)
        "The classified emails moved through the server.",  # "email" is no cue
        "He left the briefing without offering specifics.",  # an act not done
        "Ukraine should agree to the Turkey meeting immediately.",  # consent to a thing, not a report
        "Netanyahu finally agreed to a 10-month moratorium.",
        "He is expected in Istanbul on Friday for high-level meetings.",  # a schedule, not a belief
        "He is critical of it.",  # a stance cue of weight 2 needs a phrase of a few words
        # "back" as an adverb, not the verb of support
        "He was back at the hotel.",
        "If Rubio jumps back in the race, he keeps his delegates.",
        # a byline: the reporter's place, not a report
        "Lerer reported from Los Angeles. Associated Press writer Jill Colvin contributed.",
        "Boyle frequently reports live from the field across the country.",
        "The court was closed. (Additional reporting by Marius Zaharia and Paige Lee.)",
        # an -ing word after a degree word is an adjective
        "The most telling promise Mrs. Clinton has made is about taxes.",
        "The race will soon broaden to more challenging terrain in the South.",
        # "offer" a glimpse, a preview, a chance: a thing giving a view, not a report
        "Still, the setting in Turkey offered a glimmer of hope for the talks.",
        "The campaign stop offered a glimpse of the post-presidential-bid figure he may become.",
        # "find" with a reflexive or "a way": nothing found out is reported
        "The Democratic front-runner has found herself in a tight race ahead of the caucuses.",
        "Throughout the debate, Clinton found ways to cast herself as the heir of the Obama legacy.",
        "It raised its growth forecast by 0.1 percentage points to 1.8 percent.",  # a plural noun, not "point to"  # "support" (not "supported") still needs a that-clause
        # "and" before a plural noun at the end of a list is no postposed source
        "The economy comes first, including free community college and tax credits.",
        "The vote is expected on Tuesday.",
        # "state(s) that" after a determiner, a number or a preposition: the noun and a relative clause
        "Clinton campaigned vigorously in the state that she won in 2008.",
        "He will campaign in the 35 states that have not yet voted.",
        "Sanders represents a state that is 95 percent white.",
        # "say" as a noun after an adjective, and the connective "Having said that," (like "That said,")
        "Congress will have the final say on the deal.",
        "Voters had no say in the matter.",
        "Having said that, the plan failed badly.",
        "That said, the minister remained calm.",
        # "seen since": a time compared, not a view
        "The job market improves to levels not seen since 2007.",
        "Wall Street delivered the worst recession the world had seen since the 1930s.",
        # a hedge phrase ending in a verb of saying or knowing (lexicons/hedge.tsv): nobody reports
        "It is difficult to say how long the talks will last.",
        "It is hard to say whether the plan works.",
        "It's hard to tell who is winning.",
        "It is difficult to know what the voters want.",
        "It is too early to say whether the ceasefire will hold.",
        "It was impossible to tell from the footage.",
        # "sing" without a quotation is no attribution
        "The crowd sang the national anthem before the rally.",
        "She sang at church every week.",
    ],
)
def test_not_an_attribution(text: str) -> None:
    assert attributions_of(text) == []


def test_having_said_that_with_its_clause_still_reports_the_clause():
    # only the connective "Having said that," is the outlet's own turn
    (found,) = attributions_of("Having said that he would resign, the minister left.")
    assert found == ("said", "say", "neutral", "minister", "the minister", "he would resign")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They agreed to meet in Geneva next week.", ("agreed", "agree", "concession", None, "They", "to meet in Geneva next week")),
        ("He agreed that the talks had failed.", ("agreed", "agree", "concession", None, "He", "the talks had failed")),
        # an agentless belief: credited to nobody named, about the whole sentence
        ("The talks are expected to resume on Monday.",
         ("expected", "expect", "thought", None, None, "The talks are expected to resume on Monday")),
        ("It is expected that prices will rise.", ("expected", "expect", "thought", None, None, "prices will rise")),
    ],
)
def test_agree_and_expect_still_report_a_commitment_or_a_belief(text: str, expected: tuple) -> None:
    assert attributions_of(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A stance or perception cue of weight 1 ("support", "see", "view", "want") with a subject
        # and an object reports the subject's stance (PolNeAR train: 51% of these marked when no
        # other attribution holds them) ...
        ("Voters support the plan.", [("support", "support", "thought", "Voters", "Voters", "the plan")]),
        (
            "Only two Democrats currently back Sen. Bob Corker's legislation.",
            [("back", "back", "thought", "Democrats", "Only two Democrats", "Sen. Bob Corker's legislation")],
        ),
        (
            "Germany views itself as a leader in the push against climate change.",
            [("views", "view", "thought", "Germany", "Germany", "itself as a leader in the push against climate change")],
        ),
        ("Most voters in both states supported Sanders.",  # "states" is a noun, "supported" the cue
         [("supported", "support", "thought", "Most voters in both states", "Most voters in both states", "Sanders")]),
        # A weight-2 cue with a one- or two-word complement reports too (PolNeAR train: 67% marked
        # outside other content), not before a time or place, and not for an attack verb.
        ("Republicans rejected the bill.", [("rejected", "reject", "denial", "Republicans", "Republicans", "the bill")]),
        ("He brushed off these concerns.", [("brushed off", "brush_off", "lowering", None, "He", "these concerns")]),
        ("Comey testified in June.", []),
        ("He slammed the door.", []),
        ("Aides said Cruz rejected the deal.", [("said", "say", "neutral", "anonymous", "Aides", "Cruz rejected the deal")]),
        # A cue of weight 2 or more whose subject the rules do not reach is credited to no one
        # (PolNeAR train: 53% marked outside other content); not an imperative, nor markup.
        ("The senator paused and recalled the figure of Neil Heslin.",
         [("recalled", "recall", "neutral", None, None, "the figure of Neil Heslin")]),
        ("Read the rest of the story at The New York Post.", []),
        # A strong cue after "to" reports the stance of the subject of the verb it hangs on
        # (PolNeAR train: 50% marked outside other content); not after "needs to", nor as the
        # reason for another act.
        ("In an interview, Trump continued to question Cruz's temperament.",
         [("question", "question", "lowering", "Trump", "Trump", "Cruz's temperament")]),
        ("Mr. Bush tried to project a similar air of inevitability.",
         [("project", "project", "tentative", "Bush", "Mr. Bush", "a similar air of inevitability")]),
        ("Aides said Trump wanted to question the result.",
         [("said", "say", "neutral", "anonymous", "Aides", "Trump wanted to question the result")]),
        # "for refusing to ask": the reason for an act, no "ask" credited; "chastised" is a verb of
        # saying (reporting_verbs.tsv, twentieth session), so Clinton's reproach is one.
        ("Clinton chastised Snyder for refusing to ask for federal help.",
         [("chastised", "chastise", "aggressive", "Clinton", "Clinton", "Snyder for refusing to ask for federal help")]),
        # ... and where the words before "to" hold no subject, the name opening the clause.
        ("Retired neurosurgeon Ben Carson went on ABC's This Week to defend his recent statements.",
         [("defend", "defend", "raising", "Ben Carson", "Ben Carson", "his recent statements")]),
        # (the writer's aside is no cue: tests/test_cue_senses.py WRITERS_ASIDES)
        ("It is important to note that the bill failed.", []),
        # A base form after a noun reads as a verb when an object opener follows it (57% marked).
        ("Police repeat the suspect's name.", [("repeat", "repeat", "neutral", "Police", "Police", "the suspect's name")]),
        ("He met the secretary of state.", []),
        # ... but inside what another source said it is part of that content (17% marked).
        (
            "Trump said Iowa was complex and he feels he can win New Hampshire.",
            [("said", "say", "neutral", "Trump", "Trump", "Iowa was complex and he feels he can win New Hampshire")],
        ),
    ],
)
def test_a_stance_cue_with_an_object_reports_outside_other_content(text: str, expected: list) -> None:
    assert attributions_of(text) == expected


def test_a_headline_cue_may_have_a_short_complement() -> None:
    """A headline is terse: a weight-2 cue with a one-word object counts there, not in the body."""
    text = "Rose Bowl skywriters blast Trump.\n\nLater the skywriters blast Trump."
    assert attributions_of(text) == [
        ("blast", "blast", "aggressive", "Rose Bowl skywriters", "Rose Bowl skywriters", "Trump"),
    ]


def test_a_headline_participle_needs_a_full_complement() -> None:
    text = "Trump says he appreciates Mueller statement disputing BuzzFeed report.\n\nText."
    assert [a[0] for a in attributions_of(text)] == ["says"]


def test_a_cue_before_a_colon_credits_one_quotation_not_the_next_paragraphs() -> None:
    text = 'Ginsburg told CNN: “He is a faker.”\n\n"He has no consistency about him," she said.'
    assert attributions_of(text) == [
        ("told", "tell", "neutral", "Ginsburg", "Ginsburg", "“He is a faker.”"),
        ("said", "say", "neutral", "Ginsburg", "she", '"He has no consistency about him,"'),  # the last person named
    ]


def test_coordinated_and_participle_cues_take_the_clause_subject() -> None:
    text = (
        "Foreign Minister Sergey Lavrov dismissed Zelenskyy as “pathetic,” while Russian Foreign Ministry "
        "spokeswoman Maria Zakharova went further, labeling him a “dummy,” “clown,” and “loser”."
    )
    rows = attributions_of(text)
    assert rows == [
        ("dismissed", "dismiss", "aggressive", "Sergey Lavrov", "Foreign Minister Sergey Lavrov", "Zelenskyy as “pathetic,”"),
        (
            "labeling", "label", "labeling", "Maria Zakharova",
            "Russian Foreign Ministry spokeswoman Maria Zakharova", "him a “dummy,” “clown,” and “loser”",
        ),
    ]


@pytest.mark.parametrize(
    "text, content",
    [
        # A quotation that goes on after its tag is one content, from its first part to its last.
        ("“We need to talk,” he said. “Now.” The talks began.", "“We need to talk,” he said. “Now.”"),
        # ... and one that runs on into the next paragraph.
        ("“It is over,” one source said. “Done.\n\n“Finished.”\n\nLater, more.", "“It is over,” one source said. “Done.\n\n“Finished.”"),
    ],
)
def test_a_quotation_in_parts_is_one_content(text: str, content: str) -> None:
    rows = attributions_of(text)
    assert len(rows) == 1 and rows[0][5] == content


@pytest.mark.parametrize(
    "text, source",
    [
        # A participle shares the subject of the cue before it in the sentence ...
        ("The GOP nominee complained about his mic, even suggesting he may have been sabotaged.", "The GOP nominee"),
        # ... and a participle after a list of nouns still belongs to the main clause's subject.
        ("Trump attacked Clinton over Iraq and Libya, saying, \"She is trigger-happy.\"", "Trump"),
        # ... but not across a new clause with its own subject after a comma.
        (
            "While Zelenskyy urged talks, the Kremlin responded with scorn, refusing to send Putin.",
            "the Kremlin",
        ),
        # "but" joins a second verb to the subject, not a new one.
        ("Demonstrators said they want “justice,” but pledged to remain civil.", "Demonstrators"),
    ],
)
def test_participles_and_coordinated_verbs_share_the_subject(text: str, source: str) -> None:
    rows = attributions_of(text)
    assert rows[-1][4] == source


def test_a_participle_with_an_adverb_introduces_a_quotation() -> None:
    text = "“We cannot afford this,” Trump said, adding later, “NATO is costing us a fortune.”"
    rows = attributions_of(text)
    assert rows[1] == ("adding", "add", "neutral", "Trump", "Trump", "“NATO is costing us a fortune.”")


def test_anonymous_source_ranges() -> None:
    text = (
        "One senior source said the talks would fail. People familiar with the matter were not surprised, "
        "and a European diplomat said nothing would change."
    )
    v = analyse_voice(text, segment.word_tokens(text), segment.sentences(text), (), load())
    assert [text[r.start : r.end] for r in v.anonymous_sources] == [
        "One senior source",
        "People familiar with the matter",
        "a European diplomat",
    ]
    assert [a.speaker for a in v.attributions] == ["anonymous", "anonymous"]
    assert all(a.anonymous for a in v.attributions)


def test_a_named_spokeswoman_is_not_anonymous() -> None:
    rows = attributions_of("A spokeswoman, Maria Zakharova, said the talks were a show.")
    assert rows and rows[0][3] == "Maria Zakharova"


def test_reporting_verbs_inside_a_quotation_are_the_speakers_words() -> None:
    text = "“They said it would never work,” Rubio said."
    assert [r[0] for r in attributions_of(text)] == ["said"]
    assert attributions_of(text)[0][3] == "Rubio"


def test_seed_one_senior_source_is_an_anonymous_attribution(seed_analyses) -> None:
    a = seed_analyses["independent-putin-no-show"]
    text = a.article.text
    pos = text.index("one senior source said") + len("one senior source ")
    att = [s for s in a.spans if s.type == "attribution" and s.start == pos]
    assert len(att) == 1
    s = att[0]
    assert (s.text, s.verb, s.stance, s.speaker, s.voice) == ("said", "say", "neutral", "anonymous", "author")
    assert text[s.source.start : s.source.end] == "one senior source"
    assert text[s.content.start : s.content.end].startswith("“I’m sure that they will play a trick.")
    anon = [x for x in a.spans if x.type == "anonymous_source" and x.text == "one senior source"]
    assert anon and anon[0].speaker == "anonymous"


def test_seed_ogm_attributions_through_analyze(seed_analyses) -> None:
    a = seed_analyses["ogmnews-putin-skips-talks"]
    text = a.article.text
    by_cue = {(s.text, text[s.source.start : s.source.end] if s.source else None): s for s in a.spans if s.type == "attribution"}
    lavrov = by_cue[("dismissed", "Foreign Minister Sergey Lavrov")]
    assert (lavrov.verb, lavrov.stance, lavrov.speaker) == ("dismiss", "aggressive", "Sergey Lavrov")
    diplomat = by_cue[("told reporters", "one European diplomat in Istanbul")]
    assert (diplomat.verb, diplomat.speaker) == ("tell", "anonymous")
    rubio = by_cue[("said", "Rubio")]
    assert (rubio.speaker, text[rubio.content.start : rubio.content.end]) == (
        "Marco Rubio",
        "“We’re impatient,” Rubio said. “We are open to any mechanism that can bring about a sustainable and just peace in Ukraine.”",
    )
    for s in a.spans:
        assert text[s.start : s.end] == s.text
        if s.type == "attribution":
            assert s.voice == "author"


def test_jsonl_output_carries_source_and_content_ranges() -> None:
    text = "Lavrov said the talks were a show."
    d = framing.analyze(text).to_dict()
    att = [s for s in d["spans"] if s["type"] == "attribution"][0]
    assert att["source"] == {"start": 0, "end": 6}
    assert text[att["content"]["start"] : att["content"]["end"]] == "the talks were a show"
    assert (att["verb"], att["stance"], att["speaker"]) == ("say", "neutral", "Lavrov")


# --- the lexicons ---------------------------------------------------------------------------------

LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"
STANCES = {"neutral", "raising", "lowering", "tentative", "concession", "aggressive", "labeling", "emotive",
           "urging", "commitment", "denial", "thought", "no_comment"}


def _rows(name: str) -> list[list[str]]:
    lines = (LEXICONS / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[1:] if line.strip() and not line.startswith("#")]


def test_reporting_verbs_lexicon_has_150_verbs_with_stance_and_strength() -> None:
    rows = _rows("reporting_verbs.tsv")
    assert len(rows) >= 150
    assert {r[1] for r in rows} == STANCES
    assert all(r[2] in {"1", "2", "3"} for r in rows)
    assert len({r[0] for r in rows}) == len(rows)
    entries = load().entries["reporting_verbs"]
    assert entries["say"].category == "neutral" and entries["claim"].category == "lowering"
    assert entries["admit"].category == "concession" and entries["slam"].category == "aggressive"


def test_anonymous_sources_lexicon_has_60_patterns() -> None:
    rows = _rows("anonymous_sources.tsv")
    patterns = [r for r in rows if r[1] in ("phrase", "anonymity")]
    assert len(patterns) >= 60
    assert {r[1] for r in rows} == {"phrase", "anonymity", "head"}
    assert len({r[0] for r in rows}) == len(rows)


def test_metadata_marks_reporting_verbs_inflected() -> None:
    meta = json.loads((LEXICONS / "metadata.json").read_text(encoding="utf-8"))
    assert meta["reporting_verbs"]["inflect"] is True


@pytest.mark.parametrize(
    "text, name, full",
    [
        ("Foreign Minister Sergey Lavrov spoke. Later Lavrov left.", "Lavrov", "Sergey Lavrov"),
        ("Results.]\n\n-Philip Bump illustrated it.", "Bump", "Philip Bump"),  # a dash before the run
        ("Senator John McCain spoke. McCain left.", "Cain", "Cain"),  # inside a word: not a name
        ("Mr. Trump’s plan. Donald Trump’s plan.", "Trump", "Donald Trump"),  # titles, possessives
        ("He spoke in Florida Friday. Trump left.", "Trump", "Trump"),  # no run across a sentence end
        ("Rubio Says Abandoning Reform Was A Sign Of Leadership\n\nMarco Rubio spoke.", "Rubio", "Marco Rubio"),
        ("Nobody else is named here.", "Lavrov", "Lavrov"),
    ],
)
def test_full_name_is_the_first_full_run_ending_in_the_name(text: str, name: str, full: str) -> None:
    from framing.speakers import Speakers

    assert Speakers(text, frozenset()).full_name(name) == full



@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The setting in Turkey suggested the talks could work.", "setting in Turkey"),
        ("The mood in Kyiv suggested the talks would fail.", "mood in Kyiv"),
        ("The president in Washington said the talks failed.", "president in Washington"),
        ("Voters in Iowa said the economy matters most.", "Voters in Iowa"),  # the group, where it is (c293738: "Majorities in many European countries")
        ("Foreign Minister Sergey Lavrov said the talks failed.", "Sergey Lavrov"),
    ],
)
def test_a_place_after_a_common_noun_is_never_the_speaker(text: str, speaker: str) -> None:
    assert attributions_of(text)[0][3] == speaker


@pytest.mark.parametrize(
    "text, expected",
    [
        # A relative clause set off by commas: what is said ends at the comma before the main verb.
        (
            "The senator, who says the bill is flawed, voted against it.",
            ("says", "say", "neutral", "senator", "The senator, who", "the bill is flawed"),
        ),
        (
            "The group, which argues the law is unfair, sued the state.",
            ("argues", "argue", "lowering", "group", "The group, which", "the law is unfair"),
        ),
        # Commas inside the clause (a list, a pronoun's clause, a preposition) do not end it.
        (
            "Trump, who says the bill is flawed, and that it will fail, voted against it.",
            ("says", "say", "neutral", "Trump", "Trump, who", "the bill is flawed, and that it will fail"),
        ),
        (
            "Trump, who said the plan was rash, he thought, spoke on Monday.",
            ("said", "say", "neutral", "Trump", "Trump, who", "the plan was rash, he thought"),
        ),
        (
            "Trump, who said the wall was needed, from Texas to California, spoke on Monday.",
            ("said", "say", "neutral", "Trump", "Trump, who", "the wall was needed, from Texas to California"),
        ),
    ],
)
def test_relative_clause_content_ends_at_its_comma(text, expected):
    assert attributions_of(text)[0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A participle that shares the subject has its own content; the cue before it ends at the comma.
        (
            "She doubled down on Sunday, telling CNN that the deal was dead.",
            [("doubled down on", "She", None), ("telling", "She", "the deal was dead")],
        ),
        (
            "The GOP nominee complained about the moderator, even suggesting that his microphone was faulty.",
            [
                ("complained", "The GOP nominee", "about the moderator"),
                ("suggesting", "The GOP nominee", "his microphone was faulty"),
            ],
        ),
        (
            "Trump attacked Clinton on Monday, saying she was unfit.",
            [("attacked", "Trump", "Clinton on Monday"), ("saying", "Trump", "she was unfit")],
        ),
        # A participle after a clause without a comma: the clause's subject is its source, not the clause.
        (
            "The Security Council issued a statement calling the test a clear violation.",
            [("calling", "The Security Council", "the test a clear violation")],
        ),
        (
            "Rakeyia Scott can be heard yelling that her husband was unarmed.",
            [("yelling", "Rakeyia Scott", "her husband was unarmed")],
        ),
        (
            "Trump unleashed a series of tweets early Friday saying she had shown bad judgment.",
            [("saying", "Trump", "she had shown bad judgment")],
        ),
        # After "had", "left", "kept": the object does what the participle says.
        (
            "The swoon had Republicans wondering whether he could go on.",
            [("wondering", "Republicans", "whether he could go on")],
        ),
        # No subject to cut back to: the phrase stays as it was.
        (
            "There is anecdotal evidence suggesting that the plan worked.",
            [("suggesting", "There is anecdotal evidence", "the plan worked")],
        ),
    ],
)
def test_participle_source_and_content(text, expected):
    assert [(a[0], a[4], a[5]) for a in attributions_of(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A participle clause before the main clause belongs to the main clause's subject: the
        # content ends before it, and Biden (not Ryan, the subject of "After Ryan spoke") responds.
        (
            'After Ryan spoke, responding to a question about the attack, Biden responded: "That is malarkey."',
            [
                ("responding", "Biden", "Biden", "to a question about the attack"),
                ("responded", "Biden", "Biden", '"That is malarkey."'),
            ],
        ),
        (
            "After talking about security, Mr. Netanyahu suggested that the talks resume.",
            [
                ("talking about", "Netanyahu", "Mr. Netanyahu", "security"),
                ("suggested", "Netanyahu", "Mr. Netanyahu", "the talks resume"),
            ],
        ),
        # A participle after the main clause's verb keeps that clause's subject.
        (
            "Trump attacked Clinton on Monday, saying she lied.",
            [("attacked", "Trump", "Trump", "Clinton on Monday"), ("saying", "Trump", "Trump", "she lied")],
        ),
    ],
)
def test_participle_content_ends_before_a_new_named_subject(text, expected):
    assert [(a[0], a[3], a[4], a[5]) for a in attributions_of(text)] == expected


# Cases a teacher found in BASIL articles (the real sentences, shortened): who says what.
@pytest.mark.parametrize(
    "text, expected",
    [
        # "claims" / "calls" as the object of a verb or a preposition is a noun, not a cue; a
        # verb coordinated with the one before takes all of its subject, not its first word.
        (
            "Tea party organizers disputed claims of racism and called on the NAACP to withdraw the resolution.",
            [("disputed", "Tea party organizers", "Tea party organizers"), ("called on", "Tea party organizers", "Tea party organizers")],
        ),
        (
            "But Tea Party members have challenged claims that their activists accosted black lawmakers.",
            [("challenged", "Tea Party members", "Tea Party members")],
        ),
        ("The group has faced occasional claims of racism, most notably in March.", []),
        (
            "The NAACP passed a resolution calling on the movement's leaders to repudiate bigotry, despite claims from Tea Partiers that the measure is unjustified.",
            [("calling on", "The NAACP", "NAACP")],
        ),
        (
            "Mike Huckabee would abolish the federal taxes. He rejects calls for a minimum wage hike, saying his proposals will yield a maximum wage.",
            [("rejects", "He", "Mike Huckabee"), ("saying", "He", "Mike Huckabee")],
        ),
        # Nouns that look like cues: a show, worries, tweets, comments.
        ('Huckabee, 59, quit his job hosting his own Fox News show, "Huckabee," in January.', []),
        ("Health worries have dogged 68-year-old Hillary Clinton.", []),
        (
            'He did not address his series of early-morning tweets in which he called a former Miss Universe "disgusting."',
            [("called", "he", None)],
        ),
        (
            "A new ad from Donald Trump's presidential campaign is seizing on recent comments his rival made questioning why she isn't ahead.",
            [("questioning", "Donald Trump's", "Donald Trump")],
        ),
        (
            'Donald J. Trump wrote on Twitter. "That person would be the most popular hero in America," he continued in a follow-up tweet.',
            [("continued", "he", "Donald J. Trump")],
        ),
        # A naming participle before "the" and a name; a name that opens with "St." is not cut there.
        (
            "A group called the St. Louis Tea Party issued its own resolution Tuesday calling on the NAACP to withdraw the proposal.",
            [("calling on", "St. Louis Tea Party", "St. Louis Tea Party")],
        ),
        # A dotted acronym is one name: its "A" is no article.
        ("N.A.A.C.P. Challenges Tea Party on Racism\n\nOne of the nation's oldest groups met.", [("Challenges", "N.A.A.C.P.", "N.A.A.C.P")]),
        ("The S.E.C. said it would increase oversight as well.", [("said", "The S.E.C.", "S.E.C")]),
        # One capitalised word quoted after an outlet's possessive is a show, not speech; and
        # the possessive is no person for a later "she".
        (
            "Sarah Palin, the 2008 Republican vice presidential nominee, weighed in to defend the Tea Party movement on Monday."
            " On Fox News’ “Hannity,” she called on the Obamas to rebuke the N.A.A.C.P.",
            [("weighed in", "Sarah Palin", "Sarah Palin"), ("called on", "she", "Sarah Palin")],
        ),
        # A cue right after "he hopes" is inside what he hopes; after "who he", the pronoun alone speaks.
        (
            "Mike Huckabee is delivering an economy- and security-centered message that he hopes will appeal to everyday Americans.",
            [("hopes", "he", "Mike Huckabee")],
        ),
        (
            'Mike Huckabee wraps his appeal as a pitch to everyday Americans who he says "don\'t feel like anybody understands."',
            [("says", "he", "Mike Huckabee")],
        ),
        # A participle between commas after a short noun phrase opening the sentence shares it.
        ("The group, calling for calm, said the protest would go on.", [("calling for", "The group", "group"), ("said", "The group", "group")]),
        # "Miss Universe" is a title: the person is Alicia Machado, not "Universe Alicia Machado".
        (
            "Trump fights with Machado\n\nDonald Trump attacked former Miss Universe Alicia Machado on Friday."
            " Merrill says Machado promised to continue supporting Clinton.",
            [("attacked", "Donald Trump", "Donald Trump"), ("says", "Merrill", "Merrill"), ("promised", "Machado", "Alicia Machado")],
        ),
        # A relative clause ending an appositive after a name: the person speaks, not "preacher".
        (
            "Mike Huckabee, a former Republican governor of Arkansas and preacher who has announced his run for the presidency, spoke.",
            [("announced", "Mike Huckabee, a former Republican governor of Arkansas and preacher who", "Mike Huckabee")],
        ),
        (
            "She met John Bentel, a tech staffer at the State Department who told his subordinates never to speak of it.",
            [("told", "John Bentel, a tech staffer at the State Department who", "John Bentel")],
        ),
        # A pronoun after an amount opens the relative clause: it alone is the source.
        (
            "Donald Trump spoke on Friday. He said he plans to put to good use the approximately $18 million he says he raised for his campaign.",
            [("said", "He", "Donald Trump"), ("says", "he", "Donald Trump")],
        ),
    ],
)
def test_teacher_cases_cue_source_speaker(text, expected):
    assert [(a[0], a[4], a[3]) for a in attributions_of(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # A name given to a thing after "a"/"an" and up to three words is no reported speech.
        "They live near a meandering mountain stream called Miracle Run.",
        "Tom Miller, at a consulting firm called Gavekal Dragonomics, argues that ties will grow.",
        "Both oppose an inflation formula called the \"chained CPI\" that would cut payments.",
    ],
)
def test_a_naming_participle_after_an_indefinite_phrase_is_no_cue(text) -> None:
    assert "called" not in [row[0] for row in attributions_of(text)]


def test_a_label_after_a_name_is_still_a_cue() -> None:
    assert attributions_of('One lawmaker called Trump "the orange prince."')[0][:5] == (
        "called", "call", "labeling", "One lawmaker", "One lawmaker")


@pytest.mark.parametrize(
    "text, expected",
    [
        # A short clause after the cue is what is said, not a tail after a postposed cue: the
        # content was the words before the comma ("Later in the day", "For Clinton so far").
        ("Later in the day, the FBI said it would cooperate.", ("said", "the FBI", "it would cooperate")),
        ("The plan would fail, Lavrov said it was over.", ("said", "Lavrov", "it was over")),
        # ... and a tail of a few words still makes it postposed.
        ("The talks were a show, Lavrov said on Monday.", ("said", "Lavrov", "The talks were a show")),
    ],
)
def test_a_short_clause_after_the_cue_is_no_postposed_tail(text: str, expected: tuple) -> None:
    (found,) = attributions_of(text)
    assert (found[0], found[4], found[5]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "said" with nothing of its own but the participle clause after its comma: same source and content.
        (
            "Trump said, repeating a false claim that he opposed the invasion.",
            [
                ("said", "say", "Trump", "Trump", "a false claim that he opposed the invasion"),
                ("repeating", "repeat", "Trump", "Trump", "a false claim that he opposed the invasion"),
            ],
        ),
        (
            "The mayor said, adding that the budget was balanced.",
            [
                ("said", "say", "mayor", "The mayor", "the budget was balanced"),
                ("adding", "add", "mayor", "The mayor", "the budget was balanced"),
            ],
        ),
        # With a quotation before it, "said" keeps the quotation as its content.
        (
            '"We will win," Trump said, adding that the polls were wrong.',
            [("said", "say", "Trump", "Trump", '"We will win,"'), ("adding", "add", "Trump", "Trump", "the polls were wrong")],
        ),
        # A noun cue before the comma is no "said": `sent out a fundraising call, asking`.
        (
            "Sanders sent out a fundraising call, asking supporters to donate now.",
            [("asking", "ask", "Sanders", "Sanders", "to donate now")],
        ),
    ],
)
def test_said_before_a_participle_reports_what_the_participle_does(text: str, expected: list[tuple]) -> None:
    from voice_cases import analyzed_cues

    assert analyzed_cues(text) == expected


def test_seen_since_is_no_attribution_from_framing_score(tmp_path) -> None:
    text = "Jobs\n\nThe job market improves to levels not seen since 2007. Officials said it would last.\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("said", "anonymous")]


def test_a_hedge_phrase_is_no_report_but_a_speaker_who_uses_one_is() -> None:
    # "hard to say" credits nobody, nor does "found it hard to" (a task judged, nothing found out);
    # the verb that reports the hedge still does, and "find" with a that-clause.
    assert attributions_of("He found it hard to say no to her.") == []
    assert attributions_of("She finds it difficult to trust the board.") == []
    assert attributions_of("Investigators found it likely that the fire was set.") == [
        ("found", "find", "raising", "Investigators", "Investigators", "it likely that the fire was set")
    ]
    assert attributions_of("Smith said it was hard to say how long the talks would last.") == [
        ("said", "say", "neutral", "Smith", "Smith", "it was hard to say how long the talks would last")
    ]


def test_a_hedge_phrase_and_a_long_appositive_tag_from_framing_score(tmp_path) -> None:
    text = (
        "Wages\n\nIt is difficult to say how long the talks will last. "
        '"We may be seeing some wage acceleration," the economist Jared Bernstein, a former adviser '
        "in the Obama White House, wrote on his blog.\n"
    )
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["speaker"], text[s["content"]["start"] : s["content"]["end"]]) for s in spans] == [
        ("wrote", "Jared Bernstein", '"We may be seeing some wage acceleration,"')
    ]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A description with capitals in it, then the name in an appositive: the name speaks.
        ("“Two words sum it up,” the White House spokeswoman, Sarah Huckabee Sanders, told reporters.", "Sarah Huckabee Sanders"),
        ('"We will appeal," the lawyer for the family, Ben Crump, said on Monday.', "Ben Crump"),
        # A description opening with a name's possessive, then the name: the name speaks.
        ('"It was legal," Obama\'s current campaign press secretary, Ben LaBolt, said in an email.', "Ben LaBolt"),
        ("''Solidarity with the victims,'' Ms. Merkel's spokesman, Steffen Seibert, wrote on Twitter.", "Steffen Seibert"),
        # A name, then a description in the appositive: the name still speaks.
        ('"We will appeal," Ben Crump, the lawyer for the family, said on Monday.', "Ben Crump"),
    ],
)
def test_a_tag_with_a_description_and_an_apposed_name_credits_the_name(text: str, speaker: str) -> None:
    spans = framing.analyze(text).spans
    assert [(s.type, s.speaker) for s in spans if s.type in ("quote", "attribution")] == [("quote", speaker), ("attribution", speaker)]


def test_a_possessive_description_and_an_apposed_name_from_framing_score(tmp_path) -> None:
    """`framing score`: the quotation before "Sanders's campaign manager, Jeff Weaver, said" is
    Weaver's, its source the whole tag (it had no cue, and "in an interview" was read as content)."""
    text = '"California stuck out as a place to compete," Sanders\'s campaign manager, Jeff Weaver, said in an interview.\n'
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["speaker"], text[s["source"]["start"] : s["source"]["end"]], text[s["content"]["start"] : s["content"]["end"]])
            for s in spans] == [
        ("said", "Jeff Weaver", "Sanders's campaign manager, Jeff Weaver", '"California stuck out as a place to compete,"')]


def test_a_tag_with_an_apposed_name_from_framing_score(tmp_path) -> None:
    text = "“Two words sum it up,” the White House spokeswoman, Sarah Huckabee Sanders, told reporters.\n"
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["speaker"], text[s["source"]["start"] : s["source"]["end"]]) for s in spans] == [
        ("told reporters", "Sarah Huckabee Sanders", "the White House spokeswoman, Sarah Huckabee Sanders")]


def test_a_sung_quotation_from_framing_score(tmp_path) -> None:
    """`framing score`: the quoted lyric is Blige's, the anthem sung is nobody's report."""
    text = "Music\n\n\"Promise mama you'll keep your hands in sight,\" Blige sings to Clinton. The crowd sang the national anthem.\n"
    assert [(s["text"], s["speaker"], s["stance"]) for s in scored_attributions(tmp_path, text)] == [("sings", "Blige", "neutral")]


def test_an_inverted_source_before_a_colon_from_framing_score(tmp_path) -> None:
    """`framing score`: 'Said Ellis: "..."' credits Ellis with the quotation through the verb (the
    colon was the cue, with the same speaker)."""
    text = "Taxes\n\nCritics object. Said Ellis: “I don’t get the sense she’s interested in tax reform.”\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text) if s["speaker"] == "Ellis"] == [("Said", "Ellis")]


def test_a_ruling_from_framing_score(tmp_path) -> None:
    """`framing score`: the court's ruling is an attribution to the court; the party's rules are none."""
    text = "Voting\n\nThe appeals court ruled that Ohio's practices could remove eligible voters. Party rules set the order.\n"
    assert [(s["text"], s["speaker"], s["stance"]) for s in scored_attributions(tmp_path, text)] == [("ruled", "appeals court", "neutral")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Something on offer is no words offered: a passive "offered" reports nothing.
        ("After the breach, the data was offered for sale by a hacking collective based in Eastern Europe.", []),
        ("He said he was offered a full scholarship to West Point.", [("said", "He", "he was offered a full scholarship to West Point")]),
        ("Cruz is not likely to win all 155 delegates offered by the contest in his home state.", []),
        # The active verb still offers words (`offered no proof`, `offered by far the best defence`).
        ("He offered no proof that Clinton had a role.", [("offered", "He", "no proof that Clinton had a role")]),
        ("Obama offered by far the best defence of the plan.", [("offered", "Obama", "by far the best defence of the plan")]),
        # Found things are no finding: a participle modifying a noun without an agent.
        ("The emails found on Mr. Weiner’s computer are a sore spot for Mrs. Clinton.", []),
        # With an agent, a finding it is (`found discriminatory by a vote of the court`).
        ("The law was found discriminatory by a vote of the court.", [("found", "a vote of the court", "The law")]),
    ],
)
def test_an_act_on_a_thing_is_no_attribution(text, expected) -> None:
    assert [(cue, source, content) for cue, _verb, _stance, _speaker, source, content in attributions_of(text)] == expected


def test_things_found_or_on_offer_from_framing_score(tmp_path) -> None:
    """`framing score` on the New York Times' article of BASIL triplet 87609973: the emails found
    on a computer and the data offered for sale credit no one (they were a "found" attribution
    to "emails" and an "offered" one to "hacking collective"); the article's words stay its."""
    text = (
        "The article said the aide forwarded some government passwords to her private Yahoo email account. "
        "After the breach, the data was offered for sale by a hacking collective based in Eastern Europe.\n\n"
        "The emails found on Mr. Weiner’s computer are a sore spot for Mrs. Clinton.\n"
    )
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("said", "article")]
