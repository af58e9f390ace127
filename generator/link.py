"""Stage 5: tasks of different plans that commit to the same measure.

Two passes over the simplified text of every task (heading and body; the
responsibility note and the numbering are left out):

* **Topics.** Each topic of ``topics.yml`` scores a task by its key terms
  (a term in the heading counts double, as does a term said twice by a task
  with no heading). A task takes the topics that score
  at least :data:`TOPIC_MIN` and at least half of its best topic; a task
  that reaches no topic stays unassigned. Pins in ``topic_pins.yml`` win.
* **Equivalents.** Tasks become TF-IDF vectors of jieba tokens (the topic
  terms are a user dictionary so 行政复议 stays one token; boilerplate verbs
  such as 加强/健全/推进 are dropped, and IDF makes what every plan says count
  little). Heading tokens count double. The pair score is the cosine plus
  a bonus when both tasks are mainly about the same measure (same first
  topic) or share another topic. Tasks of two plans are linked when the
  score reaches :data:`~generator.similarity.LINK_MIN`: same measure, or very
  similar wording even where the taxonomy has no topic for it. Scoring, and
  keeping it incremental across builds, is :mod:`generator.similarity`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import ahocorasick
import yaml

from .cache import NO_CACHE, Cache, code_version, content_key
from .model import Node, Plan, ProjectFileError
from .script import fold, to_simplified
from .segment import tokenizer as new_tokenizer
from .similarity import Weights, find_equivalents

TOPIC_MIN = 2.0
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
    rescored: int = 0  # tasks whose equivalents this build scored against the whole corpus

    def topic(self, slug: str) -> Topic:
        return self._topics_by_slug[slug]

    @cached_property
    def _topics_by_slug(self) -> dict[str, Topic]:
        return {topic.slug: topic for topic in self.topics}


def task_id(plan: Plan, node: Node) -> str:
    return f"{plan.meta.slug}#{node.anchor}"


# A topic's slug is its URL's last part: lower-case letters, figures and hyphens.
_TOPIC_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def load_topics(path: Path) -> tuple[Topic, ...]:
    """The taxonomy of ``topics.yml``: groups, each with its topics (slug, name, description, terms,
    former slugs). A missing file, YAML that does not parse, or a topic without a slug and a name, or
    with a slug another topic has, is a :class:`~generator.model.ProjectFileError` naming the file (and line)
    to fix."""
    if not path.exists():
        raise ProjectFileError(f"{path}: no such file. It is the topic taxonomy (the plugin's `topics:` option, "
                               "the commands' --topics); restore it (git checkout topics.yml) or name the file it is")
    data = _read_yaml(path, "as the file's other topics are written")
    groups = data.get("groups") if isinstance(data, dict) else None
    if not isinstance(groups, list) or not all(isinstance(group, dict) and group.get("name") for group in groups):
        raise ProjectFileError(f"{path.name}: no `groups:` list at the top, each group with a `name:` and its "
                               "`topics:`")
    topics = tuple(_topic(path, group, entry) for group in groups for entry in group.get("topics") or ())
    slugs = Counter(topic.slug for topic in topics)
    if twice := sorted(slug for slug, count in slugs.items() if count > 1):
        raise ProjectFileError(f"{path.name}: more than one topic has the slug {', '.join(twice)}; "
                               "a slug is a topic's URL, so give each its own")
    return topics


def _read_yaml(path: Path, written: str) -> object:
    """A YAML file's data, or a ProjectFileError naming the lines that do not parse and how they are
    ``written``."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        # Where the parser gave up, from where what it could not close opened ([ on line 2, the file's end).
        lines = sorted({mark.line + 1 for mark in (getattr(error, "context_mark", None),
                                                   getattr(error, "problem_mark", None)) if mark})
        where = f"{path.name}, line {'–'.join(map(str, lines))}" if lines else path.name
        raise ProjectFileError(f"{where}: not valid YAML ({getattr(error, 'problem', None) or error}); "
                               f"write the line {written}") from None


def _topic(path: Path, group: dict, entry: object) -> Topic:
    """One topic of ``group`` as ``topics.yml`` writes it (a mapping), or a ProjectFileError saying what it
    lacks."""
    entry = entry if isinstance(entry, dict) else {"slug": entry}
    slug, name = str(entry.get("slug") or ""), str(entry.get("name") or "")
    if not _TOPIC_SLUG.fullmatch(slug) or not name:
        raise ProjectFileError(f"{path.name}: the topic {name or slug or entry!r} in group {group.get('name')!r} "
                               "needs a `name:` and a `slug:` of lower-case letters, figures and hyphens (its URL)")
    return Topic(slug, name, group["name"], entry.get("description", ""),
                 tuple(str(term) for term in entry.get("terms", ())),
                 tuple(str(former) for former in entry.get("formerly", ())))


