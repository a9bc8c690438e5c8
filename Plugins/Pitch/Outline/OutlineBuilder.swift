import EssorCore

/// Builds an outline from a template, the run's facts, the profile and the mentor's edits.
struct OutlineBuilder {
  let template: PitchTemplate
  let facts: FactStore
  let profile: Profile?
  let edits: PitchEdits
  let language: Language

  func build(minutes: Int?) -> Outline {
    let budget = minutes ?? edits.minutes ?? template.minutes
    // The mentor's order first, then the template's slides the file does not have yet.
    var order = edits.slides.map(\.id)
    order += template.slides.map(\.id).filter { !order.contains($0) }
    var refreshed = edits
    refreshed.minutes = minutes ?? edits.minutes
    refreshed.slides = []
    var slides: [Outline.Slide] = []
    for id in order {
      let spec = template.slides.first { $0.id == id }
      var edit = edits.slide(id) ?? PitchEdits.Slide(id: id)
      let figures = (spec?.facts ?? []).compactMap { figure($0, language) }
      let missing = missingFacts(spec)
      let draft = spec?.message.flatMap { fill($0(language)) }
      // The file keeps figures in the workspace's language whatever --lang says, so that a
      // figure is stale only when it changed, not when it is read in another language.
      let fileFigures = (spec?.facts ?? []).compactMap { figure($0, fileLanguage) }
      if edit.message != nil && edit.quoted.isEmpty {
        // First seen: the mentor wrote it against today's figures.
        edit.quoted = fileFigures.map { ($0.fact, $0.value) }
      }
      edit.draft = spec?.message.flatMap { fill($0(fileLanguage), fileLanguage) }
      edit.figures = fileFigures.map { ($0.fact, $0.value) }
      refreshed.slides.append(edit)
      guard !edit.dropped else { continue }
      let stale =
        edit.message == nil
        ? []
        : edit.quoted.compactMap { quoted -> Outline.Stale? in
          let now = fileFigures.first { $0.fact == quoted.name }?.value
          guard let now, now != quoted.value else { return nil }
          return Outline.Stale(fact: quoted.name, quoted: quoted.value, now: now)
        }
      let title = spec?.title(language) ?? edit.title ?? id
      let fallback =
        (language == .fr ? "À rédiger : " : "To write: ")
        + (spec?.purpose(language) ?? title)
      slides.append(
        Outline.Slide(
          id: id, title: title, purpose: spec?.purpose(language) ?? "",
          message: edit.message ?? draft ?? fallback, isMentors: edit.message != nil,
          draft: draft, figures: figures, missing: missing, stale: stale,
          prompts: spec?.prompts.map { $0(language) } ?? [],
          evidence: spec?.evidence?(language),
          notes: [spec?.notes?(language), edit.notes].compactMap { $0 }.joined(separator: " — "),
          seconds: 0, status: edit.status, comment: edit.comment, isAdded: spec == nil))
    }
    let weights = slides.map { slide in template.slides.first { $0.id == slide.id }?.weight ?? 1 }
    for (index, seconds) in Self.allocate(budget * 60, weights: weights).enumerated() {
      slides[index].seconds = seconds
    }
    return Outline(
      template: template, minutes: budget, language: language, slides: slides, edits: refreshed)
  }

  /// `total` seconds shared by weight, in whole seconds that add up to `total` exactly
  /// (largest remainders).
  static func allocate(_ total: Int, weights: [Double]) -> [Int] {
    let sum = weights.reduce(0, +)
    guard sum > 0, !weights.isEmpty else { return weights.map { _ in 0 } }
    let exact = weights.map { Double(total) * $0 / sum }
    var shares = exact.map { Int($0.rounded(.down)) }
    var left = total - shares.reduce(0, +)
    let byRemainder = exact.indices.sorted {
      (exact[$0] - Double(shares[$0]), -$0) > (exact[$1] - Double(shares[$1]), -$1)
    }
    for index in byRemainder where left > 0 {
      shares[index] += 1
      left -= 1
    }
    return shares
  }

  /// The language of the edits file: the workspace's.
  private var fileLanguage: Language { profile?.language ?? language }

