import EssorCore
import EssorReport

/// Benchmark B: a 50,000 × 20 grid of numbers written by `XLSXRenderer`; `direct_xlsx.c`
/// and `python_xlsx.py` write the same cells.
enum XLSXBench {
  /// Number columns of the grid.
  static let columns = 20
  /// Rows repeat their values with this period (longer than zlib's window, so files
  /// compress like unique data).
  static let period = 1_024

  /// The value of a data cell: two-decimal figures up to 10,000, deterministic.
  static func value(row: Int, column: Int) -> Double {
    Double((((row % period) * columns + column) * 7_919) % 1_000_003) / 100
  }

  /// One table row of the grid, with its own cell storage.
  static func row(_ index: Int) -> Row {
    Row((0..<columns).map { Cell(.number(value(row: index, column: $0))) })
  }

  /// The benchmark document; `streamed` rows are produced on demand as the renderer writes
  /// them (`Table(rowCount:row:)`), so the model holds no cells at all.
  static func document(rows: Int, streamed: Bool) -> Document {
    let columns = (0..<columns).map { Column("c\($0)", "C\($0)", .decimal(2)) }
    let table =
      streamed
      ? Table(id: "grid", columns: columns, rowCount: rows, row: row)
      : Table(id: "grid", columns: columns, rows: (0..<rows).map(row))
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
    /// Constant-memory mode, rows produced on demand: the renderer's own peak.
    case constantStreamed = "constant-streamed"
    /// Builds the full document model only: how much memory the model alone takes.
    case model
  }

  /// Builds the document, renders it (unless `mode` is `model`) and reports the timings.
  static func run(_ mode: Mode, output: String, rows: Int) throws {
    var document: Document?
    let buildSeconds = measureSeconds {
      document = Self.document(rows: rows, streamed: mode == .constantStreamed)
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
