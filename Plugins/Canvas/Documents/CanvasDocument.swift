import EssorCore
import EssorReport

/// Draws canvases as a document: a board laid out like each canvas, the value curves with
/// their chart for a strategy canvas, and a table of the items with their status.
struct CanvasDocument {
  var canvases: [FilledCanvas]
  var language: Language
  var enterprise: String?

  func build() -> Document {
    let fr = language == .fr
    var sections: [Section] = []
    for (index, canvas) in canvases.enumerated() {
      var blocks: [Block] = []
      if let description = canvas.kind.description {
        blocks.append(.paragraph(description(language)))
      }
      if let curve = canvas.curve, !curve.factors.isEmpty, !curve.players.isEmpty {
        let table = levels(curve, id: "curve\(index + 1)")
        blocks.append(.table(table))
        blocks.append(
          .chart(
            Chart(
              kind: .line, title: fr ? "Courbes de valeur" : "Value curves",
              categories: ColumnReference(table: table.id, column: "factor"),
              series: curve.players.enumerated().map { offset, player in
                Chart.Series(player.name, ColumnReference(table: table.id, column: "p\(offset)"))
              }, valueAxisTitle: fr ? "Niveau d’offre" : "Offering level",
              categoryAxisTitle: fr ? "Facteurs" : "Factors", scale: 2)))
      }
      blocks.append(.board(board(canvas)))
      if let credit = canvas.kind.credit { blocks.append(.paragraph(credit(language))) }
      sections.append(
        Section(title: canvas.displayTitle(language), sheetName: canvas.name, blocks: blocks))
      if let items = itemsTable(canvas, id: "items\(index + 1)") {
        sections.append(
          Section(
            title: (fr ? "Éléments — " : "Items — ") + canvas.name,
            sheetName: (fr ? "Éléments " : "Items ") + canvas.name, blocks: [.table(items)],
            isAppendix: true))
      }
    }
    let title =
      (fr ? "Canevas" : "Canvases") + (enterprise.map { " — " + $0 } ?? "")
    return Document(
      title: title, language: language,
      properties: DocumentProperties(
        subject: fr ? "Canevas stratégiques" : "Strategy canvases", company: enterprise,
        keywords: canvases.map(\.kind.id).joined(separator: ", ")),
      sections: sections, payload: [("canvases", .array(canvases.map(payload)))])
  }

  /// The board: one panel per block, where the kind places it.
  private func board(_ canvas: FilledCanvas) -> Board {
    Board(
      columns: canvas.kind.columns, rows: canvas.kind.rows,
      panels: canvas.kind.blocks.map { block in
        Board.Panel(
          title: block.title(language), subtitle: block.questions.first?(language),
          lines: canvas.items(block).map { line($0, block: block, curve: canvas.curve) },
          row: block.position.row, column: block.position.column, width: block.position.width,
          height: block.position.height)
      })
  }

  /// An item as one line of its panel.
  private func line(_ item: CanvasItem, block: BlockSpec, curve: ValueCurve?) -> String {
    if let name = item.factor {
      let label = curve?.factor(named: name)?.label ?? name
      return item.text == name ? label : label + " — " + item.text
    }
    var text = item.text
    if let category = item.category.flatMap(block.category) {
      text = category.title(language) + " · " + text
    }
    if let share = item.share { text += " (" + share.percentText(language) + ")" }
    if let status = item.status { text += " [" + status.label(language) + "]" }
    return text
  }

  /// The levels of every player on every factor.
  private func levels(_ curve: ValueCurve, id: String) -> Table {
    let fr = language == .fr
    var columns = [Column("factor", fr ? "Facteur" : "Factor", .text)]
    for (offset, player) in curve.players.enumerated() {
      columns.append(Column("p\(offset)", player.name, .plainInteger))
    }
    let rows = curve.factors.map { factor in
      Row(
        [Cell.text(factor.label)]
          + curve.players.map { Cell(.integer(Int64($0.levels[factor.id] ?? 0))) })
    }
    return Table(
      id: id, title: fr ? "Niveaux d’offre (0 à 10)" : "Offering levels (0 to 10)",
      columns: columns, rows: rows)
  }

