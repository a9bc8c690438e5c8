/// Where a rendered document goes: a file, or standard output drawn with some options.
public struct RenderDestination: Sendable {
  /// The file to write, or nil for standard output.
  public var path: String?
  /// How text is drawn (colour, width); files get ``RenderOptions/plain``.
  public var options: RenderOptions

  public init(path: String?, options: RenderOptions = .plain) {
    self.path = path
    self.options = options
  }

  /// Standard output, drawn with `options`.
  public static func standardOutput(_ options: RenderOptions) -> RenderDestination {
    RenderDestination(path: nil, options: options)
  }

  /// A file, written atomically.
  public static func file(_ path: String) -> RenderDestination {
    RenderDestination(path: path)
  }
}
