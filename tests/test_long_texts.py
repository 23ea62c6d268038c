"""A long text (a dump of many articles in one file) is read in about n log n where it was read
cue by cue against every other cue, or name by name through the whole text: the indexes that
replaced those scans must answer exactly as the scans did.  Each index is checked against the plain
scan it replaced on random layouts."""

import bisect
import re
import random

import pytest

import framing
from framing import cue_patterns, genders, lone_names, weak_cues, word_index
from framing.person_memory import PersonMemory
from framing.models import Attribution, Range
from framing.name_words import NAME_PARTICLES
from framing.range_reach import RangeReach
from framing.role_holders import RoleHolders, _ascii_lower


def _attribution(rng: random.Random, length: int) -> Attribution:
    cue = rng.randrange(length)
    content = None
    if rng.random() < 0.8:
        start = rng.randrange(length)
        content = Range(start, start + rng.randrange(0, 60))
    stance = rng.choice(["neutral", "thought"])
    return Attribution(Range(cue, cue + 4), "say", stance, None, None, content)


def _first_around_by_scan(pool, found, asked):
    first = {}
    for i in asked:
        a = found[i]
        for b in pool:
            if b is not a and b.content.start <= a.cue.start < b.content.end:
                first[i] = b
                break
    return first


def test_the_first_content_around_each_cue_is_the_one_the_scan_in_pool_order_found():
    rng = random.Random(7)
    for _ in range(300):
        found = [_attribution(rng, 400) for _ in range(rng.randrange(1, 40))]
        pool = [b for b in found if b.content is not None and rng.random() < 0.7]
        asked = [i for i in range(len(found)) if rng.random() < 0.6]
        assert cue_patterns._first_around(pool, found, asked) == _first_around_by_scan(pool, found, asked)


def test_a_weak_cue_is_dropped_inside_a_content_exactly_as_the_scan_said():
    """weak_cues.without_nested asks `RangeReach` whether a content taken on full evidence holds
    a weak cue: the same answer as the scan over every content (empty contents hold nothing)."""
    rng = random.Random(11)
    for _ in range(300):
        found = [_attribution(rng, 200) for _ in range(rng.randrange(0, 25))]
        weak = {a.cue.start for a in found if rng.random() < 0.5}
        contents = [(a.content.start, a.content.end) for a in found if a.content is not None and a.cue.start not in weak]
        by_scan = [a for a in found if a.cue.start not in weak or not any(s <= a.cue.start < e for s, e in contents)]
        assert weak_cues.without_nested(found, weak, {}) == by_scan, (found, weak)


def test_every_unnamed_source_of_a_long_text_is_found_in_every_paragraph():
    """Unnamed sources are looked for only near each source phrase: 200 paragraphs give 200."""
    paragraph = '"It is pathetic," a senior official said of the deal. Critics say the plan failed.\n\n'
    spans = framing.analyze("Talks collapse\n\n" + paragraph * 200).spans
    quotes = [s for s in spans if s.type == "quote"]
    unnamed = [s for s in spans if s.type == "anonymous_source"]
    assert len(quotes) == 200 and {s.speaker for s in quotes} == {"anonymous"}
    assert sorted(s.text for s in unnamed) == ["Critics"] * 200 + ["a senior official"] * 200
    assert [s.voice for s in spans if s.text == "pathetic"] == ["quoted"] * 200


# --- names looked up in a long text (framing/word_index.py) -------------------------------------

_PIECES = "Merkel Merkel's Merkel-Smith Mr. Ms. Angela said her his government the president President senator Sen. sen. Rubio Marco in Ankara officials Officials its troops O'Brien é É K İ Trump Donald ’s 2016 _ ? , . -".split()
_GLUE = [" ", " ", " ", "", "\n", "-", "'", ", ", ". "]


def _text(rng: random.Random, words: int) -> str:
    return "".join(rng.choice(_PIECES) + rng.choice(_GLUE) for _ in range(words))


def _search(within: str, word: str, overlapping: bool) -> list[int]:
    """The plain search the index replaced: one place after another, or each after the last's end."""
    found, i = [], within.find(word)
    while i >= 0:
        found.append(i)
        i = within.find(word, i + (1 if overlapping else len(word)))
    return found


def _whole_word(text: str, i: int, size: int) -> bool:
    return (i == 0 or not text[i - 1].isalnum()) and (i + size >= len(text) or not text[i + size].isalnum())


