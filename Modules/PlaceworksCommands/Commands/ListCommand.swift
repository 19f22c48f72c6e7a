import ArgumentParser
import PlaceworksDomain
import PlaceworksInterchange

/// `place list <kind>`: shows what Placeworks holds of one kind, for a place, as of a day.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Show the places, bodies, seats, members, risks… held, as of a day.")

    @Argument(help: ArgumentHelp("What to list: \(Listing.Kind.allCases.map(\.rawValue).joined(separator: ", ")).",
                                 valueName: "kind"))
    var kind: Listing.Kind

    @Option(help: ArgumentHelp("Only this place (ONS code or name).", valueName: "place"))
    var place: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("As of this day (YYYY-MM-DD).", valueName: "date"))
    var asOf: Day?

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @OptionGroup var source: DataOptions

    func run() throws {
        let registry = try source.registry()
        let dataset = try source.dataset(from: registry)
        let placeID = try place.map { try PlaceLookup.resolve($0, in: dataset) }
        let listing = Listing(kind: kind, index: DatasetIndex(dataset), place: placeID, asOf: asOf ?? Day.today())
        switch format {
        case .json: print(try listing.json())
        case .text:
            let table = listing.table()
            if table.rows.isEmpty {
                print("No \(kind.rawValue) recorded\(place.map { " for \($0)" } ?? "") as of \(listing.asOf).")
            } else {
                print(table.render(style: .detect()), terminator: "")
            }
        }
    }
}

extension Listing.Kind: ExpressibleByArgument {}
