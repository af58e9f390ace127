"""The anchor registry: every URL the site has published keeps working.

``anchors.json`` (committed beside ``mkdocs.yml``) records each published
plan URL and task anchor with the source file and a wording key. A build
compares the corpus against it:

* a plan whose slug changed gets a redirect page at its old URL (the
  fragment is carried over);
* a task whose anchor changed (renumbered) is found again in the same source
  by its heading or opening words and gets the old id as an alias;
* an entry that cannot be found again is reported.

Every such change is a warning until ``python -m generator anchors --update``
records it in ``anchors.json`` (then it is served silently, forever). The
build writes the merged registry to ``site/data/anchors.json``.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import Corpus
from .model import Diagnostic, Node, Plan, ProjectFileError
from .render import plan_url
from .script import fold, to_simplified

_KEY_LENGTH = 24


@dataclass(frozen=True)
class Reconciled:
    """What the build must do for URLs published earlier."""

    registry: dict[str, dict]
    redirects: dict[str, str] = field(default_factory=dict)  # old plan URL → new plan URL
    aliases: dict[str, dict[str, str]] = field(default_factory=dict)  # slug → {new anchor: [old ids]}
    diagnostics: tuple[Diagnostic, ...] = ()


def wording_key(node: Node) -> str:
    text = node.title or node.text or " ".join(node.paragraphs)
    return re.sub(r"\W+", "", fold(to_simplified(text)))[:_KEY_LENGTH]


def current_entries(corpus: Corpus) -> dict[str, dict]:
    entries = {}
    for plan in corpus.plans:
        entries[plan_url(plan.meta.slug)] = {"source": plan.source, "key": ""}
        for node in plan.root.walk():
            if node.marker:
                entries[f"{plan_url(plan.meta.slug)}#{node.anchor}"] = {"source": plan.source,
                                                                        "key": wording_key(node)}
    return entries


def load(path: Path) -> dict[str, dict]:
    """The published URLs of ``anchors.json``, or none where there is no such file yet."""
    if not path.exists():
        return {}
    try:
        return load_text(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ProjectFileError.of_json(path.name, error, "python -m generator anchors --update") from None


def published_plans(published: dict[str, dict]) -> dict[str, str]:
    """The slug of each plan page published (and not moved since), with its source: a plan keeps
    its URL when another of its place and year comes (see :func:`generator.corpus.load_corpus`)."""
    return {found.group(1): entry.get("source", "") for url, entry in published.items()
            if not entry.get("moved_to") and (found := _PLAN_PAGE.fullmatch(url))}


_PLAN_PAGE = re.compile(r"plans/([^/#]+)/")


def load_text(text: str) -> dict[str, dict]:
    return json.loads(text)


def dump(registry: dict[str, dict]) -> str:
    return json.dumps(registry, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def reconcile(published: dict[str, dict], corpus: Corpus) -> Reconciled:
    current = current_entries(corpus)
    by_source = {plan.source: plan for plan in corpus.plans}
    registry = dict(current)
    redirects: dict[str, str] = {}
    aliases: dict[str, dict[str, list[str]]] = {}
    problems: list[Diagnostic] = []
    for url, entry in sorted(published.items()):
        if url in current:
            continue
        target = entry.get("moved_to") or _find_again(url, entry, by_source.get(entry.get("source", "")))
        registry[url] = {**entry, "moved_to": target} if target else entry
        if not target:
            problems.append(Diagnostic(entry.get("source", "?"), None, "warning",
                                       f"published URL {url} no longer exists and its task was not found again",
                                       "restore the numbering, or accept the loss with "
                                       "`python -m generator anchors --update`"))
            continue
        if not entry.get("moved_to"):
            problems.append(Diagnostic(entry.get("source", "?"), None, "warning",
                                       f"published URL {url} moved to {target}; the old URL is kept working",
                                       "record the move with `python -m generator anchors --update`"))
        _serve_old_url(url, target, redirects, aliases)
    return Reconciled(registry, redirects, {slug: dict(v) for slug, v in aliases.items()}, tuple(problems))


def _find_again(url: str, entry: dict, plan: Plan | None) -> str:
    if plan is None:
        return ""
    page, _, anchor = url.partition("#")
    if not anchor:
        return plan_url(plan.meta.slug)
    matches = [node for node in plan.root.walk() if node.marker and wording_key(node) == entry.get("key")]
    return f"{plan_url(plan.meta.slug)}#{matches[0].anchor}" if len(matches) == 1 and entry.get("key") else ""


def _serve_old_url(url: str, target: str, redirects: dict[str, str],
                   aliases: dict[str, dict[str, list[str]]]) -> None:
    old_page, _, old_anchor = url.partition("#")
    new_page, _, new_anchor = target.partition("#")
    if old_page != new_page:
        redirects[old_page] = new_page
    if old_anchor and new_anchor and old_anchor != new_anchor:
        slug = new_page.strip("/").split("/")[-1]
        aliases.setdefault(slug, {}).setdefault(new_anchor, []).append(old_anchor)


def redirect_page(target_url: str) -> str:
    """A static page that forwards to ``target_url``, keeping ``#anchor``."""
    href = "../" + target_url.strip("/").split("/")[-1] + "/"
    return ("<!doctype html><html lang=\"zh\"><head><meta charset=\"utf-8\">"
            f"<title>已移动</title><link rel=\"canonical\" href=\"{href}\">"
            f"<meta http-equiv=\"refresh\" content=\"0; url={href}\">"
            f"<script>location.replace(\"{href}\" + location.hash);</script></head>"
            f"<body><p>本页已移至 <a href=\"{href}\">{href}</a>。</p></body></html>\n")
