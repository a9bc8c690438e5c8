import EssorCore

/// The outline as a document: the Outline sheet mentors share (with the status as a
/// drop-down and the seconds summed by formula), the Checklist of what is missing, the
/// Data behind the ask with its charts, and one slide per outline slide for the slides
/// format.
struct OutlineDocument {
  let outline: Outline
  let findings: [Diagnostic]
  let facts: FactStore
  let enterprise: String?

  private var language: Language { outline.language }
  private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

  func build() -> Document {
    var sections = [summarySection(), outlineSection(), checklistSection()]
    if let data = dataSection() { sections.append(data) }
    sections += outline.slides.map(slideSection)
    return Document(
      title: t("Plan de présentation : ", "Pitch outline: ") + outline.template.title(language)
        + (enterprise.map { " — " + $0 } ?? ""),
      language: language,
      properties: DocumentProperties(
        subject: t("Plan de présentation", "Pitch outline"), company: enterprise,
        keywords: "essor, pitch, " + outline.template.id,
        comments: t(
          "Modifiez les messages, l’ordre et l’état des diapositives dans pitch/\(outline.template.id).yaml.",
          "Edit the slides' messages, order and status in pitch/\(outline.template.id).yaml.")),
      sections: sections, payload: payload())
  }

  private func outlineSection() -> Section {
    let statuses = PitchEdits.Status.allCases.map(\.rawValue)
    let columns = [
      Column("order", "#", .plainInteger), Column("slide", t("Diapositive", "Slide"), .text),
      Column("title", t("Titre", "Title"), .text),
      Column("message", t("Message clé", "Key message"), .text),
      Column("evidence", t("Preuves attendues", "Evidence"), .text),
      Column("source", t("Chiffres et sources", "Figures and sources"), .text),
      Column("seconds", t("Secondes", "Seconds"), .integer),
      Column("notes", t("Notes de l’orateur", "Speaker notes"), .text),
      Column("status", t("État", "Status"), .text, choices: statuses),
      Column("comment", t("Commentaire du mentor", "Mentor comment"), .text),
    ]
    var rows = outline.slides.enumerated().map { index, slide in
      Row([
        Cell(.integer(Int64(index + 1))), .text(slide.id), .text(slide.title),
        .text(slide.message), .text(slide.evidence ?? ""),
        .text(slide.figures.map { "\($0.value) (\($0.source))" }.joined(separator: " ; ")),
        Cell(.integer(Int64(slide.seconds))), .text(slide.notes),
        .text(slide.status.rawValue), .text(slide.comment ?? ""),
      ])
    }
    let total = outline.slides.reduce(0) { $0 + $1.seconds }
    rows.append(
      Row(
        [
          .empty, .text("Total"), .empty, .empty, .empty, .empty,
          Cell(.integer(Int64(total)), formula: "SUM({seconds*})"), .empty, .empty, .empty,
        ], style: .total))
    return Section(
      title: t("Tableau du plan", "Outline table"), sheetName: t("Plan", "Outline"),
      blocks: [.table(Table(id: "outline", columns: columns, rows: rows))], isAppendix: true)
  }

