import EssorCore

/// A chart drawn as text for a terminal: bars, or sparklines when there are many points.
///
/// Up to ``mostBars`` categories, each category gets one horizontal bar per series, with the
/// value as its column shows it (money with €, percentages…) and, for a pie, its share.
/// Beyond, each series is one sparkline (averaged into the width) with its minimum and
/// maximum, under a line naming the first and last categories.
struct TerminalChart {
  /// The chart's data.
  let chart: ResolvedChart
  /// The language values are written in.
  let language: Language
  /// The number of characters a line may hold.
  let width: Int

  /// The most categories drawn as bars; more are drawn as sparklines.
  static let mostBars = 24

  /// The eighths of a block, for the end of a bar.
  private static let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
  /// The eight heights of a sparkline.
  private static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// The title line: the chart's title, and its value axis title when it has one.
  var title: String {
    let title = TerminalRenderer.printable(chart.chart.title)
    guard let axis = chart.chart.valueAxisTitle, !axis.isEmpty else { return title }
    return title + " (" + TerminalRenderer.printable(axis) + ")"
  }

  /// The lines under the title.
  var body: [String] {
    guard !chart.series.isEmpty, chart.count > 0 else { return [] }
    return chart.count > Self.mostBars ? sparklines : bars
  }

  // MARK: Bars

  private var bars: [String] {
    let labels = chart.categories.values.map { category(text: $0) }
    var names = chart.series.map { TerminalRenderer.printable($0.name) }
    var legend: [String] = []
    // Series names too long for their column become letters, spelled out above the bars:
    // a name is never cut.
    if names.count > 1, (names.map(TextWidth.of).max() ?? 0) > max(8, width / 5) {
      let keys = names.indices.map { String(UnicodeScalar(UInt8(65 + $0 % 26))) }
      legend = BoardText(width: width).wrap(
        zip(keys, names).map { "\($0) = \($1)" }.joined(separator: " ; "),
        width: max(10, width - 2)
      ).map { "  " + $0 }
      names = keys
    }
    let numbers = chart.series.map(\.values)
    let texts = chart.series.indices.map { series in
      chart.series[series].column.values.indices.map { valueText(series: series, point: $0) }
    }
    let shares = numbers.map { values in values.indices.map { share(values, $0) } }
    // A label too long for its column goes on its own line above its bars, whole.
    let labelWidth = min(labels.map(TextWidth.of).max() ?? 0, max(8, width / 4))
    let nameWidth =
      names.count > 1 ? min(names.map(TextWidth.of).max() ?? 0, max(8, width / 5)) : 0
    let valueWidth = texts.joined().map(TextWidth.of).max() ?? 0
    let shareWidth = shares.joined().map(TextWidth.of).max() ?? 0
    let used =
      2 + labelWidth + 2 + (nameWidth > 0 ? nameWidth + 2 : 0) + 2 + valueWidth + shareWidth
    let barWidth = max(10, width - used)
    // Series of one kind share a scale; money and percentages are never measured together.
    let scales = chart.series.map { series in
      let alike = chart.series.indices.filter {
        chart.series[$0].column.column.kind == series.column.column.kind
      }
      var scale = alike.flatMap { numbers[$0] }.compactMap { $0.map(abs) }.max() ?? 0
      if let range = chart.chart.valueRange, range.lowerBound >= 0 {
        scale = max(scale, range.upperBound)
      }
      return scale
    }
    var lines = legend
    for point in labels.indices {
      let fits = TextWidth.of(labels[point]) <= labelWidth
      if !fits { lines.append("  " + labels[point]) }
      for series in chart.series.indices {
        var line = "  "
        line += pad(series == 0 && fits ? labels[point] : "", labelWidth)
        line += "  "
        if nameWidth > 0 { line += pad(names[series], nameWidth) + "  " }
        line +=
          pad(bar(numbers[series][point], scale: scales[series], width: barWidth), barWidth) + "  "
        line += padLeft(texts[series][point], valueWidth)
        if shareWidth > 0 { line += padLeft(shares[series][point], shareWidth) }
        lines.append(line)
      }
    }
    return lines
  }

  /// A bar of `width` characters at most: eighths of a block for a positive value, shaded
  /// blocks for a negative one; a value too small to show still gets a sliver.
  private func bar(_ value: Double?, scale: Double, width: Int) -> String {
    guard let value, value != 0, scale > 0 else { return "" }
    let fraction = min(1, abs(value) / scale)
    if value < 0 {
      return String(repeating: "░", count: max(1, Int((fraction * Double(width)).rounded())))
    }
    let eighths = max(1, Int((fraction * Double(width * 8)).rounded()))
    return String(repeating: "█", count: eighths / 8) + Self.partials[eighths % 8]
  }

