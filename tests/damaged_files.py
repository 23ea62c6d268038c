"""Damaged copies of a document, for the tests that a reader refuses a broken file in one line and
never raises a traceback (a download broken off, a copy broken on a USB stick): shared by the
Word/OpenDocument and PDF readers' tests."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from framing.office_text import UnreadableDocument


def damaged_copies(data: bytes, *, seed: int, count: int, cut_share: float, most_flips: int, keep: int = 0) -> Iterator[bytes]:
    """`count` copies of `data`, each cut short after its first `keep` bytes (a `cut_share` of
    them) or with 1 to `most_flips` - 1 bytes flipped; the same copies for the same seed."""
    rng = random.Random(seed)
    for _ in range(count):
        damaged = bytearray(data)
        if rng.random() < cut_share:
            del damaged[rng.randrange(keep, len(damaged)):]
        else:
            for _ in range(rng.randrange(1, most_flips)):
                damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        yield bytes(damaged)


def read_or_refused(reader: Callable[[bytes], object], copies: Iterator[bytes], endings: tuple[str, ...]) -> set[str]:
    """What the reader did with the copies ("read", "refused"); each refusal is one line ending in
    one of `endings` (what to do instead), and anything else it raises fails the test."""
    outcomes = set()
    for damaged in copies:
        try:
            reader(damaged)
            outcomes.add("read")
        except UnreadableDocument as e:
            assert "\n" not in str(e) and str(e).endswith(endings), str(e)
            outcomes.add("refused")
    return outcomes
