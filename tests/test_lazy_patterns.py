"""Patterns compiled on first use (framing/lazy_patterns.py): the same answers as `re.compile`,
compiled once, and not at `import framing`."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from framing.lazy_patterns import LazyPattern, compile_all, compile_lazily
from framing.name_words import capitalised


@pytest.mark.parametrize(
    "pattern, flags, method, args",
    [
        (r"(\w+) said", 0, "search", ("Officials said so",)),
        (r"(\w+) said", 0, "match", ("Officials said so", 0, 9)),
        (r"(?P<who>\w+) said", 0, "fullmatch", ("Putin said",)),
        (r"\b\w", 0, "findall", ("one two three",)),
        (r"a", re.IGNORECASE, "sub", ("x", "AbA")),
        (r"a", re.IGNORECASE, "subn", ("x", "AbA")),
        (r",\s*", 0, "split", ("a, b,c",)),
    ],
)
def test_answers_as_the_compiled_pattern_does(pattern, flags, method, args):
    lazy, compiled = compile_lazily(pattern, flags), re.compile(pattern, flags)
    got, want = getattr(lazy, method)(*args), getattr(compiled, method)(*args)
    if isinstance(want, re.Match):
        assert (got.span(), got.groups(), got.groupdict()) == (want.span(), want.groups(), want.groupdict())
    else:
        assert got == want


def test_finditer_and_the_pattern_attributes():
    lazy, compiled = compile_lazily(r"(?P<w>[a-z]+)", re.I), re.compile(r"(?P<w>[a-z]+)", re.I)
    assert [m.span() for m in lazy.finditer("Ab cD")] == [(0, 2), (3, 5)]
    assert (lazy.pattern, lazy.flags, lazy.groups, lazy.groupindex) == (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex)


def test_compiled_once_at_first_use_then_no_indirection():
    lazy = LazyPattern(r"\d+")
    assert "_compiled" not in vars(lazy) and lazy.pattern == r"\d+"  # the source needs no compile
    assert lazy.search("a 12").group() == "12"
    first = lazy.compiled()
    assert lazy.compiled() is first
    # Later calls find the compiled pattern's own method on the object, in one look-up.
    assert vars(lazy)["search"].__self__ is first and lazy.match.__self__ is first


def test_compile_all_compiles_every_lazy_pattern_made():
    made = [compile_lazily(r"x\d"), compile_lazily(r"y\d")]
    assert not any("_compiled" in vars(p) for p in made)
    assert compile_all() >= 2
    assert all("_compiled" in vars(p) for p in made) and made[1].search("ay7").group() == "y7"


def test_an_attribute_a_pattern_lacks_still_raises():
    with pytest.raises(AttributeError):
        compile_lazily("a").no_such_method  # noqa: B018


@pytest.mark.parametrize("name", ["Élisabeth", "Ángel", "Łukasz", "Zelensky"])
def test_capitalised_still_widens_A_Z_to_accented_capitals(name):
    assert capitalised(r"[A-Z][a-zé]+|[A-Z]\w+").fullmatch(name) is not None


def test_import_framing_compiles_none_of_the_name_or_boilerplate_patterns():
    """`import framing` and `framing --help` had compiled ~40 of them (~40 ms): now none until an
    article is read."""
    code = (
        "import framing, framing.cli\n"
        "from framing import boilerplate, clean, lone_names, name_runs, name_words, quotes, role_holders\n"
        "lazy = [name_words.NAME_PART_RE, name_runs._RUN_RE, clean._ANY_RULE, lone_names._LONE_NAME_RE, quotes._NAME_RUN_RE,\n"
        "        role_holders._NAME_BEFORE_RE, *(r.pattern for r in boilerplate.RULES)]\n"
        "print(sum('_compiled' in vars(p) for p in lazy), len(lazy))\n"
        "framing.analyze('Officials said the plan failed.')\n"
        "print(sum('_compiled' in vars(p) for p in lazy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    before, total, after = (int(x) for x in done.stdout.split())
    assert (before, total > 20) == (0, True)
    assert after > 0  # an analysis compiles the ones it uses

