/// Why the registry refused the list of extensions. Each case names both parties.
public enum RegistryError: Error, Sendable, Hashable, CustomStringConvertible {
    case duplicateRule(RuleID, first: String, second: String)
    case duplicateClaim(Coverage, first: String, second: String)
    case weakenedRule(RuleID, owner: String, ownerCoverage: Coverage, by: String, severity: Severity?,
                      registered: Severity)
    case foreignAdjustment(RuleID, owner: String, by: String)
    case unknownRule(RuleID, by: String)
    case unknownRefinement(RuleID, refinedBy: RuleID, by: String)
    case duplicateRecord(Subject, first: String, second: String)
    case inconsistentData([DatasetProblem], extensions: [String])

    public var description: String {
        switch self {
        case let .duplicateRule(id, first, second):
            return "Rule \(id) is registered twice: by \(first) and by \(second). Each rule ID must be unique."
        case let .duplicateClaim(coverage, first, second):
            return "\(coverage) is claimed by two extensions: \(first) and \(second). Only one extension may cover it."
        case let .weakenedRule(id, owner, ownerCoverage, by, severity, registered):
            let area = ownerCoverage == .national ? "every place" : "\(ownerCoverage)"
            let rule = "rule \(id), which \(owner) registers for \(area)"
            let what = severity.map { "downgrade \(rule), from \(registered) to \($0)" } ?? "switch off \(rule)"
            return "\(by) tries to \(what). "
                + "An extension may tighten another's rule for its own area, never weaken or disable it."
        case let .foreignAdjustment(id, owner, by):
            return "\(by) tries to change rule \(id) of \(owner), which does not apply to \(by)'s area."
        case let .unknownRule(id, by):
            return "\(by) adjusts rule \(id), but no extension registers a rule with that ID."
        case let .unknownRefinement(id, refinedBy, by):
            return "Rule \(refinedBy) of \(by) refines rule \(id), but no extension registers a rule with that ID."
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
