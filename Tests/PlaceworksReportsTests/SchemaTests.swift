import Foundation
import PlaceworksReports
import Testing

/// The JSON output is what docs/report-schema.json says it is.
@Suite struct SchemaTests {
    static var validator: SchemaValidator { try! SchemaValidator(
        schema: Data(contentsOf: ExampleReports.repository.appendingPathComponent("docs/report-schema.json"))) }

    @Test func theBoardPackValidates() throws {
        let json = JSONRenderer.render(ExampleReports.pack(ExampleReports.lewisham, since: "2021-12-01"))
        #expect(try Self.validator.problems(in: Data(json.utf8)) == [])
    }

    @Test func theICSReportValidates() throws {
        let json = JSONRenderer.render(ExampleReports.icsReport())
        #expect(try Self.validator.problems(in: Data(json.utf8)) == [])
    }

    @Test func theValidatorCatchesAMissingAndAnUnknownField() throws {
        var object = try JSONSerialization.jsonObject(with: Data(JSONRenderer.render(ExampleReports.pack()).utf8))
            as! [String: Any]
        object["cover"] = nil
        object["extra"] = 1
        let broken = try JSONSerialization.data(withJSONObject: object)
        let problems = try Self.validator.problems(in: broken)
        #expect(problems == ["$: matches 0 of the oneOf schemas, not exactly one"])
        let asPack = try SchemaValidator(schema: JSONSerialization.data(withJSONObject: [
            "$ref": "#/$defs/BoardPack",
            "$defs": (try JSONSerialization.jsonObject(with: Data(contentsOf: ExampleReports.repository
                .appendingPathComponent("docs/report-schema.json"))) as! [String: Any])["$defs"]!,
        ]))
        #expect(try asPack.problems(in: broken) == ["$: lacks “cover”", "$: has “extra”, which the schema does not describe"])
    }
}
