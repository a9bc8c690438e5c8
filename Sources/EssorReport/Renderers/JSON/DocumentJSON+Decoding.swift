import EssorCore

/// Decoding: a document from its JSON, checked field by field.
extension DocumentJSON {
  /// A document from its JSON.
  ///
  /// A mistake is an error naming where it is (`document.sections[2].blocks[1].rows[4]`)
  /// and what is allowed. Unknown fields are refused, unless `lenient` (a newer minor
  /// version of the format may add some).
  public static func decode(
    _ value: JSONValue, source: String, lenient: Bool = false, allowsFormulas: Bool = true
  ) throws -> Document {
    var decoder = Decoder(source: source, lenient: lenient, allowsFormulas: allowsFormulas)
    return try decoder.document(value)
  }

  private struct Decoder {
    let source: String
    let lenient: Bool
    /// Formulas and defined names become live in a workbook: only Essor's own are taken.
    let allowsFormulas: Bool
    var cells = 0

    func fail(_ path: String, _ message: LocalizedText) -> EssorError {
      EssorError(
        .invalidValue, at: .file(path: source, line: nil, column: nil),
        LocalizedText(
          fr: "document invalide, à « \(path) » : \(message.fr)",
          en: "invalid document, at “\(path)”: \(message.en)"))
    }

    func members(_ value: JSONValue?, _ path: String, allowed: [String]) throws -> [String:
      JSONValue]
    {
      guard case .object(let list)? = value else {
        throw fail(path, LocalizedText(fr: "un objet est attendu.", en: "an object is expected."))
      }
      var out: [String: JSONValue] = [:]
      for (key, member) in list {
        guard allowed.contains(key) || lenient else {
          throw fail(
            path + "." + key,
            LocalizedText(
              fr: "champ inconnu ; champs possibles : \(allowed.joined(separator: ", ")).",
              en: "unknown field; known fields: \(allowed.joined(separator: ", "))."))
        }
        out[key] = member
      }
      return out
    }

    func string(_ value: JSONValue?, _ path: String) throws -> String {
      guard let text = value?.stringValue else {
        throw fail(path, LocalizedText(fr: "un texte est attendu.", en: "a string is expected."))
      }
      return text
    }

    func optionalString(_ value: JSONValue?, _ path: String) throws -> String? {
      guard let value, value != .null else { return nil }
      return try string(value, path)
    }

    func array(_ value: JSONValue?, _ path: String) throws -> [JSONValue] {
      guard case .array(let items)? = value else {
        throw fail(path, LocalizedText(fr: "une liste est attendue.", en: "an array is expected."))
      }
      return items
    }

    func integer(_ value: JSONValue?, _ path: String, in range: ClosedRange<Int>) throws -> Int {
      guard let number = value?.doubleValue, number == number.rounded(),
        range.contains(Int(exactly: number) ?? Int.min)
      else {
        throw fail(
          path,
          LocalizedText(
            fr: "un entier de \(range.lowerBound) à \(range.upperBound) est attendu.",
            en: "a whole number from \(range.lowerBound) to \(range.upperBound) is expected."))
      }
      return Int(number)
    }

    func number(_ value: JSONValue?, _ path: String) throws -> Double {
      guard let number = value?.doubleValue, number.isFinite else {
        throw fail(path, LocalizedText(fr: "un nombre est attendu.", en: "a number is expected."))
      }
      return number
    }

    func bool(_ value: JSONValue?, _ path: String) throws -> Bool {
      guard case .bool(let flag)? = value else {
        throw fail(path, LocalizedText(fr: "true ou false.", en: "true or false."))
      }
      return flag
    }

