#!/usr/bin/env python3
"""Print one part of an .xlsx package (a ZIP), for checks openpyxl does not expose the
same way in every version (data validation lists, hyperlinks).

Usage: xlsx_part.py WORKBOOK.xlsx PART   (e.g. xl/worksheets/sheet2.xml)
"""
import sys
import zipfile

with zipfile.ZipFile(sys.argv[1]) as package:
    sys.stdout.write(package.read(sys.argv[2]).decode("utf-8"))
