"""jieba tokenizers for the stages that segment text: cleaning (mojibake runs) and linking.

Segmentation is most of a cold build's work. Where the ``jieba-fast-dat`` wheel
is installed (Linux x86-64 and macOS arm64; ``pyproject.toml`` asks for it
there), its C++ implementation of jieba's algorithm runs with jieba's own
dictionary: the same tokens, about ten times faster (``tests/test_segment.py``
compares both on every seed task). Elsewhere jieba itself runs, with the same
results, only slower.
"""
from __future__ import annotations

from pathlib import Path

import jieba


def tokenizer(fast: bool = True):
    """A fresh, initialised tokenizer with jieba's stock dictionary (``fast=False``: jieba's own
    implementation even where the faster one is installed)."""
    made = jieba.Tokenizer()
    if fast:
        try:
            import jieba_fast_dat
        except ImportError:
            pass
        else:
            made = jieba_fast_dat.Tokenizer(str(Path(jieba.__file__).parent / "dict.txt"))
    made.initialize()
    return made
