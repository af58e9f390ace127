"""jieba tokenizers for the stages that segment text: cleaning (mojibake runs), metadata
(telling place names from clauses) and linking.

Segmentation is most of a cold build's work. Where the ``jieba-fast-dat`` wheel
is installed (Linux x86-64 and macOS arm64; ``pyproject.toml`` asks for it
there), its C++ implementation of jieba's algorithm runs with jieba's own
dictionary: the same tokens, about ten times faster (``tests/test_segment.py``
compares both on every seed task). Elsewhere jieba itself runs, with the same
results, only slower.
"""
from __future__ import annotations

import hashlib
import re
import tempfile
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

import jieba

_DICTIONARY = Path(jieba.__file__).parent / "dict.txt"


def tokenizer(fast: bool = True):
    """A fresh, initialised tokenizer with jieba's stock dictionary (``fast=False``: jieba's own
    implementation even where the faster one is installed)."""
    if fast:
        try:
            return _fast_tokenizer()
        except ImportError:
            pass
    made = jieba.Tokenizer()
    made.initialize()
    return made


@lru_cache(maxsize=1)
def stock_tokenizer():
    """One shared tokenizer with jieba's stock dictionary only, for the stages that must never
    see the words linking adds (see ``generator.link._segmenter``)."""
    return tokenizer()


# jieba's tags of the words that open a clause: verbs (推进), adjectives (落实 is tagged one), prepositions
# (按照), conjunctions and adverbs; not nouns, place words, abbreviations or pronouns (某某 of 某某县).
CLAUSE_TAGS = ("v", "a", "p", "c", "d")
# jieba's dictionary frequency from which a word is common (统筹 470, 呈贡 2): the clause words of plans are.
COMMON_WORD = 100


@lru_cache(maxsize=4)
def common_words(tags: tuple[str, ...], min_frequency: int = COMMON_WORD) -> frozenset[str]:
    """The words of two or more characters that jieba's dictionary tags with one of ``tags`` (some of
    :data:`CLAUSE_TAGS`; ``("v",)``: verbs, vn, vd …) and counts at least ``min_frequency`` times."""
    return frozenset(word for word, tag in _clause_words(min_frequency).items() if tag.startswith(tags))


@lru_cache(maxsize=1)
def _clause_words(min_frequency: int) -> dict[str, str]:
    """The words of :data:`CLAUSE_TAGS` counted at least ``min_frequency`` times, with their tags, read
    from the dictionary once for every table made of them: ``jieba.posseg`` would give the same answer
    but loads a second copy of the dictionary, which took half a second in every worker that parses a
    text; and only the lines of those tags are made into strings, a tenth of the dictionary's."""
    tagged = re.compile(rf"^(\S{{2,}}) (\d+) ((?:{'|'.join(CLAUSE_TAGS)})\S*)$", re.MULTILINE)
    return {word: tag for word, frequency, tag in tagged.findall(_DICTIONARY.read_text(encoding="utf-8"))
            if int(frequency) >= min_frequency}


def _fast_tokenizer():
    """jieba-fast-dat writes its compiled dictionary to a cache file in place, not atomically, so
    a process starting while another writes it could load half a dictionary (and cut text
    differently). The build's workers start together, so they use a cache file of their own
    (named after the dictionary and the library's version) under a lock: shared to load a
    finished file, exclusive to compile and write it."""
    import fcntl

    import jieba_fast_dat

    made = jieba_fast_dat.Tokenizer(str(_DICTIONARY))
    stat = _DICTIONARY.stat()
    identity = f"{_DICTIONARY}\x1f{stat.st_size}\x1f{stat.st_mtime_ns}\x1f{version('jieba-fast-dat')}"
    name = hashlib.sha256(identity.encode()).hexdigest()[:16]
    cache = Path(tempfile.gettempdir()) / f"fazhi-atlas-jieba-{name}.dat"
    made.cache_file = str(cache)
    with open(f"{cache}.lock", "w") as lock:
        # A process that finds the file waits for its writer, if any, then loads it whole.
        fcntl.flock(lock, fcntl.LOCK_SH if cache.exists() else fcntl.LOCK_EX)
        made.initialize()
    return made
