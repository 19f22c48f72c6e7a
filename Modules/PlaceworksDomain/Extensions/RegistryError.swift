/// Why the registry refused the list of extensions. Each case names the extensions concerned and
/// says what to change; docs/extending.md lists them all.
public enum RegistryError: Error, Sendable, Hashable, CustomStringConvertible {
    case missingRequirement(String, requires: [String], registered: [String])
    case duplicateRule(RuleID, first: String, second: String)
    case duplicateClaim(Coverage, first: String, second: String)
    case weakenedRule(RuleID, owner: String, ownerCoverage: Coverage, by: String, severity: Severity,
                      registered: Severity)
    case ownRuleTightened(RuleID, by: String)
    case foreignAdjustment(RuleID, owner: String, by: String)
    case unknownRule(RuleID, by: String)
    case unknownRefinement(RuleID, refinedBy: RuleID, by: String)
    case duplicateDocument(SourceDocument, first: String, second: String)
    case unregisteredDocument(SourceDocument, citedBy: String, by: String)
    case duplicateRecord(Subject, first: String, second: String)
    case inconsistentData([DatasetProblem], extensions: [String])

    public var description: String {
        switch self {
        case let .missingRequirement(name, requires, registered):
            let missing = requires.joined(separator: " and ")
            return "\(name) requires \(missing), which \(requires.count == 1 ? "is" : "are") not registered "
                + "(registered: \(registered.joined(separator: ", "))). Add \(missing) to the list of extensions "
                + "in Modules/PlaceworksBootstrap/Extensions.swift (in a test: to the extensions the registry is built from)."
        case let .duplicateRule(id, first, second):
            return "Rule \(id) is registered twice: by \(first) and by \(second). Each rule ID must be unique."
        case let .duplicateClaim(coverage, first, second):
            return "\(coverage) is claimed by two extensions: \(first) and \(second). Only one extension may cover it."
        case let .weakenedRule(id, owner, ownerCoverage, by, severity, registered):
            let area = ownerCoverage == .national ? "every place" : "\(ownerCoverage)"
            return "\(by) tries to downgrade rule \(id), which \(owner) registers for \(area), from \(registered) "
                + "to \(severity). An extension may tighten another's rule for its own area, never weaken it."
        case let .ownRuleTightened(id, by):
            return "\(by) tightens its own rule \(id). Register the rule at the severity it should have instead."
        case let .foreignAdjustment(id, owner, by):
            return "\(by) tries to change rule \(id) of \(owner), which does not apply to \(by)'s area."
        case let .unknownRule(id, by):
            return "\(by) tightens rule \(id), but no extension registers a rule with that ID."
        case let .unknownRefinement(id, refinedBy, by):
            return "Rule \(refinedBy) of \(by) refines rule \(id), but no extension registers a rule with that ID."
        case let .duplicateDocument(document, first, second):
            return "The source document \(document) is registered by both \(first) and \(second). Register it once, "
                + "in the broader extension, and have the other require it."
        case let .unregisteredDocument(document, citedBy, by):
            return "\(citedBy) of \(by) cites \(document), which no registered extension registers. Register it "
                + "in \(by) with `registrar.add(document:title:issued:)`, or require the extension that does."
        case let .duplicateRecord(subject, first, second):
            let record = "The \(subject.kind.rawValue) \(subject.id) (\(subject.name))"
            return first == second ? "\(record) is defined twice by \(first)."
                : "\(record) is defined by both \(first) and \(second)."
        case let .inconsistentData(problems, extensions):
            return "The data registered by \(extensions.joined(separator: ", ")) is inconsistent:\n"
                + problems.map { "  - \($0)" }.joined(separator: "\n")
        }
    }
}
