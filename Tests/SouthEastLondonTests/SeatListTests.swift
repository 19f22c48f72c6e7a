import PlaceworksDomain
import PlaceworksTestSupport
import SouthEastLondon
import Testing

/// Every seat the papers list, written here from the paper (not from the rules' tables): removing
/// the seat that fills a line makes the rule report that line, leaving it with no holder makes the
/// rule report the vacancy (ICB board and ICP), and nothing is reported with all of them held.
@Suite("SEL seat lists, every line from the paper")
struct SeatListTests {
    typealias World = SouthEastLondonTestWorld
    static func harness() throws -> RuleHarness { try RuleHarness(World.extensions) }

    /// (shipped seat, words the finding must contain) for each line of Lewisham §3.4 (21 seats).
    static let icpLines: [(ID<Seat>, String)] = [
        ("sel-icp-ics-chair", "ICS Chair"),
        ("sel-icp-ics-chief-executive", "ICS Chief Executive"),
        ("sel-icp-leader-bexley", "Bexley"), ("sel-icp-leader-bromley", "Bromley"),
        ("sel-icp-leader-greenwich", "Greenwich"), ("sel-icp-leader-lambeth", "Lambeth"),
        ("sel-icp-leader-lewisham", "Lewisham"), ("sel-icp-leader-southwark", "Southwark"),
        ("sel-icp-chair-bromley-healthcare", "Bromley Healthcare"), ("sel-icp-chair-gstt", "Guy's and St Thomas'"),
        ("sel-icp-chair-lgt", "Lewisham and Greenwich NHS Trust"), ("sel-icp-chair-kch", "King's College Hospital"),
        ("sel-icp-chair-oxleas", "Oxleas"), ("sel-icp-chair-slam", "Maudsley"),
        ("sel-icp-lead-dass", "Adult Social Care"), ("sel-icp-lead-dcs", "Children's Services"),
        ("sel-icp-lead-dph", "Public Health"), ("sel-icp-khp", "King's Health Partners"),
        ("sel-icp-primary-care", "primary care"), ("sel-icp-vcse", "VCSE"), ("sel-icp-healthwatch", "Healthwatch"),
    ]

    /// (shipped seat, words) for each line of Lewisham §4.3 (18 seats).
    static let icbLines: [(ID<Seat>, String)] = [
        ("sel-icb-chair", "ICS Chair"), ("sel-icb-ned-1", "Non-Executive Director"),
        ("sel-icb-ned-2", "Non-Executive Director"), ("sel-icb-chief-executive", "Chief Executive Officer"),
        ("sel-icb-chief-financial-officer", "Chief Financial Officer"), ("sel-icb-medical-director", "Medical Director"),
        ("sel-icb-director-of-nursing", "Director of Nursing"), ("sel-icb-partner-acute", "acute services partner"),
        ("sel-icb-partner-mental-health", "mental health services partner"),
        ("sel-icb-partner-community", "community services partner"),
        ("sel-icb-partner-local-authority", "local authority partner"),
        ("sel-icb-partner-primary-care", "primary medical services partner"),
        ("sel-icb-place-bexley", "Bexley"), ("sel-icb-place-bromley", "Bromley"),
        ("sel-icb-place-greenwich", "Greenwich"), ("sel-icb-place-lambeth", "Lambeth"),
        ("sel-icb-place-lewisham", "Lewisham"), ("sel-icb-place-southwark", "Southwark"),
    ]

    /// (test-world seat, words) for each group Lewisham §6.1 lists "as a minimum" (9).
    static let lcpLines: [(ID<Seat>, String)] = [
        ("tb-seat-pcn", "primary care networks"), ("tb-seat-acute", "acute services provider"),
        ("tb-seat-mental-health", "mental health services provider"),
        ("tb-seat-community", "community services provider"), ("tb-seat-dass", "adult social services"),
        ("tb-seat-dcs", "children's services"), ("tb-seat-dph", "Director of Public Health"),
        ("tb-seat-healthwatch", "Healthwatch"), ("tb-seat-vcse", "VCSE"),
    ]

    /// (test-world seat, words) for each designated lead Lewisham §8.1 lists (6).
    static let leadershipTeamLines: [(ID<Seat>, String)] = [
        ("tb-lt-social-care", "social care"), ("tb-lt-primary-care", "primary care"),
        ("tb-lt-community", "community services"), ("tb-lt-mental-health", "mental health"),
        ("tb-lt-acute", "acute services"), ("tb-lt-public-health", "public health"),
    ]

