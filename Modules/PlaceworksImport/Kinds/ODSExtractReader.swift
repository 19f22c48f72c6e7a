import Foundation
import PlaceworksDomain

/// A headerless NHS ODS extract, read by position in its documented column order:
/// 1 organisation code, 2 name, 3 national grouping, 4 high level health geography, 5–9 address,
/// 10 postcode, 11 open date, 12 close date (YYYYMMDD); for GP practices (`epraccur`) also
/// 13 status code and 15 commissioner.
///
/// `etr` rows become NHS trusts (statutory; sector from the name), `eccg` rows commissioners
/// (ICBs and sub-ICB locations; statutory), `epraccur` rows GP practices (primary care), placed
/// where their commissioner's organisation has a place. An organisation already in the store
/// keeps its name, sectors, place and ICS: the extract sets its ODS code and dates.
struct ODSExtractReader: KindReader {
    /// Which extract a file is.
    enum Flavour: String, Sendable {
        case trusts = "etr", commissioners = "eccg", practices = "epraccur"
    }

    /// The columns read, by position.
    static let fixedColumns: [(name: String, position: Int)] = [
        ("Organisation code", 0), ("Name", 1), ("High level health geography", 3), ("Open date", 10),
        ("Close date", 11), ("Status code", 12), ("Commissioner", 14),
    ]

    /// Whether a first row has the shape of an ODS extract: at least 20 fields, an ODS code first
    /// and an open date (YYYYMMDD) in field 11.
    static func matches(_ cells: [String]) -> Bool {
        guard cells.count >= 20 else { return false }
        let code = cells[0], open = cells[10]
        return (3...6).contains(code.count) && code.allSatisfy { ($0.isUppercase || $0.isNumber) && $0.isASCII }
            && open.count == 8 && open.allSatisfy(\.isNumber)
    }

    /// The flavour, from the file name where it says (etr, eccg, epraccur), else from the row.
    static func flavour(file: String, first: [String]) -> Flavour {
        let name = (file as NSString).lastPathComponent.lowercased()
        if name.hasPrefix("epraccur") { return .practices }
        if name.hasPrefix("eccg") { return .commissioners }
        if name.hasPrefix("etr") { return .trusts }
        if first.count > 25, !first[12].isEmpty, !first[25].isEmpty { return .practices }
        if first.count > 23, !first[23].isEmpty { return .trusts }
        return .commissioners
    }

    let references: References
    var flavour: Flavour
    var duplicates = DuplicateCheck()

    /// The sectors an NHS trust's name implies.
    static func trustSectors(_ name: String) -> [Sector] {
        let upper = name.uppercased()
        if upper.contains("AMBULANCE") { return [.other] }
        if upper.contains("MENTAL HEALTH") || upper.contains("MAUDSLEY") || upper.contains("PARTNERSHIP") && upper.contains("CARE") {
            return [.mentalHealthProvider]
        }
        if upper.contains("COMMUNITY") { return [.communityProvider] }
        return [.acuteProvider]
    }

    mutating func read(_ row: inout RowValues, into batch: inout ImportBatch) {
        let code = row.required("Organisation code"), name = row.required("Name")
        let opened = row.day("Open date"), closed = row.day("Close date")
        if let opened, let closed, closed < opened {
            row.problem("Close date", closed.description, "the organisation closes before it opened (\(opened)).")
        }
        guard let code, let name, row.problems.isEmpty else { return }
        guard duplicates.admit(code, described: "organisation code", row: &row) else { return }
        let existing = references.dataset.organisations.first { $0.id.rawValue == code || $0.odsCode == code }
        var organisation = existing ?? {
            switch flavour {
            case .trusts: Organisation(id: ID(code), name: name, sectors: Self.trustSectors(name), statutory: true)
            case .commissioners: Organisation(id: ID(code), name: name, sectors: [.icb], statutory: true)
            case .practices: Organisation(id: ID(code), name: name, sectors: [.primaryCare], statutory: false)
            }
        }()
        if existing == nil, flavour == .practices, let commissioner = row.text("Commissioner"),
           let parent = references.organisation(commissioner),
           let place = references.dataset.organisations.first(where: { $0.id == parent })?.place {
            organisation.place = place
        }
        organisation.odsCode = code
        organisation.period = Period(from: opened, to: closed)
        batch.put(organisation, \.organisations)
    }
}
