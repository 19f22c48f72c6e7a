import ArgumentParser
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksInterchange

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
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
