"""framing/near_duplicates.py and its use by duplicate_texts: syndicated copies (another first line,
a trimmed tail) are paired with the earlier article they copy, named by file and line; other
articles on the same event are not, nor are short texts."""

from __future__ import annotations

import random
import re

import numpy as np
import pytest

from framing import near_duplicates
from framing.duplicate_texts import Duplicates
from framing.models import Article
from framing.near_duplicates import NearDuplicates, containment, estimate, shingle_count, signature, word_hashes

WIRE = (
    "WASHINGTON (AP) - The Senate voted 52-48 on Thursday to approve a bill that would extend federal "
    "funding for rural hospitals through the end of next year, sending the measure to the House, where "
    "its fate remains uncertain. The bill, which passed after two days of debate, would provide about "
    "$4 billion to hospitals in counties with fewer than 50,000 residents. Supporters said the money is "
    "needed to keep emergency rooms open in places where the nearest alternative is hours away. "
    "\"These hospitals are the only thing standing between a heart attack and a funeral for a lot of "
    "people,\" said Sen. Maria Alvarez, who sponsored the measure. Opponents argued that the funding "
    "should be paired with cuts elsewhere in the budget. Sen. Tom Brandt called the bill a \"blank "
    "check\" and said the Senate had not examined how earlier grants were spent. The House is expected "
    "to take up the measure next month. Speaker Dana Kim has said she supports the idea but wants changes "
    "to how the money is divided among states. Hospital groups welcomed the vote. The American Rural "
    "Health Association said in a statement that more than 130 rural hospitals have closed since 2010, "
    "and that hundreds more are at risk. The White House has not said whether the president would sign "
    "the bill in its current form. A spokesman said the administration was reviewing the measure."
)
SENTENCES = re.split(r"(?<=[.\"]) (?=[A-Z\"])", WIRE)
NEW_FIRST_LINE = "By Staff and Wire Reports. Rural hospitals won a reprieve in the Senate on Thursday. " + " ".join(SENTENCES[1:])
TRIMMED = " ".join(SENTENCES[:-2])  # the last two sentences cut, as a paper short of space does
OWN_STORY = (  # the same event in an outlet's own words, quoting the same senator
    "Rural hospitals in our state could get a lifeline after a Senate vote on Thursday, though the bill's "
    "path through the House is far from clear. Local administrators have warned for years that their "
    "emergency rooms are running on fumes. \"These hospitals are the only thing standing between a heart "
    "attack and a funeral for a lot of people,\" said Sen. Maria Alvarez, echoing what clinic directors "
    "here told this newspaper last spring. At Pine County Medical Center, the emergency room has lost "
    "three doctors since January and now relies on traveling physicians, chief executive Ruth Okafor "
    "said. Critics in the Senate, including Sen. Tom Brandt, want the money paired with budget cuts."
)
SHORT = "The Senate voted on Thursday to extend funding for rural hospitals through next year, officials said."


def _jaccard(a: str, b: str) -> float:
    def grams(t: str) -> set:
        w = re.findall(r"\w+", t.lower())
        return set(zip(*(w[i:] for i in range(5))))
    x, y = grams(a), grams(b)
    return len(x & y) / len(x | y)


def _marked(rows: list[tuple[str, str]], threshold: float = 0.7) -> list[list[str]]:
    d = Duplicates(near=NearDuplicates(threshold))
    return [a.warnings for a in d.check([Article(id=f"a{i}", text=t, source_path=p) for i, (p, t) in enumerate(rows)])]


def _pct(a: str, b: str) -> str:
    """The containment the warning gives for a copy `a` of `b`."""
    return f"{containment(_kept(a), _kept(b), shingle_count(a), shingle_count(b)):.0%}"


def _kept(text: str) -> np.ndarray:
    return (signature(text) & np.uint32(0xFF)).astype(np.uint8)