@pytest.mark.parametrize("lowered", [None, "ascii", "full"])
@pytest.mark.parametrize("overlapping", [True, False])
def test_a_long_texts_index_finds_every_whole_word_place_the_search_found(monkeypatch, overlapping, lowered):
    """Short texts are searched as before; a long one gives exactly the whole-word places of the
    search (overlapping, or each after the last one's end), in order, or the search itself where
    it cannot (a word whose places may overlap, a "?" or an "İ" in a lowered look-up)."""
    rng = random.Random(13)
    alphabet = "aab AB-'’.?é É\u212a\u0130\n1_"
    # A search stepping over each place skips one that overlaps it: "ab-ab" at 4 after the one at 1.
    shadowed = [("xab-ab-ab", "ab-ab"), ("a-a-a", "a-a"), ("Lee-Lee-Lee said", "Lee-Lee")]
    for k in range(3000 + len(shadowed)):
        if k < len(shadowed):
            text, word = shadowed[k]
        else:
            text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60)))
            word = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 5)))
            if text and rng.random() < 0.6:
                start = rng.randrange(len(text))
                word = text[start : start + rng.randrange(1, 6)]
        within = {None: None, "ascii": _ascii_lower(text), "full": text.lower()}[lowered]
        if within is not None:
            word = word.lower()
        searched = _search(text if within is None else within, word, overlapping)
        monkeypatch.setattr(word_index, "LONG_TEXT", 10**9)
        assert list(word_index.found_at(text, word, overlapping, within)) == searched
        monkeypatch.setattr(word_index, "LONG_TEXT", 0)
        indexed = list(word_index.found_at(text, word, overlapping, within))
        if indexed != searched:
            assert indexed == [i for i in searched if _whole_word(text, i, len(word))], (text, word)


def test_lower_case_keeps_every_character_alphanumeric_or_not_and_one_character_but_one():
    """What the index's lower-case look-up (`role_holders`) relies on: a run of letters and digits
    lower-cased is a run of letters and digits at the same offsets, except after an "İ"."""
    longer, changed = [], []
    for code in range(0x110000):
        c = chr(code)
        low = c.lower()
        if len(low) != 1:
            longer.append(c)
        elif low.isalnum() != c.isalnum():
            changed.append(c)
    assert longer == ["\u0130"] and changed == []


class _Names:
    """A speaker memory that widens nothing: what the name look-ups ask of it."""

    def full_name(self, name: str) -> str:
        return {"Merkel": "Angela Merkel", "Rubio": "Marco Rubio"}.get(name, name)

    def is_person(self, name: str, titled: bool = False) -> bool:
        return name[:1].isupper() and name != "Officials"


def _both_ways(monkeypatch, ask):
    monkeypatch.setattr(word_index, "LONG_TEXT", 10**9)
    searched = ask()
    monkeypatch.setattr(word_index, "LONG_TEXT", 0)
    return searched, ask()


def test_every_name_look_up_answers_with_the_index_as_it_did_by_searching(monkeypatch):
    """Genders (a title, a "his"/"her" after the name), lone words (lower case, a place), role
    holders (after a role, in apposition, from titles): the same answers on random texts."""
    rng = random.Random(5)
    answers = set()
    for _ in range(400):
        text = _text(rng, rng.randrange(1, 80))
        for surname in ("Merkel", "Rubio", "Trump", "O'Brien", "É", "Merkel-Smith"):
            searched, indexed = _both_ways(monkeypatch, lambda: genders.pronoun_gender(text, surname))
            assert searched == indexed, (text, surname)
            answers.add(searched)
        for person in ("Angela Merkel", "Merkel", "Marco Rubio", "Donald Trump"):
            ask = lambda: genders.ArticleGenders(text)._titled(person, _Names())  # noqa: E731
            searched, indexed = _both_ways(monkeypatch, ask)
            assert searched == indexed, (text, person)
            answers.add(searched)
        for name in ("Officials", "Ankara", "Merkel", "Trump", "President"):
            for ask in (lone_names.thing_or_word, lone_names.used_as_place, lone_names.written_in_lower_case):
                searched, indexed = _both_ways(monkeypatch, lambda: ask(text, name))
                assert searched == indexed, (text, name, ask)
                answers.add(searched)
        for role in ("the president", "president", "President", "senator", "sen.", "the présiDent", "The President"):
            ask = lambda: RoleHolders(text)._holders_after(role, _Names())  # noqa: E731
            searched, indexed = _both_ways(monkeypatch, ask)
            assert searched == indexed, (text, role)
            answers.add(bool(searched))
    assert {None, "m", "f", "", True, False} <= answers  # the random texts reach every answer


