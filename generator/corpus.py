"""Read every text in ``source_texts/`` into plans: the I/O edge of the pipeline.

One bad text never stops the others: each file's failure becomes an error
diagnostic and the file is skipped (strict mode turns any error into a failed
build, see :mod:`generator.mkdocs_plugin` and ``python -m generator check``).
"""
from __future__ import annotations

import hashlib
import re
import traceback
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property, partial
from pathlib import Path
from typing import Any, NamedTuple, Protocol

import yaml

from .cache import NO_CACHE, Cache, content_key
from .clean import clean
from .decode import DecodeError, decode, misreading_warnings
from .document_parts import names_a_plan
from .indicators import Reading, plan_readings
from .layers import Responsibility, measures, responsibility
from .meta import (KINDS, SIDECAR_KEYS, apply_sidecar, body_lines_text, extract, kind_slug, leading_places, make_slug,
                   plan_kind)
from .model import Diagnostic, Node, Plan, PlanMeta, ProjectFileError
from .parallel import map_cached
from .parse import parse
from .script import fold, to_simplified


class Annotations(NamedTuple):
    """A plan's annotation layers: its nodes' responsibility units and measures (deadlines, targets), by anchor,
    and the figures its tasks set for the indicators compared (:func:`generator.indicators.plan_readings`)."""

    duties: dict[str, Responsibility]
    measured: dict
    readings: tuple[tuple[str, str, Reading], ...]


SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$")
_DUPLICATE_SHARE = 0.8
_CONTAINED_SHARE = 0.9
_SHINGLE = 5


class PlanError(ValueError):
    def __init__(self, diagnostic: Diagnostic):
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


@dataclass(frozen=True)
class Corpus:
    """The plans that publish, plus every diagnostic, sorted for stable output."""

    plans: tuple[Plan, ...]
    diagnostics: tuple[Diagnostic, ...]
    # Each plan's annotation layers by source file, made beside the parse (on every core, cached).
    annotated: dict[str, Annotations] = field(default_factory=dict, repr=False, compare=False)
    # What ``load_corpus``'s ``per_plan`` made of each plan, by source file, made and cached likewise.
    made: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.level == "error")

    def plan(self, slug: str) -> Plan:
        return self._by_slug[slug]

    def locate(self, identifier: str) -> tuple[Plan, Node]:
        """The plan and node of a task id ``<slug>#<anchor>``."""
        return self._by_id[identifier]

    def annotations(self, plan: Plan) -> Annotations:
        """A plan's :class:`Annotations`, made once."""
        if plan.source not in self.annotated:
            self.annotated[plan.source] = annotate(plan)
        return self.annotated[plan.source]

    # Lookups built on first use: every page asks them many times.
    @cached_property
    def _by_slug(self) -> dict[str, Plan]:
        return {plan.meta.slug: plan for plan in self.plans}

    @cached_property
    def _by_id(self) -> dict[str, tuple[Plan, Node]]:
        return {f"{plan.meta.slug}#{node.anchor}": (plan, node)
                for plan in self.plans for node in plan.root.walk() if node.marker}


def annotate(plan: Plan) -> Annotations:
    """A plan's annotation layers: who is responsible, which deadlines and targets, which figures."""
    return Annotations(responsibility(plan.root), measures(plan.root), plan_readings(plan))


def parse_text(data: bytes, source: str, sidecar: dict | None = None) -> Plan:
    """bytes → Plan: decode, clean, parse and describe one text (pure)."""
    text, encoding = decode(data, source)
    cleaned, fields = clean(text)
    if not cleaned.lines:
        raise PlanError(Diagnostic(source, None, "error", "nothing is left after removing web-page chrome",
                                   "check that the file holds the plan's text, not just a page frame"))
    parsed = parse(cleaned.lines, source)
    meta = extract(parsed, fields, body_lines_text(cleaned.lines), file_name=source)
    untitled = not meta.title
    if untitled:
        meta = replace(meta, title=_stand_in_title(parsed.root, source))
    if sidecar:
        meta = apply_sidecar(meta, sidecar)
    return Plan(source=source, meta=meta, front_matter=tuple(line.text for line in parsed.front_matter),
                root=replace(parsed.root, title=meta.title), cleaning=cleaned, original=text, encoding=encoding,
                diagnostics=misreading_warnings(source, encoding) + parsed.diagnostics
                + _metadata_gaps(meta, source, sidecar or {}, untitled))