def test_the_hand_made_variants_are_what_they_claim():
    """The fixtures' true similarities (counted, not estimated): the copies above 0.7, the rest far below."""
    assert round(_jaccard(WIRE, NEW_FIRST_LINE), 2) == 0.78  # a 44-word lede of 231 words replaced
    assert round(_jaccard(WIRE, TRIMMED), 2) == 0.89
    assert round(_jaccard(WIRE, OWN_STORY), 2) == 0.06
    assert round(_jaccard(TRIMMED, NEW_FIRST_LINE), 2) == 0.67  # the trimmed copy pairs with the wire story, not with this
    # containment, what the threshold means: the share of the shorter text's 5-grams in the other
    assert [round(_containment(WIRE, t), 2) for t in (NEW_FIRST_LINE, TRIMMED, OWN_STORY)] == [0.93, 1.0, 0.17]


def test_syndicated_copies_are_paired_with_the_story_they_copy_and_other_stories_are_not():
    rows = [("ap/senate.txt", WIRE), ("local/senate.txt", OWN_STORY), ("post/senate.txt", NEW_FIRST_LINE),
            ("times/senate.txt", TRIMMED), ("brief/a.txt", SHORT), ("brief/b.txt", SHORT.replace("officials", "aides"))]
    assert _marked(rows) == [
        [], [],
        [f"near duplicate of ap/senate.txt: about {_pct(NEW_FIRST_LINE, WIRE)} of the shorter text's 5-word sequences are in the other too"],
        [f"near duplicate of ap/senate.txt: about {_pct(TRIMMED, WIRE)} of the shorter text's 5-word sequences are in the other too"],
        [], [],  # under 25 words: not compared
    ]
    for copy in (NEW_FIRST_LINE, TRIMMED):  # the estimate is near the count
        assert abs(estimate(_kept(copy), _kept(WIRE)) - _jaccard(copy, WIRE)) < 0.1


def test_an_exact_copy_gets_the_exact_warning_only_and_a_row_is_named_by_its_line():
    rows = [Article(id="w:1", text=WIRE, source_path="wire.jsonl", line=4), Article(id="w:2", text=WIRE, source_path="wire.jsonl", line=5),
            Article(id="p:1", text=TRIMMED, source_path="papers.csv", line=2)]
    d = Duplicates(near=NearDuplicates(0.7))
    assert [a.warnings for a in d.check(rows)] == [
        [], ["exact duplicate: the same text as wire.jsonl, line 4 (this article: line 5)"],
        [f"near duplicate of wire.jsonl, line 4: about {_pct(TRIMMED, WIRE)} of the shorter text's 5-word sequences are in the other too "
         "(this article: line 2)"]]
    assert (d.articles, d.near_articles) == (1, 1)
    assert d.lines(" (in x.jsonl)") == [
        "1 article repeats an earlier article's text exactly (in x.jsonl); the first: wire.jsonl, line 5 (w:2) has the same text as wire.jsonl, line 4",
        "1 article nearly repeats an earlier article's text (at least 70% of the shorter text's 5-word sequences in the other, estimated) (in x.jsonl); "
        f"the first: papers.csv, line 2 (p:1) is a near duplicate of wire.jsonl, line 4: about {_pct(TRIMMED, WIRE)} of the shorter text's 5-word sequences are in the other too"]


def test_the_threshold_is_the_users_and_is_checked():
    rows = [("ap.txt", WIRE), ("new_first.txt", NEW_FIRST_LINE), ("trimmed.txt", TRIMMED)]
    assert [len(w) for w in _marked(rows, threshold=0.95)] == [0, 0, 1]  # every 5-gram of the trimmed copy is in the story
    with pytest.raises(ValueError, match="near-duplicate similarity 1.5 is not between 0 and 1"):
        NearDuplicates(1.5)


def test_off_by_default():
    assert [a.warnings for a in Duplicates().check(
        [Article(id="a", text=WIRE, source_path="a.txt"), Article(id="b", text=TRIMMED, source_path="b.txt")])] == [[], []]


@pytest.mark.parametrize(("text", "words"), [
    ("Café’s “quoted” don't co-op", ["café", "s", "quoted", "don", "t", "co", "op"]),
    ("naïve 東京 x_y 42\u00a0apples", ["naïve", "東京", "x_y", "42", "apples"]),
    ("", []), ("!!! ...", []),
])
def test_words_are_what_regex_w_finds_in_lower_case(text, words):
    assert re.findall(r"\w+", text.lower()) == words  # the definition the hashes follow
    hashes = word_hashes(text).tolist()
    assert len(hashes) == len(words)
    assert len(set(hashes)) == len(set(words))
    assert word_hashes(text.upper()).tolist() == hashes  # case does not matter
    assert word_hashes("  " + text.replace(" ", " , ") + ".").tolist() == hashes  # nor spacing and punctuation


