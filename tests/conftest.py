"""Shared fixtures: the knowledge tables, the seeds, ../shared, and the --update-golden flag."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).parent / "fixtures"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite the golden files from the current output (review the diff!)")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def knowledge():
    from reportgen.knowledge import load_knowledge

    return load_knowledge()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared/data is not beside the project")
    return SHARED


@pytest.fixture(scope="session")
def seed_analyses(knowledge):
    from reportgen.analyze import analyze_article
    from reportgen.ingest import read_inputs

    articles, problems = read_inputs([SEEDS], knowledge)
    assert not problems
    return {a.id: analyze_article(a, knowledge) for a in articles}