  /// Every item with its links, status and evidence; nil for an empty canvas.
  private func itemsTable(_ canvas: FilledCanvas, id: String) -> Table? {
    let fr = language == .fr
    let rows = canvas.kind.blocks.flatMap { block in
      canvas.items(block).map { item in
        Row([
          .text(block.title(language)), item.id.map(Cell.text) ?? .empty,
          .text(item.factor.map { canvas.curve?.factor(named: $0)?.label ?? $0 } ?? item.text),
          item.category.flatMap(block.category).map { .text($0.title(language)) } ?? .empty,
          item.tags.isEmpty ? .empty : .text(item.tags.joined(separator: ", ")),
          item.status.map { .text($0.label(language)) } ?? .empty,
          item.evidence.map(Cell.text) ?? .empty, item.impact.map(Cell.text) ?? .empty,
          item.amount.map(Cell.money) ?? .empty,
          item.share.map { Cell(.percent($0.fraction)) } ?? .empty,
        ])
      }
    }
    let detailed = canvas.blocks.values.joined().contains {
      $0.id != nil || !$0.tags.isEmpty || $0.status != nil || $0.evidence != nil
        || $0.impact != nil || $0.category != nil || $0.amount != nil || $0.share != nil
    }
    guard detailed else { return nil }
    return Table(
      id: id,
      columns: [
        Column("block", fr ? "Bloc" : "Block", .text),
        Column("id", "Id", .text), Column("text", fr ? "Élément" : "Item", .text),
        Column("category", fr ? "Catégorie" : "Category", .text),
        Column("tags", fr ? "Liens" : "Tags", .text),
        Column("status", fr ? "Statut" : "Status", .text),
        Column("evidence", fr ? "Preuve" : "Evidence", .text),
        Column("impact", "Impact", .text),
        Column("amount", fr ? "Montant annuel" : "Yearly amount", .money),
        Column("share", fr ? "Part" : "Share", .percent(decimals: 2)),
      ], rows: rows)
  }

  private func payload(_ canvas: FilledCanvas) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("name", .string(canvas.name)), ("kind", .string(canvas.kind.id)),
      ("title", .string(canvas.displayTitle(language))),
      (
        "blocks",
        .array(
          canvas.kind.blocks.map { block in
            .object([
              ("id", .string(block.id)), ("title", .string(block.title(language))),
              ("items", .array(canvas.items(block).map(itemJSON))),
            ])
          })
      ),
    ]
    if let curve = canvas.curve {
      members.append(
        (
          "factors",
          .array(
            curve.factors.map { .object([("id", .string($0.id)), ("label", .string($0.label))]) })
        ))
      members.append(
        (
          "players",
          .array(
            curve.players.map { player in
              .object([
                ("name", .string(player.name)), ("us", .bool(player.isUs)),
                (
                  "levels",
                  .object(curve.factors.map { ($0.id, .integer(Int64(player.levels[$0.id] ?? 0))) })
                ),
              ])
            })
        ))
    }
    return .object(members)
  }

  private func itemJSON(_ item: CanvasItem) -> JSONValue {
    var members: [(String, JSONValue)] = []
    if let id = item.id { members.append(("id", .string(id))) }
    members.append(("text", .string(item.text)))
    if let factor = item.factor { members.append(("factor", .string(factor))) }
    if !item.tags.isEmpty { members.append(("tags", .array(item.tags.map { .string($0) }))) }
    if let category = item.category { members.append(("category", .string(category))) }
    if let status = item.status { members.append(("status", .string(status.rawValue))) }
    if let evidence = item.evidence { members.append(("evidence", .string(evidence))) }
    if let impact = item.impact { members.append(("impact", .string(impact))) }
    if let amount = item.amount { members.append(("amount", .money(amount))) }
    if let share = item.share { members.append(("share", .number(share.fraction, decimals: 6))) }
    return .object(members)
  }
}
