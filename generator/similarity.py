"""Stage 5, second pass: equivalent tasks, scored so that a rebuild re-scores only what changed.

Tasks become TF-IDF vectors of their jieba tokens; a pair's score is the
cosine plus a bonus when both tasks are about the same measure
(:func:`pair_scores`). Each task keeps its :data:`MAX_EQUIVALENTS` best tasks
of other plans scoring at least :data:`LINK_MIN`, ties broken by task id.
Similarities come from a sparse product over the vocabulary in row blocks, so
the cost grows with the number of tasks, not with its square.

**Weights that do not move.** IDF comes from a table of document frequencies,
``term_weights.json``, committed beside ``topics.yml`` and refreshed on
purpose (``python -m generator weights --update``), as ``anchors.json`` is.
A task's vector then depends on that task alone and a pair's score on the pair
alone, so a build can start from the last build's results
(:class:`Equivalents`): adding a text scores its tasks against the corpus and
merges their scores into the other tasks' lists; only a task whose list held
a task of a removed or changed text is scored again in full. The result is
exactly a cold build's, bit for bit (vectors are built in token order and
normalised with ``math.fsum``, so a score never depends on which other tasks
were in the matrix). Without a table the corpus's own frequencies are used:
then any added text can move every score, and every task is scored again.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np
from scipy import sparse

from .cache import content_key
from .model import Diagnostic, ProjectFileError
from .parallel import map_in_workers

PRIMARY_TOPIC_BONUS = 0.5
TOPIC_BONUS = 0.1
LINK_MIN = 0.35
MAX_EQUIVALENTS = 30
_BLOCK = 512
# Boilerplate by document frequency: tokens in more than max(_DF_FLOOR, _DF_SHARE × tasks) tasks.
_DF_FLOOR = 500
_DF_SHARE = 0.01


# --- weights ------------------------------------------------------------------------
@dataclass(frozen=True)
class Weights:
    """In how many of ``tasks`` tasks each token occurs: the source of every IDF."""

    tasks: int
    frequency: dict[str, int]

    @classmethod
    def of(cls, bags: list[dict[str, float]]) -> Weights:
        return cls(len(bags), dict(sorted(Counter(token for bag in bags for token in bag).items())))

    def idf(self, token: str) -> float:
        """A token the table has never seen counts as the rarest."""
        return math.log((self.tasks + 1) / (self.frequency.get(token, 0) + 1)) + 1.0

    def informative(self, token: str) -> bool:
        """False for boilerplate: a token in more than max(:data:`_DF_FLOOR`, :data:`_DF_SHARE` ×
        tasks) tasks says little about which measure a task is (its IDF is low anyway) but would
        make almost every pair a candidate; leaving it out keeps the product sparse. The floor
        keeps every token of a corpus of a few hundred plans."""
        return self.frequency.get(token, 0) <= max(_DF_FLOOR, int(_DF_SHARE * self.tasks))

    def dumps(self) -> str:
        return json.dumps({"tasks": self.tasks, "document_frequency": self.frequency},
                          ensure_ascii=False, indent=0, sort_keys=True) + "\n"

    @cached_property
    def digest(self) -> str:
        return content_key(self.dumps())


def load_weights(path: Path) -> Weights | None:
    """The committed table, or None where there is none."""
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ProjectFileError.of_json(path.name, error, "python -m generator weights --update") from None
    return Weights(int(data["tasks"]), {str(t): int(df) for t, df in data["document_frequency"].items()})


def stale_weights(weights: Weights, task_count: int, source: str) -> tuple[Diagnostic, ...]:
    """A warning when the table was made from a corpus of a very different size: its IDF and its
    boilerplate cut (which keeps linking fast at scale) then fit the corpus poorly."""
    if weights.tasks / 2 <= task_count <= weights.tasks * 2:
        return ()
    return (Diagnostic(source, None, "warning", f"the IDF table counts {weights.tasks} tasks, the corpus has {task_count}",
                       "run `python -m generator weights --update` and commit the file (links may change once)"),)


def _vectors(bags: list[dict[str, float]], weights: Weights) -> sparse.csr_matrix:
    """Unit TF-IDF rows, each built from its own bag only, in token order (see the module's
    docstring for why a score must not depend on the other rows)."""
    informative = sorted(token for token in set().union(*bags) if weights.informative(token))
    column_and_idf = {token: (k, weights.idf(token)) for k, token in enumerate(informative)}
    indptr, indices, values = [0], [], []
    for bag in bags:
        entries = sorted((column_and_idf[t][0], (1.0 + math.log(w)) * column_and_idf[t][1])
                         for t, w in bag.items() if t in column_and_idf)
        norm = math.sqrt(math.fsum(value * value for _, value in entries)) or 1.0
        indices.extend(column for column, _ in entries)
        values.extend(value / norm for _, value in entries)
        indptr.append(len(indices))
    return sparse.csr_matrix((np.array(values, dtype=np.float64), np.array(indices, dtype=np.int64),
                              np.array(indptr, dtype=np.int64)), shape=(len(bags), len(informative)))


# --- scoring --------------------------------------------------------------------------
@dataclass(frozen=True)
class _TaskArrays:
    """Per-task arrays for scoring many pairs at once."""

    plan: np.ndarray       # plan number
    primary: np.ndarray    # first topic's number, -1 if none
    topics: np.ndarray     # topic membership bitsets, one uint64 word per 64 topics
    order: np.ndarray      # rank of the task id, to break score ties stably


def _task_arrays(identifiers: list[str], plans: list[str], task_topics: dict[str, tuple[str, ...]]
                 ) -> _TaskArrays:
    plan_numbers = {slug: k for k, slug in enumerate(sorted(set(plans)))}
    topic_numbers = {slug: k for k, slug in enumerate(sorted({s for ts in task_topics.values() for s in ts}))}
    words = max(1, -(-len(topic_numbers) // 64))
    bits = np.zeros((len(identifiers), words), dtype=np.uint64)
    primary = np.full(len(identifiers), -1, dtype=np.int64)
    for row, identifier in enumerate(identifiers):
        topics = task_topics.get(identifier, ())
        if topics:
            primary[row] = topic_numbers[topics[0]]
        for slug in topics:
            number = topic_numbers[slug]
            bits[row, number // 64] |= np.uint64(1 << (number % 64))
    order = np.empty(len(identifiers), dtype=np.int64)
    order[np.argsort(np.array(identifiers, dtype=object), kind="stable")] = np.arange(len(identifiers))
    return _TaskArrays(np.array([plan_numbers[slug] for slug in plans], dtype=np.int64), primary, bits, order)


def pair_scores(similarity: np.ndarray, a: np.ndarray, b: np.ndarray, features: _TaskArrays) -> np.ndarray:
    """Text cosine, raised when two tasks are about the same measure.

    Sharing the *primary* topic (the measure a task is mainly about) is
    strong evidence (:data:`PRIMARY_TOPIC_BONUS`); sharing a secondary one is
    weaker (:data:`TOPIC_BONUS`).
    """
    same_primary = (features.primary[a] == features.primary[b]) & (features.primary[a] >= 0)
    shared = (features.topics[a] & features.topics[b]).any(axis=1)
    return similarity + np.where(same_primary, PRIMARY_TOPIC_BONUS, np.where(shared, TOPIC_BONUS, 0.0))


_Pairs = tuple[np.ndarray, np.ndarray, np.ndarray]  # rows, columns, scores


def _best_per_row(rows: np.ndarray, cols: np.ndarray, scores: np.ndarray, order: np.ndarray) -> _Pairs:
    """Each row's :data:`MAX_EQUIVALENTS` best columns, by score then task id."""
    rows, cols, scores = _near_the_top(rows, cols, scores)
    ranked = np.lexsort((order[cols], -scores, rows))
    rows, cols, scores = rows[ranked], cols[ranked], scores[ranked]
    starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
    position = np.arange(len(rows)) - np.repeat(starts, np.diff(np.r_[starts, len(rows)]))
    keep = position < MAX_EQUIVALENTS
    return rows[keep], cols[keep], scores[keep]


