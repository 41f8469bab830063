"""g104a (throughput, no change of answers): step reads the function-word groups through ``scans.words`` and its
most called lexicons look-ups through names bound once, and its module constants are ``Final`` (compiled: C statics
or inlined values where each read was a module-dict look-up, and ``L.name`` a module attribute read too)."""
from __future__ import annotations

import ast
from pathlib import Path

from marsad.extract import lexicons as L
from marsad.extract import scans, step

STEP = Path(step.__file__).with_suffix(".py")
if not STEP.exists():  # compiled: the source stands beside the package in the checkout
    STEP = Path(__file__).resolve().parents[2] / "src" / "marsad" / "extract" / "step.py"
BOUND = ("trigger_kind", "actor_table", "merge_family", "time_units", "default_row", "title_agent_rule",
         "campaigns_by_place", "owned_position_nouns")
# no module constant is bound twice (g104o: the killing verb's gap was a second SUBJECT_GAP, shadowed by the later one)
TWICE: set[str] = set()


def _tree() -> ast.Module:
    return ast.parse(STEP.read_text(encoding="utf-8"))


def test_step_reads_the_lexicons_own_cached_look_ups():
    assert step.words is scans.words is L.words
    for name in BOUND:  # the same objects: a test's cache_clear after patching load_table empties them for step too
        assert getattr(step, name) is getattr(L, name), name
    assert step.trigger_kind("bare_strike") == L.trigger_kind("bare_strike")
    assert step.words("clause_mark") == L.words("clause_mark")


def test_step_calls_no_bound_look_up_through_the_lexicons_module():
    code = [d for d in _tree().body if isinstance(d, (ast.FunctionDef, ast.ClassDef))]  # not the bindings themselves
    slow = [(n.lineno, n.attr) for d in code for n in ast.walk(d) if isinstance(n, ast.Attribute)
            and isinstance(n.value, ast.Name) and n.value.id == "L" and n.attr in ("words", *BOUND)]
    assert slow == []


def test_step_module_constants_are_final():
    tree = _tree()
    binds: dict[str, int] = {}
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) \
            else []
        for t in targets:
            for n in ast.walk(t):
                if isinstance(n, ast.Name):
                    binds[n.id] = binds.get(n.id, 0) + 1
    assert {n for n, k in binds.items() if k > 1} == TWICE
    plain = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            plain += [n.id for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            ann = node.annotation
            head = ann.value if isinstance(ann, ast.Subscript) else ann
            if not (isinstance(head, ast.Name) and head.id == "Final"):
                plain.append(node.target.id)
    assert set(plain) == TWICE, sorted(set(plain) - TWICE)
