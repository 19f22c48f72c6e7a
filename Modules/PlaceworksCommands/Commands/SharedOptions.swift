import ArgumentParser
import Foundation
import PlaceworksApplication
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksInterchange
import PlaceworksStore

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// The registry of the command's environment (every shipped extension).
func standardRegistry() throws -> Registry {
    do {
        return try CommandEnvironment.current.registry()
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
        try place.map { name in
            do { return try NameLookup.place(name, in: dataset) } catch { throw CommandError(String(describing: error)) }
        }
    }
}

/// Where a command reads the partnership's data from: the store (by default), or a dataset file.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Read this dataset file (JSON or YAML), laid over the registered extensions' data, instead of the store.",
        valueName: "file"))
    var data: String?

    @OptionGroup var store: StoreOptions

    /// Runs `body` with the data to work on: a dataset file laid over the registered data when
    /// one is given (no store is opened), otherwise the store's live snapshot. The default
    /// embedded store is created and loaded with the registered data on first use.
    func withData<T: Sendable>(_ body: (DataSource) async throws -> T) async throws -> T {
        let registry = try standardRegistry()
        if let data {
            let dataset = try DatasetFile.load(data, over: registry.dataset)
            return try await body(DataSource(dataset: dataset, index: DatasetIndex(dataset), registry: registry,
                                             engine: nil, version: .file(data)))
        }
        let firstUse = store.isDefault && !store.location.exists
        return try await store.withEngine(create: firstUse) { engine in
            if firstUse { try await engine.initialise(by: "first use") }
            let snapshot = try await engine.snapshot()
            return try await body(DataSource(dataset: snapshot.dataset, index: snapshot.index, registry: registry,
                                             engine: engine,
                                             version: .store(sequence: snapshot.head.sequence, hash: snapshot.head.hash),
                                             versions: snapshot.stored.versions))
        }
    }
}

/// The data a reading command works on, where it came from, and the engine when it is a store's.
struct DataSource: Sendable {
    let dataset: Dataset
    let index: DatasetIndex
    let registry: Registry
    let engine: Engine?
    let version: DataVersion
    /// Each stored record's version (empty for a file).
    var versions: [RecordKey: Int64] = [:]

    /// Checks the data as of `day`, for every place or only `place`, with its provenance.
    func check(asOf day: Day, place: ID<Place>?) async throws -> CheckResult {
        if let engine { return try await engine.check(asOf: day, place: place) }
        return CheckResult(report: registry.check(index, asOf: day, place: place),
                           provenance: CheckProvenance(ruleSet: RuleSetVersion(registry), data: version))
    }
}

/// Which store a command uses.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The store: a SQLite file path or a postgres:// URL (default: $\(StoreLocation.environmentVariable), "
            + "else \(StoreLocation.defaultPath) in the current folder).",
        valueName: "store"))
    var store: String?

    var location: StoreLocation { StoreLocation.resolve(store, environment: CommandEnvironment.current.variables) }

    /// Whether neither `--store` nor the environment names a store.
    var isDefault: Bool {
        store == nil && CommandEnvironment.current.variables[StoreLocation.environmentVariable] == nil
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
        return try await CommandEnvironment.current.openStore(location, schema).closing(after: body)
    }

    /// Opens the store and runs `body` with an engine over it (the environment's registry and
    /// clock), closing the store afterwards.
    func withEngine<T: Sendable>(schema: SchemaPolicy? = nil, create: Bool = false,
                                 _ body: (Engine) async throws -> T) async throws -> T {
        let registry = try standardRegistry()
        let clock = CommandEnvironment.current.clock
        return try await withStore(schema: schema, create: create) { store in
            try await body(Engine(store: store, registry: registry, clock: clock))
        }
    }
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}
