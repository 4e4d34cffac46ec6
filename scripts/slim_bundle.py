"""Linux: what PyInstaller's spec cannot leave out, done to the built one-folder app (issue 18: <= 80 MiB).

* ICU's data (libicudata, 31 MB) becomes ICU's empty "stub data": QtCore links ICU, but uses its data only for
  collation (QCollator), legacy text codecs and ICU time zones, none of which the app uses. Case mapping and
  normalisation are compiled into libicuuc itself; QLocale formats numbers, money and dates from Qt's own CLDR
  tables. The stub is the same thing ICU's own build makes (icu4c/source/stubdata), compiled here with `cc`.
* The command line becomes a symbolic link to the GUI executable: on Linux the two differ only in the entry
  script, and each carries the same 4 MB archive of Python modules. The launcher tells them apart by name.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

# ICU's common-data header with no entries (icu4c/source/stubdata/stubdata.cpp), for any ICU version.
ICU_STUB_SOURCE = """\
#include <stdint.h>
typedef struct {
    uint16_t headerSize;
    uint8_t magic1, magic2;
    struct {
        uint16_t size, reservedWord;
        uint8_t isBigEndian, charsetFamily, sizeofUChar, reservedByte;
        uint8_t dataFormat[4], formatVersion[4], dataVersion[4];
    } info;
    char padding[8];
    uint32_t count, reserved;
    int32_t fakeNameAndData[4];
} ICU_Data_Header;

__attribute__((visibility("default"))) const ICU_Data_Header icudt%(version)s_dat = {
    32, 0xda, 0x27,
    {20, 0, 0, 0, 2, 0, {0x54, 0x6f, 0x43, 0x50}, {1, 0, 0, 0}, {0, 0, 0, 0}},
    {0, 0, 0, 0, 0, 0, 0, 0},
    0, 0,
    {0, 0, 0, 0},
};
"""


class SlimError(RuntimeError):
    pass


def replace_icu_data(folder: Path) -> Path | None:
    """Compile the stub over the bundle's libicudata.so.NN (the real file; links to it stay valid)."""
    found = [path for path in folder.rglob("libicudata.so.*") if path.is_file() and not path.is_symlink()]
    if not found:
        return None
    compiler = shutil.which(os.environ.get("CC", "cc"))
    if compiler is None:
        raise SlimError("a C compiler (cc) is needed to build ICU's empty data library; install gcc")
    for library in found:
        match = re.fullmatch(r"libicudata\.so\.(\d+)(?:\..*)?", library.name)
        if match is None:
            raise SlimError(f"unexpected ICU data library name: {library.name}")
        with tempfile.TemporaryDirectory() as work:
            source = Path(work) / "icudata_stub.c"
            source.write_text(ICU_STUB_SOURCE % {"version": match.group(1)})
            built = Path(work) / library.name
            soname = f"-Wl,-soname,libicudata.so.{match.group(1)}"
            command = [compiler, "-shared", "-fPIC", "-O2", "-s", soname, "-o", str(built), str(source)]
            subprocess.run(command, check=True)
            shutil.copyfile(built, library)
    return found[0]


def share_one_executable(folder: Path, cli: str, gui: str) -> None:
    """The CLI as a link to the GUI executable (the bootloader finds _internal/ through the link)."""
    (folder / cli).unlink()
    (folder / cli).symlink_to(gui)
