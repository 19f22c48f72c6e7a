import Foundation
@testable import PlaceworksCommands
import PlaceworksBootstrap
import PlaceworksDomain
import Testing

/// `place new-extension`, on a fresh folder holding copies of the package's manifest and extension
/// list. That the package it writes builds and its tests pass is shown by Tools/extension-proof.sh.
@Suite("place new-extension")
struct NewExtensionTests {
    static let listed = ["Package.swift", "Modules/PlaceworksBootstrap/Extensions.swift"]

    /// A folder holding copies of the manifest and the extension list.
    func packageCopy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placeworks-new-extension-\(UUID())")
        for path in Self.listed {
            let target = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent(path), to: target)
        }
        return folder
    }

    func read(_ folder: URL, _ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every file under `folder` with its contents.
    func contents(_ folder: URL) throws -> [String: String] {
        let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        var files: [String: String] = [:]
        for path in paths {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
            files[path] = isFolder.boolValue ? "" : try read(folder, path)
        }
        return files
    }

    /// Why the scaffolder refuses `module` for `ons`, or nil if it accepts.
    func refusal(_ module: String, ons: String, ics: String? = nil, prefix: String? = nil, in folder: URL) throws -> String? {
        do {
            _ = try ExtensionScaffold(module: module, ons: ons, ics: ics, prefix: prefix, package: PackageFolder(folder.path),
                                      registry: Registry.standard(), extensions: placeworksExtensions)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test("For a borough of a registered ICS: the module, its tests, and one line in each list")
    func writesBorough() async throws {
        let folder = try packageCopy()
        let before = try Self.listed.map { try read(folder, $0) }
        #expect(await PlaceCommand.run(["new-extension", "Greenwich", "--ons", "E09000011", "--package", folder.path]) == 0)
        for file in ["Plugins/Greenwich/GreenwichExtension.swift", "Plugins/Greenwich/README.md",
                     "Plugins/Greenwich/Data/GreenwichData.swift", "Plugins/Greenwich/Data/GreenwichDocuments.swift",
                     "Plugins/Greenwich/Rules/GreenwichRules.swift", "Plugins/Greenwich/Rules/WorkstreamOversightRule.swift",
                     "Tests/GreenwichTests/GreenwichWorld.swift", "Tests/GreenwichTests/GreenwichFixtures.swift",
                     "Tests/GreenwichTests/GreenwichRuleTests.swift"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path), "\(file)")
        }
        let manifest = try read(folder, "Package.swift"), list = try read(folder, Self.listed[1])
        #expect(manifest == before[0].replacing("""
            (name: "Lewisham", requires: ["SouthEastLondon"]),
        ]
        """, with: """
            (name: "Lewisham", requires: ["SouthEastLondon"]),
            (name: "Greenwich", requires: ["SouthEastLondon"]),
        ]
        """))
        #expect(list.contains("import Greenwich\nimport Lewisham\n"))
        #expect(list.contains("    LewishamExtension(),\n    GreenwichExtension(),\n]"))
        #expect(list.split(separator: "\n").count == before[1].split(separator: "\n").count + 2)
        let ext = try read(folder, "Plugins/Greenwich/GreenwichExtension.swift")
        #expect(ext.contains("public var requires: [String] { [\"South East London\"] }"))
        let data = try read(folder, "Plugins/Greenwich/Data/GreenwichData.swift")
        #expect(data.contains("public static let place: ID<Place> = \"E09000011\""))
        #expect(data.contains("static let ics: ID<ICS>? = \"QKK\""))
        #expect(!data.contains("places: [Place("), "South East London ships Greenwich's place record")
        let world = try read(folder, "Tests/GreenwichTests/GreenwichWorld.swift")
        #expect(world.contains("[NationalGuidance(), SouthEastLondonExtension(), GreenwichExtension()]"))
        #expect(try read(folder, "Plugins/Greenwich/Rules/WorkstreamOversightRule.swift").contains("id: \"GRE-WS-1\""))
    }

    @Test("For a place no extension ships, it ships the place, and its ICS when no extension ships that")
    func shipsPlaceAndSystem() throws {
        let folder = try packageCopy()
        let scaffold = try ExtensionScaffold(module: "Hartlepool", ons: "E06000001", ics: "QHM", prefix: nil,
                                             package: PackageFolder(folder.path), registry: Registry.standard(),
                                             extensions: placeworksExtensions)
        #expect(scaffold.shipsPlace && scaffold.shipsICS && scaffold.requires.isEmpty)
        #expect(scaffold.packageLine == "    (name: \"Hartlepool\", requires: []),")
        let data = try #require(scaffold.files.first { $0.path.hasSuffix("HartlepoolData.swift") }).text
        #expect(data.contains("systems: [ICS(id: \"QHM\""))
        #expect(data.contains("places: [Place(id: place, name: \"Hartlepool\", ics: ics,"))
        let missing = try #require(try refusal("Hartlepool", ons: "E06000001", in: folder))
        #expect(missing.contains("name the ICS it lies in with --ics"))
        let wrong = try #require(try refusal("Greenwich", ons: "E09000011", ics: "QHM", in: folder))
        #expect(wrong.contains("Greenwich (E09000011) lies in"))
    }

    @Test("Refuses a taken name, a taken place, a code that is not a district's and an invalid module name")
    func refusals() throws {
        let folder = try packageCopy()
        let cases: [(module: String, ons: String, prefix: String?, expected: String)] = [
            ("Southwark", "E09000011", nil, "the name Southwark is taken"),
            ("Logging", "E09000011", nil, "the name Logging is taken"),
            ("Greenwich", "E09000028", nil, "the place E09000028 is taken: the Southwark extension covers it"),
            ("Greenwich", "E10000014", nil, "E10000014 is not a local authority district code"),
            ("Greenwich", "E0900001", nil, "E0900001 is not a local authority district code"),
            ("green-wich", "E09000011", nil, "green-wich is not a valid module name"),
            ("greenwich", "E09000011", nil, "greenwich is not a valid module name"),
            ("PlaceworksGreenwich", "E09000011", nil, "is not a valid extension name"),
            ("Greenwich", "E09000011", "SWK", "the rule prefix SWK is taken: Southwark registers"),
        ]
        for (module, ons, prefix, expected) in cases {
            let refused = try refusal(module, ons: ons, prefix: prefix, in: folder)
            #expect(refused?.contains(expected) == true, "\(module) \(ons): \(refused ?? "accepted")")
        }
    }

    @Test("Refuses a target folder that is not empty, and writes nothing when it refuses")
    func dirtyFolder() async throws {
        let folder = try packageCopy()
        let leftover = folder.appendingPathComponent("Tests/GreenwichTests/Old.swift")
        try FileManager.default.createDirectory(at: leftover.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "// left over".write(to: leftover, atomically: true, encoding: .utf8)
        let refused = try #require(try refusal("Greenwich", ons: "E09000011", in: folder))
        #expect(refused.contains("Tests/GreenwichTests already exists and is not empty"))
        let before = try contents(folder)
        #expect(await PlaceCommand.run(["new-extension", "Greenwich", "--ons", "E09000011", "--package", folder.path]) == 2)
        #expect(await PlaceCommand.run(["new-extension", "Greenwich", "--ons", "E10000014", "--package",
                                        folder.appendingPathComponent("Modules").path]) == 2)
        #expect(try contents(folder) == before)
    }
}
