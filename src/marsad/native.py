"""Which code runs: the mypyc-compiled hot modules, or their pure-Python sources.

The build (setup.py) compiles the modules listed in pyproject.toml [tool.marsad.native] and writes
``_native.json``: each module's source hash at build time. A compiled extension shadows its ``.py`` on import,
so an edited source would run its stale compiled copy: at import, unless the manifest vouches for every listed
source (same hash, same Python) and every extension is there, all listed modules load from their ``.py``.
All or nothing, since compiled modules call each other natively. ``MARSAD_PURE=1`` asks for pure Python.
"""
from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import logging
import os
import platform
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

MANIFEST_NAME = "_native.json"
_PACKAGE = Path(__file__).resolve().parent
_REBUILD = 'rebuild with `pip install -e ".[test]"` (or set MARSAD_PURE=1 to silence this)'

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Status:
    compiled: bool
    reason: str
    manifest: str = ""  # the manifest's text when compiled (a fingerprint of the code that runs)

    @property
    def mode(self) -> str:
        return "compiled" if self.compiled else "pure"

    def __str__(self) -> str:
        return f"{self.mode} ({self.reason})"


class _SourceFinder:  # a meta path finder (importlib.abc would import importlib.resources: 17 ms)
    """Finds the package's modules' ``.py`` files, ahead of the path finder that would prefer an extension.

    Every module of the package, not only those of a manifest: a pure build drops the manifest but may leave an
    earlier build's extensions next to the sources (an editable install builds in place)."""

    def __init__(self, package: str) -> None:
        self.prefix = package + "."

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: object = None) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith(self.prefix) or path is None:
            return None
        leaf = fullname.rpartition(".")[2] + ".py"
        for entry in path:
            source = os.path.join(entry, leaf)
            if os.path.isfile(source):
                return importlib.util.spec_from_file_location(fullname, source)
        return None


def _source(module: str, package: Path) -> Path:
    return package.joinpath(*module.split(".")[1:]).with_suffix(".py")


def _built(module: str, package: Path) -> bool:
    base = package.joinpath(*module.split(".")[1:])
    return any(base.with_name(base.name + s).is_file() for s in importlib.machinery.EXTENSION_SUFFIXES)


def _check(manifest: dict, package: Path) -> str | None:
    """Why the compiled modules must not run (None: they may)."""
    if manifest.get("python") != platform.python_version():
        return f"built for Python {manifest.get('python')}, running {platform.python_version()}"
    for module, digest in manifest.get("modules", {}).items():
        source = _source(module, package)
        try:
            if hashlib.sha256(source.read_bytes()).hexdigest() != digest:
                return f"stale: {source.name} ({module}) changed since the build"
        except OSError:
            return f"stale: {module}'s source is missing"
        if not _built(module, package):
            return f"incomplete build: no extension for {module}"
    return None


def decide(package: Path = _PACKAGE, environ: Mapping[str, str] = os.environ) -> Status:
    """Compiled, if the manifest vouches for every listed module and pure Python is not asked for."""
    if environ.get("MARSAD_PURE", "").strip() not in ("", "0"):
        return Status(False, "MARSAD_PURE is set")
    try:
        text = (package / MANIFEST_NAME).read_text(encoding="utf-8")
        manifest = json.loads(text)
    except FileNotFoundError:
        return Status(False, "no compiled build")
    except (OSError, ValueError) as e:
        return Status(False, f"unreadable {MANIFEST_NAME}: {e}")
    why = _check(manifest, package)
    if why:
        return Status(False, why)
    return Status(True, f"{len(manifest['modules'])} modules, mypyc {manifest.get('mypy')}", text)


def install(package: Path = _PACKAGE, name: str = __package__ or "marsad") -> Status:
    """Decide once per process; when not compiled, the package's modules load from their sources."""
    global _STATUS
    _STATUS = decide(package)
    if not _STATUS.compiled:
        if _STATUS.reason.startswith(("stale", "incomplete", "built for")):
            log.warning("marsad: compiled modules not used, %s: %s", _STATUS.reason, _REBUILD)
        sys.meta_path.insert(0, _SourceFinder(name))
    return _STATUS


def status() -> Status:
    """Compiled or pure, and why."""
    return _STATUS


_STATUS = Status(False, "not decided")
