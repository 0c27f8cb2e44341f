"""The packaging inputs: build.spec, the frozen resource layout, the icon set, the .desktop file.

build.spec is executed with stand-ins for PyInstaller's classes, so these tests run in
milliseconds; the real build and its ``--smoke`` run in CI (scripts/build_app.sh).
"""

from __future__ import annotations

import configparser
import shutil
import struct
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from desktop_app import assets

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"


class Recorder:
    """Stands in for one PyInstaller build class and records how the spec called it."""

    def __init__(self, calls: dict[str, dict], name: str) -> None:
        self._calls, self._name = calls, name

    def __call__(self, *args, **kwargs) -> SimpleNamespace:
        self._calls[self._name] = {"args": args, **kwargs}
        return SimpleNamespace(
            binaries=[(dest, f"/src/{dest}", "BINARY") for dest in COLLECTED],
            datas=[],
            pure=[],
            scripts=[],
        )


#: Files PyInstaller's hooks would collect; the spec keeps the first group, drops the second.
KEPT = [
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "pyarrow/libarrow.so.2600",
    "pyarrow/libparquet.so.2600",
    "pyarrow/libarrow_substrait.so.2600",
    "pyarrow/_csv.cpython-311-x86_64-linux-gnu.so",
    "pyarrow/_compute.cpython-311-x86_64-linux-gnu.so",
    # Qt's standard buttons and dialogs in Korean, loaded beside the app's own catalogue
    "PySide6/Qt/translations/qtbase_ko.qm",
]
DROPPED = [
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qtdeclarative_ko.qm",
    "pyarrow/libarrow_flight.so.2600",
    "pyarrow/libarrow_s3.so.2600",
    "pyarrow/_s3fs.cpython-311-x86_64-linux-gnu.so",
    "pyarrow/include/arrow/api.h",
    "pyarrow/lib.pyx",
    # copies beside the executable of what pyarrow's extensions load from pyarrow/
    "libarrow.so.2600",
    "libparquet.so.2600",
    "libarrow_flight.so.2600",
    # platforms without a window system, and their libraries
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-egldevice-integration.so",
    "libQt6EglFSDeviceIntegration.so.6",
]
COLLECTED = KEPT + DROPPED


def run_spec(monkeypatch: pytest.MonkeyPatch, platform: str) -> tuple[dict, dict[str, dict]]:
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))
    calls: dict[str, dict] = {}
    namespace = {"SPECPATH": str(ROOT), "__name__": "__main__"}
    for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        namespace[name] = Recorder(calls, name)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return namespace, calls


def test_spec_builds_one_folder_app_from_the_entry_script(monkeypatch):
    _, calls = run_spec(monkeypatch, "linux")
    (entry,) = calls["Analysis"]["args"][0]
    assert Path(entry) == ROOT / "scripts" / "pyinstaller_entry.py"
    assert Path(entry).is_file()
    assert calls["EXE"]["name"] == calls["COLLECT"]["name"] == "ReliabilityDesk"
    assert calls["EXE"]["exclude_binaries"] is True
    assert calls["EXE"]["console"] is True
    assert "BUNDLE" not in calls


def test_spec_bundles_the_resources_folder(monkeypatch):
    _, calls = run_spec(monkeypatch, "linux")
    assert calls["Analysis"]["datas"] == [(str(ROOT / "resources"), "resources")]


