import EssorCore
import EssorReport

/// Benchmark B: a 50,000 × 20 grid of numbers written by `XLSXRenderer`; `direct_xlsx.c`
/// and `python_xlsx.py` write the same cells.
enum XLSXBench {
  /// Number columns of the grid.
  static let columns = 20
  /// Rows repeat their values with this period (longer than zlib's window, so files
  /// compress like unique data); it lets the pooled variant share row storage.
  static let period = 1_024

  /// The value of a data cell: two-decimal figures up to 10,000, deterministic.
  static func value(row: Int, column: Int) -> Double {
    Double((((row % period) * columns + column) * 7_919) % 1_000_003) / 100
  }

  /// One table row of the grid, with its own cell storage.
  static func row(_ index: Int) -> Row {
    Row((0..<columns).map { Cell(.number(value(row: index, column: $0))) })
  }

  /// The benchmark document; `pooled` rows share the storage of the first `period` rows
  /// (copy-on-write), so the model stays small while the cells written are identical.
  static func document(rows: Int, pooled: Bool) -> Document {
    let tableRows: [Row]
    if pooled {
      let pool = (0..<min(period, rows)).map(row)
      tableRows = (0..<rows).map { pool[$0 % period] }
    } else {
      tableRows = (0..<rows).map(row)
    }
    let table = Table(
      id: "grid", columns: (0..<columns).map { Column("c\($0)", "C\($0)", .decimal(2)) },
      rows: tableRows)
    return Document(
      title: "Bench", language: .en,
      properties: DocumentProperties(created: 1_800_000_000),
      sections: [Section(title: "Data", blocks: [.table(table)])])
  }

  /// The variants `essor-bench xlsx MODE` accepts.
  enum Mode: String, CaseIterable {
    /// Normal libxlsxwriter mode, full document model.
    case normal
    /// Constant-memory mode, full document model (1,000,000 `Cell`s held at once).
    case constant
    /// Constant-memory mode, pooled rows: the renderer's own peak, not the model's.
    case constantPooled = "constant-pooled"
    /// Builds the full document model only: how much memory the model alone takes.
    case model
  }

  /// Builds the document, renders it (unless `mode` is `model`) and reports the timings.
  static func run(_ mode: Mode, output: String, rows: Int) throws {
    var document: Document?
    let buildSeconds = measureSeconds {
      document = Self.document(rows: rows, pooled: mode == .constantPooled)
    }
    guard let document else { fail("no document") }
    let modelPeak = peakResidentKiB()
    var renderSeconds = 0.0
    if mode != .model {
      let renderer = XLSXRenderer(constantMemory: mode != .normal)
      renderSeconds = try measureSeconds { try renderer.write(document, to: output) }
    }
    let cells = Double(rows * columns)
    report([
      "contender": "essor-xlsx-\(mode.rawValue)",
      "cells": String(rows * columns),
      "build_seconds": fixed(buildSeconds),
      "render_seconds": fixed(renderSeconds),
      "cells_per_second": mode == .model ? "0" : fixed(cells / renderSeconds, 0),
      "end_to_end_cells_per_second": mode == .model
        ? "0" : fixed(cells / (buildSeconds + renderSeconds), 0),
      "model_peak_kib": String(modelPeak),
      "self_peak_kib": String(peakResidentKiB()),
    ])
    // Keep the model alive until after the measurements.
    withExtendedLifetime(document) {}
  }
}
