"""The wheel and sdist (`python -m build`, offline), what they carry, an install of the wheel finding its resources,
the CI workflow against GitHub's schema, and the bundle's entry scripts agreeing with pyproject's entry points.

The PyInstaller bundle, the .tar.gz and the .deb are tested in tests/test_packaging_bundle.py."""

from __future__ import annotations

import email.parser
import json
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from seranking_tray import __version__
from seranking_tray.domain.languages import TRANSLATIONS
from seranking_tray.system import resources

REPO_ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())
WORKFLOW = REPO_ROOT / ".github" / "workflows" / "build.yml"
LAUNCHERS = REPO_ROOT / "packaging" / "launchers"
BUILD_TIMEOUT = 300


@dataclass(frozen=True)
class Dists:
    wheel: Path
    sdist: Path
    log: str


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> Dists:
    """The sdist, and the wheel built from it, as `python -m build` makes them. Without build isolation: the build
    backend comes from the test environment, so nothing is fetched from the network."""
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(REPO_ROOT)],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
        cwd=REPO_ROOT,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return Dists(wheel, sdist, result.stdout + result.stderr)


def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def wheel_text(wheel: Path, name: str) -> str:
    with zipfile.ZipFile(wheel) as archive:
        return archive.read(name).decode("utf-8")


def source_modules() -> set[str]:
    return {
        str(path.relative_to(REPO_ROOT))
        for path in (REPO_ROOT / "seranking_tray").rglob("*.py")
        if "__pycache__" not in path.parts
    }


# --- wheel and sdist ----------------------------------------------------------------------------------------------


def test_the_build_is_clean(dists: Dists) -> None:
    assert dists.wheel.name == f"seranking_tray-{__version__}-py3-none-any.whl"
    assert dists.sdist.name == f"seranking_tray-{__version__}.tar.gz"
    # setuptools warns about data directories it was not told about, deprecated configuration, a missing README or
    # license file; "byte-compiling is disabled" is only PYTHONDONTWRITEBYTECODE in the environment.
    warnings = [
        line
        for line in dists.log.splitlines()
        if ("warning" in line.lower() or "deprecat" in line.lower()) and "byte-compiling is disabled" not in line
    ]
    assert not warnings, "\n".join(warnings)


def test_the_wheel_carries_every_module(dists: Dists) -> None:
    # pyproject lists the packages by hand (see [tool.setuptools]): a new subpackage must be added there.
    missing = source_modules() - wheel_names(dists.wheel)
    assert not missing, f"not in the wheel (add the package to [tool.setuptools] packages): {sorted(missing)}"


def test_the_wheel_carries_the_resources(dists: Dists) -> None:
    names = wheel_names(dists.wheel)
    prefix = f"seranking_tray/{resources.PACKAGE_DATA_DIR}/"
    wanted = {
        resources.DESKTOP_FILE,
        resources.METAINFO_FILE,
        resources.WINDOWS_ICON,
        resources.MACOS_ICON,
        resources.SCALABLE_ICON,
        *(resources.hicolor_png(size) for size in resources.HICOLOR_SIZES),
    }
    assert {prefix + name for name in wanted} <= names
    assert "seranking_tray/py.typed" in names
    # Documentation pictures and generator scripts stay in the repository.
    assert not any("/tray/" in name or "screenshots" in name or name.startswith("tests/") for name in names)


def test_the_wheel_carries_the_translations(dists: Dists) -> None:
    """Issue 17: each language's compiled catalogue, where gui/i18n.py looks for it."""
    names = wheel_names(dists.wheel)
    prefix = f"seranking_tray/{resources.PACKAGE_DATA_DIR}/{resources.TRANSLATIONS_DIR}/"
    assert {f"{prefix}seranking_tray_{code}.qm" for code in TRANSLATIONS} <= names
    assert not any(name.endswith(".ts") for name in names)  # the sources stay in the repository


