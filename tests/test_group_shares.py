"""A share of a group opening a source phrase (framing/group_shares.py): each row is a phrase and
whether it is one ("72 percent of Democrats" speaks as written)."""

from __future__ import annotations

import pytest

from framing.group_shares import _SHARE_RE, share_of_a_group


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("72 percent of Democrats", True),
        ("A 69% majority of Republicans", True),
        ("Six in 10 voters", True),
        ("one in ten", True),
        ("More than half of respondents", True),
        ("Only a quarter of Americans", True),
        ("seventy per cent", True),
        ("the spokeswoman", False),  # (no "%", "per", "of", nor "in" with a number: told without the pattern)
        ("Foreign Minister Sergey Lavrov", False),
        ("Maria Zakharova", False),
        ("six in every household", False),
        ("Ｓix in 10", False),  # not ASCII: the pattern decides
    ],
)
def test_share_of_a_group(phrase: str, expected: bool) -> None:
    """A share of a group speaks as written; the substring tests before the pattern must give
    the pattern's own answer."""
    assert share_of_a_group(phrase) is expected
    assert (_SHARE_RE.match(phrase) is not None) is expected