def _generated(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(5000)]
    return [" ".join(rng.choice(vocabulary) for _ in range(200)) for _ in range(n)]


def test_the_estimate_follows_the_counted_similarity():
    """100 pairs of 200-word texts, the copy cut and prefixed at random: the estimate's error has a
    mean near 0 and a spread near sqrt(J(1-J)/64), as 64 MinHash values give."""
    rng = random.Random(7)
    errors = []
    for text in _generated(100, 3):
        words = text.split()
        copy = " ".join(["lead"] * rng.randint(0, 20) + words[rng.randint(0, 20):rng.randint(120, 200)])
        errors.append(estimate(_kept(text), _kept(copy)) - _jaccard(text, copy))
    assert abs(np.mean(errors)) < 0.02
    assert 0.02 < np.std(errors) < 0.07


def test_the_index_merges_its_waiting_keys_and_still_finds_every_copy(monkeypatch):
    monkeypatch.setattr(near_duplicates, "WAITING", 1000)  # a merge every ~60 texts
    texts = _generated(400, 11)
    index = NearDuplicates(0.8)
    assert all(index.see(t, i)[0] is None for i, t in enumerate(texts))
    assert len(index._keys) > 0 and len(index._waiting) < 1000  # merged into the sorted arrays
    found = [index.see(" ".join(t.split()[:190]), 1000 + i) for i, t in enumerate(texts[::37])]
    assert [where for where, _ in found] == list(range(0, 400, 37))


def test_memory_is_bounded_past_max_texts():
    texts = _generated(120, 5)
    index = NearDuplicates(0.8, max_texts=100)
    for i, t in enumerate(texts):
        index.see(t, i)
    assert index.full and index._kept == 100 and len(index._signatures) == 4096
    assert index.see(" ".join(texts[5].split()[:190]), 999)[0] == 5  # a kept text is still found
    assert index.see(" ".join(texts[110].split()[:190]), 999)[0] is None  # one seen past the bound is not


# Containment: what the threshold means.  A copy that is half of the other text (the first half of
# an article, one wire story inside a longer rewrite) shares only half of all 5-word sequences
# (Jaccard 0.5) but all of its own: it is a near duplicate either way round.

def _containment(a: str, b: str) -> float:
    def grams(t: str) -> set:
        w = re.findall(r"\w+", t.lower())
        return set(zip(*(w[i:] for i in range(5))))
    x, y = grams(a), grams(b)
    return len(x & y) / min(len(x), len(y))


def test_half_copies_are_found_in_either_order():
    """The first half of each of 200 generated 200-word texts, seen after the whole text and (in
    another index) before it: every one is found (Jaccard alone found about 64%)."""
    texts = _generated(200, 13)
    halves = [" ".join(t.split()[:100]) for t in texts]
    assert round(_jaccard(texts[0], halves[0]), 2) == 0.49 and _containment(texts[0], halves[0]) == 1.0
    after, before = NearDuplicates(0.7), NearDuplicates(0.7)
    for i, t in enumerate(texts):
        after.see(t, i)
        before.see(halves[i], i)
    found_after = [after.see(h, 1000 + i)[0] for i, h in enumerate(halves)]
    found_before = [before.see(t, 1000 + i)[0] for i, t in enumerate(texts)]
    assert found_after == list(range(200)) and found_before == list(range(200))


def test_a_wire_story_inside_a_longer_rewrite_is_a_near_duplicate_and_the_same_event_is_not():
    rewrite = OWN_STORY + " " + WIRE + " " + OWN_STORY.replace("Rural", "Small").replace("Senate", "chamber")
    assert round(_jaccard(WIRE, rewrite), 2) == 0.67 and round(_containment(WIRE, rewrite), 2) == 1.0
    marked = _marked([("ap/senate.txt", WIRE), ("local/senate.txt", OWN_STORY), ("gazette/senate.txt", rewrite)])
    assert marked[:2] == [[], []]
    assert len(marked[2]) == 1 and marked[2][0].startswith("near duplicate of ap/senate.txt: about ")
    assert marked[2][0].endswith("% of the shorter text's 5-word sequences are in the other too")


