#!/usr/bin/env python3
"""Recalculate workbooks in LibreOffice (recalculation forced) and compare every formula's
recalculated value with the value Essor cached in the file.

LibreOffice does not recalculate .xlsx files on load by default, so a dedicated profile
sets OOXMLRecalcMode=0 (always). The proof that it took effect is a planted workbook
whose cell holds =1+1 with a cached value of 99: after conversion it must read 2.

Usage: lo_recalc.py WORKBOOK.xlsx [...]
Prints JSON: {"planted": <value>, "workbooks": [{"path", "formulas", "maxDiff", "mismatches"}]}
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl
import xlsxwriter

PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""
TOLERANCE = 0.005


def soffice():
    for name in ("soffice", "libreoffice"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit("LibreOffice (soffice) is not installed")


def main(paths):
    work = tempfile.mkdtemp(prefix="essor-lo-")
    try:
        profile = os.path.join(work, "profile")
        os.makedirs(os.path.join(profile, "user"))
        with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
            f.write(PROFILE)
        inputs = os.path.join(work, "in")
        outputs = os.path.join(work, "out")
        os.makedirs(inputs)
        planted = os.path.join(inputs, "planted.xlsx")
        book = xlsxwriter.Workbook(planted)
        book.add_worksheet("Planted").write_formula("A1", "=1+1", None, 99)
        book.close()
        copies = []
        for index, path in enumerate(paths):
            copy = os.path.join(inputs, f"book{index}.xlsx")
            shutil.copy(path, copy)
            copies.append(copy)
        subprocess.run(
            [soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "xlsx", "--outdir", outputs, planted, *copies],
            check=True, capture_output=True, timeout=600)
        planted_value = openpyxl.load_workbook(
            os.path.join(outputs, "planted.xlsx"), data_only=True)["Planted"]["A1"].value
        report = {"planted": planted_value, "workbooks": []}
        for path, copy in zip(paths, copies):
            report["workbooks"].append(compare(path, os.path.join(outputs, os.path.basename(copy))))
        json.dump(report, sys.stdout)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def compare(original, recalculated):
    formulas = openpyxl.load_workbook(original)
    cached = openpyxl.load_workbook(original, data_only=True)
    fresh = openpyxl.load_workbook(recalculated, data_only=True)
    count = 0
    worst = 0.0
    mismatches = []
    for ws in formulas.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type != "f":
                    continue
                count += 1
                before = cached[ws.title][cell.coordinate].value
                after = fresh[ws.title][cell.coordinate].value
                if isinstance(before, (int, float)) and isinstance(after, (int, float)):
                    diff = abs(float(before) - float(after))
                    worst = max(worst, diff)
                    if diff <= TOLERANCE:
                        continue
                elif before == after:
                    continue
                if len(mismatches) < 20:
                    mismatches.append({"sheet": ws.title, "cell": cell.coordinate, "formula": cell.value,
                                       "cached": before, "recalculated": after})
                else:
                    mismatches.append(None)
    return {"path": original, "formulas": count, "maxDiff": worst,
            "mismatches": [m for m in mismatches if m], "mismatchCount": len(mismatches)}


if __name__ == "__main__":
    main(sys.argv[1:])
