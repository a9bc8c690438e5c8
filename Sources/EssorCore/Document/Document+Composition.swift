/// Documents combine: a dossier, a comparison of scenarios or a cohort report is built from
/// the tools' own documents, each appended under a namespace so that table ids, chart
/// references and defined names never clash.
extension Document {
  /// This document followed by `other`'s sections, `other` renamed into `namespace`: its
  /// tables become `namespace/id`, its formulas and charts follow, its defined names take
  /// the prefix `namespace_` (dashes as underscores).
  ///
  /// The result keeps this document's title, language and properties. Its JSON payload is
  /// both payloads (the other one under the namespace) when both documents have one, else
  /// none, so the JSON renderer writes every section. Throws when the namespace is not
  /// lowercase letters, digits and dashes starting with a letter, or when the combination
  /// does not hold together (``validate()``).
  public func appending(_ other: Document, namespace: String) throws -> Document {
    let renamed = try other.namespaced(namespace)
    var combined = self
    combined.sections += renamed.sections
    if let mine = payload, let theirs = renamed.payload {
      combined.payload = mine + [(namespace, .object(theirs))]
    } else {
      combined.payload = nil
    }
    try combined.validate()
    return combined
  }

  /// The same document with its table ids, references and defined names in `namespace`.
  public func namespaced(_ namespace: String) throws -> Document {
    guard let first = namespace.unicodeScalars.first, ("a"..."z").contains(first),
      namespace.unicodeScalars.allSatisfy({
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
      })
    else {
      throw EssorError(
        .invalidValue,
        LocalizedText(
          fr:
            "espace de noms « \(namespace.prefix(80)) » refusé : des minuscules, chiffres et tirets, une lettre d’abord.",
          en:
            "namespace “\(namespace.prefix(80))” refused: lowercase letters, digits and dashes, a letter first."
        ))
    }
    let renaming = Renaming(
      namespace: namespace, prefix: namespace.replacingOccurrences(of: "-", with: "_") + "_",
      names: Set(definedNames.map { $0.lowercased() }))
    func column(_ reference: ColumnReference) -> ColumnReference {
      var reference = reference
      reference.table = renaming.table(reference.table)
      return reference
    }
    var copy = self
    copy.sections = sections.map { section in
      var section = section
      section.blocks = section.blocks.map { block in
        switch block {
        case .paragraph, .board:
          return block
        case .keyFigures(let figures):
          return .keyFigures(
            figures.map { figure in
              var figure = figure
              figure.cell = renaming.cell(figure.cell)
              return figure
            })
        case .table(var value):
          value.id = renaming.table(value.id)
          let rows = value.rows
          // Rows made on demand stay on demand: each is renamed as it is read.
          value.rows =
            rows.isProduced
            ? TableRows(count: rows.count) { renaming.row(rows[$0]) }
            : TableRows(rows.map(renaming.row))
          return .table(value)
        case .chart(var chart):
          chart.categories = column(chart.categories)
          chart.series = chart.series.map { series in
            var series = series
            series.values = column(series.values)
            return series
          }
          return .chart(chart)
        }
      }
      return section
    }
    return copy
  }

  /// Every defined name of the document (key figures' and stored tables' named cells).
  public var definedNames: [String] {
    sections.flatMap { section in
      section.blocks.flatMap { block -> [String] in
        switch block {
        case .keyFigures(let figures): return figures.compactMap(\.cell.name)
        case .table(let table):
          let rows = table.rows.isProduced ? Array(table.rows.prefix(1)) : Array(table.rows)
          return rows.flatMap { $0.cells.compactMap(\.name) }
        default: return []
        }
      }
    }
  }

  /// Formula text with every identifier that is one of `names` (and not a function call,
  /// nor inside a string or a quoted sheet name) prefixed.
  static func renamingNames(in text: String, names: Set<String>, prefix: String) -> String {
    guard !names.isEmpty else { return text }
    var output = ""
    var characters = Array(text)[...]
    while let character = characters.first {
      if character == "\"" || character == "'" {
        // A string literal or a quoted sheet name: copied up to its closing quote.
        output.append(characters.removeFirst())
        while let next = characters.first {
          output.append(characters.removeFirst())
          if next == character { break }
        }
        continue
      }
      if character.isLetter || character == "_" {
        var word = ""
        while let next = characters.first,
          next.isLetter || next.isNumber || next == "_" || next == "."
        {
          word.append(characters.removeFirst())
        }
        let isCall = characters.first == "("
        output += !isCall && names.contains(word.lowercased()) ? prefix + word : word
        continue
      }
      output.append(characters.removeFirst())
    }
    return output
  }
}

/// How one document's names move into a namespace.
private struct Renaming: Sendable {
  let namespace: String
  let prefix: String
  let names: Set<String>

  func table(_ id: String) -> String { namespace + "/" + id }

  func row(_ row: Row) -> Row {
    var row = row
    row.cells = row.cells.map(cell)
    return row
  }

  /// A cell with its formula's tables and names, and its own name, renamed; a formula
  /// that does not read is kept as it is, for ``Document/validate()`` to name.
  func cell(_ cell: Cell) -> Cell {
    var cell = cell
    cell.name = cell.name.map { prefix + $0 }
    if let formula = cell.formula, let pieces = try? formula.pieces() {
      cell.formula = Formula(
        pieces: pieces.map { piece in
          switch piece {
          case .text(let text):
            return .text(Document.renamingNames(in: text, names: names, prefix: prefix))
          case .reference(var reference):
            reference.table = reference.table.map(table)
            return .reference(reference)
          }
        })
    }
    return cell
  }
}
