import ArgumentParser
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksInterchange

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Which place and day a command looks at, and how it prints.
struct ScopeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only this place (ONS code or name, e.g. E09000028 or Southwark).", valueName: "place"))
    var place: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("As of this day (YYYY-MM-DD); today if left out.",
                                                          valueName: "date"))
    var asOf: Day?

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    /// The day asked for, or today.
    var day: Day { asOf ?? Day.today() }

    /// The place asked for, looked up by ONS code or name in `dataset`.
    func placeID(in dataset: Dataset) throws -> ID<Place>? {
        try place.map { try PlaceLookup.resolve($0, in: dataset) }
    }
}

/// Where a command reads the partnership's data from.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A dataset file (JSON or YAML) laid over the registered extensions' data.", valueName: "file"))
    var data: String?

    /// The registry of every shipped extension.
    func registry() throws -> Registry {
        do {
            return try Registry.standard()
        } catch {
            throw CommandError("the registered extensions do not fit together: \(error)")
        }
    }

    /// The registered data, with the dataset file laid over it when one is given.
    func dataset(from registry: Registry) throws -> Dataset {
        guard let data else { return registry.dataset }
        do {
            return try DatasetFile.load(data, over: registry.dataset)
        } catch {
            throw CommandError(error.description)
        }
    }
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}