    mutating func document(_ value: JSONValue) throws -> Document {
      let fields = try members(
        value, "document", allowed: ["title", "language", "properties", "sections"])
      let languageText = try string(fields["language"], "document.language")
      guard let language = Language(rawValue: languageText) else {
        throw fail("document.language", LocalizedText(fr: "fr ou en.", en: "fr or en."))
      }
      var properties = DocumentProperties(author: nil)
      if let value = fields["properties"], value != .null {
        let list = try members(
          value, "document.properties",
          allowed: ["subject", "author", "company", "keywords", "comments"])
        properties.subject = try optionalString(list["subject"], "document.properties.subject")
        properties.author = try optionalString(list["author"], "document.properties.author")
        properties.company = try optionalString(list["company"], "document.properties.company")
        properties.keywords = try optionalString(list["keywords"], "document.properties.keywords")
        properties.comments = try optionalString(list["comments"], "document.properties.comments")
      }
      var sections: [Section] = []
      for (index, item) in try array(fields["sections"], "document.sections").enumerated() {
        sections.append(try section(item, "document.sections[\(index + 1)]"))
      }
      let document = Document(
        title: try string(fields["title"], "document.title"), language: language,
        properties: properties, sections: sections)
      try checkReferences(document)
      return document
    }

    mutating func section(_ value: JSONValue, _ path: String) throws -> Section {
      let fields = try members(
        value, path,
        allowed: ["title", "sheetName", "appendix", "slide", "notes", "summary", "blocks"])
      var blocks: [Block] = []
      for (index, item) in try array(fields["blocks"], path + ".blocks").enumerated() {
        blocks.append(try block(item, path + ".blocks[\(index + 1)]"))
      }
      var section = Section(
        title: try string(fields["title"], path + ".title"),
        sheetName: try optionalString(fields["sheetName"], path + ".sheetName"), blocks: blocks,
        isAppendix: try fields["appendix"].map { try bool($0, path + ".appendix") } ?? false,
        isSlide: try fields["slide"].map { try bool($0, path + ".slide") } ?? false,
        notes: try optionalString(fields["notes"], path + ".notes"))
      section.isSummary = try fields["summary"].map { try bool($0, path + ".summary") } ?? false
      return section
    }