def _stand_in_title(root: Node, source: str) -> str:
    """The name a text that prints no title is shown under, as every page and list needs one: its first
    heading (a page copied from its middle opens with 五、…), else its file's name."""
    return next((child.title for child in root.children if child.title), Path(source).stem)


def _metadata_gaps(meta: PlanMeta, source: str, sidecar: dict, untitled: bool) -> tuple[Diagnostic, ...]:
    """A plan whose place or year was not found gets a makeshift URL: say so, unless a sidecar set it.
    A text whose title names no plan of the genre may be no plan at all (a report, a set of rules)."""
    gaps = []
    if "title" not in sidecar and (untitled or not names_a_plan(fold(to_simplified(meta.title)))):
        gaps.append(Diagnostic(source, None, "warning",
                               f"no title found above its first heading, so it is shown as {meta.title[:30]!r}"
                               if untitled else
                               f"its title {meta.title[:30]!r} names no plan (规划, 实施方案, 意见, 工作要点 …)",
                               f"check that the text is a plan, not a report or a set of rules; if it is, give "
                               f"{Path(source).with_suffix('.yml').name} its `title:`"))
    missing = [label for label, value in (("jurisdiction", meta.jurisdiction),
                                          ("year", meta.year)) if not value]
    if missing and "slug" not in sidecar:
        gaps.append(Diagnostic(source, None, "warning",
                               f"no {' or '.join(missing)} found in the title, issuer or dates, so its URL is "
                               f"plans/{meta.slug}/",
                               f"add {Path(source).with_suffix('.yml').name} with `jurisdiction:`, `issued:` and a "
                               f"`slug:` such as chengdu-2015 before the URL is published"))
    return tuple(gaps)


def read_sidecar(path: Path) -> dict:
    """The overrides in ``<name>.yml`` beside a text, validated."""
    source = path.name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise PlanError(Diagnostic(source, line + 1 if line is not None else None, "error",
                                   f"the sidecar is not valid YAML ({type(exc).__name__})",
                                   "fix the YAML syntax, e.g. `title: 某某市法治政府建设规划`")) from exc
    except ValueError as exc:  # YAML reads 2015-13-45 as a date, which is no day
        raise PlanError(Diagnostic(source, None, "error", f"the sidecar gives a date that is no day ({exc})",
                                   "write the day the plan was issued, e.g. `issued: 2015-07-06`")) from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise PlanError(Diagnostic(source, 1, "error", "the sidecar must be a mapping of field: value",
                                   f"allowed fields: {', '.join(SIDECAR_KEYS)}"))
    unknown = sorted(str(key) for key in data if key not in SIDECAR_KEYS)
    if unknown:
        raise PlanError(Diagnostic(source, None, "error", f"unknown sidecar field(s): {', '.join(unknown)}",
                                   f"allowed fields: {', '.join(SIDECAR_KEYS)}"))
    for key, value in data.items():
        if isinstance(value, date):  # YAML reads `issued: 2023-03-01` as a date
            data[key] = value = value.isoformat()[:10]
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise PlanError(Diagnostic(source, None, "error", f"sidecar field {key!r} must be a single value",
                                       "write it as `key: value` on one line"))
    if "title" in data and not str(data["title"]).strip():  # every page and list names a plan by its title
        raise PlanError(Diagnostic(source, None, "error", "the sidecar's title is blank",
                                   "give the plan's title, e.g. `title: 某某市法治政府建设规划`, or remove the field"))
    slug = str(data.get("slug", "x"))
    if "slug" in data and not SLUG.match(slug):
        raise PlanError(Diagnostic(source, None, "error", f"sidecar slug {slug!r} is not allowed",
                                   "use lower-case ASCII letters, digits and '-' only, e.g. chengdu-2015"))
    return {key: str(value) for key, value in data.items()}


class PlanWork(Protocol):
    """Further work that needs one plan alone, done in the parse worker and cached with the parse
    (it is sent to the workers, so it must pickle)."""

    # Names the work and every input it takes besides the plan: a change of either must not be
    # served the entries made before.
    key: str

    def __call__(self, plan: Plan, annotations: Annotations) -> Any: ...