def load_pins(path: Path, topics: tuple[Topic, ...] = ()) -> dict[str, dict[str, tuple[str, ...]]]:
    """``{topic: {"pin": ids, "exclude": ids}}`` from ``topic_pins.yml``, if present; pins
    written under a topic's former slug apply to the topic. A file that does not read so is a
    :class:`~generator.model.ProjectFileError`."""
    if not path.exists():
        return {}
    data = _read_yaml(path, "as README's example of pins shows") or {}
    if not isinstance(data, dict):
        raise ProjectFileError(f"{path.name}: each entry names a topic's slug, with its `pin:` and `exclude:` lists "
                               "of task ids (chengdu-2015#c2-s8-i38) under it")
    current = {old: topic.slug for topic in topics for old in topic.formerly}
    return {current.get(topic, topic): {kind: tuple(entry.get(kind, ()) or ()) for kind in ("pin", "exclude")}
            for topic, entry in data.items() if isinstance(entry, dict)}


# --- text ---------------------------------------------------------------------
@dataclass(frozen=True)
class TaskText:
    identifier: str
    title: str
    body: str
    # The heading of the nearest part the task stands under that has one (加强重点领域立法 over （1）制定…条例).
    above: str = ""


def task_texts(plans: tuple[Plan, ...]) -> list[TaskText]:
    texts = []
    for plan in plans:
        for node, above in _tasks_with_heading_above(plan.root, ""):
            body = " ".join(filter(None, [node.text, *node.paragraphs]))
            texts.append(TaskText(task_id(plan, node), fold(to_simplified(node.title)), fold(to_simplified(body)),
                                  fold(to_simplified(above))))
    return texts


def _tasks_with_heading_above(node: Node, above: str):
    """Each task under ``node`` with the heading of the nearest part above it that has one."""
    for child in node.children:
        if child.is_leaf:
            yield child, above
        else:
            yield from _tasks_with_heading_above(child, child.title or above)


@lru_cache(maxsize=1)
def _segmenter(terms: tuple[str, ...]):
    tokenizer = new_tokenizer()
    for term in terms:
        tokenizer.add_word(term, freq=200000)
    return tokenizer


def tokens(text: str, terms: tuple[str, ...]) -> list[str]:
    segmenter = _segmenter(terms)
    return [t for t in segmenter.lcut(text, HMM=False) if _kept(t)]


@lru_cache(maxsize=1 << 18)
def _kept(token: str) -> bool:
    """Whether a token counts for linking: a word of two or more characters, not boilerplate.
    Remembered per token, since the same few thousand words make up most of every plan (it halves
    the cost of filtering)."""
    return len(token) > 1 and _WORD.match(token) is not None and token not in _STOPWORDS


# --- topics -----------------------------------------------------------------------
def assign_topics(identifiers: list[str], scores_by_task: list[dict[str, float]], topics: tuple[Topic, ...],
                  pins: dict[str, dict[str, tuple[str, ...]]]) -> dict[str, tuple[str, ...]]:
    """Each task's topics, best first, from its :func:`topic_scores`."""
    result = {}
    order = {topic.slug: k for k, topic in enumerate(topics)}
    for identifier, scores in zip(identifiers, scores_by_task):
        best = max(scores.values(), default=0.0)
        chosen = [slug for slug, score in scores.items() if score >= TOPIC_MIN and score >= best / 2]
        chosen = [slug for slug in chosen if identifier not in pins.get(slug, {}).get("exclude", ())]
        chosen += [slug for slug, entry in pins.items() if identifier in entry.get("pin", ()) and slug not in chosen]
        if chosen:
            result[identifier] = tuple(sorted(chosen, key=lambda s: (-scores.get(s, 0.0), order[s])))
    return result


def topic_scores(task: TaskText, topics: tuple[Topic, ...]) -> dict[str, float]:
    """The task's score for every topic it reaches at all, in taxonomy order: each of the topic's
    terms found in the heading counts 2, in the body 1 (2 where the task has no heading and says it twice).
    A task whose own words reach no topic (制定《某某市养犬管理条例》) is about what the heading it stands
    under says (加强重点领域立法): that heading's terms count as its own heading's would."""
    finder, topics_of_term = _term_finder(topics)
    if not topics_of_term:
        return {}
    totals: dict[int, float] = {}
    for weight, text in ((2.0, task.title), (1.0, task.body)):
        for term, count in Counter(term for _, term in finder.iter(text)).items():
            # A task printed with no heading is about what its words come back to, as a heading says it.
            said = 2.0 if not task.title and count >= 2 else weight
            for k in topics_of_term[term]:
                totals[k] = totals.get(k, 0.0) + said
    if max(totals.values(), default=0.0) < TOPIC_MIN:
        for term in set(term for _, term in finder.iter(task.above)):
            for k in topics_of_term[term]:
                totals[k] = totals.get(k, 0.0) + 2.0
    return {topics[k].slug: totals[k] for k in sorted(totals)}


