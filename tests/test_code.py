"""The generator's own code: what a linter does not catch."""
from __future__ import annotations

import ast
from collections import defaultdict

from conftest import ROOT


def _bound_twice(source: str) -> dict[str, list[int]]:
    """Module-level names bound more than once (patterns, tables, functions), with their lines."""
    lines = defaultdict(list)
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            lines[name].append(node.lineno)
    return {name: found for name, found in lines.items() if len(found) > 1}


def test_no_module_binds_a_name_twice():
    """A second pattern of the same name further down a module silently replaces the first for every function
    that reads it, the first's included (a heading's 关于 pattern once did so in parse); pyflakes does not say."""
    assert _bound_twice("_ABOUT = 1\n\ndef f():\n    return _ABOUT\n\n_ABOUT = 2\n") == {"_ABOUT": [1, 6]}
    found = {path.name: twice for path in sorted((ROOT / "generator").glob("*.py"))
             if (twice := _bound_twice(path.read_text(encoding="utf-8")))}
    assert found == {}
