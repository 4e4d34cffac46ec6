"""Print the size of each package in a dist directory, and of each one-folder app unpacked (issue 18: the release
workflow shows every platform's package size). Also appended to the GitHub job summary when there is one.

Usage: python scripts/package-sizes.py [DIST]      (default: dist)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

MIB = 1024 * 1024
PACKAGES = (".deb", ".tar.gz", ".zip", ".whl")


def tree_bytes(path: Path) -> int:
    return sum((Path(root) / name).lstat().st_size for root, _dirs, files in os.walk(path) for name in files)


def main(argv: list[str]) -> int:
    dist = Path(argv[0] if argv else "dist")
    rows = [
        (child.name, child.stat().st_size)
        for child in sorted(dist.iterdir())
        if child.is_file() and child.name.endswith(PACKAGES)
    ]
    rows += [(f"{child.name}/ (unpacked)", tree_bytes(child)) for child in sorted(dist.iterdir()) if child.is_dir()]
    if not rows:
        sys.stderr.write(f"no packages in {dist}\n")
        return 1
    lines = ["| package | MiB |", "|---|---|", *(f"| {name} | {size / MIB:.1f} |" for name, size in rows)]
    sys.stdout.write("\n".join(lines) + "\n")
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with Path(summary).open("a", encoding="utf-8") as out:
            out.write("### Package sizes\n\n" + "\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