  private func figure(_ name: String, _ language: Language) -> Outline.Figure? {
    guard let value = facts.answer(name).value else { return nil }
    return Outline.Figure(
      fact: name, value: FactText.text(value, language),
      source: facts.source(name).map { "\(tool(name)) — \($0)" } ?? tool(name))
  }

  private func tool(_ name: String) -> String {
    let id = name.split(separator: ".").first.map(String.init) ?? name
    switch (id, language) {
    case ("financing", .fr): return "Financement"
    case ("financing", .en): return "Financing"
    case ("canvas", .fr): return "Canevas"
    case ("canvas", .en): return "Canvas"
    case ("diagnostic", _): return "Diagnostic"
    default: return id
    }
  }

  /// The facts a slide draws on (and its message quotes) that have no value, with what to do.
  private func missingFacts(_ spec: SlideSpec?) -> [Outline.Missing] {
    guard let spec else { return [] }
    var names = spec.facts
    for placeholder in spec.message.flatMap({ MessageTemplate($0(language)).placeholders }) ?? []
    where !placeholder.isProfile && !names.contains(placeholder.name) {
      names.append(placeholder.name)
    }
    return names.compactMap { name in
      switch facts.answer(name) {
      case .value: return nil
      case .absent:
        let hint =
          facts.hint(name)?(language)
          ?? (language == .fr ? "aucun outil ne le donne" : "no tool gives it")
        return Outline.Missing(fact: name, hint: hint)
      case .unavailable(let diagnostic):
        return Outline.Missing(
          fact: name,
          hint: (diagnostic.location.map { "\($0): " } ?? "") + diagnostic.message(language))
      }
    }
  }

  /// A message with its placeholders filled, or nil when one has no value.
  private func fill(_ text: String, _ language: Language? = nil) -> String? {
    let language = language ?? self.language
    return MessageTemplate(text).filled { placeholder in
      if placeholder.isProfile {
        return profileField(String(placeholder.name.dropFirst("profile.".count)), language)
      }
      guard let value = facts.answer(placeholder.name).value else { return nil }
      return FactText.text(
        value, item: placeholder.itemID, position: placeholder.position, language)
    }
  }

  private func profileField(_ field: String, _ language: Language) -> String? {
    guard let profile else { return nil }
    let fr = language == .fr
    switch field {
    case "name": return profile.name
    case "region": return profile.region
    case "sector": return profile.sector
    case "headcount": return profile.headcount.map(String.init)
    case "members": return profile.members.map(String.init)
    case "legal_form":
      switch profile.legalForm {
      case .scop: return "SCOP"
      case .scopAmorcage: return fr ? "SCOP d’amorçage" : "start-up SCOP"
      case .scic: return "SCIC"
      case .sasEss: return fr ? "entreprise de l’ESS" : "social economy company"
      case .association: return "association"
      case .other: return fr ? "entreprise" : "company"
      }
    case "governance":
      let members = profile.members.map { fr ? "\($0) associés" : "\($0) members" }
      let rule: String
      switch profile.legalForm {
      case .scop, .scopAmorcage:
        rule =
          fr
          ? "les salariés détiennent au moins 51 % du capital et 65 % des voix, une personne une voix, des réserves impartageables"
          : "employees hold at least 51% of the capital and 65% of the votes, one member one vote, indivisible reserves"
      case .scic:
        rule =
          fr
          ? "au moins trois catégories d’associés dont salariés et bénéficiaires, une personne une voix, au moins 57,5 % des résultats en réserves impartageables"
          : "at least three member categories including employees and beneficiaries, one member one vote, at least 57.5% of results to indivisible reserves"
      case .sasEss:
        rule =
          fr
          ? "entreprise de l’ESS : utilité sociale, gouvernance partagée, bénéfices majoritairement réinvestis"
          : "social economy company: social purpose, shared governance, profits mostly reinvested"
      case .association, .other:
        rule = fr ? "gouvernance décrite dans les statuts" : "governance set by the statutes"
      }
      return ([members].compactMap { $0 } + [rule]).joined(separator: ", ")
    default:
      return nil
    }
  }
}
