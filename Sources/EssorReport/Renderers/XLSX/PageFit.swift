/// How a sheet goes on A4 paper: its orientation and the pages tall it is fitted to.
///
/// Every sheet is one page wide. A sheet is turned the way that prints it on fewer pages
/// (and, as short, in larger print); one that runs a little over a page is fitted onto one
/// when its print stays readable (at least `smallestScale`). An appendix — a schedule, the
/// monthly cash plan — prints on one page per hundred rows whatever its height.
struct PageFit: Equatable, CustomStringConvertible {
  /// Whether the page is turned sideways.
  var landscape: Bool
  /// The pages tall the sheet is fitted to; 0 lets it run on at the width's scale.
  var pagesTall: Int

  /// The printable area of an A4 portrait page, in points, inside Essor's margins
  /// (0.5 in sides, 0.6 in top and bottom) and above the footer.
  static let portraitArea = (width: 523.0, height: 725.0)
  /// The same, landscape.
  static let landscapeArea = (width: 770.0, height: 479.0)
  /// Smaller print than this is hard to read: a sheet is not squeezed below it.
  static let smallestScale = 0.62
  /// An appendix is detail to consult, not to read line by line: it prints smaller, down
  /// to this scale (about a hundred rows a portrait page).
  static let appendixScale = 0.42

  var description: String {
    (landscape ? "landscape" : "portrait") + ", "
      + (pagesTall == 0 ? "as tall as it takes" : "\(pagesTall) tall")
  }

  /// The fit of a sheet `width` × `height` points at 100 %; `landscape` forces the
  /// orientation (a canvas prints like the paper one); `appendixRows` makes it an appendix
  /// of that many table rows.
  static func choose(
    width: Double, height: Double, landscape forced: Bool? = nil, appendixRows: Int? = nil
  ) -> PageFit {
    let orientations = forced.map { [$0] } ?? [false, true]
    if let rows = appendixRows {
      // As many pages as it takes at the appendix's print (no larger than the width allows),
      // and at least one per hundred rows.
      let options = orientations.map { landscape -> (fit: PageFit, scale: Double) in
        let area = landscape ? landscapeArea : portraitArea
        let target = min(1, area.width / max(width, 1), appendixScale)
        let tall = max((rows + 99) / 100, Int((height * target / area.height - 1e-9).rounded(.up)))
        let fit = PageFit(landscape: landscape, pagesTall: max(1, tall))
        return (fit, scale(width: width, height: height, landscape: landscape, tall: fit.pagesTall))
      }
      // Fewer pages at readable print; else the larger print.
      let readable = options.filter { $0.scale >= appendixScale - 1e-9 }
      let best =
        readable.isEmpty
        ? options.max { $0.scale < $1.scale }
        : readable.min { a, b in
          a.fit.pagesTall != b.fit.pagesTall
            ? a.fit.pagesTall < b.fit.pagesTall : a.scale > b.scale + 0.001
        }
      return best?.fit ?? PageFit(landscape: false, pagesTall: 1)
    }
    let options = orientations.map { landscape -> (fit: PageFit, pages: Int, scale: Double) in
      let area = landscape ? landscapeArea : portraitArea
      let widthScale = min(1, area.width / max(width, 1))
      let pages = height * widthScale / area.height
      if pages <= 1 { return (PageFit(landscape: landscape, pagesTall: 1), 1, widthScale) }
      let squeezed = area.height / height
      if squeezed >= smallestScale {
        return (PageFit(landscape: landscape, pagesTall: 1), 1, squeezed)
      }
      return (PageFit(landscape: landscape, pagesTall: 0), Int(pages.rounded(.up)), widthScale)
    }
    // Among the readable ways, fewer pages first, then larger print, portrait on a tie; a
    // sheet too wide to be readable either way gets the larger print.
    let readable = options.filter { $0.scale >= smallestScale - 1e-9 }
    let best =
      readable.isEmpty
      ? options.max { a, b in
        abs(a.scale - b.scale) > 0.001 ? a.scale < b.scale : a.pages > b.pages
      }
      : readable.min { a, b in
        a.pages != b.pages ? a.pages < b.pages : a.scale > b.scale + 0.001
      }
    return best?.fit ?? PageFit(landscape: false, pagesTall: 0)
  }

  /// The print scale of a sheet fitted one page wide and `tall` pages tall.
  static func scale(width: Double, height: Double, landscape: Bool, tall: Int) -> Double {
    let area = landscape ? landscapeArea : portraitArea
    return min(1, area.width / max(width, 1), Double(tall) * area.height / max(height, 1))
  }

  /// Worked cases, run by one test: (width, height, forced orientation, appendix rows) →
  /// the fit.
  static let examples:
    [(width: Double, height: Double, landscape: Bool?, appendix: Int?, fit: PageFit)] = [
      // A short table that fits a portrait page as it is stays portrait.
      (400, 300, nil, nil, PageFit(landscape: false, pagesTall: 1)),
      // Eight money columns: too wide for portrait, on one landscape page in full size.
      (700, 400, nil, nil, PageFit(landscape: true, pagesTall: 1)),
      // A P&L of 60 rows and six columns: portrait at the width's scale fits one page, where
      // landscape takes two.
      (690, 930, nil, nil, PageFit(landscape: false, pagesTall: 1)),
      // A little over a page: squeezed onto one (scale 0.85).
      (500, 850, nil, nil, PageFit(landscape: false, pagesTall: 1)),
      // Far over a page: runs on, portrait, at full size (two pages).
      (500, 1400, nil, nil, PageFit(landscape: false, pagesTall: 0)),
      // A canvas is landscape even when portrait would do.
      (400, 300, true, nil, PageFit(landscape: true, pagesTall: 1)),
      // An 89-row schedule: one page, portrait (a taller page for a long list).
      (520, 1400, nil, 89, PageFit(landscape: false, pagesTall: 1)),
      // The 60-month cash plan with 13 columns: one page, landscape (its width decides).
      (1200, 1000, nil, 60, PageFit(landscape: true, pagesTall: 1)),
      // Taller, it would be unreadable on one portrait page (0.37): two landscape ones (0.42).
      (1403, 1523, nil, 60, PageFit(landscape: true, pagesTall: 2)),
      // Ten wide columns and a long note: unreadable on one portrait page (0.31), so the
      // larger print of landscape over two pages.
      (1687, 1100, nil, nil, PageFit(landscape: true, pagesTall: 0)),
      // 250 rows of answers: three pages.
      (520, 4000, nil, 250, PageFit(landscape: false, pagesTall: 3)),
    ]
}