def test_the_wheel_metadata_is_complete(dists: Dists) -> None:
    info = f"seranking_tray-{__version__}.dist-info"
    metadata = email.parser.Parser().parsestr(wheel_text(dists.wheel, f"{info}/METADATA"))
    assert metadata["Name"] == "seranking-tray"
    assert metadata["Version"] == __version__
    assert metadata["License-Expression"] == "MIT"
    assert metadata["Requires-Python"] == ">=3.11"
    assert metadata["Summary"]
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert "SE Ranking Tray" in (metadata.get_payload() or "")  # the README as the long description
    urls = dict(url.split(", ", 1) for url in metadata.get_all("Project-URL", []))
    assert {"Homepage", "Source", "Issues"} <= set(urls)
    classifiers = set(metadata.get_all("Classifier", []))
    for wanted in ("Operating System :: POSIX :: Linux", "Operating System :: Microsoft :: Windows"):
        assert wanted in classifiers
    assert "Operating System :: MacOS" in classifiers
    requires = metadata.get_all("Requires-Dist", [])
    assert any(r.replace(" ", "").startswith("pyside6-essentials") and "<6.12" in r for r in map(str.lower, requires))

    entry_points = wheel_text(dists.wheel, f"{info}/entry_points.txt")
    assert "[console_scripts]\nseranking-tray = seranking_tray.entry:main" in entry_points
    assert f"[gui_scripts]\nseranking-tray-gui = {PYPROJECT['project']['gui-scripts']['seranking-tray-gui']}" in (
        entry_points
    )


def test_the_sdist_holds_what_the_wheel_is_built_from(dists: Dists) -> None:
    top = f"seranking_tray-{__version__}"
    with tarfile.open(dists.sdist) as archive:
        names = set(archive.getnames())
    assert {f"{top}/pyproject.toml", f"{top}/README.md", f"{top}/PKG-INFO"} <= names
    assert f"{top}/resources/{resources.DESKTOP_FILE}" in names
    assert f"{top}/resources/{resources.SCALABLE_ICON}" in names
    assert {f"{top}/{module}" for module in source_modules()} <= names


@pytest.fixture(scope="module")
def installed_wheel(dists: Dists, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh virtual environment with the wheel installed (without its dependencies: nothing is downloaded)."""
    venv = tmp_path_factory.mktemp("wheel-venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", str(dists.wheel)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    yield venv
    shutil.rmtree(venv, ignore_errors=True)


def test_an_installed_wheel_finds_its_own_resources_and_gui_command(installed_wheel: Path, tmp_path: Path) -> None:
    python = installed_wheel / "bin" / "python"
    script = (
        "import json\n"
        "from seranking_tray.system import autostart, resources\n"
        "origin, root = resources.locate()\n"
        "print(json.dumps({'origin': origin.value, 'root': str(root), "
        "'desktop': str(resources.path(resources.DESKTOP_FILE)), 'gui': autostart.gui_command()}))\n"
    )
    # From a directory outside the checkout, so that nothing of the source tree can be picked up.
    result = subprocess.run(
        [str(python), "-c", script], capture_output=True, text=True, timeout=60, check=True, cwd=tmp_path
    )
    found = json.loads(result.stdout)
    assert found["origin"] == "package"
    assert Path(found["root"]).is_relative_to(installed_wheel)
    assert Path(found["desktop"]).read_text() == (REPO_ROOT / "resources" / resources.DESKTOP_FILE).read_text()
    assert found["gui"] == [str(installed_wheel / "bin" / resources.GUI_COMMAND)]
    assert (installed_wheel / "bin" / resources.CLI_COMMAND).is_file()


# --- the bundle's entry scripts and the CI workflow ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "command"),
    [("scripts", resources.CLI_COMMAND), ("gui-scripts", resources.GUI_COMMAND)],
)
def test_the_bundle_runs_the_same_entry_points_as_the_wheel(table: str, command: str) -> None:
    module, function = PYPROJECT["project"][table][command].split(":")
    launcher = (LAUNCHERS / f"{command}.py").read_text()
    assert f"from {module} import {function}" in launcher
    assert f"sys.exit({function}())" in launcher


def check_workflow(path: Path) -> subprocess.CompletedProcess[str]:
    tool = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent)) or shutil.which("check-jsonschema")
    assert tool, "check-jsonschema is missing: it comes with the `test` extra"
    return subprocess.run(
        [tool, "--builtin-schema", "vendor.github-workflows", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_ci_workflow_is_valid_for_github() -> None:
    result = check_workflow(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_workflow_check_catches_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "build.yml"
    broken.write_text(WORKFLOW.read_text().replace("runs-on: windows-latest", "runs_on: windows-latest", 1))
    assert check_workflow(broken).returncode != 0


def test_the_workflow_builds_on_each_platform_s_own_runner() -> None:
    text = WORKFLOW.read_text()
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert f"runs-on: {runner}" in text
    assert text.count("python scripts/build-bundle.py") == 3
