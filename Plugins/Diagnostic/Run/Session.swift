import EssorCore

/// The interactive questionnaire: one question at a time, saved after every answer.
///
/// At any prompt: `?` shows the help, `<` goes back, `na` answers “not applicable” (where
/// allowed), `skip` passes an optional question, `q` quits (everything answered is already
/// saved), and Enter keeps the earlier answer shown as the default. The end of the input
/// (a script's last line, Ctrl-D) quits the same way.
public struct Session<IO: SessionIO> {
  /// How a run ended.
  public enum Outcome: Sendable, Equatable {
    /// Every required question shown is answered.
    case completed
    /// `q`, or the end of the input.
    case quit
  }

  public let questionnaire: Questionnaire
  public private(set) var sheet: AnswerSheet
  /// Whether to go through every question again (a new run, months later), the earlier
  /// answers shown as defaults.
  public var fromTheStart = false
  /// Answers proposed from the workspace's profile (`essor.yaml`), by question id: shown as
  /// the default, confirmed with Enter.
  public var proposals: [String: AnswerValue] = [:]
  /// How to start the run again, for the message on quitting (`essor diagnose --template …`).
  public var resumeCommand = "essor diagnose"
  public var io: IO
  let language: Language
  let save: (AnswerSheet) throws -> Void
  let clock: () -> String

  public init(
    questionnaire: Questionnaire, sheet: AnswerSheet, language: Language, io: IO,
    clock: @escaping () -> String, save: @escaping (AnswerSheet) throws -> Void
  ) {
    self.questionnaire = questionnaire
    self.sheet = sheet
    self.language = language
    self.io = io
    self.clock = clock
    self.save = save
  }

  private var fr: Bool { language == .fr }

  /// Asks until the questionnaire is complete or the person quits.
  public mutating func run() throws -> Outcome {
    var history: [Int] = []
    let answeredBefore = sheet.answers.count
    if answeredBefore > 0 && fromTheStart {
      say(
        fr
          ? "Nouveau passage : vos réponses précédentes sont proposées ; Entrée les garde."
          : "New run: your previous answers are offered; Enter keeps them.")
    } else if answeredBefore > 0 {
      say(
        fr
          ? "Reprise : \(answeredBefore) réponse(s) déjà enregistrée(s) ; Entrée garde une réponse."
          : "Resuming: \(answeredBefore) answer(s) already saved; Enter keeps an answer.")
    } else {
      say(questionnaire.title(language))
      say(
        fr
          ? "À chaque question : ? aide · < retour · na sans objet · skip passer · q quitter."
          : "At any question: ? help · < back · na not applicable · skip · q quit.")
    }
    if fromTheStart { sheet.completed = nil }
    var current = fromTheStart ? firstToAsk(after: -1) : firstToAsk(after: nil)
    while let index = current {
      let question = questionnaire.questions[index]
      switch try ask(question) {
      case .next:
        history.append(index)
        current = firstToAsk(after: index)
      case .again:
        continue
      case .back:
        if let previous = history.popLast() {
          current = previous
        } else {
          say(fr ? "C’est la première question." : "This is the first question.")
        }
      case .quit:
        say(
          fr
            ? "Vos réponses sont enregistrées. Relancez « \(resumeCommand) » pour reprendre."
            : "Your answers are saved. Run “\(resumeCommand)” again to resume.")
        return .quit
      }
    }
    sheet.completed = sheet.completed ?? clock()
    try save(sheet)
    return .completed
  }

  private enum Step { case next, back, again, quit }

  /// The next shown question after `index` that needs asking (in a first pass every shown
  /// question is asked in order; past the end, the first shown one still unanswered).
  private func firstToAsk(after index: Int?) -> Int? {
    let visibility = Visibility(sheet: sheet, questionnaire: questionnaire)
    let shown = questionnaire.questions.indices.filter {
      visibility.isShown(questionnaire.questions[$0].id)
    }
    if let index {
      if let next = shown.first(where: { $0 > index }) { return next }
    } else if sheet.answers.isEmpty {
      return shown.first
    } else if let unanswered = shown.first(where: { needsAnswer(questionnaire.questions[$0]) }) {
      return unanswered
    } else {
      return nil
    }
    return shown.first {
      needsAnswer(questionnaire.questions[$0]) && questionnaire.questions[$0].required
    }
  }

  /// Whether a question is still to be answered in this run: no answer yet, or (in a new
  /// run, which starts later than its earlier answers) an answer not yet reviewed.
  private func needsAnswer(_ question: Question) -> Bool {
    guard question.type != .info else { return false }
    guard let answer = sheet.answers[question.id] else { return true }
    return sheet.completed == nil && !answer.at.isEmpty && answer.at < sheet.started
  }

