import PlaceworksDomain
import PlaceworksTestSupport
import Testing

@Suite("Report")
struct ReportTests {
    static func finding(_ rule: RuleID, _ severity: Severity, place: ID<Place>?, body: ID<Body>? = nil,
                        subject: String = "s", message: String = "m") -> Finding {
        Finding(rule: rule, severity: severity, message: message, subject: Subject(kind: .body, id: subject, name: subject),
                place: place, body: body, citations: [])
    }

    @Test("Orders findings by place, body, severity (errors first), rule, subject and message")
    func ordering() {
        let findings = [
            Self.finding("B-1", .info, place: "P2"),
            Self.finding("A-1", .warning, place: "P1", body: "b2"),
            Self.finding("Z-9", .error, place: "P1", body: "b1"),
            Self.finding("A-1", .warning, place: "P1", body: "b1", subject: "y"),
            Self.finding("A-1", .warning, place: "P1", body: "b1", subject: "x", message: "second"),
            Self.finding("A-1", .warning, place: "P1", body: "b1", subject: "x", message: "first"),
            Self.finding("C-1", .error, place: nil),
            Self.finding("A-2", .info, place: "P1", body: "b1"),
        ]
        let report = Report(asOf: "2022-04-01", place: nil, findings: findings, rulesChecked: 3)
        #expect(report.findings.map { "\($0.place?.rawValue ?? "-") \($0.body?.rawValue ?? "-") \($0.rule) \($0.subject.id) \($0.message)" } == [
            "- - C-1 s m",
            "P1 b1 Z-9 s m",
            "P1 b1 A-1 x first",
            "P1 b1 A-1 x second",
            "P1 b1 A-1 y m",
            "P1 b1 A-2 s m",
            "P1 b2 A-1 s m",
            "P2 - B-1 s m",
        ])
    }

    @Test("Counts findings by severity, and passes only with no error")
    func counts() {
        let report = Report(asOf: "2022-04-01", place: nil, findings: [
            Self.finding("A-1", .error, place: "P1"), Self.finding("A-2", .warning, place: "P1"),
            Self.finding("A-3", .warning, place: "P1"), Self.finding("A-4", .info, place: "P1"),
        ], rulesChecked: 4)
        #expect(report.count(.error) == 1 && report.count(.warning) == 2 && report.count(.info) == 1)
        #expect(!report.passes)
        let clean = Report(asOf: "2022-04-01", place: nil, findings: [Self.finding("A-2", .warning, place: "P1")],
                           rulesChecked: 4)
        #expect(clean.passes)
    }

    @Test("A check reports each rule's findings with its citations and counts the rules run")
    func check() throws {
        let registry = try Registry([NationalGuidance()])
        let data = TestWorld.dataset.with { $0.update(\.risks, "tb-risk-1") { $0.owner = nil } }
        let report = registry.check(data, asOf: Fixtures.asOf)
        #expect(report.rulesChecked == registry.rules.count)
        #expect(report.asOf == Fixtures.asOf && report.place == nil)
        let finding = try #require(report.findings.first { $0.rule == "GOV-RISK-1" })
        #expect(finding.citations == registry.rule("GOV-RISK-1")?.rule.citations)
        #expect(finding.place == TestWorld.place && finding.body == TestWorld.committee)
    }

    @Test("A check narrowed to a place reports only findings about that place")
    func narrowed() throws {
        let registry = try Registry([NationalGuidance()])
        let data = TestWorld.dataset.with { data in
            data.places.append(Place(id: "E09000998", name: "Otherborough", ics: TestWorld.ics))
            data.update(\.risks, "tb-risk-1") { $0.owner = nil }
            data.risks.append(Risk(id: "ob-risk", place: "E09000998", title: "Unowned"))
        }
        let all = registry.check(data, asOf: Fixtures.asOf).findings.filter { $0.rule == "GOV-RISK-1" }
        #expect(Set(all.map(\.subject.id)) == ["tb-risk-1", "ob-risk"])
        let narrowed = registry.check(data, asOf: Fixtures.asOf, place: "E09000998")
        #expect(narrowed.place == "E09000998")
        #expect(Set(narrowed.findings.filter { $0.rule == "GOV-RISK-1" }.map(\.subject.id)) == ["ob-risk"])
        #expect(narrowed.findings.allSatisfy { $0.place == "E09000998" })
    }
}