def test_spec_excludes_what_the_app_does_not_use(monkeypatch):
    _, calls = run_spec(monkeypatch, "linux")
    excludes = set(calls["Analysis"]["excludes"])
    unused = {"tkinter", "PyQt5", "PyQt6", "PySide2", "matplotlib", "IPython", "pytest", "pypdf"}
    unused |= {f"PySide6.{m}" for m in ("QtWebEngineCore", "Qt3DCore", "QtQml", "QtQuick")}
    unused |= {f"PySide6.{m}" for m in ("QtMultimedia", "QtPdf", "QtNetworkAuth", "QtTest")}
    assert unused <= excludes
    needed = {f"PySide6.{m}" for m in ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtOpenGL")}
    needed.add("PySide6.QtOpenGLWidgets")  # pyqtgraph's PlotCurveItem imports both
    needed.add("PySide6.QtNetwork")  # a second copy hands its files over a local socket
    assert not needed & excludes
    assert not {"pyqtgraph", "pandas", "pyarrow", "reportlab", "numpy", "tzdata"} & excludes


def test_spec_drops_unused_collected_files_and_keeps_the_rest(monkeypatch):
    namespace, _ = run_spec(monkeypatch, "linux")
    kept = [dest for dest, _src, _kind in namespace["a"].binaries]
    assert kept == KEPT


@pytest.mark.parametrize(
    ("platform", "icon"),
    [("win32", "reliability-desk.ico"), ("darwin", "reliability-desk.icns")],
)
def test_spec_is_windowed_with_the_icon_on_windows_and_macos(monkeypatch, platform, icon):
    _, calls = run_spec(monkeypatch, platform)
    assert calls["EXE"]["console"] is False
    assert Path(calls["EXE"]["icon"]) == ROOT / "resources" / "icons" / icon
    assert Path(calls["EXE"]["icon"]).is_file()
    assert ("BUNDLE" in calls) == (platform == "darwin")


def check_resources_found() -> None:
    fonts = (assets.FONT_REGULAR, assets.FONT_BOLD, assets.LATIN_REGULAR, assets.LATIN_BOLD)
    fonts += tuple(file for _, file, _ in assets.FALLBACK_FONTS)
    for font in (*fonts, *assets.FONT_LICENCES):
        assert assets.resource_path("fonts", font).is_file()
    assert assets.resource_path("translations", "reliability_desk_ko.qm").is_file()
    assert assets.sample_data_files()
    assert all(path.is_file() for path in assets.app_icon_files())


def test_resources_are_found_in_the_source_tree():
    assert assets.resources_dir() == ROOT / "resources"
    check_resources_found()


def test_resources_are_found_in_the_frozen_layout(monkeypatch, tmp_path):
    """Lay out the bundle as the spec's datas say, then look from inside it."""
    namespace, _ = run_spec(monkeypatch, "linux")
    for source, dest in namespace["RESOURCES"]:
        shutil.copytree(source, tmp_path / dest)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert assets.resources_dir() == tmp_path / "resources"
    assert assets.sample_data_files()[0].is_relative_to(tmp_path)
    check_resources_found()


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    return struct.unpack(">II", data[16:24])


def test_icon_pngs_exist_in_every_size():
    for size, path in zip(assets.APP_ICON_SIZES, assets.app_icon_files(), strict=True):
        assert png_size(path) == (size, size)
    assert {16, 32, 48, 256, 512} <= set(assets.APP_ICON_SIZES)


def test_ico_holds_the_windows_sizes():
    data = assets.resource_path("icons", "reliability-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    entries = [struct.unpack("<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]) for i in range(count)]
    sizes = {entry[0] or 256 for entry in entries}
    assert sizes == {16, 24, 32, 48, 64, 128, 256}
    for entry in entries:
        size, offset = entry[6], entry[7]
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + size <= len(data)


def test_icon_svg_source_is_there():
    svg = assets.resource_path("icons", "reliability-desk.svg").read_text(encoding="utf-8")
    assert "<svg" in svg


def test_desktop_entry_opens_csv_files_with_the_app():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read(ROOT / "resources" / "reliability-desk.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Reliability Desk"
    assert entry["Exec"] == "reliability-desk %F"
    assert entry["Icon"] == assets.APP_ICON_NAME
    mime_types = entry["MimeType"].rstrip(";").split(";")
    assert {"text/csv", "text/tab-separated-values"} <= set(mime_types)
