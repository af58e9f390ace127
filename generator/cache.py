"""A content-addressed cache for the expensive per-text work: parsing, segmentation, and
the parts of the output one text alone decides.

A rebuild after one text is added should cost that text, not the corpus. Each
entry is keyed by a hash of its inputs *and* of the generator's own code and
data files, so a changed rule can never serve a stale result, and a key says
nothing about the order or number of other texts. Entries are pickles under
``.cache/fazhi-atlas/`` (CI keeps the folder between runs); a missing or
unreadable entry is simply recomputed. Work done through the cache returns
exactly what it would without it, so cold and warm builds write the same bytes.

Besides these entries, one slot per kind of corpus-wide result keeps the last
build's value (the equivalents, see :mod:`generator.similarity`), from which
the next build works out what changed.

An entry's modification time is set whenever it is read or written, so after a
build of the whole corpus the entries it did not use (texts since changed or
removed, older generator code) can be pruned by age (:meth:`Cache.prune`).
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
_PACKAGE = Path(__file__).parent


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of every file of the generator package that can change a result."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".txt", ".yml", ".json"}:
            digest.update(path.relative_to(_PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def content_key(*parts: str | bytes) -> str:
    digest = hashlib.sha256(code_version().encode())
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


class Cache:
    """``cache.get_or_make(kind, key, make)``; ``Cache(None)`` caches nothing."""

    def __init__(self, directory: Path | None):
        self.directory = directory
        self.hits = 0
        self.misses = 0

    def get(self, kind: str, key: str):
        """The entry under ``key``, or None where there is none (counted as a hit or a miss)."""
        if self.directory is None:
            return None
        value = _read(self._entry(kind, key))
        if value is None:
            self.misses += 1
        else:
            self.hits += 1
        return value

    def absent(self, kind: str, keys: Sequence[str]) -> list[int]:
        """The positions of the keys with no entry, counted as misses (an entry that is there but
        does not read is counted when :meth:`get` finds out)."""
        if self.directory is None:
            return list(range(len(keys)))
        absent = [k for k, key in enumerate(keys) if not self._entry(kind, key).exists()]
        self.misses += len(absent)
        return absent

    def put(self, kind: str, key: str, value) -> None:
        self.put_pickled(kind, key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def put_pickled(self, kind: str, key: str, data: bytes) -> None:
        """Keep a value already pickled (with :data:`pickle.HIGHEST_PROTOCOL`)."""
        if self.directory is not None:
            _write_atomically(self._entry(kind, key), data)

    def get_or_make(self, kind: str, key: str, make: Callable[[], T]) -> T:
        value = self.get(kind, key)
        if value is None:
            value = make()
            self.put(kind, key, value)
        return value

    def prune(self, unused_since: float) -> int:
        """Remove the entries (and any half-written ones) not read or written since
        ``unused_since`` (a time.time() value); how many were removed. Only a build of the whole
        corpus may prune: a build of some texts would drop the others' entries."""
        if self.directory is None or not self.directory.exists():
            return 0
        removed = 0
        for path in self.directory.rglob("*"):
            if path.suffix in {".pickle", ".tmp"} and path.parent.name != "last" and _unused(path, unused_since):
                path.unlink(missing_ok=True)
                removed += 1
        return removed

    def read(self, kind: str, key: str):
        """The value last written for ``kind`` under ``key`` (see :meth:`write`), or None."""
        return _read(self._slot(kind, key)) if self.directory else None

    def write(self, kind: str, key: str, value) -> None:
        """Keep ``value`` for the next build: unlike :meth:`get_or_make`'s entries, this is one
        slot per kind of result, which each build replaces; ``key`` (the code version) keeps a
        changed generator from reading an old one's slot, and older slots are removed."""
        if self.directory is None:
            return
        slot = self._slot(kind, key)
        _write_atomically(slot, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        for stale in slot.parent.glob(f"{kind}-*.pickle"):
            if stale != slot:
                stale.unlink(missing_ok=True)

    def _entry(self, kind: str, key: str) -> Path:
        return self.directory / kind / key[:2] / f"{key}.pickle"

    def _slot(self, kind: str, key: str) -> Path:
        return self.directory / "last" / f"{kind}-{key}.pickle"


NO_CACHE = Cache(None)


def _read(path: Path):
    """A pickled entry, or None where it is missing or unreadable (it is then made again)."""
    try:
        with path.open("rb") as handle:
            value = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    _mark_used(path)
    return value


def _mark_used(path: Path) -> None:
    try:
        os.utime(path)
    except OSError:  # a read-only cache still serves its entries
        pass


def _unused(path: Path, since: float) -> bool:
    try:
        return path.stat().st_mtime < since
    except OSError:  # removed meanwhile by another build
        return False


def _write_atomically(path: Path, data: bytes) -> None:
    """Two builds sharing the cache never see half an entry."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    os.replace(temporary, path)
