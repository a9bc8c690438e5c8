import EssorCore

/// The commented YAML file `essor canvas new` writes: every block of the kind with its
/// questions, empty and ready to fill, and the fields an item can carry.
public enum CanvasSkeleton {
  /// The skeleton of a kind, in a language, for an enterprise.
  public static func text(_ kind: CanvasKind, language: Language, enterprise: String?) -> String {
    let fr = language == .fr
    var lines: [String] = [
      "# " + oneLine(kind.title(language) + (enterprise.map { " — " + $0 } ?? ""))
    ]
    if let description = kind.description { lines.append("# " + oneLine(description(language))) }
    if let credit = kind.credit { lines.append("# " + oneLine(credit(language))) }
    lines += [
      "#",
      fr
        ? "# Remplissez les blocs dans l’ordre, puis lancez « essor canvas check »."
        : "# Fill the blocks in order, then run “essor canvas check”.",
      fr
        ? "# Un élément s’écrit \"texte\" ou, en détail :"
        : "# An item is written \"text\" or, in full:",
      "#   - id: "
        + (fr
          ? "mot-court          # pour que d’autres éléments le citent"
          : "short-word         # so other items can refer to it"),
      "#     text: \"…\"",
      "#     tags: [id, id]          # "
        + (fr
          ? "les éléments qu’il sert (segments, propositions…)"
          : "the items it serves (segments, propositions…)"),
      "#     status: assumed         # assumed | tested | validated",
      "#     evidence: \"…\"           # "
        + (fr ? "ce qui le montre (entretiens, ventes…)" : "what shows it (interviews, sales…)"),
      "#     impact: \"…\"             # " + (fr ? "une note d’impact" : "an impact note"),
      "schema: 1",
      "kind: " + kind.id,
      "title: " + YAMLText.quoted(kind.title(language) + (enterprise.map { " — " + $0 } ?? "")),
    ]
    if let curve = kind.curve {
      lines += [
        "",
        fr
          ? "# Les \(curve.factors.lowerBound) à \(curve.factors.upperBound) facteurs sur lesquels les acheteurs comparent les offres."
          : "# The \(curve.factors.lowerBound) to \(curve.factors.upperBound) factors buyers compare offers on.",
        "factors: []",
        "#  - {id: " + (fr ? "prix, label: \"Prix\"}" : "price, label: \"Price\"}"),
        "",
        fr
          ? "# Nous et au moins \(curve.minimumRivals) concurrents ou alternatives ; un niveau de \(curve.levels.lowerBound) à \(curve.levels.upperBound) par facteur."
          : "# Us and at least \(curve.minimumRivals) competitors or alternatives; a level from \(curve.levels.lowerBound) to \(curve.levels.upperBound) per factor.",
        "players:",
        "  - name: " + YAMLText.quoted(enterprise ?? (fr ? "Nous" : "Us")),
        "    us: true",
        "    levels: {}",
      ]
    }
    lines += ["", "blocks:"]
    for block in kind.blocks {
      var heading = "  # ── " + oneLine(block.title(language))
      var limits: [String] = []
      if block.required { limits.append(fr ? "obligatoire" : "required") }
      if let maximum = block.maximum {
        limits.append((fr ? "au plus " : "at most ") + "\(maximum)")
      }
      if !limits.isEmpty { heading += " (" + limits.joined(separator: ", ") + ")" }
      lines.append(heading)
      for question in block.questions { lines.append("  # " + oneLine(question(language))) }
      if !block.categories.isEmpty {
        lines.append(
          "  # category: " + block.categories.map(\.id).joined(separator: " | "))
      }
      if block.refersToFactors {
        lines.append(fr ? "  # Citez des facteurs par leur id." : "  # Name factors by their id.")
      }
      lines.append("  \(block.id): []")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Text fit for a one-line comment: line breaks become spaces, other control characters
  /// are shown escaped (a YAML reader refuses them even in comments).
  static func oneLine(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace && scalar.isControlOrFormatting {
        out += " "
      } else if scalar.isControlOrFormatting {
        out += scalar.visibleEscape
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
