#!/usr/bin/env python3
"""Edit named input cells of a workbook, recalculate it in LibreOffice (recalculation
forced), and print the recalculated values of every cell of the given sheets.

This is what a consultant does with Essor's workbook: change an assumption and read the
plan again. openpyxl writes the edit (formulas are kept, cached values dropped), then
LibreOffice recomputes every formula.

Usage: lo_edit_recalc.py WORKBOOK NAME=VALUE [NAME=VALUE ...] -- SHEET [SHEET ...]
Prints JSON: {"sheets": {SHEET: [[row values...], ...]}}
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

from lo_recalc import PROFILE, soffice


def main(arguments):
    split = arguments.index("--")
    path, edits, sheets = arguments[0], arguments[1:split], arguments[split + 1:]
    work = tempfile.mkdtemp(prefix="essor-lo-edit-")
    try:
        book = openpyxl.load_workbook(path)
        for edit in edits:
            name, value = edit.split("=", 1)
            defined = book.defined_names[name]
            for sheet, ref in defined.destinations:
                book[sheet][ref.replace("$", "")].value = float(value)
        edited = os.path.join(work, "edited.xlsx")
        book.save(edited)
        profile = os.path.join(work, "profile")
        os.makedirs(os.path.join(profile, "user"))
        with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
            f.write(PROFILE)
        out = os.path.join(work, "out")
        subprocess.run(
            [soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "xlsx", "--outdir", out, edited],
            check=True, capture_output=True, timeout=600)
        fresh = openpyxl.load_workbook(os.path.join(out, "edited.xlsx"), data_only=True)
        result = {"sheets": {}}
        for sheet in sheets:
            result["sheets"][sheet] = [
                [cell for cell in row] for row in fresh[sheet].iter_rows(values_only=True)]
        json.dump(result, sys.stdout, default=str)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main(sys.argv[1:])
