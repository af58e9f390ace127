"""Per-text work on every core: parsing and segmentation are independent per text.

Workers are forked, so each inherits the loaded code and starts without
re-importing; jieba's dictionary is then loaded at most once per worker (see
``generator.link._segmenter``). Results come back in input order, so output
does not depend on scheduling. Small batches stay in this process, where a
pool would cost more than it saves.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
R = TypeVar("R")
MIN_ITEMS_FOR_POOL = 24


def worker_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def map_in_workers(function: Callable[[T], R], items: Iterable[T]) -> list[R]:
    items = list(items)
    workers = min(worker_count(), len(items))
    if workers < 2 or len(items) < MIN_ITEMS_FOR_POOL or "fork" not in multiprocessing.get_all_start_methods():
        return [function(item) for item in items]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(function, items, chunksize=max(1, len(items) // (workers * 8))))
