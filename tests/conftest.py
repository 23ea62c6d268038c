"""Fixtures shared by the test modules: where the seeds and the shared datasets are."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data beside the checkout; tests that need it skip cleanly when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present beside this checkout")
    return SHARED_DATA


@pytest.fixture(scope="session")
def seed_analyses():
    """The two seed articles analysed once, by id: 'independent-putin-no-show', 'ogmnews-putin-skips-talks'."""
    import framing

    return {a.article.id: a for a in framing.analyze_corpus([SEEDS])}
