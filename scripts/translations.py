"""Keep the translations current: extract the sources' phrases into the .ts files, then build the .qm files.

Usage: python scripts/translations.py [--ts-dir DIR] [--qm-dir DIR]

pyside6-lupdate reads every module of seranking_tray/ (the GUI's `Ui.tr`/`self.tr`, the core's `Words.tr` and
`QT_TRANSLATE_NOOP`) into resources/translations/seranking_tray_<code>.ts for each language of
domain/languages.py's TRANSLATIONS, keeping what translators wrote and dropping phrases no longer in the sources.
pyside6-lrelease then builds seranking_tray_<code>.qm next to them (shipped: the wheel and the bundle carry them).
Source locations are left out of the .ts files, so moving code never changes them. tests/test_translations.py runs
this into a temporary directory and fails when the committed files differ.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from seranking_tray.domain.languages import TRANSLATIONS  # noqa: E402
from seranking_tray.system.resources import SOURCE_DIR, TRANSLATIONS_DIR  # noqa: E402

TS_DIR = ROOT / SOURCE_DIR / TRANSLATIONS_DIR
CATALOGUE = "seranking_tray"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to the running interpreter (a venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "seranking_tray").rglob("*.py"))


def ts_file(directory: Path, code: str) -> Path:
    return directory / f"{CATALOGUE}_{code}.ts"


def update(ts_dir: Path) -> None:
    """Extract into each .ts (created when missing), dropping obsolete phrases."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    files = [str(ts_file(ts_dir, code)) for code in TRANSLATIONS]
    argv = [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", *sources(), "-ts", *files]
    subprocess.run(argv, check=True, cwd=ROOT)


def release(ts_dir: Path, qm_dir: Path) -> None:
    qm_dir.mkdir(parents=True, exist_ok=True)
    for code in TRANSLATIONS:
        qm = qm_dir / f"{CATALOGUE}_{code}.qm"
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file(ts_dir, code)), "-qm", str(qm)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ts-dir", type=Path, default=TS_DIR, help="where the .ts files are (default: %(default)s)")
    parser.add_argument("--qm-dir", type=Path, help="where the .qm files go (default: beside the .ts files)")
    args = parser.parse_args()
    update(args.ts_dir)
    release(args.ts_dir, args.qm_dir or args.ts_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