def test_the_containment_estimate_follows_the_count():
    """100 pairs, the copy a random stretch of 60 to 200 of the 200 words: the estimate's error has
    a mean near 0 and a spread of about 0.1 at most."""
    rng = random.Random(17)
    errors = []
    for text in _generated(100, 19):
        words = text.split()
        start = rng.randint(0, 60)
        copy = " ".join(["lead"] * rng.randint(0, 10) + words[start:start + rng.randint(60, 200)])
        a, b = signature(text), signature(copy)
        errors.append(containment(_kept(text), _kept(copy), shingle_count(text), shingle_count(copy)) - _containment(text, copy))
    assert abs(np.mean(errors)) < 0.03
    assert np.std(errors) < 0.1


def _word_hash_written_out(word: str) -> int:
    """A word's hash as the docstring defines it, character by character in Python integers: the sum
    of (c + 1) P0 + b P1 + c b P2 over its characters c, b the one before (0 for the first), mod 2^64,
    then SplitMix64's finaliser."""
    p0, p1, p2 = (int(m) for m in near_duplicates._PAIR_MULTIPLY)
    total, before = 0, 0
    for char in word:
        c = ord(char)
        total += (c + 1) * p0 + before * p1 + c * before * p2
        before = c
    x = total % 2**64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) % 2**64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) % 2**64
    return x ^ (x >> 31)


@pytest.mark.parametrize("text", [WIRE, "Café’s “quoted” don't co-op", "naïve 東京 x_y 42\u00a0apples 😀x", "a", "İstanbul ΣΑΣ ab\ud800cd", "_"])
def test_word_hashes_are_the_character_pairs_written_out(text):
    """The hashes come from running sums over the whole text; they are what the definition gives
    word by word (a word: what regex \\w finds, where from U+3100 on every character counts, an
    emoji or a lone surrogate too)."""
    words = re.findall(r"(?:\w|[\u3100-\U0010ffff])+", text.lower())
    assert word_hashes(text).tolist() == [_word_hash_written_out(w) for w in words]


def test_merging_in_place_keeps_every_key_and_the_text_that_first_held_it(monkeypatch):
    """Keys merged into the sorted arrays every ~3 texts (bands moved up in place) give the same
    look-ups, and the same key -> text table, as keys that never left the waiting dict."""
    rng = random.Random(23)
    texts = _generated(60, 29) + [" ".join(t.split()[rng.randint(0, 50):]) for t in _generated(60, 29)[::3]]
    monkeypatch.setattr(near_duplicates, "WAITING", 100)
    merged = NearDuplicates(0.6)
    found_merged = [merged.see(t, i) for i, t in enumerate(texts)]
    monkeypatch.setattr(near_duplicates, "WAITING", 10**9)
    waiting = NearDuplicates(0.6)
    found_waiting = [waiting.see(t, i) for i, t in enumerate(texts)]
    assert found_merged == found_waiting and sum(w is not None for w, _ in found_merged) == 20
    merged._merge()
    assert np.all(merged._keys[1:] > merged._keys[:-1])  # sorted, each key once
    assert dict(zip(merged._keys.tolist(), merged._texts.tolist())) == waiting._waiting


def test_the_kept_signatures_grow_to_max_texts_and_no_further(monkeypatch):
    """Doubling stops at the bound: at the default 1 M texts, 1,000,000 rows, not 1,048,576 (3.5 MiB)."""
    monkeypatch.setattr(near_duplicates, "FIRST_TEXTS", 64)
    texts = _generated(101, 31)
    index = NearDuplicates(0.8, max_texts=100)
    sizes = []
    for i, t in enumerate(texts):
        index.see(t, i)
        sizes.append(len(index._signatures))
    assert (sizes[63], sizes[64], sizes[100]) == (64, 100, 100) and index.full
    assert index.see(" ".join(texts[99].split()[:190]), 999)[0] == 99  # the last row kept is found
    assert index.memory() == 100 * (64 + 8 + 4) + len(index._keys) * 8
