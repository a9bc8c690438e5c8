#!/usr/bin/env python3
"""Print every non-empty cell of an .xlsx workbook as JSON, read by openpyxl (an
independent reader): {sheet: {A1: [cached value, formula or null]}}, plus the defined names.

Used by the sample-output comparison: two workbooks that print the same are the same to
their users, whatever their bytes (creation time, internal ordering).
"""
import json
import sys

import openpyxl


def plain(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 9)
    return value


def main(path):
    formulas = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    out = {"names": {}, "sheets": {}}
    for name, defined in formulas.defined_names.items():
        out["names"][name] = defined.attr_text
    for ws in formulas.worksheets:
        values = cached[ws.title]
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                formula = c.value if c.data_type == "f" else None
                cells[c.coordinate] = [plain(values[c.coordinate].value), formula]
        out["sheets"][ws.title] = cells
    json.dump(out, sys.stdout, ensure_ascii=False, indent=0, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
