"""An 885-incident quarter (tests/report/many_incidents.py) makes a report without padding: the
body lists a handful of the 793 outages to notify and counts the rest, appendix A lists every
incident once.

Page bound: the body takes 3 pages (summary, figures, method); appendix A's table holds about
55 rows a page, so 885 rows take 17 pages: 20 in all (the report ran 40 pages before, the
793-row notice list filling pages 4-21 and appendix A repeating it).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from many_incidents import COUNT, quarter_analysis, quarter_incidents
from pypdf import PdfReader

from desktop_app.core.dataset import Dataset
from desktop_app.core.reporting.report_model import build_report_model
from desktop_app.report import write_report_pdf


@pytest.fixture(scope="module")
def model():
    table = quarter_incidents()
    return build_report_model(quarter_analysis(table), Dataset(table), organisation="")


@pytest.mark.parametrize(
    ("lang", "tail"),
    # 793 outages to notify; 10 are already under the longest incidents, 10 more are listed
    # in the body: 793 - 10 - 10 = 773 are left to appendix A.
    [("en", "and 773 more: appendix A"), ("ko", "외 773건: 부록 A")],
)
def test_885_incidents_in_20_pages_each_listed_once(model, tmp_path: Path, lang, tail):
    path = tmp_path / f"quarter-{lang}.pdf"
    write_report_pdf(model, path, lang=lang)
    pages = PdfReader(path).pages
    text = "\n".join(page.extract_text() for page in pages)
    assert len(pages) <= 20
    assert tail in text
    ids = re.findall(r"INC-\d{4}", text)
    assert len(set(ids)) == COUNT
    assert len(ids) == COUNT  # none listed twice in full