  /// The deck at a glance: the budget, then each slide's key message with its time.
  private func summarySection() -> Section {
    let template = outline.template
    var blocks: [Block] = [
      .paragraph(
        template.title(language) + (template.audience.map { " — " + $0(language) } ?? "")),
      .keyFigures([
        KeyFigure(t("Durée", "Time"), Cell(.integer(Int64(outline.minutes))), note: "minutes"),
        KeyFigure(t("Diapositives", "Slides"), Cell(.integer(Int64(outline.slides.count)))),
        KeyFigure(
          t("Prêtes", "Ready"),
          Cell(.integer(Int64(outline.slides.filter { $0.status == .ready }.count)))),
        KeyFigure(
          t("Mots (lecture à froid)", "Words (cold read)"),
          Cell(.integer(Int64(outline.words))),
          note: t("≤ 600 pour lire en 3 minutes", "≤ 600 to read in 3 minutes")),
      ]),
    ]
    for (index, slide) in outline.slides.enumerated() {
      let mark = slide.isMentors ? "✎ " : ""
      blocks.append(
        .paragraph(
          "\(index + 1). \(slide.title) — \(slide.seconds) s — \(slide.status.rawValue)"))
      blocks.append(.paragraph("   " + mark + slide.message))
      if !slide.missing.isEmpty {
        blocks.append(
          .paragraph(
            "   " + t("Manque : ", "Missing: ")
              + slide.missing.map { "\($0.fact) (\($0.hint))" }.joined(separator: " ; ")))
      }
      for stale in slide.stale {
        blocks.append(
          .paragraph(
            "   " + t("Périmé : ", "Stale: ") + "\(stale.fact) \(stale.quoted) → \(stale.now)"))
      }
    }
    return Section(
      title: t("Plan de la présentation", "Outline"), sheetName: t("Synthèse", "Summary"),
      blocks: blocks)
  }

  private func checklistSection() -> Section {
    let rows = findings.map { finding in
      Row([
        .text(finding.source ?? ""),
        .text(
          finding.severity == .error
            ? t("erreur", "error")
            : finding.severity == .warning ? t("avertissement", "warning") : t("à faire", "to do")),
        .text(finding.message(language)),
      ])
    }
    var blocks: [Block] = []
    if rows.isEmpty {
      blocks.append(.paragraph(t("Rien ne manque.", "Nothing is missing.")))
    } else {
      blocks.append(
        .table(
          Table(
            id: "checklist",
            columns: [
              Column("check", t("Vérification", "Check"), .text),
              Column("severity", t("Gravité", "Severity"), .text),
              Column("detail", t("Détail", "Detail"), .text),
            ], rows: rows)))
    }
    return Section(
      title: t("Ce qui manque", "Checklist"), sheetName: t("Vérifications", "Checklist"),
      blocks: blocks)
  }

  /// The ask, the sources and the use of funds, when the financing plan gives them.
  private func dataSection() -> Section? {
    let ask = facts.value(Facts.Financing.askTotal).value
    let sources = facts.value(Facts.Financing.sources).value
    let uses = facts.value(Facts.Financing.useOfFunds).value
    guard ask != nil || sources != nil || uses != nil else { return nil }
    var blocks: [Block] = []
    if let ask {
      blocks.append(
        .keyFigures([KeyFigure(t("Demandé aux financeurs", "Asked from funders"), .money(ask))]))
    }
    func breakdown(_ id: String, _ title: String, _ value: Breakdown, chart: Chart.Kind) {
      let total = value.total
      var rows = value.items.map { item in
        Row([
          .text(item.label(language)), .money(item.amount),
          Cell(
            .percent(total.cents == 0 ? 0 : Double(item.amount.cents) / Double(total.cents)),
            formula: "IF(SUM({amount*})=0,0,{amount}/SUM({amount*}))"),
        ])
      }
      rows.append(
        Row(
          [.text("Total"), Cell(.money(total), formula: "SUM({amount*})"), .empty], style: .total))
      blocks.append(
        .table(
          Table(
            id: id, title: title,
            columns: [
              Column("label", t("Poste", "Item"), .text),
              Column("amount", t("Montant", "Amount"), .money),
              Column("share", t("Part", "Share"), .percent(decimals: 1)),
            ], rows: rows)))
      blocks.append(
        .chart(
          Chart(
            kind: chart, title: title,
            categories: ColumnReference(table: id, column: "label"),
            series: [
              Chart.Series(t("Montant", "Amount"), ColumnReference(table: id, column: "amount"))
            ])))
    }
    if let sources, !sources.items.isEmpty {
      breakdown(
        "sources", t("Ressources par instrument", "Sources by instrument"), sources, chart: .pie)
    }
    if let uses, !uses.items.isEmpty {
      breakdown("uses", t("Utilisation des fonds", "Use of funds"), uses, chart: .column)
    }
    return Section(
      title: t("Les chiffres de la demande", "The ask in figures"),
      sheetName: t("Chiffres", "Data"), blocks: blocks)
  }

