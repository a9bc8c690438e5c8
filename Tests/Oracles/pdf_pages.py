#!/usr/bin/env python3
"""Convert workbooks to PDF with LibreOffice (headless) and count each one's A4 pages.

This is how a consultant prints Essor's workbooks: the page setup (paper, fit to width,
appendices on one page per hundred rows) decides the count.

Usage: pdf_pages.py WORKBOOK [WORKBOOK ...]
Prints JSON: {"pages": {WORKBOOK: N, ...}}
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from lo_recalc import PROFILE, soffice


def pages(pdf):
    """The number of page objects in a PDF LibreOffice wrote (its page dictionaries are
    plain text)."""
    with open(pdf, "rb") as f:
        data = f.read()
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def main(paths):
    work = tempfile.mkdtemp(prefix="essor-pdf-")
    try:
        profile = os.path.join(work, "profile")
        os.makedirs(os.path.join(profile, "user"))
        with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
            f.write(PROFILE)
        out = os.path.join(work, "out")
        subprocess.run(
            [soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", out] + paths,
            check=True, capture_output=True, timeout=600)
        result = {}
        for path in paths:
            name = os.path.splitext(os.path.basename(path))[0] + ".pdf"
            result[path] = pages(os.path.join(out, name))
        json.dump({"pages": result}, sys.stdout)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main(sys.argv[1:])
