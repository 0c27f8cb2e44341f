"""Regenerate the English and Korean sample reports and their page previews.

    .venv/bin/python scripts/make_sample_report.py

Runs ``python -m desktop_app report`` on the samples for 2021 (compared with 2020, also
loaded) once per language: reports/sample_report.pdf (English, previews in
reports/preview/page-N.png) and reports/sample_report_ko.pdf (Korean, previews in
reports/preview/ko/page-N.png), rendered with poppler's ``pdftoppm`` (60 dpi).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.assets import sample_data_files  # noqa: E402
from desktop_app.cli import main as desktop_app_main  # noqa: E402

#: Per language: the organisation line, the PDF and the folder of its previews.
SAMPLES = {
    "en": (
        "Example Corp · Platform Operations",
        ROOT / "reports" / "sample_report.pdf",
        ROOT / "reports" / "preview",
    ),
    "ko": (
        "Example Corp · 플랫폼 운영팀",
        ROOT / "reports" / "sample_report_ko.pdf",
        ROOT / "reports" / "preview" / "ko",
    ),
}


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


def make_sample(lang: str, files: list[str]) -> int:
    organisation, pdf, previews = SAMPLES[lang]
    started = time.perf_counter()
    report = ["report", *files, "-o", str(pdf), "--from", "2021-01-01", "--to", "2021-12-31"]
    report += ["--tz", "Asia/Seoul", "--slo", "99.9", "--org", organisation, "--lang", lang]
    if desktop_app_main(report) != 0:
        return 1
    elapsed = time.perf_counter() - started
    pages = render_previews(pdf, previews)
    print(f"wrote {pdf.relative_to(ROOT)} ({len(pages)} pages, {elapsed:.2f} s)")
    print(f"previews in {previews.relative_to(ROOT)}/page-1.png … page-{len(pages)}.png")
    return 0


def main() -> int:
    files = [str(p) for p in sample_data_files()]
    if not files:
        raise SystemExit("no sample data in resources/samples/")
    return max(make_sample(lang, files) for lang in SAMPLES)


if __name__ == "__main__":
    raise SystemExit(main())
