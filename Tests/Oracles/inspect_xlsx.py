#!/usr/bin/env python3
"""Describe an .xlsx file as JSON through openpyxl (an independent reader).

Prints: properties, defined names (with their cached values), and for each sheet the
freeze pane, column widths and every non-empty cell (value, cached value, data type,
number format, whether it is a formula); plus the chart kinds found in the package.
"""
import json
import re
import sys
import zipfile

import openpyxl


def cell_ref(ws, ref):
    return ws[ref]


def page_setup(ws):
    """How the sheet prints: paper, orientation, fit, print area, footer, and the rows
    (1-based, inclusive) each chart spans."""
    setup = ws.page_setup
    fit = ws.sheet_properties.pageSetUpPr
    area = ws.print_area
    last_row = None
    if area:
        match = re.search(r"\$?[A-Z]+\$?(\d+)$", area if isinstance(area, str) else area[0])
        last_row = int(match.group(1)) if match else None
    charts = []
    for chart in getattr(ws, "_charts", []):
        anchor = chart.anchor
        start = anchor._from.row + 1
        end = anchor.to.row + 1 if hasattr(anchor, "to") and anchor.to is not None else start
        charts.append({"fromRow": start, "toRow": end})
    return {
        "paper": int(setup.paperSize) if setup.paperSize else None,
        "orientation": setup.orientation or "portrait",
        "fitToPage": bool(fit and fit.fitToPage),
        "fitToWidth": int(setup.fitToWidth) if setup.fitToWidth is not None else 1,
        "fitToHeight": int(setup.fitToHeight) if setup.fitToHeight is not None else 1,
        "printArea": area if isinstance(area, str) or area is None else ",".join(area),
        "printAreaLastRow": last_row,
        "footer": (ws.oddFooter.left.text or "") + "|" + (ws.oddFooter.right.text or ""),
        "charts": charts,
    }


def main(path):
    formulas = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    props = formulas.properties
    out = {
        "properties": {
            "title": props.title, "subject": props.subject, "creator": props.creator,
            "keywords": props.keywords, "description": props.description,
            "created": props.created.isoformat() if props.created else None,
        },
        "company": None,
        "names": {},
        "sheets": {},
        "charts": [],
    }
    for name, defined in formulas.defined_names.items():
        destinations = list(defined.destinations)
        value = None
        if destinations:
            sheet, ref = destinations[0]
            value = cached[sheet][ref.replace("$", "")].value
        out["names"][name] = {"ref": defined.attr_text, "value": value}
    for ws in formulas.worksheets:
        values = cached[ws.title]
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                cached_value = values[c.coordinate].value
                if hasattr(cached_value, "isoformat"):
                    cached_value = cached_value.isoformat()
                raw = c.value
                if hasattr(raw, "isoformat"):
                    raw = raw.isoformat()
                cells[c.coordinate] = {
                    "value": raw if isinstance(raw, (int, float, str, bool)) else str(raw),
                    "cached": cached_value,
                    "type": c.data_type,
                    "format": c.number_format,
                    "formula": isinstance(c.value, str) and c.value.startswith("=") and c.data_type == "f",
                }
        out["sheets"][ws.title] = {
            "freeze": ws.freeze_panes,
            "widths": {k: v.width for k, v in ws.column_dimensions.items() if v.width},
            "cells": cells,
            "merged": sorted(str(r) for r in ws.merged_cells.ranges),
            "wrapped": sorted(k for k, c in ((c.coordinate, c) for row in ws.iter_rows() for c in row)
                              if c.alignment is not None and c.alignment.wrap_text),
            "page": page_setup(ws),
        }
    with zipfile.ZipFile(path) as archive:
        for name in sorted(archive.namelist()):
            if re.match(r"xl/charts/chart\d+\.xml$", name):
                xml = archive.read(name).decode("utf-8")
                kinds = re.findall(r"<c:(lineChart|barChart|pieChart|radarChart|areaChart)>", xml)
                grouping = re.findall(r'<c:grouping val="(\w+)"/>', xml)
                caches = re.findall(r"<c:numCache>(.*?)</c:numCache>", xml, re.S)
                flat = [c for c in caches
                        if len(re.findall(r"<c:v>", c)) > 1
                        and all(float(v) == 0 for v in re.findall(r"<c:v>([^<]*)</c:v>", c))]
                out["charts"].append({"part": name, "kinds": kinds, "grouping": grouping,
                                      "flatCaches": len(flat)})
        app = archive.read("docProps/app.xml").decode("utf-8")
        company = re.search(r"<Company>(.*?)</Company>", app)
        out["company"] = company.group(1) if company else None
    json.dump(out, sys.stdout, ensure_ascii=False, default=str)


if __name__ == "__main__":
    main(sys.argv[1])
