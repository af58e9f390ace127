"""Per-text work on every core: parsing and segmentation are independent per text.

Workers are forked, so each inherits the loaded code and starts without
re-importing; jieba's dictionary is then loaded at most once per worker (see
``generator.link._segmenter``). Results come back in input order, so output
does not depend on scheduling. Small batches stay in this process, where a
pool would cost more than it saves. With a cache (:func:`map_cached`), only
the work not done before goes to the pool.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Sequence, TypeVar

from .cache import Cache

T = TypeVar("T")
R = TypeVar("R")
MIN_ITEMS_FOR_POOL = 24


def worker_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def map_in_workers(function: Callable[..., R], items: Iterable[T], shared: tuple = ()) -> list[R]:
    """``function(*shared, item)`` for each item, in order. ``shared`` holds large read-only
    arguments (arrays): the forked workers inherit them, where arguments of their own would be
    pickled again with every batch of items."""
    items = list(items)
    workers = min(worker_count(), len(items))
    if workers < 2 or len(items) < MIN_ITEMS_FOR_POOL or "fork" not in multiprocessing.get_all_start_methods():
        return [function(*shared, item) for item in items]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_share, initargs=shared) as pool:
        return list(pool.map(partial(_with_shared, function), items, chunksize=max(1, len(items) // (workers * 8))))


# What a worker inherited for ``map_in_workers``'s ``shared``: each worker serves one call only.
_shared: tuple = ()


def _share(*shared) -> None:
    global _shared
    _shared = shared


def _with_shared(function: Callable[..., R], item) -> R:
    return function(*_shared, item)


def map_cached(function: Callable[[T], R], items: Sequence[T], keys: Sequence[str], cache: Cache, kind: str
               ) -> list[R]:
    """``map_in_workers(function, items)`` through ``cache``, where ``keys[k]`` is the content key of
    ``items[k]``. Entries found are read here: a worker would unpickle one, pickle it again to send
    it back, and this process unpickle it a second time. Only the missing ones go to the pool,
    which keeps what it makes."""
    results = [cache.get(kind, key) for key in keys]
    missing = [k for k, value in enumerate(results) if value is None]
    keep = partial(_made_and_kept, function=function, directory=cache.directory, kind=kind)
    for k, value in zip(missing, map_in_workers(keep, [(keys[k], items[k]) for k in missing])):
        results[k] = value
    return results


def _made_and_kept(keyed: tuple[str, T], function: Callable[[T], R], directory: Path | None, kind: str) -> R:
    key, item = keyed
    value = function(item)
    Cache(directory).put(kind, key, value)
    return value
