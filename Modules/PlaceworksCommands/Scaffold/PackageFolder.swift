import Foundation

/// The Placeworks package folder `place new-extension` writes into: the names its manifest
/// already uses, and the two places an extension is listed — the `extensions` list of
/// `Package.swift` and the one list of extensions the executables run.
struct PackageFolder: Sendable {
    let root: URL
    let manifest: String
    let extensionList: String

    static let manifestPath = "Package.swift"
    static let extensionListPath = "Modules/PlaceworksBootstrap/Extensions.swift"
    static let manifestMarker = "let extensions: [(name: String, requires: [String])] = ["
    static let extensionListMarker = "public let placeworksExtensions: [any PlaceworksExtension] = ["

    /// Reads the package at `path`, refusing a folder that is not the Placeworks package.
    init(_ path: String) throws(ExtensionScaffold.Refusal) {
        let root = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
        self.root = root
        manifest = try Self.read(Self.manifestPath, in: root, marker: Self.manifestMarker)
        extensionList = try Self.read(Self.extensionListPath, in: root, marker: Self.extensionListMarker)
    }

    private static func read(_ relative: String, in root: URL, marker: String) throws(ExtensionScaffold.Refusal)
        -> String
    {
        guard let text = try? String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8),
              text.contains(marker)
        else {
            throw ExtensionScaffold.Refusal("\(root.path) is not the Placeworks package folder: \(relative) is missing "
                + "or does not list extensions (“\(marker)”). Run new-extension in the package's folder, or name it "
                + "with --package.")
        }
        return text
    }

    /// Every name the manifest gives a target, product or package, and each extension's test target.
    var targetNames: Set<String> {
        let named = manifest.matches(of: /name: "([^"]+)"/).map { String($0.output.1) }
        let extensions = Self.listed(in: manifest, after: Self.manifestMarker).compactMap { line in
            line.firstMatch(of: /name: "([^"]+)"/).map { String($0.output.1) }
        }
        return Set(named + extensions.map { "\($0)Tests" })
    }

    /// The products the package uses from its dependencies (their module names are taken too).
    var productNames: Set<String> {
        Set(manifest.matches(of: /\.product\(name: "([^"]+)"/).map { String($0.output.1) })
    }

    /// Whether the folder at `relative` exists and holds anything.
    func hasFiles(in relative: String) -> Bool {
        let contents = try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(relative).path)
        return !(contents ?? []).isEmpty
    }

    /// The manifest with `line` added at the end of its `extensions` list.
    func manifest(adding line: String) -> String { Self.insert(line, in: manifest, before: Self.manifestMarker) }

    /// The extension list with `line` added at its end and `import module` among its imports.
    func extensionList(adding line: String, importing module: String) -> String {
        var lines = Self.insert(line, in: extensionList, before: Self.extensionListMarker)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let imports = lines.indices.filter { lines[$0].hasPrefix("import ") }
        let position = imports.first { lines[$0] > "import \(module)" } ?? (imports.last.map { $0 + 1 } ?? 0)
        lines.insert("import \(module)", at: position)
        return lines.joined(separator: "\n")
    }

    /// The lines of the list that opens with `marker`, up to its closing bracket.
    private static func listed(in text: String, after marker: String) -> [Substring] {
        guard let start = text.range(of: marker) else { return [] }
        let rest = text[start.upperBound...]
        let end = rest.range(of: "\n]")?.lowerBound ?? rest.endIndex
        return rest[..<end].split(separator: "\n")
    }

    /// `text` with `line` inserted before the closing bracket of the list that opens with `marker`.
    private static func insert(_ line: String, in text: String, before marker: String) -> String {
        guard let start = text.range(of: marker), let end = text[start.upperBound...].range(of: "\n]") else { return text }
        var result = text
        result.insert(contentsOf: "\n" + line, at: end.lowerBound)
        return result
    }
}