def _near_the_top(rows: np.ndarray, cols: np.ndarray, scores: np.ndarray) -> _Pairs:
    """The pairs scoring at least (nearly) their row's :data:`MAX_EQUIVALENTS`-th best: a superset
    of each row's best, found with one sort of a single float key, so that the exact three-key
    ordering only sees a few pairs per row (near-copies of a text can give a task thousands)."""
    if not len(rows):
        return rows, cols, scores
    local = rows - rows.min()
    ranked = np.argsort(local * 8.0 - scores)  # rows ascending, then scores descending; scores < 2
    ordered_rows = rows[ranked]
    starts = np.flatnonzero(np.r_[True, ordered_rows[1:] != ordered_rows[:-1]])
    sizes = np.diff(np.r_[starts, len(rows)])
    cut_position = starts + np.minimum(sizes, MAX_EQUIVALENTS) - 1
    # The float key rounds scores that differ by less than ~1e-9; the margin keeps every tie.
    threshold = np.repeat(scores[ranked][cut_position] - 1e-6, sizes)
    keep = ranked[scores[ranked] >= threshold]
    return rows[keep], cols[keep], scores[keep]


def _linked_pairs(matrix: sparse.csr_matrix, transposed: sparse.csr_matrix, block: np.ndarray,
                  features: _TaskArrays) -> _Pairs:
    """Every pair of a task in ``block`` with a task of another plan that scores at least :data:`LINK_MIN`."""
    product = (matrix[block] @ transposed).tocoo()
    rows, cols = block[product.row], product.col.astype(np.int64)
    other_plan = features.plan[rows] != features.plan[cols]
    rows, cols, similarity = rows[other_plan], cols[other_plan], product.data[other_plan]
    scores = pair_scores(similarity, rows, cols, features)
    linked = scores >= LINK_MIN
    return rows[linked], cols[linked], scores[linked]


