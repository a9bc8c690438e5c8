import Foundation
import PackagePlugin

/// Compiles the package's `templates/` folder into the target it is applied to.
///
/// Every `templates/<category>/<id>.yaml` file, and each category folder, is an input of one
/// build command that runs `EmbedTemplatesGenerator`, so editing or adding a template and
/// rebuilding is enough; the generated Swift file lives in the plugin's work folder and is
/// never committed. SwiftPM lists a build command's inputs when it plans the build, which it
/// does again only when the package changes: after removing or renaming a template, touch
/// Package.swift (else the build stops on the missing file).
@main
struct EmbedTemplates: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let templates = context.package.directoryURL.appendingPathComponent("templates")
    let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedTemplates.swift")
    var inputs: [URL] = []
    let manager = FileManager.default
    let categories = (try? manager.contentsOfDirectory(atPath: templates.path)) ?? []
    for category in categories.sorted() where !category.hasPrefix(".") {
      let folder = templates.appendingPathComponent(category)
      let names = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
      for name in names.sorted() where name.hasSuffix(".yaml") && !name.hasPrefix(".") {
        inputs.append(folder.appendingPathComponent(name))
      }
      // The folders too: a file added changes its folder, and the generator lists the folder.
      inputs.append(folder)
    }
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) templates from templates/",
        executable: try context.tool(named: "EmbedTemplatesGenerator").url,
        arguments: [templates.path, output.path],
        inputFiles: inputs,
        outputFiles: [output])
    ]
  }
}