    mutating func block(_ value: JSONValue, _ path: String) throws -> Block {
      let type = try string(value["type"], path + ".type")
      switch type {
      case "paragraph":
        let fields = try members(value, path, allowed: ["type", "text"])
        return .paragraph(try string(fields["text"], path + ".text"))
      case "keyFigures":
        let fields = try members(value, path, allowed: ["type", "figures"])
        var figures: [KeyFigure] = []
        for (index, item) in try array(fields["figures"], path + ".figures").enumerated() {
          let at = path + ".figures[\(index + 1)]"
          let figure = try members(
            item, at, allowed: ["label", "cell", "kind", "note", "workbookOnly"])
          var keyFigure = KeyFigure(
            try string(figure["label"], at + ".label"), try cell(figure["cell"], at + ".cell"),
            kind: try optionalString(figure["kind"], at + ".kind").map {
              try kind($0, at + ".kind")
            },
            note: try optionalString(figure["note"], at + ".note"))
          keyFigure.workbookOnly =
            try figure["workbookOnly"].map { try bool($0, at + ".workbookOnly") } ?? false
          figures.append(keyFigure)
        }
        return .keyFigures(figures)
      case "table":
        let fields = try members(
          value, path, allowed: ["type", "id", "title", "freezesHeader", "columns", "rows"])
        var columns: [Column] = []
        let columnValues = try array(fields["columns"], path + ".columns")
        guard !columnValues.isEmpty else {
          throw fail(path + ".columns", LocalizedText(fr: "aucune colonne.", en: "no column."))
        }
        for (index, item) in columnValues.enumerated() {
          let at = path + ".columns[\(index + 1)]"
          let column = try members(item, at, allowed: ["id", "title", "kind", "choices"])
          let id = try string(column["id"], at + ".id")
          guard !columns.contains(where: { $0.id == id }) else {
            throw fail(
              at + ".id",
              LocalizedText(
                fr: "la colonne « \(id) » existe déjà.", en: "the column “\(id)” already exists."))
          }
          let choices = try column["choices"].map { list in
            try array(list, at + ".choices").enumerated().map { offset, choice in
              try string(choice, at + ".choices[\(offset + 1)]")
            }
          }
          columns.append(
            Column(
              id, try string(column["title"], at + ".title"),
              try kind(try string(column["kind"], at + ".kind"), at + ".kind"), choices: choices))
        }
        var rows: [Row] = []
        for (index, item) in try array(fields["rows"], path + ".rows").enumerated() {
          let at = path + ".rows[\(index + 1)]"
          let row = try members(item, at, allowed: ["cells", "style"])
          let cellValues = try array(row["cells"], at + ".cells")
          guard cellValues.count == columns.count else {
            throw fail(
              at + ".cells",
              LocalizedText(
                fr: "\(cellValues.count) cellules pour \(columns.count) colonnes.",
                en: "\(cellValues.count) cells for \(columns.count) columns."))
          }
          var cells: [Cell] = []
          for (column, item) in cellValues.enumerated() {
            cells.append(try cell(item, at + ".cells[\(column + 1)]"))
          }
          let style = try optionalString(row["style"], at + ".style") ?? "data"
          guard style == "data" || style == "total" else {
            throw fail(at + ".style", LocalizedText(fr: "data ou total.", en: "data or total."))
          }
          rows.append(Row(cells, style: style == "total" ? .total : .data))
        }
        return .table(
          Table(
            id: try string(fields["id"], path + ".id"),
            title: try optionalString(fields["title"], path + ".title"), columns: columns,
            rows: rows,
            freezesHeader: try fields["freezesHeader"].map { try bool($0, path + ".freezesHeader") }
              ?? true))
      case "chart":
        let fields = try members(
          value, path,
          allowed: [
            "type", "kind", "title", "categories", "series", "valueAxisTitle",
            "categoryAxisTitle", "scale", "valueRange",
          ])
        let kindName = try string(fields["kind"], path + ".kind")
        guard let chartKind = Chart.Kind(rawValue: kindName) else {
          throw fail(
            path + ".kind",
            LocalizedText(
              fr: "l’un de \(Chart.Kind.allCases.map(\.rawValue).joined(separator: ", ")).",
              en: "one of \(Chart.Kind.allCases.map(\.rawValue).joined(separator: ", "))."))
        }
        guard case .array(let seriesValues)? = fields["series"], !seriesValues.isEmpty else {
          throw fail(
            path + ".series", LocalizedText(fr: "au moins une série.", en: "at least one series."))
        }
        var series: [Chart.Series] = []
        for (index, item) in try array(fields["series"], path + ".series").enumerated() {
          let at = path + ".series[\(index + 1)]"
          let entry = try members(item, at, allowed: ["name", "values"])
          series.append(
            Chart.Series(
              try string(entry["name"], at + ".name"),
              try reference(entry["values"], at + ".values")))
        }
        var range: ClosedRange<Double>?
        if let value = fields["valueRange"], value != .null {
          let bounds = try array(value, path + ".valueRange")
          let low = try number(bounds.first, path + ".valueRange[1]")
          let high = try number(bounds.count == 2 ? bounds[1] : nil, path + ".valueRange[2]")
          guard low <= high else {
            throw fail(path + ".valueRange", LocalizedText(fr: "min > max.", en: "min > max."))
          }
          range = low...high
        }
        return .chart(
          Chart(
            kind: chartKind, title: try string(fields["title"], path + ".title"),
            categories: try reference(fields["categories"], path + ".categories"), series: series,
            valueAxisTitle: try optionalString(fields["valueAxisTitle"], path + ".valueAxisTitle"),
            categoryAxisTitle: try optionalString(
              fields["categoryAxisTitle"], path + ".categoryAxisTitle"),
            scale: try fields["scale"].map { try number($0, path + ".scale") } ?? 1,
            valueRange: range))
      case "board":
        let fields = try members(value, path, allowed: ["type", "columns", "rows", "panels"])
        let columns = try integer(fields["columns"], path + ".columns", in: 1...24)
        let rows = try integer(fields["rows"], path + ".rows", in: 1...24)
        var panels: [Board.Panel] = []
        for (index, item) in try array(fields["panels"], path + ".panels").enumerated() {
          let at = path + ".panels[\(index + 1)]"
          let panel = try members(
            item, at, allowed: ["title", "subtitle", "lines", "row", "column", "width", "height"])
          let row = try integer(panel["row"], at + ".row", in: 0...(rows - 1))
          let column = try integer(panel["column"], at + ".column", in: 0...(columns - 1))
          panels.append(
            Board.Panel(
              title: try string(panel["title"], at + ".title"),
              subtitle: try optionalString(panel["subtitle"], at + ".subtitle"),
              lines: try array(panel["lines"], at + ".lines").enumerated().map {
                try string($0.element, at + ".lines[\($0.offset + 1)]")
              }, row: row, column: column,
              width: try integer(panel["width"], at + ".width", in: 1...(columns - column)),
              height: try integer(panel["height"], at + ".height", in: 1...(rows - row))))
        }
        var taken: Set<Int> = []
        for (index, panel) in panels.enumerated() {
          for row in panel.row..<(panel.row + panel.height) {
            for column in panel.column..<(panel.column + panel.width)
            where !taken.insert(row * 100 + column).inserted {
              throw fail(
                path + ".panels[\(index + 1)]",
                LocalizedText(
                  fr: "ce panneau en chevauche un autre.", en: "this panel overlaps another."))
            }
          }
        }
        return .board(Board(columns: columns, rows: rows, panels: panels))
      default:
        throw fail(
          path + ".type",
          LocalizedText(
            fr: "« \(type) » inconnu ; paragraph, keyFigures, table, chart ou board.",
            en: "unknown “\(type)”; paragraph, keyFigures, table, chart or board."))
      }
    }

