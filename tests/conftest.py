from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

from generator.corpus import Corpus, load_corpus, parse_text
from generator.link import link, load_topics
from generator.render import plan_path, render_site

# Property tests draw the same examples on every run, so a red run is the code's doing and never the
# draw's; `pytest --hypothesis-profile default` draws afresh to look for new failures.
settings.register_profile("fixed", derandomize=True, database=None)
settings.load_profile("fixed")

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "source_texts"
# A small plan of the genre, with a covering notice, for tests that add a text of their own.
SMALL_PLAN = """某某市人民政府关于印发某某市法治政府建设实施方案的通知
某府发〔2023〕5号
2023年1月5日
某某市法治政府建设实施方案
一、健全政府机构职能体系
1.全面推行权责清单制度。编制权责清单并动态调整。(市司法局牵头,各区县政府负责)
2.加强行政复议工作。提高行政复议办案质量。(市司法局牵头)
"""


def plan_page(corpus: Corpus, slug: str) -> str:
    """A plan's page as the site's build renders it, linked with the corpus's other plans (no earlier ids)."""
    return render_site(corpus, link(corpus.plans, load_topics(ROOT / "topics.yml")))[plan_path(slug)]


SEEDS = {
    "chengdu": "000_6fb7fc662887b81d.txt",
    "zhongkai": "001_a71f8cb072e3e6a7.txt",
    "yunnan": "002_5fea2d04d65385ef.txt",
    "tongchuan": "003_426eb988c53443db.txt",
    "miyun": "004_cc94ab4884ef54dc.txt",
}


@pytest.fixture(scope="session")
def seeds():
    """The five seed plans, parsed once: ``seeds['chengdu']`` is a Plan."""
    return {name: parse_text((SOURCES / file).read_bytes(), file) for name, file in SEEDS.items()}


@pytest.fixture(scope="session")
def corpus():
    return load_corpus(SOURCES)


def pytest_addoption(parser):
    parser.addoption("--update-goldens", action="store_true", help="rewrite tests/golden/* from current output")


@pytest.fixture
def update_goldens(request):
    return request.config.getoption("--update-goldens")


def seed_sources(folder: Path) -> Path:
    """``folder/source_texts`` holding a copy of the five seed texts."""
    import shutil

    sources = folder / "source_texts"
    sources.mkdir()
    for file in SEEDS.values():
        shutil.copy(SOURCES / file, sources / file)
    return sources


def make_site_project(tmp_path: Path, texts: dict[str, bytes] | None = None, with_seeds: bool = True) -> Path:
    """A copy of the project's site inputs in ``tmp_path``, optionally with extra texts."""
    import shutil

    project = tmp_path / "project"
    project.mkdir()
    for name in ("mkdocs.yml", "topics.yml"):
        shutil.copy(ROOT / name, project / name)
    for folder in ("docs", "theme_overrides", "generator/data"):
        shutil.copytree(ROOT / folder, project / folder)
    if with_seeds:
        sources = seed_sources(project)
    else:
        sources = project / "source_texts"
        sources.mkdir()
    for name, data in (texts or {}).items():
        (sources / name).write_bytes(data)
    return project


def mkdocs_build(project: Path, *args: str):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", *args], cwd=project,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory):
    """The five seeds built once with ``mkdocs build --strict``: the ``site/`` directory."""
    project = make_site_project(tmp_path_factory.mktemp("seed-build"))
    result = mkdocs_build(project, "--strict")
    assert result.returncode == 0, result.stderr
    return project / "site"
