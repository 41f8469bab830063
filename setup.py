"""Build hook: compile the hot modules of pyproject.toml [tool.marsad.native] with mypyc when the build can.

The compiled build is an optimisation only (docs/performance.md, "Eleventh session, s27"): any failure of the
compile (no mypyc, a mypy error, a mypyc crash, no C compiler) prints a warning and installs pure Python, and
MARSAD_PURE_BUILD=1 skips it. A compiled build writes marsad/_native.json (each listed module's source hash),
which marsad/native.py checks at import so that an edited source never runs its stale compiled copy.
"""
from __future__ import annotations

import hashlib
import json
import os
import platform
import sys
import tomllib
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
SRC = ROOT / "src"
MANIFEST = SRC / "marsad" / "_native.json"  # also marsad/native.py's MANIFEST_NAME


def _warn(why: str) -> None:
    print(f"marsad build: WARNING: not compiled ({why}); installing pure Python", file=sys.stderr)


def native_modules() -> list[str]:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return list(tomllib.load(f)["tool"]["marsad"]["native"]["modules"])


def _source(module: str) -> Path:
    return SRC.joinpath(*module.split(".")).with_suffix(".py")


def _manifest(modules: list[str]) -> dict:
    import mypy.version

    return {
        "modules": {m: hashlib.sha256(_source(m).read_bytes()).hexdigest() for m in modules},
        "mypy": mypy.version.__version__,
        "python": platform.python_version(),
        "cache_tag": sys.implementation.cache_tag,
    }


def _drop_manifest() -> None:
    # rewritten only by a full build: a pure or failed one leaves the earlier build's .so files in src/ unvouched
    MANIFEST.unlink(missing_ok=True)


def _building(argv: list[str]) -> bool:
    # the build backend runs this file for metadata too (egg_info): type-check and generate C only for a build
    return any(c in argv for c in ("build_ext", "build", "bdist_wheel", "editable_wheel", "install", "develop"))


def _extensions(modules: list[str]) -> list:
    if not _building(sys.argv):
        return []
    if os.environ.get("MARSAD_PURE_BUILD", "").strip() not in ("", "0"):
        print("marsad build: MARSAD_PURE_BUILD is set: installing pure Python", file=sys.stderr)
        return []
    try:
        from mypyc.build import mypycify

        # mypy reads [tool.mypy] from pyproject.toml in the working directory: run from the project root
        os.chdir(ROOT)
        # the sources as read now, by mypy: one edited while the C compiles must not be vouched for
        BUILT.update(_manifest(modules))
        return mypycify([str(_source(m).relative_to(ROOT)) for m in modules], opt_level="3")
    except BaseException as e:  # mypycify exits on a type error; a crash may raise anything
        if isinstance(e, KeyboardInterrupt):
            raise
        BUILT.clear()
        _warn(f"mypyc: {type(e).__name__}: {e}")
        return []


class BuildExt(build_ext):
    """Builds the compiled modules, or nothing if that fails; writes the manifest only after a full build."""

    def run(self) -> None:
        try:
            super().run()
        except BaseException as e:  # CompileError, LinkError, a missing gcc: any of them means pure Python
            if isinstance(e, KeyboardInterrupt):
                raise
            _warn(f"C build: {type(e).__name__}: {e}")
            return
        if not BUILT:  # nothing was compiled (and no manifest may vouch for extensions of an earlier build)
            return
        text = json.dumps(BUILT, indent=1, sort_keys=True)
        # in the wheel; and next to the sources when the extensions were copied there (an editable install)
        targets = [Path(self.build_lib) / "marsad" / MANIFEST.name] + ([MANIFEST] if self.inplace else [])
        for target in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text + "\n")


def _in_place(argv: list[str]) -> bool:
    # an editable install: its extensions go next to the sources, where a wheel build leaves them alone
    return any(c in argv for c in ("editable_wheel", "develop", "--inplace", "-i"))


MODULES = native_modules()
BUILT: dict = {}  # the manifest of the sources being compiled
if __name__ == "__main__":  # setuptools' build backend runs this file as __main__; tests import its functions
    if _in_place(sys.argv):
        _drop_manifest()
    setup(ext_modules=_extensions(MODULES), cmdclass={"build_ext": BuildExt})
