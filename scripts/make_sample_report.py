"""Regenerate reports/sample_report.pdf and its page previews from the bundled sample data.

    .venv/bin/python scripts/make_sample_report.py

Runs the same chain as ``python -m desktop_app report``: read_incident_files -> analyse ->
build_report_model -> write_report_pdf, then renders every page to
reports/preview/page-N.png with poppler's ``pdftoppm`` (60 dpi).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.assets import sample_data_files  # noqa: E402
from desktop_app.core.analysis import Selection, Settings, analyse  # noqa: E402
from desktop_app.core.model import ReadOptions  # noqa: E402
from desktop_app.core.reader import read_incident_files  # noqa: E402
from desktop_app.core.report_model import build_report_model  # noqa: E402
from desktop_app.core.window import Window  # noqa: E402
from desktop_app.report import write_report_pdf  # noqa: E402

TZ = "Asia/Seoul"
#: A year's report, so the summary can compare it with the year before (2020, also loaded).
PERIOD = (date(2021, 1, 1), date(2021, 12, 31))
PDF = ROOT / "reports" / "sample_report.pdf"
PREVIEWS = ROOT / "reports" / "preview"


def render_previews(pdf: Path, folder: Path) -> list[Path]:
    """Every page as ``page-N.png`` (N from 1, no zero padding); old previews are removed."""
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm not found: install poppler-utils to render the previews")
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("page-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(folder / "page")], check=True)
    pages = []
    for image in folder.glob("page-*.png"):
        number = int(image.stem.split("-")[1])
        pages.append(image.rename(folder / f"page-{number}.png"))
    return sorted(pages, key=lambda p: int(p.stem.split("-")[1]))


def main() -> int:
    files = sample_data_files()
    if not files:
        raise SystemExit("no sample data in resources/samples/")
    started = time.perf_counter()
    imported = read_incident_files(files, ReadOptions(tz=TZ))
    selection = Selection(window=Window.from_dates(*PERIOD, TZ))
    analysis = analyse(imported.incidents, selection, Settings(tz=TZ, slo_pct=99.9))
    model = build_report_model(
        analysis,
        imported,
        title="Service reliability report",
        organisation="Example Corp · Platform Operations",
    )
    PDF.parent.mkdir(parents=True, exist_ok=True)
    write_report_pdf(model, PDF)
    elapsed = time.perf_counter() - started
    pages = render_previews(PDF, PREVIEWS)
    print(f"wrote {PDF.relative_to(ROOT)} ({len(pages)} pages, {elapsed:.2f} s)")
    print(f"previews in {PREVIEWS.relative_to(ROOT)}/page-1.png … page-{len(pages)}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
