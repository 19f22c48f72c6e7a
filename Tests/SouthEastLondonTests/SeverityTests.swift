import PlaceworksDomain
import PlaceworksTestSupport
import SouthEastLondon
import Testing

/// Each SEL rule's severity, pinned here from the modal verb of the words it enforces
/// (REVIEWING-RULES.md §2), not read back from the registry. Clauses a rule reports at another
/// severity are pinned by its fixtures.
@Suite("SEL rules: severities from the words")
struct SeverityTests {
    static let fromTheWords: [RuleID: Severity] = [
        // Southwark LCP paper, "SEL Integrated Care Partnership": "Will be a committee … This membership will include"
        "SEL-ICP-1": .error,
        // Lewisham §3.3: "It would be expected to take any decision by consensus, to meet in public"
        // ("It is required to develop and agree an 'Integrated Care Strategy'": error)
        "SEL-ICP-2": .warning,
        // Lewisham §4.3: "The proposed membership of the ICB's Board is"
        "SEL-ICB-1": .warning,
        // Southwark LCP paper, "Local Care Partnerships": "The ICB will delegate the responsibility for the budget …"
        "SEL-LCP-1": .error,
        // Same slide: the Place Lead "will be appointed … They can either be an employee of the ICB itself or of their sovereign body"
        "SEL-LCP-2": .error,
        // Same slide: "These delegated functions will be discharged through a committee"
        "SEL-LCP-3": .error,
        // Same slide: "Membership of the PSSB should include as a minimum"; Lewisham §6.1 "It should have a membership"
        "SEL-LCP-4": .warning,
        // Lewisham §6.1: "The inclusion of the borough Director of Public Health is considered a requirement for each LCP"
        "SEL-LCP-5": .error,
        // Lewisham §6.2: "The LCP Board should agree a Chair of that Board agreed by the borough partnership"
        "SEL-LCP-6": .warning,
        // Same slide: "The local reporting of the PSSB … are for local determination; provided the prime relationship
        // in governance terms for NHS funds … is with the ICB" — a condition with no modal verb (and the committee
        // "could be a committee of the NHS Body or … a joint committee"); Lewisham §6.2 "is expected to continue to report"
        "SEL-LCP-7": .warning,
        // Lewisham §8.1: "this should comprise as a minimum a core group comprising a designated lead"
        "SEL-LCP-8": .warning,
        // Southwark LCP paper, Context: "an expectation for place leads to be agreed by the end of December 2021" (a slipped date)
        "SEL-LCP-9": .warning,
        // Lewisham §5.2: "The members of the provider Collaborative Board will be a matter for those collaborating
        // partners provided the member is at Chief Executive level … and is agreed with the ICS Chair"; §5.4 the
        // community services collaborative "will operate as a network" ("do not assume any specific delegation":
        // warning; §5.1 "Two 'formal' Provider Collaboratives to be established", planning wording: warning)
        "SEL-PC-1": .error,
    ]

    @Test("Every rule the SEL extension registers has the severity its words give")
    func severities() throws {
        let registry = try Registry(SouthEastLondonTestWorld.extensions)
        let sel = registry.rules.filter { $0.owner == SouthEastLondonExtension().name }
        #expect(Dictionary(uniqueKeysWithValues: sel.map { ($0.rule.id, $0.rule.severity) }) == Self.fromTheWords)
    }

    @Test("Every SEL fixture pins the severity it expects, rather than reading the registry's")
    func fixturesPinned() {
        let unpinned = SouthEastLondonRuleFixtures.all.filter { $0.severity == nil }.map(\.description)
        #expect(unpinned.isEmpty, "\(unpinned)")
    }
}
