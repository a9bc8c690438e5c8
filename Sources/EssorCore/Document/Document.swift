/// The neutral report every tool produces and every renderer draws.
///
/// Tools fill it with sections, key figures, typed tables and charts; renderers turn it
/// into a terminal page, Markdown, JSON or a workbook, knowing nothing of the domain.
public struct Document: Sendable {
  /// The document's title.
  public var title: String
  /// The language its labels are in.
  public var language: Language
  /// Metadata written into files that carry it (workbook properties).
  public var properties: DocumentProperties
  /// The sections, in order; in a workbook each section is a sheet.
  public var sections: [Section]
  /// The tool's machine-readable result; when present, the JSON renderer writes it
  /// (with `"schema": 1`) instead of the generic rendering of the sections.
  public var payload: [(String, JSONValue)]?

  /// Creates a document.
  public init(
    title: String, language: Language, properties: DocumentProperties = DocumentProperties(),
    sections: [Section] = [], payload: [(String, JSONValue)]? = nil
  ) {
    self.title = title
    self.language = language
    self.properties = properties
    self.sections = sections
    self.payload = payload
  }

  /// All tables of the document, with the section that holds each.
  public var tables: [(section: Int, table: Table)] {
    sections.enumerated().flatMap { index, section in
      section.blocks.compactMap { block in
        if case .table(let table) = block { return (index, table) }
        return nil
      }
    }
  }
}

/// Workbook metadata.
public struct DocumentProperties: Sendable {
  public var subject: String?
  public var author: String?
  public var company: String?
  public var keywords: String?
  public var comments: String?
  /// The creation time as seconds since 1970; nil means now, or `SOURCE_DATE_EPOCH`
  /// when set (for reproducible files).
  public var created: Int?

  public init(
    subject: String? = nil, author: String? = "Essor", company: String? = nil,
    keywords: String? = nil, comments: String? = nil, created: Int? = nil
  ) {
    self.subject = subject
    self.author = author
    self.company = company
    self.keywords = keywords
    self.comments = comments
    self.created = created
  }
}

/// A titled part of a document; a sheet of its own in a workbook.
public struct Section: Sendable {
  /// The section's title.
  public var title: String
  /// The short name for its sheet (≤ 31 characters once cleaned); the title when nil.
  public var sheetName: String?
  /// The content, top to bottom.
  public var blocks: [Block]
  /// Whether it is detail for files (a wide table of every item): a terminal only names it.
  public var isAppendix: Bool
  /// Whether it is a presentation slide (its title the headline, its figures the bullets):
  /// drawn by the slides format only, the other formats show the outline instead.
  public var isSlide: Bool
  /// Speaker notes of a slide.
  public var notes: String?
  /// Whether it is the document's summary: a terminal shows the summary sections only (with
  /// the names of the others), unless asked for a section or for all.
  public var isSummary = false

  public init(
    title: String, sheetName: String? = nil, blocks: [Block] = [], isAppendix: Bool = false,
    isSlide: Bool = false, notes: String? = nil
  ) {
    self.title = title
    self.sheetName = sheetName
    self.blocks = blocks
    self.isAppendix = isAppendix
    self.isSlide = isSlide
    self.notes = notes
  }
}

/// One piece of a section.
public enum Block: Sendable {
  /// A paragraph of text.
  case paragraph(String)
  /// Labelled figures (inputs, results); a cell may be named and may be a formula.
  case keyFigures([KeyFigure])
  /// A typed table.
  case table(Table)
  /// A chart drawn from table columns.
  case chart(Chart)
  /// Titled panels laid out on a grid (a canvas).
  case board(Board)
}

/// A labelled figure.
public struct KeyFigure: Sendable {
  public var label: String
  public var cell: Cell
  /// How the value is shown, when the value's own type is not enough (a rate with
  /// four decimals…).
  public var kind: ColumnKind?
  /// An explanation shown next to the figure.
  public var note: String?
  /// Whether it only means something in a workbook (a live check of its inputs): text
  /// formats leave it out.
  public var workbookOnly = false

  public init(_ label: String, _ cell: Cell, kind: ColumnKind? = nil, note: String? = nil) {
    self.label = label
    self.cell = cell
    self.kind = kind
    self.note = note
  }
}

extension Section {
  /// The name a command line gives the section (`--section`): its sheet name (or title) in
  /// lower case, without accents, words joined by hyphens — `compte-de-resultat`.
  public var shortName: String {
    let folded = (sheetName ?? title).folding(
      options: [.caseInsensitive, .diacriticInsensitive], locale: nil
    ).lowercased()
    return folded.split { !$0.isLetter && !$0.isNumber }.joined(separator: "-")
  }

  /// Whether `name` names the section: its short name, or the start of it.
  public func matches(_ name: String) -> Bool {
    let wanted = Section(title: name).shortName
    return !wanted.isEmpty && shortName.hasPrefix(wanted)
  }
}
