/// The enterprise's whole file in one document: its profile, then every tool's dossier
/// documents (and any others the host adds, such as external tools'), each under its own
/// namespace, after a Contents section that links to every part.
///
/// A part that fails (a broken canvas, a tool that crashes) becomes a line of the contents
/// and a warning, never a stop: the dossier is what a committee receives.
public struct Dossier {
  /// A part the host adds besides the built-in tools (an external tool's document).
  public struct ExtraPart {
    public var id: String
    public var title: String
    public var make: () throws -> Document

    public init(id: String, title: String, make: @escaping () throws -> Document) {
      self.id = id
      self.title = title
      self.make = make
    }
  }

  /// What became of one part.
  public struct Part: Sendable {
    public var title: String
    /// Its first section's index in the dossier, when it is in.
    public var section: Int?
    /// Why it is not in, or what is wrong with it.
    public var problem: Diagnostic?
  }

  public let registry: ToolRegistry
  public let context: ToolContext

  public init(registry: ToolRegistry, context: ToolContext) {
    self.registry = registry
    self.context = context
  }

  /// The dossier and what became of each part.
  public func build(extra: [ExtraPart] = []) throws -> (document: Document, parts: [Part]) {
    let language = context.language
    let fr = language == .fr
    let workspace = try context.requireWorkspace()
    var dossier = profileDocument(workspace)
    var parts = [Part(title: fr ? "Profil" : "Profile", section: 0, problem: nil)]
    func add(id: String, title: String, _ make: () throws -> (Document?, [Diagnostic], ExitStatus))
    {
      do {
        let (document, diagnostics, status) = try make()
        guard let document else { return }
        let start = dossier.sections.count
        dossier = try dossier.appending(document, namespace: id)
        let problem = status == .success ? nil : diagnostics.errors.last
        parts.append(Part(title: title, section: start, problem: problem))
      } catch let error as EssorError {
        // Missing input (no second diagnostic yet, no scenario) is a note; the rest warns.
        let severity: Diagnostic.Severity = error.kind == .missingInput ? .note : .warning
        parts.append(
          Part(
            title: title, section: nil, problem: Diagnostic(error, severity: severity, source: id)))
      } catch {
        parts.append(
          Part(
            title: title, section: nil,
            problem: Diagnostic(
              .warning, .internalFailure, source: id, LocalizedText(verbatim: "\(error)"))))
      }
    }
    for tool in registry.tools {
      for command in tool.commands where command.isInDossier {
        add(id: tool.id + "-" + command.name, title: command.summary(language)) {
          let result = try tool.run(command.name, input: ToolInput(), context: context)
          return (result.document, result.diagnostics, result.status)
        }
      }
    }
    for part in extra {
      add(id: part.id, title: part.title) { (try part.make(), [], .success) }
    }
    var contents = contentsSection(parts)
    // The contents come first: every section moves one place down.
    for index in contents.blocks.indices {
      if case .table(var table) = contents.blocks[index] {
        table.rows = TableRows(
          table.rows.map { row in
            var row = row
            row.cells = row.cells.map { cell in
              var cell = cell
              cell.link = cell.link.map { $0 + 1 }
              return cell
            }
            return row
          })
        contents.blocks[index] = .table(table)
      }
    }
    dossier.sections.insert(contents, at: 0)
    dossier.payload = nil
    return (dossier, parts)
  }

  private func profileDocument(_ workspace: Workspace) -> Document {
    let profile = workspace.profile
    let fr = context.language == .fr
    var figures = [
      KeyFigure(fr ? "Nom" : "Name", .text(profile.name)),
      KeyFigure(fr ? "Forme juridique" : "Legal form", .text(profile.legalForm.rawValue)),
    ]
    if let sector = profile.sector {
      figures.append(KeyFigure(fr ? "Secteur" : "Sector", .text(sector)))
    }
    if let region = profile.region {
      figures.append(KeyFigure(fr ? "Région" : "Region", .text(region)))
    }
    if let headcount = profile.headcount {
      figures.append(KeyFigure(fr ? "Effectif" : "Headcount", Cell(.integer(Int64(headcount)))))
    }
    if let members = profile.members {
      figures.append(KeyFigure(fr ? "Associés" : "Members", Cell(.integer(Int64(members)))))
    }
    return Document(
      title: (fr ? "Dossier — " : "Dossier — ") + profile.name, language: context.language,
      properties: DocumentProperties(
        subject: fr ? "Dossier de financement" : "Financing dossier", company: profile.name),
      sections: [
        Section(title: fr ? "Profil" : "Profile", blocks: [.keyFigures(figures)])
      ])
  }

  private func contentsSection(_ parts: [Part]) -> Section {
    let fr = context.language == .fr
    let rows = parts.map { part in
      Row([
        Cell(.text(part.title), link: part.section),
        .text(
          part.problem.map { problem in
            (problem.severity == .note
              ? (fr ? "non disponible : " : "not available: ")
              : (fr ? "attention : " : "warning: ")) + problem.message(context.language)
          } ?? (fr ? "inclus" : "included")),
      ])
    }
    return Section(
      title: fr ? "Sommaire" : "Contents", sheetName: fr ? "Sommaire" : "Contents",
      blocks: [
        .table(
          Table(
            id: "contents",
            columns: [
              Column("part", fr ? "Partie" : "Part", .text),
              Column("state", fr ? "État" : "State", .text),
            ], rows: rows))
      ])
  }
}
