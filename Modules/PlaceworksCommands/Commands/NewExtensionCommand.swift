import ArgumentParser
import Foundation
import PlaceworksBootstrap
import PlaceworksDomain

/// `place new-extension`: writes a new borough's extension module, its test target and the two
/// lines that register it, so the package builds and the new tests pass with no edits.
struct NewExtensionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-extension",
        abstract: "Start an extension for a borough: its module, tests and registration (see docs/extending.md).",
        discussion: """
            Writes Plugins/NAME (the extension: identity and coverage, a source document, a partnership \
            board with seats, a workstream and one rule) and Tests/NAMETests (the rule against its fixtures), \
            and lists the extension in Package.swift and Modules/PlaceworksBootstrap/Extensions.swift. \
            Nothing is written if anything is refused.
            """)

    @Argument(help: ArgumentHelp("The module name, e.g. Greenwich or TowerHamlets.", valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp("The place's ONS local authority district code (E06–E09), e.g. E09000011.",
                               valueName: "code"))
    var ons: String

    @Option(help: ArgumentHelp("The ICS the place lies in (its ICB's ODS code, e.g. QKK); needed only when no "
        + "registered extension ships the place.", valueName: "ics"))
    var ics: String?

    @Option(help: ArgumentHelp("The rule ID prefix (default: the name's first three letters, e.g. GRE).",
                               valueName: "prefix"))
    var prefix: String?

    @Option(help: ArgumentHelp("The package folder.", valueName: "folder"))
    var package: String = "."

    func run() throws {
        let registry = try standardRegistry()
        let written: [String]
        do {
            let folder = try PackageFolder(package)
            let scaffold = try ExtensionScaffold(module: name, ons: ons, ics: ics, prefix: prefix, package: folder,
                                                 registry: registry, extensions: placeworksExtensions)
            written = try ScaffoldWriter(folder: folder, scaffold: scaffold).write()
            print("Wrote the \(scaffold.name) extension (place \(scaffold.place), rules \(scaffold.prefix)-…"
                + (scaffold.requires.isEmpty ? "" : ", requires \(scaffold.requires.map(\.name).joined(separator: ", "))")
                + "):")
        } catch {
            throw CommandError("new-extension: \(error)")
        }
        for path in written { print("  \(path)") }
        print("""
            Next: swift build, then swift test --filter \(name)Tests, then swift run place check --place \(ons).
            Regenerate the rule catalogue with swift run place rules --format markdown > docs/rules.md.
            docs/extending.md explains each step from here.
            """)
    }
}
