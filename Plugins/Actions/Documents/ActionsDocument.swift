import EssorCore

/// The action plan as a tracker: every action with its status as a drop-down and the
/// overdue ones highlighted, then the work by milestone (a stacked column chart, counted by
/// formulas over the tracker so it follows edits).
struct ActionsDocument {
  let actions: [Action]
  /// Actions the facts no longer call for (their cause is gone), by id.
  let resolved: Set<String>
  let today: CalendarDate
  let language: Language
  let enterprise: String?
  let title: String?

  private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

  func build() -> Document {
    let open = actions.filter { $0.status.isOpen }
    let overdue = actions.filter { $0.isOverdue(on: today) }
    let considered = actions.filter { $0.status != .dropped }
    let done = considered.filter { $0.status == .done }.count
    var blocks: [Block] = [
      .keyFigures([
        KeyFigure(t("Actions ouvertes", "Open actions"), Cell(.integer(Int64(open.count)))),
        KeyFigure(
          t("En retard", "Overdue"), Cell(.integer(Int64(overdue.count))), note: "\(today)"),
        KeyFigure(
          t("Faites", "Done"),
          Cell(.percent(considered.isEmpty ? 0 : Double(done) / Double(considered.count))),
          kind: .percent(decimals: 0)),
      ])
    ]
    if actions.isEmpty {
      blocks.append(
        .paragraph(
          t(
            "Aucune action. Proposez-en depuis les autres outils : essor actions suggest.",
            "No action yet. Propose some from the other tools: essor actions suggest.")))
    } else {
      blocks.append(.table(tracker()))
    }
    var sections = [
      Section(
        title: title ?? t("Plan d’actions", "Action plan"), sheetName: t("Actions", "Actions"),
        blocks: blocks)
    ]
    if !actions.isEmpty { sections.append(milestones()) }
    return Document(
      title: t("Plan d’actions", "Action plan") + (enterprise.map { " — " + $0 } ?? ""),
      language: language,
      properties: DocumentProperties(
        subject: t("Plan d’actions", "Action plan"), company: enterprise,
        comments: t(
          "Modifiez actions/plan.yaml ; l’état se choisit dans la liste.",
          "Edit actions/plan.yaml; the status is chosen from the list.")),
      sections: sections, payload: payload(overdue: Set(overdue.map(\.id))))
  }

  private func tracker() -> Table {
    let columns = [
      Column("id", "id", .text), Column("title", t("Action", "Action"), .text),
      Column("origin", t("Origine", "Origin"), .text),
      Column("owner", t("Responsable", "Owner"), .text),
      Column("due", t("Échéance", "Due"), .date),
      Column("status", t("État", "Status"), .text, choices: Action.Status.allCases.map(\.rawValue)),
      Column(
        "milestone", t("Étape", "Milestone"), .text,
        choices: Action.Milestone.allCases.map(\.rawValue)),
      Column("note", t("Remarque", "Note"), .text),
    ]
    let rows = actions.map { action in
      var note = action.notes ?? ""
      if resolved.contains(action.id) {
        note =
          t("résolue par les faits", "resolved by the facts") + (note.isEmpty ? "" : " — " + note)
      }
      return Row([
        .text(action.id), .text(action.title), .text(action.origin.text), .text(action.owner.text),
        action.due.map { Cell(.date($0)) } ?? .empty, .text(action.status.rawValue),
        .text(action.milestone?.rawValue ?? ""), .text(note),
      ])
    }
    var table = Table(id: "actions", columns: columns, rows: rows)
    table.highlight = Formula(
      "AND(ISNUMBER({due}),{due}<TODAY(),OR({status}=\"todo\",{status}=\"doing\"))")
    return table
  }

  private func milestones() -> Section {
    let statuses: [Action.Status] = [.todo, .doing, .done]
    let rows = Action.Milestone.allCases.map { milestone in
      Row(
        [.text(milestone.rawValue)]
          + statuses.map { status in
            let count = actions.filter { $0.milestone == milestone && $0.status == status }.count
            return Cell(
              .integer(Int64(count)),
              formula: Formula(
                "COUNTIFS({actions.milestone*},{milestone},{actions.status*},\"\(status.rawValue)\")"
              ))
          })
    }
    let table = Table(
      id: "milestones",
      columns: [Column("milestone", t("Étape", "Milestone"), .text)]
        + statuses.map { Column($0.rawValue, $0.rawValue, .integer) }, rows: rows)
    return Section(
      title: t("Avancement par étape", "Progress by milestone"),
      sheetName: t("Étapes", "Milestones"),
      blocks: [
        .table(table),
        .chart(
          Chart(
            kind: .stackedColumn,
            title: t("Actions par étape du programme", "Actions by programme milestone"),
            categories: ColumnReference(table: "milestones", column: "milestone"),
            series: statuses.map {
              Chart.Series($0.rawValue, ColumnReference(table: "milestones", column: $0.rawValue))
            }, valueAxisTitle: t("actions", "actions"))),
      ])
  }

  private func payload(overdue: Set<String>) -> [(String, JSONValue)] {
    [
      ("today", .string("\(today)")),
      (
        "actions",
        .array(
          actions.map { action in
            .object([
              ("id", .string(action.id)), ("title", .string(action.title)),
              ("origin", .string(action.origin.text)), ("owner", .string(action.owner.text)),
              ("due", action.due.map { .string("\($0)") } ?? .null),
              ("status", .string(action.status.rawValue)),
              ("milestone", action.milestone.map { .string($0.rawValue) } ?? .null),
              ("overdue", .bool(overdue.contains(action.id))),
              ("resolvedByFacts", .bool(resolved.contains(action.id))),
              ("notes", action.notes.map(JSONValue.string) ?? .null),
            ])
          })
      ),
    ]
  }
}
