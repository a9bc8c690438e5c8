import EssorCore

/// Draws a ``Board`` as boxes of text that fit a given width.
///
/// Panels share their borders, whose junctions are chosen from the lines that meet there;
/// text wraps inside each box. When the screen is too narrow for the grid, the panels are
/// stacked full-width in reading order instead.
struct BoardText {
  /// The number of characters a line may hold.
  var width: Int

  /// The narrowest box worth drawing side by side with others.
  static let narrowestPanel = 18

  func lines(_ board: Board) -> [String] {
    let width = max(20, self.width)
    // The grid when its narrowest panel (a panel may span several grid columns) still holds
    // a readable box: the BMC and the ESS canvas fit 120 columns.
    let narrowest = board.panels.map { $0.width }.min() ?? 1
    guard board.columns > 0, board.rows > 0,
      narrowest * (width - 1) / board.columns >= Self.narrowestPanel
    else {
      return stacked(board, width: width)
    }
    return grid(board, width: width)
  }

  /// One full-width box per panel, in reading order.
  private func stacked(_ board: Board, width: Int) -> [String] {
    let panels = board.readingOrder.enumerated().map { index, panel in
      Board.Panel(
        title: panel.title, subtitle: panel.subtitle, lines: panel.lines, row: index, column: 0)
    }
    return grid(Board(columns: 1, rows: panels.count, panels: panels), width: width)
  }

  private func grid(_ board: Board, width: Int) -> [String] {
    let xs = (0...board.columns).map { $0 * (width - 1) / board.columns }
    let contents = board.panels.map { panel in
      content(panel, width: xs[panel.column + panel.width] - xs[panel.column] - 3)
    }
    // Heights: the distance between a grid row's top border and the next one.
    var heights = [Int](repeating: 2, count: board.rows)
    let order = board.panels.indices.sorted { board.panels[$0].height < board.panels[$1].height }
    for index in order {
      let panel = board.panels[index]
      let rows = panel.row..<(panel.row + panel.height)
      let available = rows.reduce(0) { $0 + heights[$1] }
      let needed = contents[index].count + 1
      if needed > available { heights[rows.upperBound - 1] += needed - available }
    }
    var ys = [0]
    for height in heights { ys.append((ys.last ?? 0) + height) }
    var canvas = Canvas(width: width, height: (ys.last ?? 0) + 1)
    for (index, panel) in board.panels.enumerated() {
      let left = xs[panel.column]
      let right = xs[panel.column + panel.width]
      let top = ys[panel.row]
      let bottom = ys[panel.row + panel.height]
      canvas.box(left: left, right: right, top: top, bottom: bottom)
      for (offset, line) in contents[index].enumerated() where top + 1 + offset < bottom {
        canvas.write(line, x: left + 2, y: top + 1 + offset)
      }
    }
    return canvas.lines
  }

  /// The panel's title, then its items wrapped with a hanging bullet.
  private func content(_ panel: Board.Panel, width: Int) -> [String] {
    let width = max(4, width)
    var lines = wrap(TerminalRenderer.printable(panel.title).uppercased(), width: width)
    if panel.lines.isEmpty {
      let hint = panel.subtitle.map { "(" + TerminalRenderer.printable($0) + ")" } ?? "—"
      lines += wrap(hint, width: width)
    }
    for item in panel.lines {
      let wrapped = wrap(TerminalRenderer.printable(item), width: width - 2)
      for (index, line) in wrapped.enumerated() {
        lines.append((index == 0 ? "• " : "  ") + line)
      }
    }
    return lines
  }

  /// Splits text into lines of at most `width` characters, at spaces where possible.
  ///
  /// Widths are terminal columns (a wide character takes two); French high punctuation
  /// (`?`, `!`, `:`, `;`, `»`) stays with the word before it.
  func wrap(_ text: String, width: Int) -> [String] {
    var words: [String] = []
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      if let last = words.last, word.allSatisfy({ "?!:;»".contains($0) }) {
        words[words.count - 1] = last + "\u{A0}" + word
      } else {
        words.append(String(word))
      }
    }
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    for var word in words {
      var wordWidth = TextWidth.of(word)
      if wordWidth > width {
        // A word wider than the line is cut in pieces, in one pass over its characters.
        if !current.isEmpty {
          lines.append(current)
          current = ""
          currentWidth = 0
        }
        var piece = ""
        var pieceWidth = 0
        for character in word {
          let columns = TextWidth.of(character)
          if pieceWidth + columns > width && !piece.isEmpty {
            lines.append(piece)
            piece = ""
            pieceWidth = 0
          }
          piece.append(character)
          pieceWidth += columns
        }
        word = piece
        wordWidth = pieceWidth
      }
      if current.isEmpty {
        current = word
        currentWidth = wordWidth
      } else if currentWidth + 1 + wordWidth <= width {
        current += " " + word
        currentWidth += 1 + wordWidth
      } else {
        lines.append(current)
        current = word
        currentWidth = wordWidth
      }
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines
  }
}

/// A rectangle of characters where boxes are drawn with lines that join cleanly.
private struct Canvas {
  private struct Edges: OptionSet {
    let rawValue: UInt8
    static let up = Edges(rawValue: 1)
    static let down = Edges(rawValue: 2)
    static let left = Edges(rawValue: 4)
    static let right = Edges(rawValue: 8)
  }

  let width: Int
  /// One string per column: a character, or "" for the second column of a wide one.
  private var characters: [[String]]
  private var edges: [[Edges]]

  init(width: Int, height: Int) {
    self.width = width
    characters = Array(repeating: Array(repeating: " ", count: width), count: height)
    edges = Array(repeating: Array(repeating: [], count: width), count: height)
  }

  mutating func box(left: Int, right: Int, top: Int, bottom: Int) {
    for x in left...right {
      for y in [top, bottom] {
        if x > left { edges[y][x].insert(.left) }
        if x < right { edges[y][x].insert(.right) }
      }
    }
    for y in top...bottom {
      for x in [left, right] {
        if y > top { edges[y][x].insert(.up) }
        if y < bottom { edges[y][x].insert(.down) }
      }
    }
  }

  mutating func write(_ text: String, x: Int, y: Int) {
    var column = x
    for character in text {
      let columns = TextWidth.of(character)
      guard column + columns <= width else { break }
      characters[y][column] = String(character)
      if columns == 2 { characters[y][column + 1] = "" }
      column += columns
    }
  }

  var lines: [String] {
    zip(characters, edges).map { row, rowEdges in
      var line = zip(row, rowEdges).map { character, edge in
        edge.isEmpty ? character : String(Self.junction(edge))
      }.joined()
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  private static func junction(_ edges: Edges) -> Character {
    switch (
      edges.contains(.up), edges.contains(.down), edges.contains(.left), edges.contains(.right)
    ) {
    case (false, false, _, _): return "─"
    case (_, _, false, false): return "│"
    case (false, true, false, true): return "┌"
    case (false, true, true, false): return "┐"
    case (true, false, false, true): return "└"
    case (true, false, true, false): return "┘"
    case (true, true, false, true): return "├"
    case (true, true, true, false): return "┤"
    case (false, true, true, true): return "┬"
    case (true, false, true, true): return "┴"
    default: return "┼"
    }
  }
}
