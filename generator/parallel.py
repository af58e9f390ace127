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
import pickle
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

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
    with _mapping(function, list(items), shared) as results:
        return list(results())


@contextmanager
def _mapping(function: Callable[..., R], items: list[T], shared: tuple = (), alongside: bool = False
             ) -> Iterator[Callable[[], Iterator[R]]]:
    """Starts ``function(*shared, item)`` for each item in worker processes and yields a call that
    gives the results in order, each as soon as it is done, so this process can do other work
    meanwhile (``alongside``) and use each result while the workers make the next ones. A small
    batch with nothing to overlap runs in this process when its results are asked for."""
    workers = min(worker_count(), len(items))
    pooled = worker_count() >= 2 and bool(items) and (len(items) >= MIN_ITEMS_FOR_POOL or alongside)
    if not pooled or "fork" not in multiprocessing.get_all_start_methods():
        yield lambda: (function(*shared, item) for item in items)
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_share, initargs=shared) as pool:
        started = pool.map(partial(_with_shared, function), items, chunksize=max(1, len(items) // (workers * 8)))
        yield lambda: started


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
    ``items[k]``. The missing ones go to the workers first, which keep what they make; meanwhile
    this process reads the entries found (a rebuild after one added text parses it while reading
    the thousand others). Entries are read here, not in a worker, which would unpickle one, pickle
    it again to send it back, and leave this process to unpickle it a second time."""
    missing = cache.absent(kind, keys)
    keep = partial(_made_and_kept, function=function, directory=cache.directory, kind=kind)
    with _mapping(keep, [(keys[k], items[k]) for k in missing], alongside=len(missing) < len(keys)) as made:
        absent = set(missing)
        results = [None if k in absent else cache.get(kind, key) for k, key in enumerate(keys)]
        for k, pickled in zip(missing, made()):
            results[k] = pickle.loads(pickled)
    # An entry that was there but did not read (half-written, or from another Python) is made again.
    return [pickle.loads(keep((key, item))) if value is None else value
            for key, item, value in zip(keys, items, results)]


def _made_and_kept(keyed: tuple[str, T], function: Callable[[T], R], directory: Path | None, kind: str) -> bytes:
    """What ``function`` makes of an item, kept in the cache and returned as the cache holds it,
    pickled: the pool would pickle the value again to send it back (a value of a plan takes a
    millisecond to pickle; the bytes, nothing)."""
    key, item = keyed
    pickled = pickle.dumps(function(item), protocol=pickle.HIGHEST_PROTOCOL)
    Cache(directory).put_pickled(kind, key, pickled)
    return pickled
