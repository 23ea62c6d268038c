"""Sentences and tokens (framing/segment.py): each row is a text and the sentences expected."""

from __future__ import annotations

import random

import pytest

from framing.models import IgnoredRange
from framing import segment
from framing.segment import normalise, sentences, tokens_outside, word_tokens


def split(text: str) -> list[str]:
    out = [text[s.start : s.end] for s in sentences(text)]
    for s in sentences(text):
        assert text[s.start : s.end] == text[s.start : s.end].strip()
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        # Titles before names never end a sentence.
        (
            "Mr. Smith met Sen. Jones and Gov. Hochul. Dr. Who left with Gen. Milley and Rep. Ocasio-Cortez.",
            ["Mr. Smith met Sen. Jones and Gov. Hochul.", "Dr. Who left with Gen. Milley and Rep. Ocasio-Cortez."],
        ),
        ("Mrs. May spoke on St. Patrick's Day. Then she left.", ["Mrs. May spoke on St. Patrick's Day.", "Then she left."]),
        ("Sens. Jon Tester and David Vitter asked. Reps. Smith agreed.", ["Sens. Jon Tester and David Vitter asked.", "Reps. Smith agreed."]),
        # Dotted initialisms: inside a sentence, or ending one when a usual opener follows.
        ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
        ("He lives in the U.S. The talks failed.", ["He lives in the U.S.", "The talks failed."]),
        ("U.S. President Donald Trump spoke at 5 p.m. on Friday.", ["U.S. President Donald Trump spoke at 5 p.m. on Friday."]),
        # Initials and decimals.
        ("J. K. Rowling wrote it. George W. Bush read it.", ["J. K. Rowling wrote it.", "George W. Bush read it."]),
        ("Growth was 3.5% in Jan. 2024, up from 2.1%. Prices rose.", ["Growth was 3.5% in Jan. 2024, up from 2.1%.", "Prices rose."]),
        ("It was signed on Feb. 24 and Sept. 3 by No. 10. Both times.", ["It was signed on Feb. 24 and Sept. 3 by No. 10.", "Both times."]),
        # Headlines and subheads without a final period are sentences of their own.
        (
            "Putin Skips Ukraine Talks\n\nTrump’s Influence Fails to Sway Kremlin\nThe talks began. They ended.",
            ["Putin Skips Ukraine Talks", "Trump’s Influence Fails to Sway Kremlin", "The talks began.", "They ended."],
        ),
        # Quotations ending sentences, or not.
        (
            "“It is over,” he said. “We are done.” Next sentence here.",
            ["“It is over,” he said.", "“We are done.”", "Next sentence here."],
        ),
        ("“Really?” he asked. She said no.", ["“Really?” he asked.", "She said no."]),
        ('"Go now!" shouted Smith. "Now."', ['"Go now!" shouted Smith.', '"Now."']),
        ("He said: “I will be there.” Then he was not.", ["He said: “I will be there.”", "Then he was not."]),
        # A wrapped line (lower case continues it) is not a boundary.
        ("the talks were\nheld in Istanbul. Next.", ["the talks were\nheld in Istanbul.", "Next."]),
        ("Is it a trick? Yes! Maybe... I don't know.", ["Is it a trick?", "Yes!", "Maybe...", "I don't know."]),
        ("Apple Inc. said so. Acme Inc. The firm agreed.", ["Apple Inc. said so.", "Acme Inc.", "The firm agreed."]),
        # "Del.": a Delegate's title before her name, Delaware before a usual sentence opener.
        (
            '"This is a waste of time," said Del. Stacey Plaskett of the Virgin Islands. He lives in Dover, Del. The firm agreed.',
            ['"This is a waste of time," said Del. Stacey Plaskett of the Virgin Islands.', "He lives in Dover, Del.", "The firm agreed."],
        ),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_sentences_inside_ignored_ranges_are_dropped() -> None:
    text = "Sign up to read this article\nThe talks began."
    ignored = [IgnoredRange(0, 28, "subscription prompt")]
    assert [text[s.start : s.end] for s in sentences(text, ignored)] == ["The talks began."]


@pytest.mark.parametrize(
    "text, norms",
    [
        ("Zelensky’s so-called 30-day plan", ["zelensky's", "so-called", "30-day", "plan"]),
        ("3.5% of 1,000 voters", ["3.5", "of", "1,000", "voters"]),
        ("Rock ’n’ roll", ["rock", "n", "roll"]),
        # Lower-casing the whole text at once would differ: "İ" grows to two characters, and a
        # capital sigma's lower case depends on the character after the word ("ΑΣ.Β" -> "ασ.β").
        ("İstanbul talks", ["i̇stanbul", "talks"]),
        ("ΑΣ.Β ΟΔΟΣ", ["ας", "β", "οδος"]),
        # Typographic punctuation is read as a space by the ASCII split, which must find the
        # same words: none of it joins words, the apostrophe still does.
        ("“It’s—well…” ‘no’ – 3.5", ["it's", "well", "no", "3.5"]),
        ("“Café” said—no", ["café", "said", "no"]),  # é: a word character, so the Unicode split
        ("a“b”c–d—e…f‘g", ["a", "b", "c", "d", "e", "f", "g"]),
    ],
)
def test_word_tokens(text: str, norms: list[str]) -> None:
    tokens = word_tokens(text)
    assert [t.norm for t in tokens] == norms
    assert all(normalise(text[t.start : t.end]) == t.norm for t in tokens)


def test_word_tokens_are_the_word_pattern_s_matches_on_random_texts() -> None:
    """The split (ASCII or Unicode, over whatever slice) finds exactly what `WORD_RE` finds."""
    rng = random.Random(13)
    alphabet = "abZ09 .,-'’“”‘—–…\n\"_éß€²"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = [(m.start(), m.end(), normalise(m.group())) for m in segment.WORD_RE.finditer(text, start, end)]
        assert [(t.start, t.end, t.norm) for t in word_tokens(text, start, end)] == expected, (text, start, end)


def test_tokens_outside_skip_ignored_text() -> None:
    text = "one two (AFP/Getty) three"
    tokens = tokens_outside(text, [IgnoredRange(8, 19, "photo caption")])
    assert [t.norm for t in tokens] == ["one", "two", "three"]


@pytest.mark.parametrize("text, chars, expected", [
    ("He said. “No!” Then?", ".!?", [7, 12, 19]),
    ("“A” and ‘b’ and \"c\"", "\"“”‘’", [0, 2, 8, 10, 16, 18]),
    ("no marks here", ".!?", []),
])
def test_offsets_of_gives_every_place_of_any_of_the_characters_in_text_order(text, chars, expected):
    assert segment.offsets_of(text, chars) == expected
    assert all(text[i] in chars for i in expected)
