"""The compiled build's import guard (marsad/native.py) and build hook (setup.py)."""
from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad import native, wordcache

ROOT = Path(__file__).resolve().parents[1]
EXT = importlib.machinery.EXTENSION_SUFFIXES[0]


def _package(tmp_path: Path, name: str = "fakepkg") -> Path:
    """A package with two 'compiled' modules: sources, extensions (garbage) and a manifest vouching for them."""
    pkg = tmp_path / name
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "a.py").write_text("WHO = 'source a'\n")
    (pkg / "sub" / "b.py").write_text("WHO = 'source b'\n")
    for so in (pkg / f"a{EXT}", pkg / "sub" / f"b{EXT}"):
        so.write_bytes(b"not an extension")
    digest = {f"{name}.a": pkg / "a.py", f"{name}.sub.b": pkg / "sub" / "b.py"}
    manifest = {"modules": {m: hashlib.sha256(p.read_bytes()).hexdigest() for m, p in digest.items()},
                "mypy": "2.4.1", "python": platform.python_version()}
    (pkg / native.MANIFEST_NAME).write_text(json.dumps(manifest))
    return pkg


def test_a_manifest_vouching_for_every_source_means_compiled(tmp_path):
    s = native.decide(_package(tmp_path), {})
    assert s.compiled and s.mode == "compiled" and "2 modules" in str(s) and s.manifest


def test_an_edited_source_means_pure(tmp_path):
    pkg = _package(tmp_path)
    (pkg / "sub" / "b.py").write_text("WHO = 'edited after the build'\n")
    s = native.decide(pkg, {})
    assert not s.compiled and s.reason.startswith("stale") and "b.py" in s.reason


def test_marsad_pure_means_pure(tmp_path):
    s = native.decide(_package(tmp_path), {"MARSAD_PURE": "1"})
    assert not s.compiled and "MARSAD_PURE" in str(s)
    assert native.decide(_package(tmp_path / "x"), {"MARSAD_PURE": "0"}).compiled


def test_no_manifest_means_pure(tmp_path):
    pkg = _package(tmp_path)
    (pkg / native.MANIFEST_NAME).unlink()
    assert str(native.decide(pkg, {})) == "pure (no compiled build)"


def test_a_missing_extension_or_another_python_means_pure(tmp_path):
    pkg = _package(tmp_path)
    (pkg / f"a{EXT}").unlink()
    assert native.decide(pkg, {}).reason.startswith("incomplete")
    pkg = _package(tmp_path / "y")
    m = json.loads((pkg / native.MANIFEST_NAME).read_text())
    (pkg / native.MANIFEST_NAME).write_text(json.dumps({**m, "python": "3.0.1"}))
    assert native.decide(pkg, {}).reason.startswith("built for Python 3.0.1")


