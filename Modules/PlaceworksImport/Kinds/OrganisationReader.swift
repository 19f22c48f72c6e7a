import Foundation
import PlaceworksDomain

/// Organisations with headers, one a row, named by their code (the ODS code where they have one).
/// An organisation already in the store keeps what the file leaves empty.
struct OrganisationReader: KindReader {
    static let columns: [ColumnSpec] = [
        ColumnSpec("Code", aliases: ["ODS code", "Organisation code", "Org code", "ID", "Identifier"], required: true,
                   example: "swk-example-community-trust", help: "The ODS code, or an identifier for an organisation without one."),
        ColumnSpec("Name", aliases: ["Organisation name", "Organisation", "Organization name", "Org name"], required: true,
                   example: "Example Community Trust", help: "The organisation's name."),
        ColumnSpec("Sector", aliases: ["Sectors", "Type", "Organisation type"], example: "vcse",
                   help: "Its sectors, separated by “;”: " + Sector.allCases.map(\.rawValue).joined(separator: ", ") + "."),
        ColumnSpec("Statutory", aliases: ["Statutory body"], example: "no", help: "Whether it is a statutory body."),
        ColumnSpec("Place", aliases: ["Borough", "Place code"], example: "E09000028",
                   help: "The place it belongs to, for a place-level organisation (ONS code or name)."),
        ColumnSpec("Opened", aliases: ["Open date", "Opened on", "Start"], example: "2020-04-01", help: "When it opened."),
        ColumnSpec("Closed", aliases: ["Close date", "Closed on", "End"], example: "", help: "When it closed."),
    ]

    let references: References
    var duplicates = DuplicateCheck()

    static func sector(_ text: String) -> Sector? {
        let key = HeaderName.normalise(text)
        return Sector.allCases.first { HeaderName.normalise($0.rawValue) == key || HeaderName.normalise($0.label) == key }
    }

    mutating func read(_ row: inout RowValues, into batch: inout ImportBatch) {
        let refs = references
        let code = row.required("Code"), name = row.required("Name")
        var sectors: [Sector]?
        if let text = row.text("Sector") {
            sectors = []
            for part in text.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
                if let sector = Self.sector(part) { sectors?.append(sector) } else {
                    row.problem("Sector", part, "this is not a sector Placeworks knows: use one of "
                                    + Sector.allCases.map(\.rawValue).joined(separator: ", ") + ".")
                }
            }
        }
        let statutory = row.flag("Statutory")
        let place = row.reference("Place", kind: "place", example: "E09000028") { refs.place($0) }
        let opened = row.day("Opened"), closed = row.day("Closed")
        if let opened, let closed, closed < opened {
            row.problem("Closed", closed.description, "the organisation closes before it opened (\(opened)).")
        }
        guard let code, let name, row.problems.isEmpty else { return }
        guard duplicates.admit(HeaderName.normalise(code), described: "code", row: &row) else { return }
        let existing = references.dataset.organisations.first { $0.id.rawValue == code || $0.odsCode == code }
        var organisation = existing ?? Organisation(id: ID(code), name: name, sectors: [], statutory: false)
        organisation.name = name
        if let sectors { organisation.sectors = sectors }
        if let statutory { organisation.statutory = statutory }
        if let place { organisation.place = place }
        if code.count <= 6, code.allSatisfy({ $0.isUppercase || $0.isNumber }) { organisation.odsCode = code }
        if opened != nil || closed != nil {
            organisation.period = Period(from: opened ?? organisation.period.start, to: closed ?? organisation.period.end)
        }
        batch.put(organisation, \.organisations)
    }
}