def load_corpus(source_dir: Path, cache: Cache = NO_CACHE, per_plan: PlanWork | None = None,
                published: dict[str, str] | None = None) -> Corpus:
    """Parse every ``*.txt`` in ``source_dir``; bad files become diagnostics.

    Texts are parsed on every core; one whose bytes, sidecar and generator
    code are unchanged comes from ``cache`` instead of being parsed again.
    What ``per_plan`` makes of each plan is ``Corpus.made``.
    Two plans of one place and year, or of two places of one name, would share a URL: the one
    ``published`` there (slug → source, from the anchor registry) keeps it, else one whose sidecar
    chose it, else the weightier kind (:data:`KINDS`: a 实施方案 before a 工作要点); the other adds
    its kind (``moumou-2023-yaodian``) or the place it is in (``xian-changan-2021``), with a warning.
    Two of one kind and place, or two slugs sidecars chose, clash.
    """
    if not source_dir.is_dir():  # a typo in the folder's name would publish a site of no plans
        raise ProjectFileError(f"{source_dir}: no such folder. It holds the plans' texts (the plugin's `sources:` "
                               f"option, the commands' --sources); create it, or name the folder that holds them")
    plans: list[Plan] = []
    annotated: dict[str, Annotations] = {}
    made: dict[str, Any] = {}
    texts, diagnostics = _read_texts(text_paths(source_dir))
    work = per_plan.key if per_plan else ""
    for outcome in map_cached(partial(_parsed, per_plan=per_plan), texts,
                              [content_key(text.key, work) for text in texts], cache, "plan"):
        if isinstance(outcome, Diagnostic):
            diagnostics.append(outcome)
            continue
        plan, annotated[plan.source], made[plan.source] = outcome
        diagnostics.extend(plan.diagnostics)
        plans.append(plan)
    plans, dropped = _without_duplicates(plans, cache)
    diagnostics.extend(dropped)
    chosen = {text.source for text in texts if text.sidecar and "slug" in text.sidecar}
    parsed_slugs = {plan.source: plan.meta.slug for plan in plans}
    plans, clashes = _without_slug_clashes(plans, published or {}, chosen)
    diagnostics.extend(clashes)
    for plan in plans:  # one that gave way to another plan for its URL: what it made holds the URL
        if per_plan and plan.meta.slug != parsed_slugs[plan.source]:
            made[plan.source] = per_plan(plan, annotated[plan.source])
    order = sorted(plans, key=lambda p: p.meta.slug)
    return Corpus(tuple(order), tuple(sorted(diagnostics, key=_diagnostic_key)),
                  {plan.source: annotated[plan.source] for plan in order},
                  {plan.source: made[plan.source] for plan in order} if per_plan else {})


# Files of text under another name: a page saved whole, a reader's Markdown, a spreadsheet's CSV, or
# a text whose name ends in capitals (PLAN.TXT), which the build's *.txt does not take.
_TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".htm", ".html", ".csv")


def text_paths(source_dir: Path) -> list[Path]:
    """The plans' texts in ``source_dir``: its files named ``*.txt``, in order of name, but for the
    folder's own (:func:`_folder_s_own`)."""
    return sorted(path for path in source_dir.glob("*.txt") if path.is_file() and not _folder_s_own(path))


def _folder_s_own(path: Path) -> bool:
    """A hidden file (an editor's, or the ``._plan.txt`` macOS leaves beside a copied file) or a
    README, which a folder of texts may hold besides them."""
    return path.name.startswith(".") or path.name.upper().startswith("README")


def unread_files(source_dir: Path, also_read: frozenset[str] = frozenset()) -> tuple[Diagnostic, ...]:
    """What a build would pass over in silence in ``source_dir``: a document dropped there as its
    site offered it (plan.docx, plan.pdf), which is no plan until converted to text, and a sidecar
    whose text is not beside it (renamed or deleted). ``also_read`` names files the build reads
    besides the texts and sidecars; hidden files and READMEs are the folder's own."""
    found = []
    for path in sorted(source_dir.iterdir()):
        if _folder_s_own(path) or path.name in also_read or path.is_dir() or path.suffix == ".txt":
            continue
        if path.suffix.lower() in _TEXT_SUFFIXES:
            found.append(Diagnostic(path.name, None, "warning", "not read: only .txt files are plans",
                                    f"it is text, which the generator reads as it is: rename it to {path.stem}.txt"))
        elif path.suffix != ".yml":
            found.append(Diagnostic(path.name, None, "warning", "not read: only .txt files are plans",
                                    "convert it to plain text (pdftotext -layout plan.pdf plan.txt, or pandoc "
                                    "-t plain --wrap=none plan.docx -o plan.txt), add that and remove this file"))
        elif not path.with_suffix(".txt").exists():
            found.append(Diagnostic(path.name, None, "warning", f"a sidecar with no {path.stem}.txt beside it",
                                    "rename it after the text it describes, or delete it"))
    return tuple(found)


