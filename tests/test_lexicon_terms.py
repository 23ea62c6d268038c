"""framing/lexicon_terms.py: a term's tokens and the inflected forms the matcher looks for."""

from __future__ import annotations

import pytest

import framing.lexicon as lexicon
import framing.lexicon_files as lexicon_files
import framing.lexicon_terms as lexicon_terms
from framing.lexicon_terms import inflect, regular_inflections, term_tokens


@pytest.mark.parametrize(
    "term, tokens",
    [
        ("Pull the Strings", ("pull", "the", "strings")),
        ("anti-vaxxer", ("anti-vaxxer",)),
        ("U.S. puppet", ("u", "s", "puppet")),
        ("hard to estimate", ("hard", "to", "estimate")),
    ],
)
def test_term_tokens_are_the_tokens_an_article_gives(term: str, tokens: tuple[str, ...]) -> None:
    assert term_tokens(term) == tokens


@pytest.mark.parametrize(
    "word, forms",
    [
        ("slam", {"slam", "slams", "slamed", "slaming", "slammed", "slamming"}),  # both: "target" must not double
        ("cripple", {"cripple", "cripples", "crippled", "crippling"}),
        ("cry", {"cry", "cries", "cried", "crying"}),
        ("militant", {"militant", "militants", "militanted", "militanting"}),
        ("bash", {"bash", "bashes", "bashed", "bashing"}),
        ("anti-vaxxer", {"anti-vaxxer", "anti-vaxxers", "anti-vaxxered", "anti-vaxxering"}),
        ("a", {"a"}),
        ("9/11", {"9/11"}),
    ],
)
def test_regular_inflections(word: str, forms: set[str]) -> None:
    assert regular_inflections(word) == forms


def test_inflect_changes_the_first_and_the_last_word_only() -> None:
    forms = inflect(("pull", "the", "string"), {"pull": {"pulled"}})
    assert ("pulled", "the", "string") in forms
    assert ("pull", "the", "strings") in forms
    assert ("pulls", "the", "strings") not in forms  # one end at a time
    assert all(f[1] == "the" for f in forms)


@pytest.mark.parametrize(
    "name, module",
    [("term_tokens", lexicon_terms), ("inflect", lexicon_terms), ("regular_inflections", lexicon_terms),
     ("read_tsv", lexicon_files), ("Entry", lexicon_files), ("LexiconError", lexicon_files),
     ("packaged_dir", lexicon_files), ("lexicon_files", lexicon_files)],
)
def test_framing_lexicon_still_offers_the_names_it_was_split_into(name: str, module: object) -> None:
    assert getattr(lexicon, name) is getattr(module, name)
    assert name in lexicon.__all__
