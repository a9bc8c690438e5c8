// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Essor",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "essor", targets: ["essor"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  // Words: a *tool* is what Essor runs (Diagnostic, Canvas, Financing…). The built-in
  // tools' sources live in Plugins/<Name> (the layout DESIGN.md names); a *plugin* is only
  // ever an external tool, an `essor-<id>` executable found in a workspace's plugins/,
  // ESSOR_PLUGIN_PATH or PATH (docs/plugins.md).
  targets: [
    .systemLibrary(
      name: "CXlsxWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"])]
    ),
    .target(
      name: "EssorCore",
      dependencies: [.product(name: "Yams", package: "Yams")],
      plugins: [.plugin(name: "EmbedTemplates")]
    ),
    // Build steps: templates/ compiled into EssorCore, the git commit into essor. Their code
    // lives in BuildPlugins/ (Plugins/ holds Essor's built-in tools).
    .executableTarget(
      name: "EmbedTemplatesGenerator", path: "BuildPlugins/EmbedTemplatesGenerator"),
    .plugin(
      name: "EmbedTemplates", capability: .buildTool(),
      dependencies: ["EmbedTemplatesGenerator"], path: "BuildPlugins/EmbedTemplates"),
    .plugin(name: "EmbedVersion", capability: .buildTool(), path: "BuildPlugins/EmbedVersion"),
    .target(
      name: "EssorReport",
      dependencies: ["EssorCore", "CXlsxWriter"]
    ),
    .target(
      name: "EssorExternal",
      dependencies: ["EssorCore", "EssorReport"]
    ),
    .target(
      name: "Financing",
      dependencies: ["EssorCore", "EssorReport"],
      path: "Plugins/Financing"
    ),
    .target(
      name: "Canvas",
      dependencies: ["EssorCore", "EssorReport"],
      path: "Plugins/Canvas"
    ),
    .target(
      name: "Diagnostic",
      dependencies: ["EssorCore", "EssorReport"],
      path: "Plugins/Diagnostic"
    ),
    .target(
      name: "Pitch",
      dependencies: ["EssorCore", "EssorReport"],
      path: "Plugins/Pitch"
    ),
    .target(
      name: "Cohort",
      dependencies: ["EssorCore", "EssorReport"],
      path: "Plugins/Cohort"
    ),
    .target(
      name: "Actions",
      dependencies: ["EssorCore", "EssorReport"],
      path: "Plugins/Actions"
    ),
    .executableTarget(
      name: "essor",
      dependencies: [
        "EssorCore", "EssorReport", "EssorExternal", "Financing", "Canvas", "Diagnostic", "Pitch",
        "Actions", "Cohort",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      plugins: [.plugin(name: "EmbedVersion")]
    ),
    .executableTarget(
      name: "essor-bench",
      dependencies: [
        "EssorCore", "EssorReport", "EssorExternal", "Financing", "Canvas", "Diagnostic", "Pitch",
        "Actions", "Cohort",
      ],
      path: "Benchmarks/EssorBench"
    ),
    // Fuzzing (docs/limits.md): one target per loader, replayed by FuzzTests in every test
    // run; `make fuzz` builds essor-fuzz with libFuzzer (-D ESSOR_FUZZ) into .build-fuzz.
    .target(
      name: "EssorFuzzTargets",
      dependencies: [
        "EssorCore", "EssorReport", "EssorExternal", "Financing", "Canvas", "Diagnostic", "Pitch",
        "Actions", "Cohort",
      ],
      path: "Fuzz/Targets"
    ),
    .target(name: "CFuzzer", path: "Fuzz/CFuzzer"),
    .executableTarget(
      name: "essor-fuzz", dependencies: ["EssorFuzzTargets", "CFuzzer"], path: "Fuzz/Driver"),
    .target(name: "TestSupport", dependencies: ["EssorCore"], path: "Tests/TestSupport"),
    .testTarget(name: "EssorCoreTests", dependencies: ["EssorCore", "TestSupport"]),
    .testTarget(name: "EssorReportTests", dependencies: ["EssorReport", "TestSupport"]),
    .testTarget(name: "FinancingTests", dependencies: ["Financing", "TestSupport"]),
    .testTarget(name: "CanvasTests", dependencies: ["Canvas", "TestSupport"]),
    .testTarget(name: "DiagnosticTests", dependencies: ["Diagnostic", "TestSupport"]),
    .testTarget(
      name: "ProgrammeTests",
      dependencies: [
        "Actions", "Cohort", "Pitch", "Financing", "Canvas", "Diagnostic", "TestSupport",
      ]),
    .testTarget(
      name: "PitchTests",
      dependencies: ["Pitch", "Financing", "Canvas", "Diagnostic", "TestSupport"]),
    .testTarget(name: "EndToEndTests", dependencies: ["EssorCore", "TestSupport"]),
    .testTarget(name: "FuzzTests", dependencies: ["EssorFuzzTargets", "TestSupport"]),
    // The examples every canvas check, questionnaire lint rule and plan rule carries, run by
    // one generic test.
    .testTarget(
      name: "ExampleTests",
      dependencies: ["EssorCore", "Canvas", "Diagnostic", "Financing", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