    /// REVIEWING-RULES.md §2: "Where the paper sets no threshold and the platform does, the requirement
    /// says \"(the platform's reading)\"". Neither §3.4, §4.3 nor the Southwark paper says anything of
    /// a seat under recruitment: noting such a vacancy as info is the platform's threshold.
    @Test("SEL-ICB-1 and SEL-ICP-1 say that a vacancy during an open recruitment being info is the platform's reading",
          arguments: ["SEL-ICB-1", "SEL-ICP-1"] as [RuleID])
    func recruitmentWindowIsThePlatformsReading(_ rule: RuleID) throws {
        let requirement = try #require(try Self.harness().registry.rule(rule)?.rule.requirement)
        #expect(requirement.contains("is info while a recruitment to it is open and its window has not passed (the platform's reading)"),
                "\(requirement)")
    }

    @Test("The paper's lists have the lengths the papers give")
    func counts() {
        #expect(Self.icpLines.count == 21)
        #expect(Self.icbLines.count == 18)
        #expect(Self.lcpLines.count == 9)
        #expect(Self.leadershipTeamLines.count == 6)
    }

    func expectReported(_ rule: RuleID, removing seat: ID<Seat>, words: String, from dataset: Dataset,
                        orBy specific: RuleID? = nil) throws {
        #expect(try Self.harness().findings(of: rule, in: dataset).isEmpty, "\(rule) fires on the complete data")
        let without = dataset.with { $0.remove(\.seats, seat) }
        let found = try Self.harness().findings(of: rule, in: without)
            + (specific.map { try Self.harness().findings(of: $0, in: without) } ?? [])
        #expect(found.contains { $0.message.contains(words) }, "\(rule) without \(seat): \(found.map(\.message))")
    }

    @Test("SEL-ICP-1 reports each of the 21 ICP seats of Lewisham §3.4 when it is missing", arguments: icpLines)
    func icp(_ line: (ID<Seat>, String)) throws {
        try expectReported("SEL-ICP-1", removing: line.0, words: line.1, from: World.system)
    }

    @Test("SEL-ICB-1 reports each of the 18 ICB board seats of Lewisham §4.3 when it is missing", arguments: icbLines)
    func icb(_ line: (ID<Seat>, String)) throws {
        try expectReported("SEL-ICB-1", removing: line.0, words: line.1, from: World.system)
    }

    /// The seat exists but no one holds it from 1 April 2022: "membership means a person".
    func expectVacancyReported(_ rule: RuleID, seat: ID<Seat>, words: String) throws {
        let without = World.system.with { $0.memberships.removeAll { $0.seat == seat } }
        let found = try Self.harness().findings(of: rule, in: without)
        #expect(found.contains { $0.message.contains(words) && $0.message.contains("No holder is recorded for") },
                "\(rule) without a holder of \(seat): \(found.map(\.message))")
    }

    @Test("SEL-ICP-1 reports each of the 21 ICP seats of Lewisham §3.4 when no one holds it", arguments: icpLines)
    func icpVacant(_ line: (ID<Seat>, String)) throws {
        try expectVacancyReported("SEL-ICP-1", seat: line.0, words: line.1)
    }

    @Test("SEL-ICB-1 reports each of the 18 ICB board seats of Lewisham §4.3 when no one holds it", arguments: icbLines)
    func icbVacant(_ line: (ID<Seat>, String)) throws {
        try expectVacancyReported("SEL-ICB-1", seat: line.0, words: line.1)
    }

    @Test("SEL-LCP-4 reports each of the 9 minimum groups of Lewisham §6.1 when its seat is missing", arguments: lcpLines)
    func lcp(_ line: (ID<Seat>, String)) throws {
        // The DPH is reported by SEL-LCP-5, which refines SEL-LCP-4 for that seat.
        try expectReported("SEL-LCP-4", removing: line.0, words: line.1, from: World.place, orBy: "SEL-LCP-5")
    }

    @Test("SEL-LCP-8 reports each of the 6 designated leads of Lewisham §8.1 when missing", arguments: leadershipTeamLines)
    func leadershipTeam(_ line: (ID<Seat>, String)) throws {
        try expectReported("SEL-LCP-8", removing: line.0, words: line.1, from: World.place)
    }

    @Test("A missing DPH is reported once, by the most specific rule (SEL-LCP-5), not also by SEL-LCP-4 or NAT-MEM-1")
    func oneProblemOneFinding() throws {
        let registry = try Registry(World.extensions)
        let findings = registry.check(World.place.with { $0.remove(\.seats, "tb-seat-dph") }, asOf: Fixtures.asOf).findings
        #expect(findings.filter { $0.message.contains("Public Health") }.map(\.rule) == ["SEL-LCP-5"],
                "\(findings.map { "\($0.rule): \($0.message)" })")
    }

    @Test("A missing Healthwatch seat is reported once, by SEL-LCP-4 in SEL's words, not also by NAT-MEM-1")
    func healthwatchOnce() throws {
        let registry = try Registry(World.extensions)
        let findings = registry.check(World.place.with { $0.remove(\.seats, "tb-seat-healthwatch") }, asOf: Fixtures.asOf)
            .findings.filter { $0.message.contains("Healthwatch") }
        #expect(findings.map(\.rule) == ["SEL-LCP-4"], "\(findings.map { "\($0.rule): \($0.message)" })")
    }
}
