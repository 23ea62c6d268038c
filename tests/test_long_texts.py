"""A long text (a dump of many articles in one file) is read in about n log n where it was read
cue by cue against every other cue: the indexes that replaced those scans must answer exactly as
the scans did.  Each index is checked against the plain scan it replaced on random layouts."""

import random

import framing
from framing import cue_patterns, weak_cues
from framing.models import Attribution, Range


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


def test_the_joined_contents_hold_an_offset_exactly_when_one_content_does():
    rng = random.Random(11)
    for _ in range(300):
        ranges = sorted((s, s + rng.randrange(0, 30)) for s in (rng.randrange(200) for _ in range(rng.randrange(0, 25))))
        starts, ends = weak_cues._merged(ranges)
        for offset in range(-1, 240):
            by_scan = any(s <= offset < e for s, e in ranges)
            k = max((j for j, s in enumerate(starts) if s <= offset), default=-1)
            assert (k >= 0 and offset < ends[k]) == by_scan, (ranges, offset)


def test_every_unnamed_source_of_a_long_text_is_found_in_every_paragraph():
    """Unnamed sources are looked for only near each source phrase: 200 paragraphs give 200."""
    paragraph = '"It is pathetic," a senior official said of the deal. Critics say the plan failed.\n\n'
    spans = framing.analyze("Talks collapse\n\n" + paragraph * 200).spans
    quotes = [s for s in spans if s.type == "quote"]
    unnamed = [s for s in spans if s.type == "anonymous_source"]
    assert len(quotes) == 200 and {s.speaker for s in quotes} == {"anonymous"}
    assert sorted(s.text for s in unnamed) == ["Critics"] * 200 + ["a senior official"] * 200
    assert [s.voice for s in spans if s.text == "pathetic"] == ["quoted"] * 200
