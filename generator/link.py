"""Stage 5: tasks of different plans that commit to the same measure.

Two passes over the simplified text of every task (heading and body; the
responsibility note and the numbering are left out):

* **Topics.** Each topic of ``topics.yml`` scores a task by its key terms
  (a term in the heading counts double). A task takes the topics that score
  at least :data:`TOPIC_MIN` and at least half of its best topic; a task
  that reaches no topic stays unassigned. Pins in ``topic_pins.yml`` win.
* **Equivalents.** Tasks become TF-IDF vectors of jieba tokens (the topic
  terms are a user dictionary so 行政复议 stays one token; boilerplate verbs
  such as 加强/健全/推进 are dropped, and IDF makes what every plan says count
  little). Heading tokens count double. The pair score is the cosine plus
  :data:`PRIMARY_TOPIC_BONUS` when both tasks are mainly about the same
  measure (same first topic) or :data:`TOPIC_BONUS` when they share another
  topic. Tasks of two plans are linked when the score reaches
  :data:`LINK_MIN`: same measure, or very similar wording (cosine ≥ 0.35)
  even where the taxonomy has no topic for it. Each task keeps its
  :data:`MAX_EQUIVALENTS` best.

Similarities come from a sparse product over the vocabulary in row blocks,
keeping only candidates, so the cost grows with the number of tasks, not
with its square.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path

import numpy as np
import yaml
from scipy import sparse

from .cache import NO_CACHE, Cache, content_key
from .model import Node, Plan
from .parallel import map_in_workers
from .script import fold, to_simplified

TOPIC_MIN = 2.0
PRIMARY_TOPIC_BONUS = 0.5
TOPIC_BONUS = 0.1
LINK_MIN = 0.35
MAX_EQUIVALENTS = 30
_BLOCK = 512
# Boilerplate by document frequency: tokens in more than max(_DF_FLOOR, _DF_SHARE × tasks) tasks.
_DF_FLOOR = 500
_DF_SHARE = 0.01
_TITLE_WEIGHT = 2.0
_STOPWORDS = frozenset("""
加强 健全 完善 推进 推动 深化 深入 进一步 全面 建立 建立健全 落实 认真 切实 积极 不断 努力 持续 大力 着力 坚持 强化 提高
提升 加快 加大 做好 开展 实施 实行 严格 规范 依法 有关 相关 工作 制度 机制 体系 建设 管理 各级 各类 部门 政府 行政 行政机关
机关 单位 要求 按照 根据 结合 实际 及时 实现 确保 形成 作为 重要 主要 基本 有效 充分 发挥 作用 能力 水平 情况 问题 方面
以上 以下 每年 年度 我市 我区 我县 全市 全区 全县 全省 本级 上级 下级 市 区 县 省 乡镇 街道 以及 并 和 与 及 或者 等 的 了 在
对 为 将 把 由 向 从 于 是 有 不 要 应当 必须 可以 一 二 三 进行 组织 负责 逐步 普遍 探索 研究 明确 统一 ''' """.split())
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z+]")


@dataclass(frozen=True)
class Topic:
    slug: str
    name: str
    group: str
    description: str
    terms: tuple[str, ...]
    formerly: tuple[str, ...] = ()  # earlier slugs, whose URLs now redirect here


@dataclass(frozen=True)
class Links:
    """What the link stage found; keys are task ids (``<slug>#<anchor>``)."""

    topics: tuple[Topic, ...]
    task_topics: dict[str, tuple[str, ...]]
    equivalents: dict[str, tuple[tuple[str, float], ...]]

    def topic(self, slug: str) -> Topic:
        return next(topic for topic in self.topics if topic.slug == slug)


def task_id(plan: Plan, node: Node) -> str:
    return f"{plan.meta.slug}#{node.anchor}"


def load_topics(path: Path) -> tuple[Topic, ...]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return tuple(Topic(t["slug"], t["name"], group["name"], t.get("description", ""),
                       tuple(str(term) for term in t.get("terms", ())),
                       tuple(str(slug) for slug in t.get("formerly", ())))
                 for group in data["groups"] for t in group["topics"])


def load_pins(path: Path, topics: tuple[Topic, ...] = ()) -> dict[str, dict[str, tuple[str, ...]]]:
    """``{topic: {"pin": ids, "exclude": ids}}`` from ``topic_pins.yml``, if present; pins
    written under a topic's former slug apply to the topic."""
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    current = {old: topic.slug for topic in topics for old in topic.formerly}
    return {current.get(topic, topic): {kind: tuple(entry.get(kind, ()) or ()) for kind in ("pin", "exclude")}
            for topic, entry in data.items() if isinstance(entry, dict)}


# --- text ---------------------------------------------------------------------
@dataclass(frozen=True)
class TaskText:
    identifier: str
    plan: str
    title: str
    body: str


def task_texts(plans: tuple[Plan, ...]) -> list[TaskText]:
    texts = []
    for plan in plans:
        for node in plan.tasks():
            body = " ".join(filter(None, [node.text, *node.paragraphs]))
            texts.append(TaskText(task_id(plan, node), plan.meta.slug, fold(to_simplified(node.title)),
                                  fold(to_simplified(body))))
    return texts


@lru_cache(maxsize=1)
def _segmenter(terms: tuple[str, ...]):
    import jieba

    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for term in terms:
        tokenizer.add_word(term, freq=200000)
    return tokenizer


def tokens(text: str, terms: tuple[str, ...]) -> list[str]:
    segmenter = _segmenter(terms)
    return [t for t in segmenter.lcut(text, HMM=False)
            if len(t) > 1 and _WORD.match(t) and t not in _STOPWORDS]


# --- topics -----------------------------------------------------------------------
def assign_topics(texts: list[TaskText], topics: tuple[Topic, ...],
                  pins: dict[str, dict[str, tuple[str, ...]]],
                  scores_by_task: list[dict[str, float]] | None = None) -> dict[str, tuple[str, ...]]:
    """Each task's topics, best first; ``scores_by_task`` (from :func:`topic_scores`) if already made."""
    result = {}
    for task, scores in zip(texts, scores_by_task or [topic_scores(task, topics) for task in texts]):
        best = max(scores.values(), default=0.0)
        chosen = [slug for slug, score in scores.items() if score >= TOPIC_MIN and score >= best / 2]
        chosen = [slug for slug in chosen if task.identifier not in pins.get(slug, {}).get("exclude", ())]
        chosen += [slug for slug, entry in pins.items() if task.identifier in entry.get("pin", ())
                   and slug not in chosen]
        if chosen:
            order = {topic.slug: k for k, topic in enumerate(topics)}
            result[task.identifier] = tuple(sorted(chosen, key=lambda s: (-scores.get(s, 0.0), order[s])))
    return result


def topic_scores(task: TaskText, topics: tuple[Topic, ...]) -> dict[str, float]:
    """The task's score for every topic it reaches at all, in taxonomy order."""
    return {topic.slug: score for topic in topics if (score := _topic_score(task, topic))}


def _topic_score(task: TaskText, topic: Topic) -> float:
    score = 0.0
    for term in topic.terms:
        if term in task.title:
            score += 2.0
        if term in task.body:
            score += 1.0
    return score


# --- equivalents --------------------------------------------------------------------
def _bag(task: TaskText, terms: tuple[str, ...]) -> Counter:
    bag = Counter(tokens(task.body, terms))
    for token in tokens(task.title, terms):
        bag[token] += _TITLE_WEIGHT
    return bag


def task_features(texts: list[TaskText], topics: tuple[Topic, ...],
                  cache: Cache = NO_CACHE) -> tuple[list[Counter], list[dict[str, float]]]:
    """Weighted tokens and topic scores of every task: made per plan on every core (segmentation
    is the costly part) and cached per plan."""
    by_plan: dict[str, list[TaskText]] = {}
    for task in texts:
        by_plan.setdefault(task.plan, []).append(task)
    made: dict[str, tuple[Counter, dict[str, float]]] = {}
    per_plan = partial(_plan_features, topics=topics, cache_dir=cache.directory)
    for tasks, (computed, hits, misses) in zip(by_plan.values(), map_in_workers(per_plan, list(by_plan.values()))):
        cache.count(hits, misses)
        made.update((task.identifier, features) for task, features in zip(tasks, computed))
    return [made[task.identifier][0] for task in texts], [made[task.identifier][1] for task in texts]


def _plan_features(tasks: list[TaskText], topics: tuple[Topic, ...], cache_dir: Path | None
                   ) -> tuple[list[tuple[Counter, dict[str, float]]], int, int]:
    cache = Cache(cache_dir)
    terms = _terms(topics)
    taxonomy = "\x1e".join(f"{topic.slug}\x1f{'|'.join(topic.terms)}" for topic in topics)
    key = content_key(taxonomy, *(f"{t.identifier}\x1f{t.title}\x1f{t.body}" for t in tasks))
    made = cache.get_or_make("tokens", key, lambda: [(_bag(task, terms), topic_scores(task, topics)) for task in tasks])
    return made, cache.hits, cache.misses


def _terms(topics: tuple[Topic, ...]) -> tuple[str, ...]:
    """Every topic's key terms: added to jieba's dictionary so that each stays one token."""
    return tuple(sorted({term for topic in topics for term in topic.terms}))


def _vectors(bags: list[Counter]) -> sparse.csr_matrix:
    """Unit TF-IDF rows over the vocabulary without corpus-wide boilerplate.

    A token in more than :func:`_df_cap` tasks says little about which
    measure a task is (its IDF is low anyway) but would make every pair of
    tasks a candidate; leaving it out keeps the product sparse.
    """
    count = len(bags)
    frequency = Counter(t for bag in bags for t in bag)
    cap = _df_cap(count)
    vocabulary = {token: k for k, token in enumerate(sorted(t for t, df in frequency.items() if df <= cap))}
    rows, cols, values = [], [], []
    for row, bag in enumerate(bags):
        for token, weight in bag.items():
            if token in vocabulary:
                rows.append(row)
                cols.append(vocabulary[token])
                values.append((1.0 + math.log(weight)) * (math.log((count + 1) / (frequency[token] + 1)) + 1.0))
    matrix = sparse.csr_matrix((values, (rows, cols)), shape=(count, len(vocabulary)), dtype=np.float64)
    norms = np.sqrt(matrix.multiply(matrix).sum(axis=1)).A1
    norms[norms == 0] = 1.0
    return (sparse.diags(1.0 / norms) @ matrix).tocsr()


def _df_cap(task_count: int) -> int:
    """Tokens used by more tasks than this are boilerplate for linking (never below
    :data:`_DF_FLOOR`, so a corpus of a few hundred plans keeps every token)."""
    return max(_DF_FLOOR, int(_DF_SHARE * task_count))


@dataclass(frozen=True)
class _TaskFeatures:
    """Per-task arrays for scoring many pairs at once."""

    plan: np.ndarray       # plan number
    primary: np.ndarray    # first topic's number, -1 if none
    topics: np.ndarray     # topic membership bitsets, one uint64 word per 64 topics
    order: np.ndarray      # rank of the task id, to break score ties stably


def _features(texts: list[TaskText], identifiers: list[str], task_topics: dict[str, tuple[str, ...]]
              ) -> _TaskFeatures:
    plan_numbers = {slug: k for k, slug in enumerate(sorted({t.plan for t in texts}))}
    topic_numbers = {slug: k for k, slug in enumerate(sorted({s for ts in task_topics.values() for s in ts}))}
    words = max(1, -(-len(topic_numbers) // 64))
    bits = np.zeros((len(texts), words), dtype=np.uint64)
    primary = np.full(len(texts), -1, dtype=np.int64)
    for row, task in enumerate(texts):
        topics = task_topics.get(task.identifier, ())
        if topics:
            primary[row] = topic_numbers[topics[0]]
        for slug in topics:
            number = topic_numbers[slug]
            bits[row, number // 64] |= np.uint64(1 << (number % 64))
    order = np.empty(len(texts), dtype=np.int64)
    order[np.argsort(np.array(identifiers, dtype=object), kind="stable")] = np.arange(len(texts))
    return _TaskFeatures(np.array([plan_numbers[t.plan] for t in texts]), primary, bits, order)


def pair_scores(similarity: np.ndarray, a: np.ndarray, b: np.ndarray, features: _TaskFeatures) -> np.ndarray:
    """Text cosine, raised when two tasks are about the same measure.

    Sharing the *primary* topic (the measure a task is mainly about) is
    strong evidence (:data:`PRIMARY_TOPIC_BONUS`); sharing a secondary one is
    weaker (:data:`TOPIC_BONUS`).
    """
    same_primary = (features.primary[a] == features.primary[b]) & (features.primary[a] >= 0)
    shared = (features.topics[a] & features.topics[b]).any(axis=1)
    return similarity + np.where(same_primary, PRIMARY_TOPIC_BONUS, np.where(shared, TOPIC_BONUS, 0.0))


def _best_per_row(rows: np.ndarray, cols: np.ndarray, scores: np.ndarray, order: np.ndarray):
    """Each row's :data:`MAX_EQUIVALENTS` best columns, by score then task id."""
    ranked = np.lexsort((order[cols], -scores, rows))
    rows, cols, scores = rows[ranked], cols[ranked], scores[ranked]
    starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
    position = np.arange(len(rows)) - np.repeat(starts, np.diff(np.r_[starts, len(rows)]))
    keep = position < MAX_EQUIVALENTS
    return rows[keep], cols[keep], scores[keep]


def find_equivalents(texts: list[TaskText], task_topics: dict[str, tuple[str, ...]],
                     bags: list[Counter]) -> dict[str, tuple[tuple[str, float], ...]]:
    if not texts:
        return {}
    matrix = _vectors(bags)
    identifiers = [task.identifier for task in texts]
    features = _features(texts, identifiers, task_topics)
    transposed = matrix.T.tocsc()
    result: dict[str, tuple[tuple[str, float], ...]] = {}
    for start in range(0, len(texts), _BLOCK):
        block = (matrix[start:start + _BLOCK] @ transposed).tocoo()
        rows, cols = block.row.astype(np.int64) + start, block.col.astype(np.int64)
        other_plan = features.plan[rows] != features.plan[cols]
        rows, cols, similarity = rows[other_plan], cols[other_plan], block.data[other_plan]
        scores = pair_scores(similarity, rows, cols, features)
        linked = scores >= LINK_MIN
        rows, cols, scores = _best_per_row(rows[linked], cols[linked], scores[linked], features.order)
        if not len(rows):
            continue
        bounds = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1], True]).tolist()
        others = [identifiers[col] for col in cols.tolist()]
        rounded = [round(score, 3) for score in scores.tolist()]
        for first, stop in zip(bounds[:-1], bounds[1:]):
            result[identifiers[rows[first]]] = tuple(zip(others[first:stop], rounded[first:stop]))
    return dict(sorted(result.items()))


def link(plans: tuple[Plan, ...], topics: tuple[Topic, ...],
         pins: dict[str, dict[str, tuple[str, ...]]] | None = None, cache: Cache = NO_CACHE) -> Links:
    texts = task_texts(plans)
    bags, scores = task_features(texts, topics, cache)
    task_topics = assign_topics(texts, topics, pins or {}, scores)
    return Links(topics, task_topics, find_equivalents(texts, task_topics, bags))
