from __future__ import annotations

from pathlib import Path

import pytest

from generator.corpus import load_corpus, parse_text

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "source_texts"
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