  private func slideSection(_ slide: Outline.Slide) -> Section {
    var blocks: [Block] = []
    if !slide.figures.isEmpty {
      blocks.append(
        .keyFigures(
          slide.figures.map { KeyFigure(figureLabel($0.fact), .text($0.value), note: $0.source) }))
    }
    let notes = ([slide.notes] + slide.prompts).filter { !$0.isEmpty }.joined(separator: "\n")
    return Section(
      title: slide.message, sheetName: slide.id, blocks: blocks, isSlide: true,
      notes: notes.isEmpty ? nil : notes + "\n(\(slide.seconds) s)")
  }

  private func figureLabel(_ fact: String) -> String {
    switch fact {
    case Facts.Financing.askTotal.name: return t("Montant demandé", "Amount asked")
    case Facts.Financing.sources.name: return t("Ressources", "Sources")
    case Facts.Financing.useOfFunds.name: return t("Besoins", "Use of funds")
    case Facts.Financing.minCash.name: return t("Trésorerie la plus basse", "Lowest cash")
    case Facts.Financing.breakeven.name: return t("Point mort", "Break-even")
    case Facts.Financing.ratios.name: return t("Ratios", "Ratios")
    case Facts.Diagnostic.level.name: return t("Niveau de préparation", "Readiness level")
    case Facts.Diagnostic.scores.name: return t("Scores", "Scores")
    case Facts.Canvas.segments.name: return t("Clients et financeurs", "Customers and funders")
    case Facts.Canvas.valuePropositions.name:
      return t("Propositions de valeur", "Value propositions")
    case Facts.Canvas.problem.name: return t("Problème", "Problem")
    case Facts.Canvas.impactMeasures.name: return t("Mesures d’impact", "Impact measures")
    case Facts.Canvas.competitors.name: return t("Alternatives", "Alternatives")
    case Facts.Canvas.tagline.name: return t("Signature", "Tagline")
    default: return fact
    }
  }

  private func payload() -> [(String, JSONValue)] {
    [
      ("template", .string(outline.template.id)), ("minutes", .integer(Int64(outline.minutes))),
      ("words", .integer(Int64(outline.words))),
      (
        "slides",
        .array(
          outline.slides.map { slide in
            .object([
              ("id", .string(slide.id)), ("title", .string(slide.title)),
              ("message", .string(slide.message)), ("mentorsMessage", .bool(slide.isMentors)),
              ("draft", slide.draft.map(JSONValue.string) ?? .null),
              (
                "figures",
                .array(
                  slide.figures.map {
                    .object([
                      ("fact", .string($0.fact)), ("value", .string($0.value)),
                      ("source", .string($0.source)),
                    ])
                  })
              ),
              (
                "missing",
                .array(
                  slide.missing.map {
                    .object([("fact", .string($0.fact)), ("hint", .string($0.hint))])
                  })
              ),
              (
                "stale",
                .array(
                  slide.stale.map {
                    .object([
                      ("fact", .string($0.fact)), ("quoted", .string($0.quoted)),
                      ("now", .string($0.now)),
                    ])
                  })
              ),
              ("seconds", .integer(Int64(slide.seconds))),
              ("status", .string(slide.status.rawValue)),
              ("notes", .string(slide.notes)),
              ("comment", slide.comment.map(JSONValue.string) ?? .null),
              ("added", .bool(slide.isAdded)),
            ])
          })
      ),
      (
        "findings",
        .array(
          findings.map {
            .object([
              ("check", .string($0.source ?? "")), ("severity", .string($0.severity.rawValue)),
              ("message", .string($0.message(language))),
            ])
          })
      ),
    ]
  }
}
