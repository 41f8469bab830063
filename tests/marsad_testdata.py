"""Paths and composed texts shared by tests (a module, since conftest files are per folder)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED_EVAL = ROOT.parent / "shared" / "eval" / "dev"
