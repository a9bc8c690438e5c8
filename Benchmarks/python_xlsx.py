"""Python XlsxWriter contender for benchmark B: the same workbook as `essor-bench xlsx`
and `direct_xlsx` (title, header row, 50,000 x 20 number cells formatted "#,##0.00",
frozen header, column widths), then an fsync as Essor's atomic write does.

usage: python3 python_xlsx.py normal|constant OUT [ROWS]
prints: RESULT contender=python-xlsx-MODE cells=N seconds=S cells_per_second=R ...
"""

import os
import resource
import sys
import time

import xlsxwriter

COLUMNS = 20
PERIOD = 1024
FIRST_DATA_ROW = 3


def value(row, column):
    """The value of a data cell; the same formula as XLSXBench.value and direct_xlsx.c."""
    return (((row % PERIOD) * COLUMNS + column) * 7_919) % 1_000_003 / 100


def write(path, constant, rows):
    """Writes the benchmark workbook to `path` and fsyncs it."""
    folder = os.path.dirname(os.path.abspath(path))
    workbook = xlsxwriter.Workbook(path, {"constant_memory": constant, "tmpdir": folder})
    workbook.set_properties({"title": "Bench", "author": "Essor"})
    sheet = workbook.add_worksheet("Data")
    title = workbook.add_format({"bold": True, "font_size": 14})
    header = workbook.add_format(
        {"bold": True, "bottom": 1, "bg_color": "#E8EEF4", "text_wrap": True}
    )
    number = workbook.add_format({"num_format": "#,##0.00"})
    sheet.freeze_panes(FIRST_DATA_ROW, 0)
    sheet.write_string(0, 0, "Data", title)
    for column in range(COLUMNS):
        sheet.write_string(FIRST_DATA_ROW - 1, column, f"C{column}", header)
    write_number = sheet.write_number
    for row in range(rows):
        sheet_row = FIRST_DATA_ROW + row
        for column in range(COLUMNS):
            write_number(sheet_row, column, value(row, column), number)
    sheet.set_column(0, COLUMNS - 1, 11.9)
    workbook.close()
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def main():
    if len(sys.argv) not in (3, 4) or sys.argv[1] not in ("normal", "constant"):
        sys.exit("usage: python_xlsx.py normal|constant OUT [ROWS]")
    mode, path = sys.argv[1], sys.argv[2]
    rows = int(sys.argv[3]) if len(sys.argv) == 4 else 50_000
    start = time.perf_counter()
    write(path, mode == "constant", rows)
    seconds = time.perf_counter() - start
    cells = rows * COLUMNS
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"RESULT contender=python-xlsx-{mode} cells={cells} seconds={seconds:.6f}"
        f" cells_per_second={cells / seconds:.0f} self_peak_kib={peak_kib}"
    )


if __name__ == "__main__":
    main()