def test_when_pure_every_module_loads_from_its_source_though_an_extension_shadows_it(tmp_path, monkeypatch, caplog):
    pkg = _package(tmp_path, "fakepkg_s27")
    (pkg / "a.py").write_text("WHO = 'edited'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    monkeypatch.setattr(native, "_STATUS", native._STATUS)
    monkeypatch.delenv("MARSAD_PURE", raising=False)  # the suite may run with it
    with pytest.raises(ImportError):  # the path finder prefers the (garbage) extension
        __import__("fakepkg_s27.sub.b")
    sys.modules.pop("fakepkg_s27.sub.b", None)
    s = native.install(pkg, "fakepkg_s27")
    assert native.status() is s and not s.compiled
    assert "stale" in caplog.text and "pip install -e" in caplog.text
    from fakepkg_s27 import a  # type: ignore[import-not-found]
    from fakepkg_s27.sub import b  # type: ignore[import-not-found]

    assert (a.WHO, b.WHO) == ("edited", "source b")
    for m in ("fakepkg_s27.a", "fakepkg_s27.sub.b", "fakepkg_s27.sub", "fakepkg_s27"):
        sys.modules.pop(m, None)


def test_the_cli_says_which_code_runs():
    out = CliRunner().invoke(__import__("marsad.cli", fromlist=["cli"]).cli, ["--version"]).output
    assert f"code {native.status()}" in out and native.status().mode in out


def test_the_word_cache_fingerprint_covers_the_mode_and_the_manifest(tmp_path, monkeypatch):
    (tmp_path / "m.py").write_text("x = 1\n")
    prints = set()
    for s in (native.Status(False, "pure"), native.Status(True, "c", "{manifest 1}"), native.Status(True, "c", "{manifest 2}")):
        monkeypatch.setattr(native, "_STATUS", s)
        prints.add(wordcache.fingerprint([], root=tmp_path))
    assert len(prints) == 3


def _setup_module():
    spec = importlib.util.spec_from_file_location("marsad_setup_s27", ROOT / "setup.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # not __main__: defines the hook without running setup()
    return mod


def test_the_build_compiles_only_when_building_and_not_under_marsad_pure_build(monkeypatch):
    setup = _setup_module()
    assert setup.MODULES and all(m.startswith("marsad.") for m in setup.MODULES)
    monkeypatch.setattr(sys, "argv", ["setup.py", "egg_info"])
    assert setup._extensions(setup.MODULES) == []
    monkeypatch.setattr(sys, "argv", ["setup.py", "bdist_wheel"])
    monkeypatch.setenv("MARSAD_PURE_BUILD", "1")
    assert setup._extensions(setup.MODULES) == []


def test_only_an_editable_build_touches_the_manifest_next_to_the_sources():
    setup = _setup_module()
    assert setup._in_place(["setup.py", "editable_wheel", "--dist-dir", "x"])
    assert not setup._in_place(["setup.py", "bdist_wheel", "--dist-dir", "x"])


def test_a_failed_type_check_or_compile_installs_pure_python(monkeypatch, capsys, tmp_path):
    setup = _setup_module()
    monkeypatch.setattr(sys, "argv", ["setup.py", "bdist_wheel"])
    monkeypatch.delenv("MARSAD_PURE_BUILD", raising=False)
    fake = type(sys)("mypyc.build")
    fake.mypycify = lambda *a, **k: sys.exit(1)  # what mypycify does on a type error
    monkeypatch.setitem(sys.modules, "mypyc.build", fake)
    monkeypatch.setattr(setup, "_manifest", lambda modules: {"modules": dict.fromkeys(modules, "hash")})
    monkeypatch.chdir(tmp_path)
    assert setup._extensions(setup.MODULES) == []
    assert "not compiled (mypyc: SystemExit" in capsys.readouterr().err and not setup.BUILT

    from distutils.errors import CompileError
    from setuptools import Distribution

    monkeypatch.setattr(setup, "MANIFEST", tmp_path / "src" / native.MANIFEST_NAME)
    monkeypatch.setattr(setup.build_ext, "run", lambda self: (_ for _ in ()).throw(CompileError("no gcc")))
    cmd = setup.BuildExt(Distribution())
    cmd.build_lib = str(tmp_path / "lib")
    cmd.run()
    assert "not compiled (C build: CompileError: no gcc" in capsys.readouterr().err
    assert not list(tmp_path.rglob(native.MANIFEST_NAME))


def test_a_full_build_writes_the_manifest_into_the_wheel_and_next_to_in_place_extensions(monkeypatch, tmp_path):
    from setuptools import Distribution

    setup = _setup_module()
    monkeypatch.setattr(setup, "MANIFEST", tmp_path / "src" / native.MANIFEST_NAME)
    monkeypatch.setattr(setup.build_ext, "run", lambda self: None)
    monkeypatch.setattr(setup, "BUILT", {"modules": {"marsad.x": "hash"}})
    for inplace, where in ((False, ["lib"]), (True, ["lib", "src"])):
        for p in tmp_path.rglob(native.MANIFEST_NAME):
            p.unlink()
        cmd = setup.BuildExt(Distribution())
        cmd.build_lib, cmd.inplace = str(tmp_path / "lib"), inplace
        cmd.run()
        found = sorted(p.relative_to(tmp_path).parts[0] for p in tmp_path.rglob(native.MANIFEST_NAME))
        assert found == where
        assert json.loads((tmp_path / "lib" / "marsad" / native.MANIFEST_NAME).read_text())["modules"] == {"marsad.x": "hash"}


ARTICLE = ("قالت مصادر محلية إن غارة جوية استهدفت صباح الثلاثاء سوقا شعبية في مدينة إدلب، ما أدى إلى مقتل سبعة مدنيين "
           "وإصابة عشرة آخرين. وفي اليوم نفسه اشتبكت فصائل معارضة مع قوات النظام قرب بلدة كفرنبل جنوبي المحافظة، "
           "وأعلن المرصد السوري لحقوق الإنسان مقتل أربعة مقاتلين.")


@pytest.mark.skipif(not native.status().compiled, reason=f"the package is not compiled here: {native.status()}")
def test_compiled_and_pure_read_an_article_the_same():
    def analyze(pure: str) -> str:
        env = {**os.environ, "MARSAD_PURE": pure, "MARSAD_WORD_CACHE": "0"}
        code = ("import json, marsad.native as n; from marsad.analyze import analyze_document as a; "
                f"print(n.status().mode); print(json.dumps(a({ARTICLE!r}, '2024-03-12'), ensure_ascii=False, "
                "sort_keys=True, default=str))")
        return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout

    compiled, pure = analyze("0"), analyze("1")
    assert compiled.startswith("compiled\n") and pure.startswith("pure\n")
    assert compiled.split("\n", 1)[1] == pure.split("\n", 1)[1]
    assert "إدلب" in pure
