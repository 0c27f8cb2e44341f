"""``--smoke`` in-process: the real window, the sample, the PDF (about two seconds)."""

from __future__ import annotations

import pytest

from desktop_app import assets
from desktop_app.cli import main
from desktop_app.ui.startup.smoke import SmokeFailure, _check_pdf

pytestmark = pytest.mark.gui


def test_smoke_passes_on_the_source_tree(qapp, capsys):
    assert main(["--smoke"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("smoke test passed:")
    assert "NanumGothic embedded" in out


def test_smoke_fails_with_a_message_when_the_sample_is_missing(qapp, capsys, monkeypatch):
    monkeypatch.setattr(assets, "sample_data_files", lambda: [])
    assert main(["--smoke"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("smoke test failed: no bundled sample CSV")


def test_smoke_fails_when_the_bundled_font_is_missing(qapp, capsys, monkeypatch):
    """A NanumGothic installed on the machine must not hide a font missing from the bundle."""
    monkeypatch.setattr(assets, "FONT_REGULAR", "Missing.ttf")
    assert main(["--smoke"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("smoke test failed: the bundled font")
    assert "Missing.ttf" in err


def test_pdf_check_names_a_missing_embedded_font(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /BaseFont /Helvetica >> endobj\n%%EOF\n")
    with pytest.raises(SmokeFailure, match="NanumGothic"):
        _check_pdf(path)


def test_pdf_check_names_a_truncated_file(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4\n/FontFile2 NanumGothic")
    with pytest.raises(SmokeFailure, match="not a whole PDF"):
        _check_pdf(path)