@lru_cache(maxsize=4)
def _term_finder(topics: tuple[Topic, ...]) -> tuple[ahocorasick.Automaton, dict[str, list[int]]]:
    """An Aho-Corasick automaton of every topic term, which finds all of them in one pass over a
    text (overlapping ones too), where testing each term would pass over it hundreds of times;
    and, per term, the topics (by position) that list it."""
    topics_of_term: dict[str, list[int]] = {}
    for k, topic in enumerate(topics):
        for term in topic.terms:
            topics_of_term.setdefault(term, []).append(k)
    finder = ahocorasick.Automaton()
    for term in topics_of_term:
        finder.add_word(term, term)
    finder.make_automaton()
    return finder, topics_of_term


# --- equivalents --------------------------------------------------------------------
def _bag(task: TaskText, terms: tuple[str, ...]) -> dict[str, float]:
    """The task's tokens, each with its count (a heading's counting double), as a plain dict: a
    rebuild reads every plan's bags from the cache, and a dict reads back in about half the time
    of a Counter."""
    bag = Counter(tokens(task.body, terms))
    for token in tokens(task.title, terms):
        bag[token] += _TITLE_WEIGHT
    return dict(bag)


@dataclass(frozen=True)
class PlanFeatures:
    """What linking needs of one plan, per task in plan order: its id, weighted tokens and topic
    scores; and a content key of the tasks' texts and the taxonomy, which tells a rebuild whether
    the plan changed. Made beside the plan's parse (segmentation is the costly part), on every
    core, and cached with it."""

    identifiers: tuple[str, ...]
    bags: tuple[dict[str, float], ...]
    topic_scores: tuple[dict[str, float], ...]
    key: str


def plan_features(plan: Plan, topics: tuple[Topic, ...]) -> PlanFeatures:
    texts = task_texts((plan,))
    terms = _terms(topics)
    key = content_key(taxonomy_key(topics), *(f"{t.identifier}\x1f{t.title}\x1f{t.body}" for t in texts))
    return PlanFeatures(tuple(task.identifier for task in texts), tuple(_bag(task, terms) for task in texts),
                        tuple(topic_scores(task, topics) for task in texts), key)


def taxonomy_key(topics: tuple[Topic, ...]) -> str:
    """What of the taxonomy a plan's features depend on: each topic's slug and terms."""
    return "\x1e".join(f"{topic.slug}\x1f{'|'.join(topic.terms)}" for topic in topics)


def _terms(topics: tuple[Topic, ...]) -> tuple[str, ...]:
    """Every topic's key terms: added to jieba's dictionary so that each stays one token."""
    return tuple(sorted({term for topic in topics for term in topic.terms}))


def link(plans: tuple[Plan, ...], topics: tuple[Topic, ...],
         pins: dict[str, dict[str, tuple[str, ...]]] | None = None, cache: Cache = NO_CACHE,
         weights: Weights | None = None, features: list[PlanFeatures] | None = None) -> Links:
    """Topics and equivalents of every task. ``features`` are the plans' :func:`plan_features`,
    where the parse already made them; ``weights`` is the committed IDF table (the corpus's own
    frequencies where there is none); with a cache, equivalents start from the last build's."""
    features = features or [plan_features(plan, topics) for plan in plans]
    identifiers = [identifier for made in features for identifier in made.identifiers]
    bags = [bag for made in features for bag in made.bags]
    task_topics = assign_topics(identifiers, [scores for made in features for scores in made.topic_scores],
                                topics, pins or {})
    version = code_version()
    found = find_equivalents(identifiers, [plan.meta.slug for plan, made in zip(plans, features) for _ in made.bags],
                             _scoring_keys(features, task_topics), bags, task_topics,
                             weights or Weights.of(bags), cache.read("equivalents", version))
    cache.write("equivalents", version, found)
    return Links(topics, task_topics, found.as_dict(), found.rescored)


def _scoring_keys(features: list[PlanFeatures], task_topics: dict[str, tuple[str, ...]]) -> list[str]:
    """Per task, a key of everything its plan brings to scoring: its tokens and its tasks' topics
    (which pins can change without touching the text)."""
    keys = []
    for made in features:
        topics = (f"{identifier}\x1f{'|'.join(task_topics.get(identifier, ()))}" for identifier in made.identifiers)
        keys += [content_key(made.key, *topics)] * len(made.identifiers)
    return keys