    func reference(_ value: JSONValue?, _ path: String) throws -> ColumnReference {
      let fields = try members(value, path, allowed: ["table", "column", "rows"])
      var rows: ClosedRange<Int>?
      if let value = fields["rows"], value != .null {
        let bounds = try array(value, path + ".rows")
        let low = try integer(bounds.first, path + ".rows[1]", in: 0...Self.maximumRows)
        let high = try integer(
          bounds.count == 2 ? bounds[1] : nil, path + ".rows[2]", in: low...Self.maximumRows)
        rows = low...high
      }
      return ColumnReference(
        table: try string(fields["table"], path + ".table"),
        column: try string(fields["column"], path + ".column"), rows: rows)
    }

    static let maximumRows = 1_048_575

    mutating func cell(_ value: JSONValue?, _ path: String) throws -> Cell {
      cells += 1
      guard cells <= DocumentJSON.maximumCells else {
        throw fail(
          path,
          LocalizedText(
            fr: "plus de \(DocumentJSON.maximumCells) cellules.",
            en: "more than \(DocumentJSON.maximumCells) cells."))
      }
      guard let value, value != .null else { return .empty }
      if !allowsFormulas && (value["formula"] != nil || value["name"] != nil) {
        throw fail(
          path,
          LocalizedText(
            fr: "les formules et les noms définis ne sont pas acceptés d’un outil externe.",
            en: "formulas and defined names are not accepted from an external tool."))
      }
      let fields = try members(
        value, path,
        allowed: [
          "text", "money", "percent", "integer", "number", "unit", "date", "bool", "formula",
          "name", "snapshot", "input",
        ])
      let kinds = ["text", "money", "percent", "integer", "number", "date", "bool"].filter {
        fields[$0] != nil
      }
      guard kinds.count == 1 || (kinds.isEmpty && fields["formula"] != nil) else {
        throw fail(
          path,
          LocalizedText(
            fr: "une seule valeur par cellule, pas \(kinds.joined(separator: " et ")).",
            en: "one value per cell, not \(kinds.joined(separator: " and "))."))
      }
      var cellValue = CellValue.empty
      switch kinds.first {
      case "text": cellValue = .text(try string(fields["text"], path + ".text"))
      case "money":
        let amount = try number(fields["money"], path + ".money")
        guard abs(amount) <= Money.limit.doubleValue else {
          throw fail(
            path + ".money", LocalizedText(fr: "montant hors limites.", en: "amount out of range."))
        }
        guard abs((amount * 100).rounded() - amount * 100) < 1e-6 else {
          throw fail(
            path + ".money",
            LocalizedText(
              fr: "deux décimales au plus (des centimes).", en: "at most two decimals (cents)."))
        }
        cellValue = .money(Money(cents: Int64((amount * 100).rounded())))
      case "percent": cellValue = .percent(try number(fields["percent"], path + ".percent"))
      case "integer":
        let number = try number(fields["integer"], path + ".integer")
        guard number == number.rounded(), abs(number) < 9e15 else {
          throw fail(path + ".integer", LocalizedText(fr: "un entier.", en: "a whole number."))
        }
        cellValue = .integer(Int64(number))
      case "number":
        let value = try number(fields["number"], path + ".number")
        if let text = try optionalString(fields["unit"], path + ".unit") {
          guard let unit = QuantityUnit(rawValue: text) else {
            throw fail(
              path + ".unit",
              LocalizedText(
                fr:
                  "une unité parmi \(QuantityUnit.allCases.map(\.rawValue).joined(separator: ", ")).",
                en: "a unit among \(QuantityUnit.allCases.map(\.rawValue).joined(separator: ", "))."
              ))
          }
          cellValue = .quantity(value, unit)
        } else {
          cellValue = .number(value)
        }
      case "date":
        let text = try string(fields["date"], path + ".date")
        guard text.count == 10, let date = CalendarDate.parse(text) else {
          throw fail(
            path + ".date", LocalizedText(fr: "une date AAAA-MM-JJ.", en: "a date YYYY-MM-DD."))
        }
        cellValue = .date(date)
      case "bool": cellValue = .bool(try bool(fields["bool"], path + ".bool"))
      default: break
      }
      let formula = try optionalString(fields["formula"], path + ".formula").map { Formula($0) }
      if let refusal = formula?.refusal {
        throw fail(
          path + ".formula",
          LocalizedText(
            fr: "formule refusée : \(refusal.fr).", en: "formula refused: \(refusal.en)."))
      }
      var cell = Cell(
        cellValue,
        formula: formula,
        name: try optionalString(fields["name"], path + ".name"))
      if let flag = fields["snapshot"] { cell.snapshot = try bool(flag, path + ".snapshot") }
      if let flag = fields["input"] { cell.input = try bool(flag, path + ".input") }
      return cell
    }

