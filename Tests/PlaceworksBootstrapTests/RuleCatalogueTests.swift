import Foundation
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksTestSupport
import Testing

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite("The standard registry and its catalogue")
struct RuleCatalogueTests {
    @Test("The listed extensions build a registry without conflicts, each with what it requires")
    func standardRegistry() throws {
        let registry = try Registry.standard()
        let names = registry.members.map(\.name)
        #expect(names == placeworksExtensions.map(\.name))
        #expect(Set(names).count == names.count)
        #expect(Set(ExampleScope.extensionNames).isSubset(of: names), "the example's extensions are listed")
        #expect(registry.members.allSatisfy { Set($0.requires).isSubset(of: names) })
        #expect(registry.dataset.problems().isEmpty)
    }

    @Test("docs/rules.md is the catalogue the code generates (regenerate with `swift run place rules --format markdown > docs/rules.md`)")
    func catalogueIsCurrent() throws {
        let registry = try Registry.standard()
        let committed = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(committed == RuleCatalogue.markdown(registry))
    }

    /// The requirement IDs a catalogue file lists, one per table row.
    static func requirementIDs(in file: String) throws -> [String] {
        let catalogue = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/\(file)")
        let text = try String(contentsOf: catalogue, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| ") else { return nil }
            let cell = line.dropFirst(2).prefix { $0 != " " && $0 != "|" }
            return cell.contains("-") && cell.uppercased() == cell && cell.last?.isNumber == true ? String(cell) : nil
        }
    }

    @Test("Every registered rule has its row in one of the two requirements catalogues")
    func everyRuleCatalogued() throws {
        let added = try Self.requirementIDs(in: "REQUIREMENTS-ADDED.md")
        #expect(added.count == 19, "the second catalogue lists nineteen requirements")
        let catalogued = Set(try Self.requirementIDs(in: "REQUIREMENTS.md") + added)
        let registered = try Registry.standard().rules.map(\.rule.id.rawValue)
        let uncatalogued = registered.filter { !catalogued.contains($0) }
        #expect(uncatalogued.isEmpty, "no catalogue row for \(uncatalogued.joined(separator: ", "))")
    }

    @Test("Every requirement in the second catalogue is implemented by a rule with its ID")
    func everyAddedRequirementImplemented() throws {
        let registered = Set(try Registry.standard().rules.map(\.rule.id.rawValue))
        let missing = try Self.requirementIDs(in: "REQUIREMENTS-ADDED.md").filter { !registered.contains($0) }
        #expect(missing.isEmpty, "no rule implements \(missing.joined(separator: ", "))")
    }

    @Test("Every requirement in the requirements catalogue is implemented by a rule with its ID")
    func everyRequirementImplemented() throws {
        let ids = try Self.requirementIDs(in: "REQUIREMENTS.md")
        #expect(ids.count >= 57, "the requirements catalogue should list every requirement")
        let registered = Set(try Registry.standard().rules.map(\.rule.id.rawValue))
        let missing = ids.filter { !registered.contains($0) }
        #expect(missing.isEmpty, "no rule implements \(missing.joined(separator: ", "))")
    }

    @Test("Every rule cites a source document and section and states its requirement")
    func everyRuleCited() throws {
        for registered in try Registry.standard().rules {
            #expect(!registered.rule.citations.isEmpty, "\(registered.rule.id) cites nothing")
            #expect(registered.rule.citations.allSatisfy { $0.document.rawValue.hasSuffix(".txt") && !$0.section.isEmpty })
            #expect(!registered.rule.requirement.isEmpty)
        }
    }
}
