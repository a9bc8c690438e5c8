/*
 * direct_xlsx.c: the baseline for Essor's XLSXRenderer. Writes the same workbook as
 * `essor-bench xlsx` (title, header row, 50,000 x 20 number cells formatted "#,##0.00",
 * frozen header, column widths) by calling libxlsxwriter directly, then fsyncs the file
 * as Essor's atomic write does.
 *
 * usage: direct_xlsx normal|constant OUT [ROWS]
 * prints: RESULT contender=c-xlsx-MODE cells=N seconds=S cells_per_second=R self_peak_kib=K
 */
#define _POSIX_C_SOURCE 200809L

#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#include <xlsxwriter.h>

enum { COLUMNS = 20, PERIOD = 1024, FIRST_DATA_ROW = 3 };

/* The value of a data cell; the same formula as XLSXBench.value and python_xlsx.value. */
static double value(long row, long column) {
  return (double)((((row % PERIOD) * COLUMNS + column) * 7919) % 1000003) / 100.0;
}

/* Seconds on the monotonic clock. */
static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Exits with a message when a libxlsxwriter call fails. */
static void check(lxw_error status, const char *what) {
  if (status != LXW_NO_ERROR) {
    fprintf(stderr, "direct_xlsx: %s: %s\n", what, lxw_strerror(status));
    exit(1);
  }
}

int main(int argc, char **argv) {
  if (argc < 3 || argc > 4 || (strcmp(argv[1], "normal") != 0 && strcmp(argv[1], "constant") != 0)) {
    fprintf(stderr, "usage: direct_xlsx normal|constant OUT [ROWS]\n");
    return 2;
  }
  int constant = strcmp(argv[1], "constant") == 0;
  const char *path = argv[2];
  long rows = argc == 4 ? atol(argv[3]) : 50000;
  char *folder_copy = strdup(path);
  char *folder = dirname(folder_copy);

  double start = now();
  lxw_workbook_options options = {.constant_memory = (uint8_t)constant, .tmpdir = folder, .use_zip64 = 0};
  lxw_workbook *workbook = workbook_new_opt(path, &options);
  if (!workbook) {
    fprintf(stderr, "direct_xlsx: cannot create %s\n", path);
    return 1;
  }
  lxw_doc_properties properties = {.title = "Bench", .author = "Essor", .created = 1800000000};
  check(workbook_set_properties(workbook, &properties), "properties");
  lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Data");

  lxw_format *title = workbook_add_format(workbook);
  format_set_bold(title);
  format_set_font_size(title, 14);
  lxw_format *header = workbook_add_format(workbook);
  format_set_bold(header);
  format_set_bottom(header, LXW_BORDER_THIN);
  format_set_bg_color(header, 0xE8EEF4);
  format_set_text_wrap(header);
  lxw_format *number = workbook_add_format(workbook);
  format_set_num_format(number, "#,##0.00");

  worksheet_freeze_panes(sheet, FIRST_DATA_ROW, 0);
  check(worksheet_write_string(sheet, 0, 0, "Data", title), "title");
  for (int column = 0; column < COLUMNS; column++) {
    char name[8];
    snprintf(name, sizeof name, "C%d", column);
    check(worksheet_write_string(sheet, FIRST_DATA_ROW - 1, (lxw_col_t)column, name, header), "header");
  }
  for (long row = 0; row < rows; row++) {
    for (long column = 0; column < COLUMNS; column++) {
      check(worksheet_write_number(sheet, (lxw_row_t)(FIRST_DATA_ROW + row), (lxw_col_t)column,
                                   value(row, column), number),
            "cell");
    }
  }
  worksheet_set_column(sheet, 0, COLUMNS - 1, 11.9, NULL);
  check(workbook_close(workbook), "close");
  int descriptor = open(path, O_RDONLY);
  if (descriptor < 0 || fsync(descriptor) != 0) {
    fprintf(stderr, "direct_xlsx: cannot fsync %s\n", path);
    return 1;
  }
  close(descriptor);
  double seconds = now() - start;

  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  long cells = rows * COLUMNS;
  printf("RESULT contender=c-xlsx-%s cells=%ld seconds=%.6f cells_per_second=%.0f self_peak_kib=%ld\n",
         argv[1], cells, seconds, (double)cells / seconds, usage.ru_maxrss);
  free(folder_copy);
  return 0;
}
