import Foundation
import PlaceworksDomain
@testable import PlaceworksStore
import PlaceworksSynthetic
import PlaceworksTestSupport
import Testing

@Suite("Record decoder: reads what JSONDecoder reads")
struct RecordDecoderTests {
    /// Every record of `dataset` as the store writes it, checked on its own kind's shelf.
    static func disagreements(in dataset: Dataset) throws -> [RecordKey] {
        try dataset.encodedRecords().compactMap { key, body in
            key.kind.shelf.recordDecoderAgrees(on: body) ? nil : key
        }
    }

    /// A governance option with gateway requirements of several shapes (enum cases with values).
    static let options: Dataset = {
        var dataset = Dataset()
        dataset.options = [GovernanceOption(
            id: "tb-option-2b", place: TestWorld.place, label: "2b", summary: "Joint committee with pooled budgets",
            discountedBecause: "Not yet",
            requirements: [
                GatewayRequirement(id: "2b-1", text: "Joint appointment of the place lead",
                                   criterion: .placeLeadAppointedBy(minimum: 2, maximum: nil)),
                GatewayRequirement(id: "2b-2", text: "A joint committee", criterion: .committeeForm([.jointCommittee])),
                GatewayRequirement(id: "2b-3", text: "Outcomes framework", criterion: .commitment("outcomes-framework")),
            ],
            citation: Citation("southwark-lcp-leadership-and-governance-2021.txt", "Potential options"))]
        return dataset
    }()

    @Test("every record of every kind, in the test world and a synthetic nation, decodes by itself to JSONDecoder's record")
    func everyKind() throws {
        let nation = SyntheticNation.generate(.init(systems: 3, placesPerSystem: 3))
        var kinds = Set<RecordKind>()
        for dataset in [TestWorld.dataset, nation, Self.options] {
            kinds.formUnion(try dataset.encodedRecords().keys.map(\.kind))
            #expect(try Self.disagreements(in: dataset).isEmpty)
        }
        #expect(kinds == Set(RecordKind.allCases), "a kind has no record to check: \(Set(RecordKind.allCases).subtracting(kinds))")
    }

    @Test("a record that does not decode is refused with JSONDecoder's reason, never misread")
    func fallsBack() throws {
        #expect(throws: (any Error).self) { try RecordDecoder.decode(Period.self, from: #"{"from":"2022-04-01","to":"2021-04-01"}"#) }
        let place = try #require(TestWorld.dataset.encodedRecords([RecordKey(TestWorld.dataset.places[0].id)]).values.first)
        #expect(RecordKind.place.shelf.recordDecoderAgrees(on: place))
        #expect(!RecordKind.place.shelf.recordDecoderAgrees(on: place.replacingOccurrences(of: "\"id\":\"", with: "\"id\":\"\",\"x\":\"")))
        do {
            _ = try RecordDecoder.decodeOrFallBack(Period.self, from: #"{"from":"2022-04-01","to":"2021-04-01"}"#, fallback: JSONDecoder())
            Issue.record("a period that ends before it starts was read")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.debugDescription.contains("before it starts"))
            #expect(context.codingPath.map(\.stringValue) == ["to"], "the error is JSONDecoder's, with its coding path")
        }
    }

    struct Sample: Codable, Hashable {
        var text: String
        var optional: String?
        var number: Double
        var whole: Int
        var flags: [Bool]
        var nested: [[String: Int]]
    }

    @Test("escapes, non-ASCII text, numbers and nulls read as JSONDecoder reads them",
          arguments: [
              #"{"text":"a \"quoted\" \\ back\/slash\n\t\u00e9\ud83d\ude00 é","optional":null,"number":-1.5e-3,"whole":-42,"flags":[true,false],"nested":[{"a":1},{}]}"#,
              #" { "whole" : 9007199254740993 , "number" : 0.1, "text" : "", "flags" : [ ], "nested" : [ ] } "#,
              #"{"text":"x","optional":"y","number":3,"whole":0,"flags":[],"nested":[{"k\u0041":2}]}"#,
          ])
    func agrees(json: String) throws {
        let foundation = try JSONDecoder().decode(Sample.self, from: Data(json.utf8))
        #expect(try RecordDecoder.decode(Sample.self, from: json) == foundation)
    }

    @Test("text that is not one JSON value is refused",
          arguments: [#"{"text":"x""#, #"{"text":"x"} extra"#, "", #"{"text":01}"#, "{\"text\":\"a\u{01}\"}", #"[1,]"#, #"{"a" 1}"#, #"tru"#])
    func malformed(json: String) {
        #expect(throws: (any Error).self) { try RecordDecoder.decode([String: String].self, from: json) }
    }

    @Test("a value of the wrong type, a missing member or a number that does not fit is refused")
    func mismatches() {
        #expect(throws: (any Error).self) {
            try RecordDecoder.decode(Sample.self, from: #"{"text":1,"number":1,"whole":1,"flags":[],"nested":[]}"#)
        }
        #expect(throws: (any Error).self) {
            try RecordDecoder.decode(Sample.self, from: #"{"text":"a","number":1,"flags":[],"nested":[]}"#)
        }
        #expect(throws: (any Error).self) {
            try RecordDecoder.decode(Sample.self, from: #"{"text":"a","number":1,"whole":1.5,"flags":[],"nested":[]}"#)
        }
        #expect(throws: (any Error).self) { try RecordDecoder.decode(Int8.self, from: "300") }
    }
}