def test_a_long_text_is_analysed_the_same_with_its_index(monkeypatch):
    """The whole pipeline, on articles naming people by title, pronoun, role and lone surname."""
    text = (
        "Merkel under pressure\n\nAngela Merkel said her government would act. Ms. Merkel met "
        "Emmanuel Macron in Paris. He said the talks went well, officials said. Sen. Marco Rubio, "
        "the Florida senator, said the deal was weak. The senator said Ankara had erred. "
        "US president Donald Trump said he disagreed. The president said Kremlin officials lied. "
        '"It is a disgrace," Trump said. Critics say Merkel is right.\n\n'
    )
    searched, indexed = _both_ways(monkeypatch, lambda: framing.analyze(text * 3).to_json())
    assert searched == indexed
    assert '"speaker": "Marco Rubio"' in indexed and '"speaker": "Donald Trump"' in indexed


# --- attributions found before (framing/range_reach.py, cue_patterns, mark_cues) ----------------


def test_ranges_hold_and_overlap_exactly_when_one_range_does():
    rng = random.Random(17)
    for _ in range(300):
        ranges = [(s, s + rng.randrange(0, 20)) for s in (rng.randrange(100) for _ in range(rng.randrange(0, 12)))]
        reach = RangeReach(ranges)
        for start in range(-2, 125):
            assert reach.holds(start) == any(s <= start < e for s, e in ranges), (ranges, start)
            end = start + rng.randrange(0, 8)
            assert reach.overlaps(start, end) == any(s < end and start < e for s, e in ranges), (ranges, start, end)


def test_a_candidate_is_covered_by_the_attributions_found_exactly_as_the_scan_said():
    """`_covered` over the attributions found before the stage and those it adds (`plus`)."""
    rng = random.Random(19)
    for _ in range(300):
        found = [_attribution(rng, 300) for _ in range(rng.randrange(0, 25))]
        extra = [_attribution(rng, 300) for _ in range(rng.randrange(0, 4))]
        out = [_attribution(rng, 300) for _ in range(rng.randrange(0, 3))]
        so_far = cue_patterns._Found(found).plus(extra)
        everything = found + extra + out
        for start in range(0, 310, 3):
            end = start + rng.randrange(1, 12)
            by_scan = any(
                (a.cue.start < end and start < a.cue.end)
                or (a.content is not None and a.content.start <= start < a.content.end)
                for a in everything
            )
            assert cue_patterns._covered(so_far.plus(out), start, end) == by_scan
            assert so_far.plus(out).cue_overlaps(start, end) == any(a.cue.start < end and start < a.cue.end for a in everything)


# --- a lone name's fuller form among the people named before (framing/person_memory.py) --------


def test_a_lone_name_takes_the_fuller_name_the_scan_through_every_person_found():
    """"Matthews" after "Chris Matthews" is Chris Matthews: looked up among the people whose last
    word it is, the latest before it, as the scan back through everyone named found."""
    rng = random.Random(23)
    names = ["Chris Matthews", "Matthews", "Kevin de León", "de León", "León", "Ana León", "Tim Matthews",
             "Matthews Chris", "Chris", "Van Matthews", "van Matthews", "Chris  Matthews"]
    for _ in range(150):
        memory, persons = PersonMemory("", frozenset()), []
        for _ in range(rng.randrange(1, 160)):  # past the 64 people from which they are kept by last word
            offset, name = rng.randrange(400), rng.choice(names)
            memory.note_person(offset, name)
            if " " not in name or name.split(None, 1)[0].lower() in NAME_PARTICLES:
                i = bisect.bisect_left(persons, (offset, ""))
                name = next((p for _, p in reversed(persons[:i]) if p.endswith(" " + name)), name)
            bisect.insort(persons, (offset, name))
            assert memory.persons == persons


def _named_elsewhere_by_search(text: str, token) -> bool:
    """The search `rules_vagueness._named_elsewhere` made before it asked the word index."""
    word = text[token.start : token.end]
    if not word.isalpha() or not word[:1].isupper() or word.isupper():
        return False
    for found in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text):
        if found.start() == token.start:
            continue
        j = found.start()
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        last = text[j - 1 : j]
        if last.islower() or last.isdigit() or last == "," or (last in "”\"’" and text[j - 2 : j - 1] == ","):
            return True
    return False


def test_a_capitalised_word_is_named_elsewhere_exactly_where_the_search_found_it(monkeypatch):
    """'Clinton critics' (rules_vagueness): whether the article writes the word as a name somewhere
    else, asked of the index of a long text, answers as the regex search over the whole text did."""
    from framing.models import Token
    from framing.rules_vagueness import _named_elsewhere

    rng = random.Random(11)
    answers = set()
    for _ in range(600):
        text = _text(rng, rng.randrange(1, 80))
        for m in re.finditer(r"\w+", text):
            token = Token(m.start(), m.end(), m.group().lower())
            expected = _named_elsewhere_by_search(text, token)
            searched, indexed = _both_ways(monkeypatch, lambda: _named_elsewhere(text, token))
            assert searched == indexed == expected, (text, m.group())
            answers.add(expected)
    assert answers == {True, False}
