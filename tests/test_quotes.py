"""Quotations and voice (framing/quotes.py, framing/quote_marks.py): tables of text -> the
quotations expected, their kind and speaker; every span is checked as an exact substring."""

from __future__ import annotations

import pytest

import framing
from framing import segment
from framing.lexicon import load
from framing.quote_marks import scan
from framing.quotes import VoiceResult, analyse_voice


def voice(text: str) -> VoiceResult:
    return analyse_voice(text, segment.word_tokens(text), segment.sentences(text), (), load())


def quotes_of(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[q.start : q.end], q.kind, q.speaker) for q in voice(text).quotes]


# --- pairing the marks ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "stop" now.', ['"stop"']),
        ("He said “stop” now.", ["“stop”"]),
        # A left mark set where the closing one belongs, before a space or punctuation.
        ("“It's unusual,“ said Larry Noble.", ["“It's unusual,“"]),
        # A single-quoted quote inside a double one is part of it.
        ("He said “it is ‘over’ now” and left.", ["“it is ‘over’ now”"]),
        ("“A real leader says, ‘Listen, I’ll be there.’ Is there anything stronger?”", ["“A real leader says, ‘Listen, I’ll be there.’ Is there anything stronger?”"]),
        # British style: single quotes as the main mark, doubles nested inside.
        ("‘We will win,’ said Boris Johnson.", ["‘We will win,’"]),
        ("She called it ‘a “historic” day’ for Britain.", ["‘a “historic” day’"]),
        # Apostrophes are not quotation marks.
        ("Putin’s men in the ’90s played rock ’n’ roll.", []),
        ("It wasn't Zelensky's plan, and the students’ union agreed.", []),
        ("She said ‘the students’ union is right’ today.", ["‘the students’ union is right’"]),
        ("He said 'no.' Then 'yes'.", ["'no.'", "'yes'"]),
        # Newswire doubled apostrophes.
        ("''We have shown it,'' Mr. Obama said.", ["''We have shown it,''"]),
    ],
)
def test_quote_marks_are_paired(text: str, expected: list[str]) -> None:
    result = scan(text)
    assert [text[q.start : q.end] for q in result.quotes] == expected
    assert result.warnings == []


def test_a_quote_continued_into_the_next_paragraph_is_one_quotation_in_parts() -> None:
    text = (
        "“I’m sure they will play a trick,” one senior source said. “That’s not their intention.\n\n"
        "“Putin is not strong in direct negotiations.”\n\nThe talks began."
    )
    result = scan(text)
    parts = [text[q.start : q.end] for q in result.quotes]
    assert parts == [
        "“I’m sure they will play a trick,”",
        "“That’s not their intention.",
        "“Putin is not strong in direct negotiations.”",
    ]
    assert [q.unclosed for q in result.quotes] == [False, True, False]
    assert result.quotes[2].continues == 1
    assert result.warnings == []  # the convention is standard, not an error


@pytest.mark.parametrize(
    "text, expected",
    [
        # A post quoted line by line after a colon: the lines with no mark are part of it.
        (
            "Trump’s account tweeted: “I had to fire General Flynn because he lied.\n\nHe has pled guilty.\n\n"
            "There was nothing to hide!”\n\nThat tweet caused problems.",
            [
                ("“I had to fire General Flynn because he lied.", "direct", "Trump"),
                ("He has pled guilty.", "direct", "Trump"),
                ("There was nothing to hide!”", "direct", "Trump"),
            ],
        ),
        # Not without the colon: an unclosed quotation in running text ends with its paragraph.
        (
            "Your statement “puts you at odds with the party.\n\nAnd not on a trivial matter.\n\n"
            "The pollster is John McLaughlin.”",
            [("“puts you at odds with the party.", "direct", None)],
        ),
        # Nor past more than three paragraphs with no mark.
        (
            "Jane Smith wrote: “One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.”",
            [("“One.", "direct", "Jane Smith")],
        ),
    ],
)
def test_a_quotation_runs_through_paragraphs_without_marks_to_its_closing_mark(text, expected) -> None:
    assert quotes_of(text) == expected