@dataclass(frozen=True)
class _Text:
    """A text's file and sidecar as read, before parsing."""

    source: str
    data: bytes
    sidecar: dict | None
    sidecar_bytes: bytes

    @property
    def key(self) -> str:
        return content_key(self.source, self.data, self.sidecar_bytes)


def _read_texts(paths: list[Path]) -> tuple[list[_Text], list[Diagnostic]]:
    """The texts and their sidecars; a sidecar that cannot be used is its text's error."""
    texts, problems = [], []
    for path in paths:
        sidecar_path = path.with_suffix(".yml")
        try:
            sidecar = read_sidecar(sidecar_path) if sidecar_path.exists() else None
        except PlanError as exc:
            problems.append(exc.diagnostic)
            continue
        texts.append(_Text(path.name, path.read_bytes(), sidecar, sidecar_path.read_bytes() if sidecar else b""))
    return texts, problems


def _parsed(text: _Text, per_plan: PlanWork | None
            ) -> tuple[Plan, Annotations, Any] | Diagnostic:
    """One text, in a worker: the plan, its annotations and what ``per_plan`` makes of them; or the
    error that stops it (which is as much a result of the bytes as a plan, and cached like one)."""
    try:
        plan = parse_text(text.data, text.source, text.sidecar)
        annotations = annotate(plan)
        return plan, annotations, per_plan(plan, annotations) if per_plan else None
    except (DecodeError, PlanError) as exc:
        return exc.diagnostic
    except MemoryError:  # the machine's, not the text's: never kept as this text's result
        raise
    except Exception as exc:  # a fault of the generator's that one text brings out must not stop the others
        return _generator_fault(text.source, exc)


def _generator_fault(source: str, exc: Exception) -> Diagnostic:
    """The error for a text the generator failed on, by a fault of its own that this text brings out: the text
    is not published (in a strict build, nothing is), the others are. It names where the generator failed."""
    frame = traceback.extract_tb(exc.__traceback__)[-1]
    return Diagnostic(source, None, "error",
                      f"the generator failed on this text ({type(exc).__name__}: {exc}, at "
                      f"{Path(frame.filename).name}:{frame.lineno})",
                      "a fault of the generator, not of the text: report it with the text attached; "
                      "the other texts are published")


def _diagnostic_key(d: Diagnostic) -> tuple:
    return d.source, d.line or 0, d.level, d.message


def _fingerprint(plan: Plan) -> set[str]:
    text = re.sub(r"[\W\d_]+", "", fold(to_simplified(" ".join(line.text for line in plan.cleaning.lines))))
    return {text[k:k + _SHINGLE] for k in range(max(1, len(text) - _SHINGLE + 1))}


def _without_duplicates(plans: list[Plan], cache: Cache) -> tuple[list[Plan], list[Diagnostic]]:
    """Drop a text that repeats an earlier one of the same place."""
    kept: list[tuple[Plan, set[str], str]] = []
    dropped: list[Diagnostic] = []
    # Only plans of the same place are compared, so a place with one plan needs no fingerprint.
    places = Counter(plan.meta.jurisdiction for plan in plans)
    for plan in plans:
        if places[plan.meta.jurisdiction] == 1:
            kept.append((plan, set(), ""))
            continue
        digest = hashlib.sha256(plan.original.encode("utf-8")).hexdigest()
        prints = cache.get_or_make("shingles", content_key(digest), lambda: _fingerprint(plan))
        twin = next((other for other, other_prints, other_digest in kept
                     if other.meta.jurisdiction == plan.meta.jurisdiction
                     and (digest == other_digest or _near_duplicate(prints, other_prints))), None)
        if twin:
            dropped.append(Diagnostic(plan.source, None, "error", f"this text repeats {twin.source} "
                                      f"(the same plan, {twin.meta.slug}) and is not published twice",
                                      "delete one of the two files, or keep both with different "
                                      "`slug:` in sidecars if they really are different plans"))
            continue
        kept.append((plan, prints, digest))
    return [plan for plan, _, _ in kept], dropped


