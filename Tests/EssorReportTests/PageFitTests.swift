import Testing

@testable import EssorReport

/// Every worked case of `PageFit` gives its fit.
struct PageFitTests {
  @Test(arguments: PageFit.examples.indices)
  func workedCaseGivesItsFit(_ index: Int) {
    let example = PageFit.examples[index]
    let fit = PageFit.choose(
      width: example.width, height: example.height, landscape: example.landscape,
      appendixRows: example.appendix)
    #expect(fit == example.fit, "\(example.width) × \(example.height) pt: \(fit)")
  }

  /// A sheet is never squeezed below readable print, whatever its size.
  @Test func noSheetIsSqueezedBelowReadablePrint() {
    for width in stride(from: 100.0, through: 2000, by: 97) {
      for height in stride(from: 50.0, through: 5000, by: 131) {
        let fit = PageFit.choose(width: width, height: height)
        guard fit.pagesTall == 1 else { continue }
        let scale = PageFit.scale(
          width: width, height: height, landscape: fit.landscape, tall: 1)
        let widthScale = min(
          1, (fit.landscape ? PageFit.landscapeArea : PageFit.portraitArea).width / width)
        // Squeezed only down to the smallest scale; a width-bound scale is what it is.
        #expect(scale >= min(PageFit.smallestScale, widthScale) - 1e-9, "\(width) × \(height)")
      }
    }
  }
}