def test_a_continuation_without_its_opening_mark_runs_to_its_closing_mark() -> None:
    text = "“I had nothing to do with it,” Trump said. “Nothing at all.\n\nUnlike Lyin' Ted Cruz, I tell the truth.” The Enquirer disagreed."
    v = voice(text)
    assert [(text[q.start : q.end], q.speaker) for q in v.quotes] == [
        ("“I had nothing to do with it,”", "Trump"),
        ("“Nothing at all.\n\nUnlike Lyin' Ted Cruz, I tell the truth.”", "Trump"),  # one quotation over the break
    ]
    assert v.warnings == [
        f"quotation continued at offset {text.index('Unlike')} without an opening mark: taken to run to the"
        f" closing mark at offset {text.index('” The')}"
    ]
    assert v.voice_at(text.index("Enquirer")) == "author"


@pytest.mark.parametrize(
    "text, quotes, contents",
    [
        # opened in one paragraph, closed in the next with no new opening mark: one quotation, and the
        # speaker and content credited at its close cover all of it (two pieces left the first unsaid)
        ("“We will not give up.\n\nWe never have,” Lopez said.",
         [("“We will not give up.\n\nWe never have,”", "Lopez")], ["“We will not give up.\n\nWe never have,”"]),
        ('Maria Lopez spoke first. "We will not give up.\n\nWe never have," Lopez said.',
         [('"We will not give up.\n\nWe never have,"', "Maria Lopez")], ['"We will not give up.\n\nWe never have,"']),
        ("Lopez said: “First part.\r\n\r\nSecond part.” Then she left.",
         [("“First part.\r\n\r\nSecond part.”", "Lopez")], ["“First part.\r\n\r\nSecond part.”"]),
        # the usual convention (the next paragraph opens again) stays two parts of one quotation
        ("Lopez said: “We will not give up.\n\n“We never have,” she added.",
         [("“We will not give up.", "Lopez"), ("“We never have,”", "Lopez")], ["“We will not give up.", "“We never have,”"]),
        # and a paragraph that neither opens nor closes one ends the unclosed quotation
        ("Lopez said: “We will not give up.\n\nThe union met on Monday.",
         [("“We will not give up.", "Lopez")], ["“We will not give up."]),
    ],
)
def test_a_quotation_left_open_and_closed_in_the_next_paragraph_is_one(text, quotes, contents) -> None:
    analysis = framing.analyze(text)
    assert [(s.text, s.speaker) for s in analysis.spans if s.type == "quote"] == quotes
    assert [text[s.content.start:s.content.end] for s in analysis.spans if s.type == "attribution" and s.content] == contents


@pytest.mark.parametrize(
    "text, quoted, warning_offset",
    [
        # An unclosed quote runs to the end of its paragraph; the next paragraph is not a quote.
        ('He said "unclosed and more.\n\nNext paragraph.', '"unclosed and more.', 8),
        # A new opening mark while one is open closes the earlier one.
        ("He said “first part and then “second part” here.", "“first part and then", 8),
    ],
)
def test_unbalanced_quotes_warn_and_recover(text: str, quoted: str, warning_offset: int) -> None:
    result = scan(text)
    assert text[result.quotes[0].start : result.quotes[0].end] == quoted
    assert result.quotes[0].unclosed
    assert any(f"offset {warning_offset}" in w for w in result.warnings)


def test_a_straight_mark_after_a_word_with_nothing_open_is_a_stray_closing_mark() -> None:
    text = 'The violence was indefensible, Earnest said."\n\nWe have seen this "cover-up" before.'
    result = scan(text)
    assert [text[q.start : q.end] for q in result.quotes] == ['"cover-up"']
    assert result.warnings == [f"closing quotation mark at offset {text.index(chr(34))} without an opening one: ignored"]


def test_a_stray_closing_mark_is_reported_and_ignored() -> None:
    text = 'A stray ” here and "fine" there.'
    result = scan(text)
    assert [text[q.start : q.end] for q in result.quotes] == ['"fine"']
    assert result.warnings == ["closing quotation mark at offset 8 without an opening one: ignored"]


def test_an_odd_quote_never_aborts_the_article() -> None:
    text = 'He said "this never ends.\nShe said “neither ” does ” this “ one.'
    analysis = framing.analyze(text)
    assert analysis.warnings  # reported, with offsets
    assert all("offset" in w for w in analysis.warnings)
    for s in analysis.spans:
        assert text[s.start : s.end] == s.text