  /// For a pie, the point's share of the positive total (“ (42 %)”); else nothing.
  private func share(_ values: [Double?], _ point: Int) -> String {
    guard chart.chart.kind == .pie, let value = values[point] else { return "" }
    let total = values.reduce(0) { $0 + max(0, $1 ?? 0) }
    guard total > 0 else { return "" }
    return " ("
      + CellText.display(.percent(value / total), kind: .percent(decimals: 0), language) + ")"
  }

  // MARK: Sparklines

  private var sparklines: [String] {
    let first = chart.categories.values.first.map { category(text: $0) } ?? ""
    let last = chart.categories.values.last.map { category(text: $0) } ?? ""
    let span =
      language == .fr
      ? "de \(first) à \(last), \(chart.count) points"
      : "from \(first) to \(last), \(chart.count) points"
    let names = chart.series.map { TerminalRenderer.printable($0.name) }
    let nameWidth = min(names.map(TextWidth.of).max() ?? 0, max(8, width / 5))
    let bounds = chart.series.indices.map(extremes)
    let boundsWidth = bounds.map(TextWidth.of).max() ?? 0
    let room = width - (2 + nameWidth + 2 + 2 + boundsWidth)
    // The bounds go under the line when the sparkline would be shorter than 10 characters.
    let inline = room >= min(10, chart.count)
    let sparkWidth = min(chart.count, inline ? room : max(10, width - 4 - nameWidth))
    var lines = BoardText(width: width).wrap(span, width: max(10, width - 2)).map { "  " + $0 }
    for (series, name) in names.enumerated() {
      // A name too long for its column goes whole on the line above.
      let fits = TextWidth.of(name) <= nameWidth
      if !fits { lines.append("  " + name) }
      let line =
        "  " + pad(fits ? name : "", nameWidth) + "  "
        + sparkline(chart.series[series].values, width: sparkWidth)
      if inline {
        lines.append(line + "  " + bounds[series])
      } else {
        lines.append(line)
        lines.append(String(repeating: " ", count: 4 + nameWidth) + bounds[series])
      }
    }
    return lines
  }

  /// The values averaged into `width` buckets, each drawn at one of eight heights between
  /// the series' minimum and maximum; a bucket without a value is a space.
  private func sparkline(_ values: [Double?], width: Int) -> String {
    let count = values.count
    guard count > 0, width > 0 else { return "" }
    let buckets = (0..<width).map { bucket -> Double? in
      let start = bucket * count / width
      let end = max(start + 1, (bucket + 1) * count / width)
      let numbers = values[start..<min(end, count)].compactMap { $0 }
      return numbers.isEmpty ? nil : numbers.reduce(0, +) / Double(numbers.count)
    }
    let present = values.compactMap { $0 }
    guard let low = present.min(), let high = present.max() else {
      return String(repeating: " ", count: width)
    }
    return String(
      buckets.map { bucket -> Character in
        guard let bucket else { return " " }
        guard high > low else { return Self.levels[0] }
        let level = Int(((bucket - low) / (high - low) * 7).rounded())
        return Self.levels[min(7, max(0, level))]
      })
  }

  /// “min X · max Y” for a series, each value as its column shows it.
  private func extremes(_ series: Int) -> String {
    let values = chart.series[series].values
    let points = values.indices.filter { values[$0] != nil }
    guard let low = points.min(by: { (values[$0] ?? 0) < (values[$1] ?? 0) }),
      let high = points.max(by: { (values[$0] ?? 0) < (values[$1] ?? 0) })
    else { return "—" }
    return "min " + valueText(series: series, point: low) + " · max "
      + valueText(series: series, point: high)
  }

  // MARK: Text

  /// A category as its column shows it.
  private func category(text value: CellValue) -> String {
    TerminalRenderer.printable(
      CellText.display(value, kind: chart.categories.column.kind, language))
  }

  /// A series' value as its column shows it (money with €, percentages…); “—” when empty.
  private func valueText(series: Int, point: Int) -> String {
    let column = chart.series[series].column
    let text = CellText.display(column.values[point], kind: column.column.kind, language)
    return text.isEmpty ? "—" : TerminalRenderer.printable(text)
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - TextWidth.of(text)))
  }

  private func padLeft(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - TextWidth.of(text))) + text
  }
}