  // MARK: One question

  private mutating func ask(_ question: Question) throws -> Step {
    show(question)
    while true {
      io.write("> ")
      guard let line = io.readLine() else { return .quit }
      let input = line.trimmingCharacters(in: .whitespaces)
      switch input.lowercased() {
      case "q", "quit", "quitter":
        return .quit
      case "<":
        return .back
      case "?":
        say(
          question.help.map { $0(language) }
            ?? (fr ? "Pas d’aide pour cette question." : "No help for this question."))
        continue
      case "na", "n/a":
        guard question.allowsNA else {
          say(
            fr
              ? "« na » n’est pas possible ici : cette question s’applique à tous."
              : "“na” is not possible here: this question applies to everyone.")
          continue
        }
        try record(question, .notApplicable)
        return .next
      case "skip", "passer":
        guard !question.required, question.type != .info else {
          say(fr ? "Cette question est obligatoire." : "This question is required.")
          continue
        }
        try record(question, .skipped)
        return .next
      default:
        break
      }
      if question.type == .info {
        guard input.isEmpty else {
          say(fr ? "Appuyez sur Entrée pour continuer." : "Press Enter to continue.")
          continue
        }
        return .next
      }
      if input.isEmpty, sheet.answers[question.id] == nil, let proposed = proposals[question.id] {
        // The profile's value, confirmed.
        try record(question, .value(proposed))
        return try askEvidence(question)
      }
      if input.isEmpty {
        if var kept = sheet.answers[question.id] {
          if fromTheStart || needsAnswer(question) {
            // A new run: keeping an answer confirms it today.
            kept.at = clock()
            sheet.answers[question.id] = kept
            try save(sheet)
          }
          return .next
        }
        say(
          fr
            ? "Tapez une réponse" + (question.required ? "." : ", ou skip pour passer.")
            : "Type an answer" + (question.required ? "." : ", or skip to pass."))
        continue
      }
      switch AnswerParser.parse(input: input, for: question) {
      case .failure(let problem):
        say((fr ? "Réponse refusée : " : "Answer refused: ") + problem.message(language))
      case .success(let value):
        try record(question, .value(value))
        return try askEvidence(question)
      }
    }
  }

  /// Asks for the evidence of an answer just saved; `q` quits, `<` goes back to the question,
  /// Enter or `skip` passes (keeping earlier evidence).
  private mutating func askEvidence(_ question: Question) throws -> Step {
    guard let prompt = question.evidence else { return .next }
    let earlier = sheet.answers[question.id]?.evidence
    say(
      (fr ? "Preuve (facultative) — " : "Evidence (optional) — ") + prompt(language)
        + (earlier.map { fr ? " [actuelle : \($0)]" : " [current: \($0)]" } ?? ""))
    say(
      earlier == nil
        ? (fr
          ? "Tapez-la, ou Entrée pour passer à la question suivante."
          : "Type it, or press Enter to go on to the next question.")
        : (fr
          ? "Entrée la garde ; tapez-en une autre pour la remplacer."
          : "Enter keeps it; type another to replace it."))
    io.write("> ")
    guard let line = io.readLine() else { return .quit }
    let text = line.trimmingCharacters(in: .whitespaces)
    switch text.lowercased() {
    case "q", "quit", "quitter": return .quit
    case "<": return .again
    case "", "skip", "passer": return .next
    default: break
    }
    guard var answer = sheet.answers[question.id] else { return .next }
    answer.evidence = String(text.prefix(Self.longestText))
    sheet.answers[question.id] = answer
    try save(sheet)
    return .next
  }

  /// The longest text kept for an answer or its evidence (a spreadsheet cell holds 32,767).
  public static var longestText: Int { 4000 }

  /// Saves an answer at once (the evidence of an unchanged answer is kept).
  private mutating func record(_ question: Question, _ state: Answer.State) throws {
    let kept = sheet.answers[question.id].flatMap { $0.state == state ? $0.evidence : nil }
    let now = clock()
    if sheet.started.isEmpty { sheet.started = now }
    sheet.answers[question.id] = Answer(state, evidence: kept, at: now)
    try save(sheet)
  }

  // MARK: Display

