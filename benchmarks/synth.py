"""A synthetic national corpus made from the five real seeds.

Each synthetic plan takes a fresh jurisdiction (a made-up place name at a
random level), picks chapters and tasks from the pool of all seed tasks,
perturbs them (drops or repeats a sentence, renames the place, its province
and the units),
numbers them the way real plans do (1…N continuously, restarting per
section, or （一）… as the tasks), adds a covering notice, and is written in
traditional script one time in five. Sizes follow the seeds: 25–60 tasks,
10–50 KB. The same seed number gives the same corpus, byte for byte.
"""
from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

import opencc

from generator.corpus import load_corpus
from generator.model import PROVINCES
from generator.script import to_simplified

_SYLLABLES = "安宁平阳江山河清兴华东西南北新长永丰德明泰康嘉和顺昌隆盛武文泉溪源川林峰湖海云龙凤鹤"
_LEVELS = (("省", "province", 0.03), ("市", "city", 0.37), ("县", "county", 0.35), ("区", "district", 0.2),
           ("高新区", "zone", 0.05))
_UNITS = ("司法局", "发展改革委", "财政局", "政务服务数据管理局", "市场监管局", "公安局", "生态环境局", "人力资源社会保障局",
          "政府办公室", "信访局", "应急管理局", "自然资源局", "住房城乡建设局", "审计局", "统计局")
_SENTENCE = re.compile(r"[^。；;]+[。；;]?")
_DIGITS = "零一二三四五六七八九"
# The provinces the seeds name, which a synthetic plan's tasks name as its own province.
_SEED_PROVINCES = re.compile("|".join(PROVINCES))
_MAINLAND = PROVINCES.index("新疆生产建设兵团")  # the 31 provinces before the Corps in the order of their codes


def int_to_cn(value: int) -> str:
    """1 → 一, 12 → 十二, 40 → 四十 (up to 99, as plans number their parts)."""
    tens, units = divmod(value, 10)
    return (("" if tens == 1 else _DIGITS[tens]) + "十" if tens else "") + (_DIGITS[units] if units else "")


@dataclass(frozen=True)
class SeedTask:
    chapter: str
    title: str
    body: str


def seed_tasks(seed_dir: Path) -> list[SeedTask]:
    """Every numbered leaf of the seeds, in simplified script, with its chapter's title."""
    pool = []
    for plan in load_corpus(seed_dir).plans:
        for chapter in plan.root.children:
            for node in chapter.leaves() if chapter.children else [chapter]:
                body = to_simplified(" ".join(filter(None, [node.text, *node.paragraphs])))
                if node.title and len(body) > 20:
                    pool.append(SeedTask(to_simplified(chapter.title or chapter.text[:20]),
                                         to_simplified(node.title), body))
    return pool


def place_names(count: int, rng: random.Random) -> list[tuple[str, str]]:
    """``count`` distinct (name, level) pairs such as (东泉县, county)."""
    names: list[tuple[str, str]] = []
    seen: set[str] = set()
    suffixes, levels, weights = zip(*_LEVELS)
    while len(names) < count:
        k = rng.choices(range(len(suffixes)), weights)[0]
        stem = "".join(rng.sample(_SYLLABLES, 2 if len(names) < 1500 else 3))
        name = stem + suffixes[k]
        if name not in seen:
            seen.add(name)
            names.append((name, levels[k]))
    return names


def _perturb(body: str, place: str, province: str, rng: random.Random) -> str:
    sentences = _SENTENCE.findall(body) or [body]
    if len(sentences) > 2 and rng.random() < 0.4:
        sentences.pop(rng.randrange(len(sentences)))
    if rng.random() < 0.3:
        sentences.append(rng.choice(sentences))
    text = _SEED_PROVINCES.sub(province, "".join(sentences))
    return re.sub(r"(?:我|全)(?:市|区|县|省)", place, text)


def _province(place: str) -> str:
    """The mainland province a made-up place is in, by its name, so the same place is in the same
    province in every corpus: the plans spread over the provinces as a national corpus's do."""
    return PROVINCES[zlib.crc32(place.encode("utf-8")) % _MAINLAND]


def _note(place: str, rng: random.Random) -> str:
    lead, *partners = rng.sample(_UNITS, 3)
    prefix = place[-1] if place[-1] in "省市县区" else "区"
    return f"（{prefix}{lead}牵头，{prefix}{partners[0]}、{prefix}{partners[1]}按职责分工负责）"


def synthetic_plan(number: int, place: str, pool: list[SeedTask], rng: random.Random) -> str:
    year = rng.randint(2010, 2025)
    tasks = rng.sample(pool, rng.randint(25, min(60, len(pool))))
    chapters: dict[str, list[SeedTask]] = {}
    for task in tasks:
        chapters.setdefault(task.chapter, []).append(task)
    style = rng.choice(("continuous", "restart", "sections"))
    name = f"{place}法治政府建设实施方案"
    title = f"{name}（{year}—{year + 5}年）"
    province = place if place.endswith("省") else _province(place)
    according = "" if province == place else f"根据《{province}法治政府建设实施方案》，"
    lines = [f"{place}人民政府关于印发{name}的通知", f"{place[:2]}政发〔{year}〕{number % 97 + 1}号",
             f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", title,
             f"为深入推进依法行政，加快建设法治政府，{according}结合{place}实际，制定本方案。"]
    counter = 0
    for c, (chapter, members) in enumerate(chapters.items(), start=1):
        lines.append(f"{int_to_cn(c)}、{chapter}")
        for k, task in enumerate(members, start=1):
            counter = counter + 1 if style != "restart" else k
            marker = f"（{int_to_cn(counter)}）" if style == "sections" else f"{counter}."
            lines.append(f"{marker}{task.title}。{_perturb(task.body, place, province, rng)}{_note(place, rng)}")
    lines.append("各地各部门要按照本方案要求，结合实际抓好落实。")
    text = "\n".join(lines) + "\n"
    return opencc.OpenCC("s2t").convert(text) if rng.random() < 0.2 else text


def write_corpus(count: int, seed_dir: Path, out_dir: Path, seed: int = 2026) -> list[Path]:
    """The five seeds themselves, then ``count - 5`` synthetic plans (all of them when count ≤ 5)."""
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    seeds = sorted(seed_dir.glob("*.txt"))[:count]
    written = []
    for path in seeds:
        written.append(out_dir / path.name)
        written[-1].write_bytes(path.read_bytes())
    pool = seed_tasks(seed_dir)
    for number, (place, _) in enumerate(place_names(max(0, count - len(seeds)), rng)):
        path = out_dir / f"synthetic-{number:05d}.txt"
        path.write_text(synthetic_plan(number, place, pool, rng), encoding="utf-8")
        written.append(path)
    return written
