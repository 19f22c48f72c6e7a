import ArgumentParser
import Foundation
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksInterchange
import PlaceworksStore

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// The registry of every shipped extension.
func standardRegistry() throws -> Registry {
    do {
        return try Registry.standard()
    } catch {
        throw CommandError("the registered extensions do not fit together: \(error)")
    }
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

/// Where a command reads the partnership's data from: the store (by default), or a dataset file.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Read this dataset file (JSON or YAML), laid over the registered extensions' data, instead of the store.",
        valueName: "file"))
    var data: String?

    @OptionGroup var store: StoreOptions

    /// The data to work on: the dataset file laid over the registered data when one is given,
    /// otherwise the store's records laid over the registered data (so records an extension adds
    /// after `place init` are seen too, and the store's own records win).
    func dataset(from registry: Registry) async throws -> Dataset {
        if let data { return try DatasetFile.load(data, over: registry.dataset) }
        // The default embedded store is created, with the registered data, on first use.
        let firstUse = store.isDefault && !store.location.exists
        let stored = try await store.withStore(create: firstUse) { store in
            if firstUse { try await StoreSeeding.seed(store, with: registry, actor: "place (first use)") }
            return try await store.loadDataset()
        }
        return registry.dataset.overlaid(with: stored)
    }
}

/// Which store a command uses.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The store: a SQLite file path or a postgres:// URL (default: $\(StoreLocation.environmentVariable), "
            + "else \(StoreLocation.defaultPath) in the current folder).",
        valueName: "store"))
    var store: String?

    var location: StoreLocation { StoreLocation.resolve(store) }

    /// Whether neither `--store` nor the environment names a store.
    var isDefault: Bool {
        store == nil && ProcessInfo.processInfo.environment[StoreLocation.environmentVariable] == nil
    }

    /// Opens the store, runs `body` with it, and closes it. A missing embedded store is an error
    /// pointing to `place init`, unless `create` is set.
    func withStore<T: Sendable>(schema: SchemaPolicy? = nil, create: Bool = false,
                                _ body: (any DatasetStore) async throws -> T) async throws -> T {
        let location = self.location
        guard create || location.exists else {
            throw CommandError("there is no store at \(location). Run `place init --store \(location)` to create it, "
                + "or check the path.")
        }
        return try await location.open(schema: schema).closing(after: body)
    }
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}
