"""The package's shape: no module over 450 lines, no import cycle between its modules, and import-linter's
layering contracts (pyproject.toml [tool.importlinter]) both catch a wrong import and hold for the package.
(`import seranking_tray.cli` loading no PySide6: tests/test_cli.py::test_cli_loads_no_pyside6.)"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import seranking_tray

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path(seranking_tray.__file__).resolve().parent
MAX_LINES = 450
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _modules() -> dict[str, Path]:
    """Dotted name → file, for every module of the package."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The package's modules that `name` imports anywhere (in functions too; not under `if TYPE_CHECKING:`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped |= {id(child) for stmt in node.body for child in ast.walk(stmt)}
    targets: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            targets |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets.add(base)
            targets |= {f"{base}.{alias.name}" for alias in node.names}
    return {t for t in targets if t in modules and t != name}


def test_no_module_is_over_450_lines() -> None:
    counts = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in _modules().items()}
    offenders = {name: n for name, n in sorted(counts.items()) if n > MAX_LINES}
    assert not offenders, f"modules over {MAX_LINES} lines: {offenders}"


def test_no_import_cycle_between_the_packages_modules() -> None:
    modules = _modules()
    graph = {name: _imports(name, path, modules) for name, path in modules.items()}
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the stack, 2: done
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                cycles.append([*stack[stack.index(target) :], target])
            elif target not in state:
                visit(target)
        stack.pop()
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


def test_the_cycle_finder_sees_function_level_imports(tmp_path: Path) -> None:
    # The check above must not be vacuous: a deferred import inside a function is still an edge.
    source = "def f() -> None:\n    from seranking_tray.gui import app\n"
    module = tmp_path / "probe.py"
    module.write_text(source, encoding="utf-8")
    modules = {"seranking_tray.gui": PACKAGE / "gui", "seranking_tray.gui.app": PACKAGE / "gui" / "app.py"}
    assert _imports("seranking_tray.domain.probe", module, modules) == {"seranking_tray.gui", "seranking_tray.gui.app"}


def _lint_copy(tmp_path: Path, wrong_import: bool) -> subprocess.CompletedProcess[str]:
    """Run lint-imports with the project's contracts against a copy of the package (optionally made wrong)."""
    shutil.copytree(PACKAGE, tmp_path / "seranking_tray", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    if wrong_import:
        forecast = tmp_path / "seranking_tray" / "domain" / "forecast.py"
        forecast.write_text(
            forecast.read_text(encoding="utf-8") + "\nimport seranking_tray.gui  # deliberately wrong\n",
            encoding="utf-8",
        )
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(tmp_path), "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_import_linter_catches_a_wrong_import(tmp_path: Path) -> None:
    proc = _lint_copy(tmp_path, wrong_import=True)
    assert proc.returncode != 0, proc.stdout
    assert "Layers: entry > cli | gui > service" in proc.stdout
    assert "seranking_tray.domain.forecast -> seranking_tray.gui" in proc.stdout, proc.stdout


def test_import_linter_passes_on_an_unmodified_copy(tmp_path: Path) -> None:
    proc = _lint_copy(tmp_path, wrong_import=False)
    assert "seranking_tray.domain.forecast -> seranking_tray.gui" not in proc.stdout
    assert proc.returncode == 0, proc.stdout