  private mutating func show(_ question: Question) {
    let section = questionnaire.section(question.section)?.title(language) ?? ""
    say("")
    if question.type == .info {
      say("— " + section)
      say(question.title(language))
      say(fr ? "(Entrée pour continuer)" : "(Enter to continue)")
      return
    }
    // Progress that never jumps: the part of the questionnaire (sections are fixed), and
    // the answers given against the most questions there can be.
    let sections = questionnaire.sections
    let part = (sections.firstIndex { $0.id == question.section } ?? 0) + 1
    let most = questionnaire.questions.filter { $0.type != .info }.count
    let given = sheet.answers.count
    say(
      (fr ? "Partie \(part)/\(sections.count) · " : "Part \(part)/\(sections.count) · ") + section
        + (fr
          ? " — \(given) réponse(s) sur \(most) questions au plus"
          : " — \(given) answer(s) of \(most) questions at most"))
    var title = question.title(language)
    if question.required { title += fr ? " (obligatoire)" : " (required)" }
    say(title)
    switch question.type {
    case .single, .multi:
      for (number, choice) in question.choices.enumerated() {
        say("  \(number + 1). " + choice.title(language))
      }
      if question.type == .multi {
        var rule = fr ? "Plusieurs réponses : 1,3" : "Several answers: 1,3"
        if let high = question.maximumSelections {
          rule += fr ? " (\(high) au plus)" : " (at most \(high))"
        }
        say(rule)
      }
    case .scale:
      let range = question.scale ?? 0...0
      var line = "\(range.lowerBound) … \(range.upperBound)"
      let low = question.scaleLabels.from.map { "\(range.lowerBound) = " + $0(language) }
      let high = question.scaleLabels.to.map { "\(range.upperBound) = " + $0(language) }
      let labels = [low, high].compactMap { $0 }
      if !labels.isEmpty { line += " (" + labels.joined(separator: ", ") + ")" }
      say(line)
    case .integer, .number:
      var parts: [String] = []
      if let unit = question.unit { parts.append(unit) }
      if let low = question.minimum { parts.append("min " + Expression.text(low)) }
      if let high = question.maximum { parts.append("max " + Expression.text(high)) }
      if !parts.isEmpty { say("(" + parts.joined(separator: ", ") + ")") }
    case .boolean:
      say(fr ? "o (oui) / n (non)" : "y (yes) / n (no)")
    case .date:
      say(fr ? "Date AAAA-MM-JJ" : "Date YYYY-MM-DD")
    case .text, .longtext, .info:
      break
    }
    var options: [String] = []
    if question.help != nil { options.append(fr ? "? aide" : "? help") }
    if question.allowsNA { options.append(fr ? "na sans objet" : "na not applicable") }
    if !question.required { options.append(fr ? "skip passer" : "skip") }
    if !options.isEmpty { say("[" + options.joined(separator: " · ") + "]") }
    if question.evidence != nil {
      say(
        fr
          ? "Après votre réponse, une preuve vous sera demandée (facultative : Entrée pour passer)."
          : "After your answer you will be asked for evidence (optional: Enter to pass).")
    }
    if let answer = sheet.answers[question.id] {
      say(
        (fr ? "Réponse enregistrée : " : "Saved answer: ") + describe(answer, question)
          + (fr ? " — Entrée pour la garder" : " — Enter keeps it"))
    } else if let proposed = proposals[question.id] {
      say(
        (fr ? "D’après essor.yaml : " : "From essor.yaml: ")
          + AnswerText.describe(proposed, question, language)
          + (fr ? " — Entrée pour confirmer" : " — Enter to confirm"))
    }
  }

  /// An answer as the person would type or read it.
  func describe(_ answer: Answer, _ question: Question) -> String {
    switch answer.state {
    case .notApplicable: return "na"
    case .skipped: return fr ? "passée" : "skipped"
    case .value(let value):
      return AnswerText.describe(value, question, language)
    }
  }

  /// Writes a line, wrapped on words to the width (a line that is too long for the screen
  /// would otherwise break in the middle of a word).
  private mutating func say(_ line: String) {
    let indent = String(line.prefix { $0 == " " })
    for part in Self.wrap(line.controlsEscaped, width: max(20, io.width - 1), indent: indent) {
      io.write(part + "\n")
    }
  }

  /// `text` cut into lines of at most `width` characters at spaces (a longer word stands
  /// alone), the continuation lines indented like the first.
  public static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
    guard text.count > width else { return [text] }
    var lines: [String] = []
    var current = ""
    // French punctuation (« ? », « : ») stays with the word before it.
    var words: [String] = []
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      if let last = words.last, word.allSatisfy({ "?!:;»".contains($0) }) {
        words[words.count - 1] = last + "\u{A0}" + word
      } else {
        words.append(String(word))
      }
    }
    for word in words {
      let prefix = current.isEmpty ? (lines.isEmpty ? indent : indent + "  ") : current + " "
      if !current.isEmpty && prefix.count + word.count > width {
        lines.append(current)
        current = indent + "  " + word
      } else {
        current = prefix + word
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }
}