# --- incremental ------------------------------------------------------------------------
@dataclass(frozen=True)
class Equivalents:
    """Every task's best equivalents, as arrays over ``identifiers``: what a build keeps for the next.

    ``plan_keys`` holds, per task, the content key of everything its plan
    brings to scoring (tokens, topics); ``rescored`` says how many tasks were
    scored against the whole corpus in the build that made this (the others
    kept their list and merged in the new texts' scores).
    """

    weights: str
    identifiers: tuple[str, ...]
    plan_keys: tuple[str, ...]
    rows: np.ndarray
    cols: np.ndarray
    scores: np.ndarray
    rescored: int

    def as_dict(self) -> dict[str, tuple[tuple[str, float], ...]]:
        """``{task id: ((other task id, score rounded to 3 places), …)}``, best first, ids sorted."""
        result: dict[str, tuple[tuple[str, float], ...]] = {}
        if not len(self.rows):
            return result
        bounds = np.flatnonzero(np.r_[True, self.rows[1:] != self.rows[:-1], True]).tolist()
        others = [self.identifiers[col] for col in self.cols.tolist()]
        rounded = _rounded(self.scores, 3)
        for first, stop in zip(bounds[:-1], bounds[1:]):
            result[self.identifiers[self.rows[first]]] = tuple(zip(others[first:stop], rounded[first:stop]))
        return dict(sorted(result.items()))


def _rounded(values: np.ndarray, places: int) -> list[float]:
    """``[round(value, places) for value in values]``, exactly, without a Python call per value
    (a million pairs at 1,000 plans). Scaling may misplace a value that lies within rounding error
    of a halfway point; those few are rounded by Python itself."""
    scaled = values * 10.0**places
    rounded = (np.rint(scaled) / 10.0**places).tolist()
    for k in np.flatnonzero(np.abs(scaled - np.floor(scaled) - 0.5) < 1e-6).tolist():
        rounded[k] = round(float(values[k]), places)
    return rounded


