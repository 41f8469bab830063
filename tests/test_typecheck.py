"""The modules compiled with mypyc (pyproject ``[tool.marsad.native]``) type-check with no error.

Compiled code checks every declared type at run time: an annotation mypy rejects is a TypeError on some article,
which the pipeline turns into a skipped document. So a rule edit that breaks the types fails here, not in a run.
"""
from __future__ import annotations

import tempfile
import tomllib
from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api", reason="mypy is not installed (pip install -e '.[test]' brings it)")

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"
# kept between runs: an incremental check of unchanged modules takes a second instead of ten
CACHE = Path(tempfile.gettempdir()) / "marsad-mypy-cache"


def native_modules() -> list[str]:
    return tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["marsad"]["native"]["modules"]


def _errors(paths: list[str]) -> tuple[list[str], str]:
    """mypy's error lines over ``paths`` with the project's config, and its whole report."""
    out, err, _ = mypy_api.run(["--config-file", str(PYPROJECT), "--cache-dir", str(CACHE), *paths])
    return [line for line in out.splitlines() if ": error:" in line], out + err


def test_the_compiled_modules_type_check():
    paths = [str(ROOT / "src" / (m.replace(".", "/") + ".py")) for m in native_modules()]
    assert all(Path(p).is_file() for p in paths), paths
    errors, report = _errors(paths)
    assert not errors, "mypy errors in modules compiled with mypyc (each a TypeError at run time):\n" + report


def test_the_config_reports_a_wrong_annotation(tmp_path):
    """The check sees what compiled code would raise on: None given to a local declared a date."""
    bad = tmp_path / "bad.py"
    bad.write_text("import datetime as dt\n\n\ndef f(x: dt.date | None) -> int:\n"
                   "    d: dt.date = x\n    return d.day\n", encoding="utf-8")
    errors, _ = _errors([str(bad)])
    assert len(errors) == 1 and "[assignment]" in errors[0]


def test_the_config_checks_every_listed_module_strictly():
    """No ignore_errors for a compiled module: its errors would be silenced, not gone."""
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config.get("python_version") == "3.11"
    assert not config.get("ignore_errors")
    listed = set(native_modules())
    for override in config.get("overrides", []):
        mods = override["module"] if isinstance(override["module"], list) else [override["module"]]
        assert not (override.get("ignore_errors") and listed & set(mods)), override


def test_mypyc_accepts_the_compiled_modules(tmp_path, monkeypatch):
    """mypyc's own pass (types and IR, no C compile) over the listed modules: an error there makes the install fall
    back to pure Python with only a build warning (setup.py), losing the compiled speed without any test failing. Its
    inference is stricter than mypy's: a local first bound to ``x.value if x else None`` (value: Any) is inferred None."""
    mypyc_build = pytest.importorskip("mypyc.build", reason="mypyc comes with mypy (pip install -e '.[test]')")
    paths = [str(ROOT / "src" / (m.replace(".", "/") + ".py")) for m in native_modules()]
    monkeypatch.chdir(tmp_path)  # mypycify writes its C sources under ./build
    try:
        mypyc_build.mypycify(paths, opt_level="0")
    except SystemExit as e:  # mypycify reports its errors on stdout and exits
        pytest.fail(f"mypyc rejects the compiled modules (exit {e.code}); run the build with -v for the errors")
