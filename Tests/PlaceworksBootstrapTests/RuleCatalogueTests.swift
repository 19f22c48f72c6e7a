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

    @Test("Every requirement in the requirements catalogue is implemented by a rule with its ID")
    func everyRequirementImplemented() throws {
        let catalogue = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/REQUIREMENTS.md")
        let text = try String(contentsOf: catalogue, encoding: .utf8)
        let ids = text.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| ") else { return nil }
            let cell = line.dropFirst(2).prefix { $0 != " " && $0 != "|" }
            return cell.contains("-") && cell.uppercased() == cell && cell.last?.isNumber == true ? String(cell) : nil
        }
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
