extension Document {
  /// Checks that the document holds together before any renderer sees it: table ids and
  /// defined names unique, every formula reference naming a table and column that exist
  /// and rows inside the table, every chart naming existing columns.
  ///
  /// Rows made on demand are checked on their first row only (they are made alike).
  public func validate() throws {
    var tables: [String: Table] = [:]
    for (_, table) in self.tables {
      guard tables[table.id] == nil else {
        throw Self.invalid("two tables share the id “\(table.id)”")
      }
      tables[table.id] = table
    }
    var names: Set<String> = []
    for name in definedNames {
      guard names.insert(name.lowercased()).inserted else {
        throw Self.invalid("the defined name “\(name)” is used twice")
      }
    }
    func check(_ formula: Formula, table current: Table?, row: Int?) throws {
      for case .reference(let reference) in try formula.pieces() {
        func fail(_ why: String) -> EssorError {
          Self.invalid(
            "the reference {\(reference.text)} in “\(formula.template.prefix(80))” \(why)")
        }
        guard let table = reference.table.map({ tables[$0] }) ?? current else {
          throw fail(
            reference.table == nil ? "needs a cell of a table" : "names no table of the document")
        }
        guard table.columnIndex(reference.column) != nil else {
          throw fail("names no column of the table “\(table.id)”")
        }
        let count = table.rows.count
        switch reference.rows {
        case .relative(let offset):
          guard reference.table == nil || reference.table == current?.id, let row else {
            throw fail("is relative but not in the same table")
          }
          guard (0..<count).contains(row + offset) else { throw fail("falls outside the table") }
        case .row(let index):
          guard (0..<count).contains(index) else { throw fail("falls outside the table") }
        case .range(let range):
          guard range.lowerBound >= 0, range.upperBound < count else {
            throw fail("falls outside the table")
          }
        case .allData:
          break
        }
      }
    }
    for section in sections {
      for block in section.blocks {
        switch block {
        case .keyFigures(let figures):
          for figure in figures {
            if let formula = figure.cell.formula { try check(formula, table: nil, row: nil) }
          }
        case .table(let table):
          let indices =
            table.rows.isProduced ? Array(table.rows.indices.prefix(1)) : Array(table.rows.indices)
          for index in indices {
            for cell in table.rows[index].cells {
              if let formula = cell.formula { try check(formula, table: table, row: index) }
            }
          }
        case .chart(let chart):
          _ = try resolve(chart)
        case .paragraph, .board:
          break
        }
      }
    }
  }

  private static func invalid(_ reason: String) -> EssorError {
    EssorError(
      .invalidValue,
      LocalizedText(
        fr: "document incohérent : \(reason).",
        en: "the document does not hold together: \(reason)."))
  }
}
