import PlaceworksDomain
import PlaceworksTestSupport
import Testing

/// Each national and good-governance rule's severity, pinned here from the modal verb of the words
/// it enforces (REVIEWING-RULES.md §2: "must"/"will"/"is a requirement" → error; "should"/"expected"/
/// "proposed"/"could"/"may", or a slipped date → warning), not read back from the registry. Clauses
/// a rule reports at another severity are pinned by its fixtures.
@Suite("National rules: severities from the words")
struct NationalSeverityTests {
    static let fromTheWords: [RuleID: Severity] = [
        // thriving-places-guidance-2021.txt
        "NAT-MEM-1": .warning,  // §4 "Membership": "they will do well to consider how they will include representation"
        "NAT-GOV-1": .warning,  // Table 2: the forms "that could be established … are not mutually exclusive"
        // Table 2 describes forms "that could be established", with no "must" or "will":
        "NAT-GOV-2": .warning,  // "The terms of references and scope are set by the statutory body"; "may appoint … but only where the convening statutory bodies consider it appropriate"
        "NAT-GOV-3": .warning,  // "A committee established between partner organisations"; "can agree to delegate"; "may include … but only where"
        "NAT-GOV-4": .warning,  // Table 2: "Statutory bodies may agree to delegate functions to individual members of staff"
        "NAT-GOV-5": .warning,  // Table 2: "A lead provider manages resources … under a contract with the ICB and/or local government"; "would subcontract"
        "NAT-ACC-1": .error,    // §4: "the relevant bodies will retain accountability for these functions"
        "NAT-FIN-1": .error,    // §4 budgets: "place-based partnerships must adopt the principle of equal access for equal need" ("The ICB should explain": warning)
        "NAT-LEAD-1": .error,   // Table 3: "These roles will be fulfilled by employees of the statutory body delegating the function" ("will typically fall": warning)
        "NAT-LEAD-2": .warning, // §5: "It is important that the leadership roles … are agreed and defined clearly … and there is an agreed process to manage any potential conflicts of interest"
        "NAT-GEO-1": .warning,  // §2: "It is expected that places will be wholly within one system's boundaries"
        "NAT-ENG-1": .warning,  // §4: "these arrangements … should fully engage those affected"
        "NAT-ICS-1": .warning,  // §1: "These arrangements should be mutually agreed … They should set out"
        "NAT-FIN-2": .warning,  // §4 budgets: "The ICB should … enable … stated minimum NHS contributions to Better Care Fund arrangements"
        "NAT-GOV-6": .warning,  // §4: "Further consideration will need to be given … agreeing the approaches to managing disagreement"
        "NAT-ACC-2": .warning,  // §4 "Accountability arrangements": "Place-based partnerships should agree the arrangements"
        "NAT-ACC-3": .error,    // §4: "must be satisfied …"; "this will be … agreed by the ICB"
        "NAT-ENG-2": .warning,  // §4: "Partners should ensure they provide clear and accessible public information"
        // Good governance: the platform's readings of the papers' disciplines, set as their requirements say.
        "GOV-MTG-1": .error,    // the body's own quorum rule (the platform's reading: an inquorate meeting decides nothing for it)
        "GOV-COI-1": .error,    // Table 3: the lead "will adhere to the conflict of interest policies"
        "GOV-RISK-1": .error,   // the platform's reading of risk management in a PMO, set at error (a passed review date: warning)
        "GOV-WS-1": .warning,   // the platform's reading for SROs
        "GOV-FIN-1": .error,    // §4: "Section 75 partnership agreements are used"; sums and hosts are facts (missing terms: warning)
        "GOV-MEM-1": .warning,  // a vacancy no registered rule requires; otherwise the requiring rule's severity
    ]

    @Test("Every rule the national guidance registers has the severity its words give")
    func severities() throws {
        let registry = try Registry([NationalGuidance()])
        let national = registry.rules.filter { $0.owner == NationalGuidance().name }
        #expect(Dictionary(uniqueKeysWithValues: national.map { ($0.rule.id, $0.rule.severity) }) == Self.fromTheWords)
    }

    @Test("Every NAT fixture pins the severity it expects, rather than reading the registry's")
    func fixturesPinned() {
        let unpinned = (ThrivingPlacesFixtures.all + AddedNationalFixtures.all).filter { $0.severity == nil }
            .map(\.description)
        #expect(unpinned.isEmpty, "\(unpinned)")
    }
}
