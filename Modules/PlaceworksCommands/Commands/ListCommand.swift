import ArgumentParser
import PlaceworksDomain
import PlaceworksInterchange
import PlaceworksStore

/// `place list <kind>`: shows what Placeworks holds of one kind, for a place, as of a day.
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Show the places, bodies, seats, members, risks… held, as of a day.")

    @Argument(help: ArgumentHelp("What to list: \(Listing.Kind.allCases.map(\.rawValue).joined(separator: ", ")).",
                                 valueName: "kind"))
    var kind: Listing.Kind

    @Flag(help: "Show where each record comes from: the paragraphs a shipped record cites, and what its extension assumed.")
    var provenance = false

    @OptionGroup var scope: ScopeOptions
    @OptionGroup var source: DataOptions

    func run() async throws {
        let json = scope.format == .json
        let listing = try await source.withData { data in
            var sources: [RecordKey: ImportSource] = [:]
            if json, let engine = data.engine { sources = try await engine.importSources() }
            return Listing(kind: kind, index: data.index, place: try scope.placeID(in: data.dataset), asOf: scope.day,
                           versions: data.versions, provenance: provenance ? data.registry : nil, sources: sources)
        }
        switch scope.format {
        case .json: print(try listing.json())
        case .text:
            let table = listing.table()
            if table.rows.isEmpty {
                print("No \(kind.rawValue) recorded\(scope.place.map { " for \($0)" } ?? "") as of \(listing.asOf).")
            } else {
                print(table.render(style: .detect()), terminator: "")
            }
        }
    }
}

extension Listing.Kind: ExpressibleByArgument {}