def find_equivalents(identifiers: list[str], plans: list[str], plan_keys: list[str], bags: list[dict[str, float]],
                     task_topics: dict[str, tuple[str, ...]], weights: Weights,
                     previous: Equivalents | None = None) -> Equivalents:
    """Each task's best equivalents; from ``previous`` (the last build's), only what changed is scored."""
    features = _task_arrays(identifiers, plans, task_topics)
    matrix = _vectors(bags, weights)
    transposed = matrix.T.tocsr()
    kept, rescore, added = _reusable(previous, identifiers, plan_keys, weights)
    rescored = np.flatnonzero(rescore)
    blocks = [rescored[start:start + _BLOCK] for start in range(0, len(rescored), _BLOCK)]
    scored = map_in_workers(_scored_block, blocks, shared=(matrix, transposed, features, rescore, added))
    fresh, mirrored = [best for best, _ in scored], [reached for _, reached in scored]
    rows, cols, scores = _concatenate([*fresh, *_merged(kept, mirrored, features.order)])
    by_row = np.argsort(rows, kind="stable")  # each row's list comes whole from one part, best first
    rows, cols, scores = rows[by_row], cols[by_row], scores[by_row]
    return Equivalents(weights.digest, tuple(identifiers), tuple(plan_keys), rows, cols, scores, len(rescored))


def _scored_block(matrix: sparse.csr_matrix, transposed: sparse.csr_matrix, features: _TaskArrays,
                  rescore: np.ndarray, added: np.ndarray, block: np.ndarray) -> tuple[_Pairs, _Pairs]:
    """The best pairs of the tasks in ``block``, and the pairs in which a new task reaches a task
    whose list was kept (it may now be among that task's best). Blocks are independent, and
    scored on every core."""
    rows, cols, scores = _linked_pairs(matrix, transposed, block, features)
    taken = added[rows] & ~rescore[cols]
    return _best_per_row(rows, cols, scores, features.order), (cols[taken], rows[taken], scores[taken])


def _concatenate(parts: list[_Pairs]) -> _Pairs:
    """One (rows, columns, scores) of many; of none, empty arrays."""
    if not parts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    rows, cols, scores = (np.concatenate(arrays) for arrays in zip(*parts))
    return rows, cols, scores


def _merged(kept: _Pairs, mirrored: list[_Pairs], order: np.ndarray) -> list[_Pairs]:
    """The kept lists, with the new tasks' pairs merged into the lists they reach."""
    rows, cols, scores = kept
    reached = np.isin(rows, _concatenate(mirrored)[0])
    untouched = (rows[~reached], cols[~reached], scores[~reached])
    return [untouched, _best_per_row(*_concatenate([(rows[reached], cols[reached], scores[reached]), *mirrored]), order)]


def _reusable(previous: Equivalents | None, identifiers: list[str], plan_keys: list[str], weights: Weights
              ) -> tuple[_Pairs, np.ndarray, np.ndarray]:
    """What the last build's lists still give: (kept pairs in today's numbering, rows to score
    in full, rows of texts that are new).

    A list stays right when none of its tasks has gone: a task outside it
    ranked below its last entry and still does. A list that lost a task is
    scored again in full, as is every task of a new or changed text.
    """
    if previous is None or previous.weights != weights.digest:
        everything = np.ones(len(identifiers), dtype=bool)
        return _concatenate([]), everything, everything
    current_keys, previous_keys = set(plan_keys), set(previous.plan_keys)
    added = np.array([key not in previous_keys for key in plan_keys], dtype=bool)
    index = {identifier: row for row, identifier in enumerate(identifiers)}
    renumbered = np.array([index.get(identifier, -1) if key in current_keys else -1
                           for identifier, key in zip(previous.identifiers, previous.plan_keys)], dtype=np.int64)
    gone = renumbered < 0
    broken = np.zeros(len(previous.identifiers), dtype=bool)
    broken[previous.rows[gone[previous.cols]]] = True
    rescore = added.copy()
    rescore[renumbered[~gone & broken]] = True
    keep = ~gone[previous.rows] & ~broken[previous.rows]
    kept = (renumbered[previous.rows[keep]], renumbered[previous.cols[keep]], previous.scores[keep])
    return kept, rescore, added