# --- kinds and speakers -----------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        # Speaker before the quote.
        ("Zelensky said: “We are ready.”", [("“We are ready.”", "direct", "Zelensky")]),
        # Speaker after it, pronoun resolved to the last named person.
        (
            "Marco Rubio arrived in Antalya. “We’re impatient,” he said.",
            [("“We’re impatient,”", "direct", "Marco Rubio")],
        ),
        # Inverted tag; anonymous source.
        ("“It is over,” said a senior source.", [("“It is over,”", "direct", "anonymous")]),
        # Tag naming a role, not a name.
        (
            "“I don’t know,” the US president told reporters aboard Air Force One.",
            [("“I don’t know,”", "direct", "US president")],
        ),
        # ... resolved to the person the article names with that role.
        (
            "US president Donald Trump flew to Doha. “We will see,” the US president told reporters.",
            [("“We will see,”", "direct", "Donald Trump")],
        ),
        # Around the quote: fragments credited to the subject of the cue, titles stripped.
        (
            "Foreign Minister Sergey Lavrov dismissed Zelenskyy as “pathetic,” the agency said.",
            [("“pathetic,”", "fragment", "Sergey Lavrov")],
        ),
        # A label after a labeling verb and its object is spoken (by the noun phrase the
        # participle is set off from), and so is each label of a list ("a X and a Y").
        (
            "The senator, calling him a “sniveling coward,” left the room.",
            [("“sniveling coward,”", "fragment", "senator")],
        ),
        (
            'Bloomberg jabbed at Trump, whom Bloomberg called a "dangerous demagogue" and a "bomb-thrower."',
            [('"dangerous demagogue"', "fragment", "Bloomberg"), ('"bomb-thrower."', "fragment", "Bloomberg")],
        ),
        # A name with a long appositive between the quotation and its cue.
        (
            "She is a “sane, competent person,” Michael Bloomberg, the former New York mayor and founder"
            " of the Bloomberg financial news and information empire, said on Wednesday.",
            [("“sane, competent person,”", "direct", "Michael Bloomberg")],
        ),
        # Full-name normalisation: a later "Lavrov" is the Sergey Lavrov named before.
        (
            "Foreign Minister Sergey Lavrov spoke first. “No,” Lavrov said.",
            [("“No,”", "direct", "Sergey Lavrov")],
        ),
        # Names made of ordinary words stay whole.
        ("Prime Minister Theresa May arrived. “No deal,” May said.", [("“No deal,”", "direct", "Theresa May")]),
        ("Larry King hosts a show. “I was paid,” Mr. King said.", [("“I was paid,”", "direct", "Larry King")]),
        ("“It failed,” the Prime Minister said.", [("“It failed,”", "direct", "Prime Minister")]),
        # A second quote in the paragraph with no tag keeps the speaker.
        (
            "“We need to understand,” Rubio said. “We are open to talks.”",
            [("“We need to understand,”", "direct", "Rubio"), ("“We are open to talks.”", "direct", "Rubio")],
        ),
        # Scare quotes nobody is said to have spoken: the outlet's voice.
        ("Russia pressed for so-called “denazification” and demilitarization.", [("“denazification”", "scare", None)]),
        ("By Wednesday, Putin was still a “maybe” for the meeting.", [("“maybe”", "scare", None)]),
        # Indirect speech has no quotation at all.
        ("Lavrov said the talks were a show.", []),
        # A quotation before an -ing cue with no tag between is not credited to the cue's object.
        (
            "Trump openly admires Vladimir Putin as a “strong leader,” comparing him favorably to President Obama.",
            [("“strong leader,”", "scare", None)],
        ),
        # ... but a mid-sentence quotation right before an -ing cue goes with that cue's subject.
        (
            'FactCheck.org rated the Obama ad as "false," noting that the campaign was not talking about cuts.',
            [('"false,"', "fragment", "FactCheck")],
        ),
        (
            "A day after the suspension, the Safari Club sent out a “call to arms,” encouraging hunters to"
            " write to Congress.",
            [("“call to arms,”", "fragment", "Safari Club")],
        ),
        # A quotation resumed after its tag in the same sentence is the same speaker's.
        (
            '"We will win," Trump said Tuesday at a rally in Ohio, "and we will win big."',
            [('"We will win,"', "direct", "Trump"), ('"and we will win big."', "direct", "Trump")],
        ),
        (
            '"It is over," said Sen. John Smith, R-Ohio, "and done."',
            [('"It is over,"', "direct", "John Smith"), ('"and done."', "direct", "John Smith")],
        ),
        # ... not in the next sentence.
        ('"It is over," Smith said. Then he left, "quietly."', [('"It is over,"', "direct", "Smith"), ('"quietly."', "scare", None)]),
        # A paragraph of quotation after a paragraph of indirect speech goes on with the main
        # speaker, not with someone inside what they said.
        (
            "The senator said Trump had promised to help.\n\n"
            '"We were told the money was coming and it never came to us."',
            [('"We were told the money was coming and it never came to us."', "direct", "senator")],
        ),
        # "wrote back:" reports, like "wrote:" ("back" is no other verb's particle here).
        (
            'A short time later, Ms. Abedin wrote back: "We all have him on our radar."',
            [('"We all have him on our radar."', "direct", "Abedin")],
        ),
        # A word before "Ms."/"Mr." is no part of the name ("Enter Ms. Lauten" is Ms. Lauten).
        (
            "Elizabeth Lauten resigned from her job after a day of criticism.\n\n"
            "Enter Ms. Lauten — a former aide who loves cats — whose commentary had a sharper edge.\n\n"
            "“Try showing a little class,” she wrote above a picture.",
            [("“Try showing a little class,”", "direct", "Elizabeth Lauten")],
        ),
        # A description before the name and a long appositive after it, capitalised words inside:
        # the tag still credits the quotation before it.
        (
            '"We may be seeing some wage acceleration," the economist Jared Bernstein, a former adviser '
            "in the Obama White House, wrote on his blog.",
            [('"We may be seeing some wage acceleration,"', "direct", "Jared Bernstein")],
        ),
        (
            '"We will appeal," the lawyer for the family, Ben Crump, said on Monday.',
            [('"We will appeal,"', "direct", "Ben Crump")],
        ),
    ],
)
def test_quote_kinds_and_speakers(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert quotes_of(text) == expected


def test_she_is_the_last_named_person_and_continuations_inherit() -> None:
    text = (
        "Maria Zakharova spoke at the briefing.\n\n"
        "“We will not go,” she said. “Not this week.\n\n"
        "“Not next week either.”"
    )
    assert quotes_of(text) == [
        ("“We will not go,”", "direct", "Maria Zakharova"),
        ("“Not this week.", "direct", "Maria Zakharova"),
        ("“Not next week either.”", "direct", "Maria Zakharova"),
    ]


def test_voice_at_positions() -> None:
    text = "Lavrov called it “a pathetic show,” while critics pressed for so-called “reforms”."
    v = voice(text)
    assert v.voice_at(text.index("pathetic")) == "quoted"
    assert v.quote_at(text.index("pathetic")).speaker == "Lavrov"
    assert v.voice_at(text.index("reforms")) == "author"  # a scare quote
    assert v.voice_at(text.index("critics")) == "author"


# --- the seeds, through framing.analyze ----------------------------------------------------------

def _span(analysis, type_: str, text: str):
    found = [s for s in analysis.spans if s.type == type_ and s.text == text]
    assert found, f"no {type_} span {text!r}"
    return found[0]


def test_ogm_seed_fragments_are_quoted_voice_with_their_speakers(seed_analyses) -> None:
    a = seed_analyses["ogmnews-putin-skips-talks"]
    assert _span(a, "quote", "“pathetic,”").speaker == "Sergey Lavrov"
    for word in ("dummy", "clown", "loser"):
        quote = [s for s in a.spans if s.type == "quote" and word in s.text][0]
        assert (quote.category, quote.voice, quote.speaker) == ("fragment", "quoted", "Maria Zakharova")
    for word in ("pathetic", "dummy", "clown", "loser"):
        loaded = [s for s in a.spans if s.type == "loaded" and s.text.lower() == word]
        assert loaded and all(s.voice == "quoted" for s in loaded), word
    assert _span(a, "quote", "“denazification”").voice == "author"
    rubio = [s for s in a.spans if s.type == "quote" and s.text.startswith("“We are open")][0]
    assert rubio.speaker == "Marco Rubio"


def test_independent_seed_multi_paragraph_quotes_are_anonymous_quoted_voice(seed_analyses) -> None:
    a = seed_analyses["independent-putin-no-show"]
    text = a.article.text
    quotes = [s for s in a.spans if s.type == "quote"]
    starts = ["“I’m sure that they", "“That’s not their intention", "“Putin is not strong", "“That will show to the US",
              "“You asked us", "“The ceasefire is not happening"]
    for start in starts:
        q = [s for s in quotes if s.text.startswith(start)]
        assert q and (q[0].voice, q[0].speaker) == ("quoted", "anonymous"), start
    assert _span(a, "quote", "“maybe”").voice == "author"
    # Text after a multi-paragraph quote ends is the outlet's voice again.
    pos = text.index("Earlier this week, Trump urged")
    assert not any(s.start <= pos < s.end for s in quotes)
    assert a.warnings == []


@pytest.mark.parametrize(
    "text, quoted_words",
    [
        ("“We are ready,” Zelensky said.", 3),
        ("Russia pressed for so-called “denazification” today.", 0),  # a scare quote is the outlet's
        ("“One two.” Three. “Four five six.\n\n“Seven.”", 6),
    ],
)
def test_quoted_word_count_agrees_with_quote_at(text: str, quoted_words: int) -> None:
    tokens = segment.word_tokens(text)
    v = voice(text)
    assert v.quoted_word_count(tokens) == quoted_words
    assert sum(1 for t in tokens if v.quote_at(t.start)) == quoted_words


def test_any_jumble_of_marks_and_cues_gives_valid_ranges() -> None:
    """A fixed-seed jumble of quote marks, tags and cues: no exception, every range inside the
    text and non-empty, quotations in order and never overlapping."""
    import random

    pieces = ['"', "“", "”", "‘", "’", "'", "''", " said ", " he said", ", ", ". ", "\n\n", "\n", "Lavrov",
              " according to ", " a senior source ", " (D-Mo.) ", " told reporters", " Mr. ", "U.S. ", " that ",
              ": ", " claimed", " was told by ", "—", " and said ", " officials said ", "Says ", "?", " who "]
    rng = random.Random(7)
    lexicons = load()
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        v = analyse_voice(text, segment.word_tokens(text), segment.sentences(text), (), lexicons)
        ranges = [(q.start, q.end) for q in v.quotes] + [(r.start, r.end) for r in v.anonymous_sources]
        for a in v.attributions:
            ranges += [(r.start, r.end) for r in (a.cue, a.source, a.content) if r is not None]
        assert all(0 <= s < e <= len(text) for s, e in ranges), text
        assert all(x.end <= y.start for x, y in zip(v.quotes, v.quotes[1:])), text


def test_voice_from_the_cli(tmp_path) -> None:
    """`framing score FILE` writes quote, attribution and anonymous-source spans with their
    speakers, source and content ranges, and the warning of an unclosed quote."""
    import json

    from typer.testing import CliRunner

    from framing.cli import app

    text = (
        "Talks Stall in Istanbul\n\n"
        "Foreign Minister Sergey Lavrov dismissed the talks as “a show,” a European diplomat said.\n\n"
        "“We are not going,” Lavrov said. “Not this week.”\n\n"
        "Critics called it a so-called “plan” and \"left it open.\n"
    )
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["score", str(path), "--no-model"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    spans = record["spans"]
    quotes = [(s["text"], s["category"], s["voice"], s["speaker"]) for s in spans if s["type"] == "quote"]
    assert quotes == [
        ("“a show,”", "fragment", "quoted", "Sergey Lavrov"),
        ("“We are not going,”", "direct", "quoted", "Sergey Lavrov"),
        ("“Not this week.”", "direct", "quoted", "Sergey Lavrov"),
        ("“plan”", "scare", "author", None),
        # Unclosed: runs to the end of its paragraph; credited, like "plan" would be without
        # "so-called", to the unnamed critics who "called" it so.
        ('"left it open.', "fragment", "quoted", "anonymous"),
    ]
    said = [s for s in spans if s["type"] == "attribution" and s["text"] == "said" and s["speaker"] == "Sergey Lavrov"][0]
    assert said["verb"] == "say" and said["stance"] == "neutral" and said["voice"] == "author"
    assert [s["text"] for s in spans if s["type"] == "anonymous_source"] == ["a European diplomat", "Critics"]
    assert any("unclosed quotation mark" in w for w in record["warnings"])


def test_a_caption_between_the_parts_of_a_quote_does_not_break_it() -> None:
    from framing.models import IgnoredRange

    text = "“We will go,” the source said. “First part.\n\nPutin at the talks (AFP/Getty)\n\n“Second part.”"
    caption = text.index("Putin at")
    ignored = [IgnoredRange(caption, text.index("\n\n“Second"), "photo caption")]
    result = scan(text, ignored)
    assert [text[q.start : q.end] for q in result.quotes] == ["“We will go,”", "“First part.", "“Second part.”"]
    assert result.quotes[2].continues == 1
    assert result.warnings == []
