import CXlsxWriter
import EssorCore
import Foundation

/// Writes a document as an .xlsx workbook through libxlsxwriter.
///
/// Money, percent and date cells get proper number formats; formulas are always written
/// with the value Essor computed as their cached result; named cells become defined names;
/// charts are native; the file appears atomically or not at all. Numbers never depend on
/// the process locale (libxlsxwriter prints doubles with `%.16G`, so `LC_NUMERIC` is held
/// at "C" while writing).
public struct XLSXRenderer: DocumentRenderer {
  /// Whether to use libxlsxwriter's constant-memory mode (rows flushed as written).
  public var constantMemory: Bool

  public init(constantMemory: Bool = false) { self.constantMemory = constantMemory }

  public var format: String { "xlsx" }
  public var fileExtensions: [String] { ["xlsx"] }
  public var needsFile: Bool { true }
  public var summary: LocalizedText {
    LocalizedText(
      fr: "un classeur Excel/LibreOffice (avec --output).",
      en: "an Excel/LibreOffice workbook (with --output).")
  }

  /// Writes the workbook to `destination`'s file; standard output is refused.
  public func write(_ document: Document, to destination: RenderDestination) throws -> String? {
    guard let path = destination.path else {
      throw EssorError(
        .missingOption, at: .flag("--output"),
        LocalizedText(
          fr: "le format xlsx s’écrit dans un fichier.", en: "the xlsx format goes to a file."),
        hint: LocalizedText(
          fr: "ajoutez --output FICHIER.xlsx.", en: "add --output FILE.xlsx."))
    }
    try write(document, to: path)
    return nil
  }

  /// Writes `document` to `path`, replacing any file there only once the workbook is complete.
  public func write(_ document: Document, to path: String) throws {
    let layout = try WorkbookLayout(document)
    try AtomicFile.write(to: path) { temporary in
      try NumericLocale.withCLocale {
        try WorkbookWriter(
          document: document, layout: layout, path: temporary, shownPath: path,
          constantMemory: constantMemory
        ).write()
      }
    }
  }
}

/// Holds `LC_NUMERIC` at "C" for the duration of a body, then restores it.
enum NumericLocale {
  private static let lock = NSLock()

  static func withCLocale<T>(_ body: () throws -> T) rethrows -> T {
    lock.lock()
    defer { lock.unlock() }
    let previous = setlocale(LC_NUMERIC, nil).map { String(cString: $0) } ?? "C"
    setlocale(LC_NUMERIC, "C")
    defer { setlocale(LC_NUMERIC, previous) }
    return try body()
  }
}