def _near_duplicate(a: set[str], b: set[str]) -> bool:
    """≥80% shared wording, or one text ≥90% inside the other (a re-scrape)."""
    if not a or not b:
        return False
    shared = len(a & b)
    return shared / len(a | b) >= _DUPLICATE_SHARE or shared / min(len(a), len(b)) >= _CONTAINED_SHARE


def _without_slug_clashes(plans: list[Plan], published: dict[str, str], chosen: set[str]
                          ) -> tuple[list[Plan], list[Diagnostic]]:
    """Every plan at a URL of its own (see :func:`load_corpus`); one that cannot have one is an error."""
    groups: dict[str, list[Plan]] = {}
    for plan in plans:
        groups.setdefault(plan.meta.slug, []).append(plan)
    taken = set(groups)
    kept: list[Plan] = []
    problems: list[Diagnostic] = []
    for slug, group in groups.items():
        if len(group) == 1:  # most: no ranking to do (it reads the place names, 0.07 s at 1,000 plans)
            kept.extend(group)
            continue
        owner = min(group, key=lambda plan: (published.get(slug) != plan.source, plan.source not in chosen,
                                             bool(_slug_with_place_above(plan.meta, slug)),
                                             len(leading_places(plan.meta.jurisdiction)), _kind_rank(plan),
                                             plan.meta.issued or "~", plan.meta.title, plan.source))
        kept.append(owner)
        for plan in sorted(group, key=lambda plan: plan.source):
            if plan is owner:
                continue
            moved = _slug_apart(plan, owner, slug)
            if not moved or plan.source in chosen or moved in taken:
                problems.append(Diagnostic(plan.source, None, "error",
                                           f"its URL slug {slug!r} is already used by {owner.source}",
                                           f"add {Path(plan.source).with_suffix('.yml').name} with a line "
                                           f"`slug: {slug}-2` (or another unique slug)"))
                continue
            taken.add(moved)
            kept.append(replace(plan, meta=replace(plan.meta, slug=moved)))
            problems.append(Diagnostic(plan.source, None, "warning",
                                       f"its URL is plans/{moved}/: plans/{slug}/ is {owner.meta.title} "
                                       f"({owner.source})",
                                       f"to choose another, add {Path(plan.source).with_suffix('.yml').name} "
                                       f"with a `slug:` before the URL is published"))
    return kept, problems


def _slug_apart(plan: Plan, owner: Plan, slug: str) -> str:
    """The slug that tells ``plan`` from the ``owner`` of ``slug``: of another place, with the place it is in
    (:func:`_slug_with_place_above`), or, of the same place, with its kind (``moumou-2023-yaodian``); "" when
    neither tells them apart."""
    meta = plan.meta
    if meta.jurisdiction != owner.meta.jurisdiction:
        return _slug_with_place_above(meta, slug)
    kind = plan_kind(meta.title)
    return f"{slug}-{kind_slug(kind)}" if kind and kind != plan_kind(owner.meta.title) else ""


def _slug_with_place_above(meta: PlanMeta, slug: str) -> str:
    """``slug`` with the place that holds the plan's place: its city (``xian-changan-2021`` beside 石家庄市长安区's
    ``changan-2021``, ``changsha-changsha-2022`` beside 长沙市's ``changsha-2022``), or, a place named alone, its
    province (``jilin-jilin-2022`` beside 吉林省's ``jilin-2022``); "" for a place with none above it. A place with
    none is the one to keep the slug of its name, as it can have no other (:func:`_without_slug_clashes`)."""
    place = meta.jurisdiction
    if len(leading_places(place)) < 2 and meta.province and not place.startswith(meta.province):
        place = meta.province + place
    moved = make_slug(place, meta.year, meta.department, places=2)
    return moved if moved != slug else ""


def _kind_rank(plan: Plan) -> int:
    kind = plan_kind(plan.meta.title)
    return KINDS.index(kind) if kind else len(KINDS)