    func kind(_ text: String, _ path: String) throws -> ColumnKind {
      switch text {
      case "text": return .text
      case "money": return .money
      case "integer": return .integer
      case "plainInteger": return .plainInteger
      case "date": return .date
      case "month": return .month
      default:
        let parts = text.split(separator: ":")
        if parts.count == 2, let decimals = Int(parts[1]), (0...12).contains(decimals) {
          if parts[0] == "percent" { return .percent(decimals: decimals) }
          if parts[0] == "decimal" { return .decimal(decimals) }
        }
        throw fail(
          path,
          LocalizedText(
            fr: "text, money, integer, plainInteger, date, percent:N ou decimal:N.",
            en: "text, money, integer, plainInteger, date, percent:N or decimal:N."))
      }
    }

    /// Charts and formulas refer to tables of the same document.
    func checkReferences(_ document: Document) throws {
      let tables = Dictionary(
        document.tables.map { ($0.table.id, $0.table) }, uniquingKeysWith: { a, _ in a })
      guard tables.count == document.tables.count else {
        throw fail(
          "document",
          LocalizedText(fr: "deux tableaux ont le même id.", en: "two tables share an id."))
      }
      for (sectionIndex, section) in document.sections.enumerated() {
        for (blockIndex, block) in section.blocks.enumerated() {
          guard case .chart(let chart) = block else { continue }
          let path = "document.sections[\(sectionIndex + 1)].blocks[\(blockIndex + 1)]"
          for reference in [chart.categories] + chart.series.map(\.values) {
            guard let table = tables[reference.table], table.columnIndex(reference.column) != nil
            else {
              throw fail(
                path,
                LocalizedText(
                  fr:
                    "le graphique cite la colonne inconnue \(reference.table).\(reference.column).",
                  en: "the chart names the unknown column \(reference.table).\(reference.column)."))
            }
            guard table.rows.contains(where: { $0.style == .data }) else {
              throw fail(
                path,
                LocalizedText(
                  fr:
                    "le graphique porte sur le tableau « \(reference.table) », qui n’a pas de ligne.",
                  en: "the chart draws the table “\(reference.table)”, which has no row."))
            }
          }
        }
      }
    }
  }
}
