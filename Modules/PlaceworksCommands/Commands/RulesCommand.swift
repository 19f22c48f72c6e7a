import ArgumentParser
import PlaceworksDomain
import PlaceworksInterchange

/// `place rules`: lists every registered rule with its severity, requirement and source.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule: ID, severity, the requirement and the paragraph it comes from.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    @Option(help: "Output format (markdown writes the rule catalogue, docs/rules.md).")
    var format: Format = .text

    func run() throws {
        let registry = try standardRegistry()
        switch format {
        case .markdown:
            print(RuleCatalogue.markdown(registry), terminator: "")
        case .json:
            print(try DataFile.encode(registry.rules.map(RuleListing.init), format: .json))
        case .text:
            let style = TextStyle.detect()
            for registered in registry.rules {
                let rule = registered.rule
                print(style.apply(.bold, rule.id.rawValue.padding(12)) + rule.severity.rawValue.padding(8)
                      + registered.owner)
                for line in wrap(rule.requirement, indent: 4) { print(line) }
                let sources = rule.citations.map { "\($0.document.rawValue) \($0.section)" }.joined(separator: "; ")
                for line in wrap(sources, indent: 4) { print(style.apply(.dim, line)) }
            }
            print("\(registry.rules.count) rules from \(registry.members.count) extensions.")
        }
    }
}

/// A rule as `place rules --format json` lists it.
struct RuleListing: Codable {
    let id: String
    let severity: Severity
    let requirement: String
    let citations: [Citation]
    let extensionName: String
    let coverage: String

    init(_ registered: Registry.RegisteredRule) {
        id = registered.rule.id.rawValue
        severity = registered.rule.severity
        requirement = registered.rule.requirement
        citations = registered.rule.citations
        extensionName = registered.owner
        coverage = registered.coverage.description
    }

    enum CodingKeys: String, CodingKey {
        case id, severity, requirement, citations, extensionName = "extension", coverage
    }
}
