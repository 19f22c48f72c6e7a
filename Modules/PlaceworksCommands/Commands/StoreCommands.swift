import ArgumentParser
import Foundation
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksInterchange
import PlaceworksStore

/// `place init`: creates the store (if needed) and loads the registered extensions' data.
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the store and load the registered extensions' data (running it again changes nothing).")

    @Option(name: .long, help: ArgumentHelp(
        "Also load this dataset file (JSON or YAML); its records replace stored ones with the same identifiers.",
        valueName: "file"))
    var data: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var writer: WriterOptions

    func run() async throws {
        let registry = try standardRegistry()
        let file = try data.map { try DataFile.read(Dataset.self, from: $0) }
        let receipt = try await store.withStore(schema: .migrate, create: true) { store in
            do {
                return try await StoreSeeding.seed(store, with: registry, file: file, actor: writer.actor)
            } catch let StoreError.invalidData(problems) where data != nil {
                throw InterchangeError.inconsistent(file: data ?? "", problems: problems.map(\.description))
            }
        }
        let summary = receipt.isEmpty
            ? "The store \(store.location) already holds every registered record; nothing changed."
            : "Loaded \(receipt.entries.count) records into \(store.location)."
        try ChangeReport(summary: summary, receipt: receipt).print(writer.format)
    }
}

/// Loading the registered extensions' data (and optionally a dataset file) into a store.
enum StoreSeeding {
    /// Adds the registered records the store does not hold — never undoing people's edits to
    /// registered records — and the file's records, which replace stored ones by identifier.
    /// One validated transaction; running it again with the same input changes nothing.
    @discardableResult
    static func seed(_ store: any DatasetStore, with registry: Registry, file: Dataset? = nil, actor: String)
        async throws -> CommitReceipt
    {
        let stored = try await store.loadDataset()
        var edit = try await store.edit()
        edit.merge(registry.dataset.records(missingFrom: stored))
        if let file { edit.merge(file) }
        return try await store.commit(edit, actor: actor, at: Date())
    }
}

/// `place db status|migrate`: the store's schema version and migrations.
struct DatabaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: "Show or bring up to date the store's schema.",
        subcommands: [Status.self, Migrate.self])

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the schema version and pending migrations.")
        @OptionGroup var store: StoreOptions
        @Option(help: "Output format.") var format: OutputFormat = .text

        func run() async throws {
            let status = try await store.withStore(schema: .inspect) { try await $0.schemaStatus() }
            switch format {
            case .json: print(try DataFile.encode(status, format: .json))
            case .text:
                print("Store \(store.location): schema version \(status.current) of \(status.latest).")
                for migration in status.applied { print("  applied  \(migration.version) \(migration.name)") }
                for migration in status.pending { print("  pending  \(migration.version) \(migration.name)") }
                if !status.unknown.isEmpty {
                    print("  This store has migrations this program does not know (\(status.unknown.map(String.init).joined(separator: ", "))): use a newer Placeworks.")
                } else if !status.pending.isEmpty {
                    print("Run `place db migrate` to apply the pending migrations.")
                }
            }
        }
    }

    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Apply pending migrations, each in its own transaction.")
        @OptionGroup var store: StoreOptions
        @Option(help: "Output format.") var format: OutputFormat = .text

        func run() async throws {
            let applied = try await store.withStore(schema: .inspect, create: true) { try await $0.migrate() }
            switch format {
            case .json: print(try DataFile.encode(applied, format: .json))
            case .text:
                if applied.isEmpty { print("Store \(store.location) is up to date; nothing to apply.") }
                for migration in applied { print("Applied \(migration.version) \(migration.name).") }
            }
        }
    }
}

/// `place audit log|verify`: the append-only, hash-chained record of every change.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Show the audit log of every change, or verify it has not been altered.",
        subcommands: [Log.self, Verify.self])

    struct Log: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show who changed what, when, oldest first.")
        @OptionGroup var store: StoreOptions
        @Option(help: "Show entries after this sequence number.") var after: Int64 = 0
        @Option(help: "Show at most this many entries.") var limit: Int?
        @Option(help: "Output format.") var format: OutputFormat = .text

        func run() async throws {
            let entries = try await store.withStore { try await $0.auditLog(after: after, limit: limit) }
            switch format {
            case .json: print(try DataFile.encode(entries, format: .json))
            case .text:
                print(Table(headers: ["#", "When", "Who", "What", "Record"], rows: entries.map {
                    [String($0.sequence), $0.time.description, $0.actor, $0.operation.rawValue, "\($0.kind) \($0.id)"]
                }).render(style: .detect()), terminator: "")
            }
        }
    }

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the hash chain: detects any altered, deleted or reordered entry (exit 1 if broken).")
        @OptionGroup var store: StoreOptions
        @Option(help: "Output format.") var format: OutputFormat = .text

        func run() async throws {
            let verification = try await store.withStore { try await $0.verifyAuditLog() }
            switch format {
            case .json: print(try DataFile.encode(AuditVerdict(verification), format: .json))
            case .text:
                if let problem = verification.problem {
                    print("The audit log of \(store.location) is NOT intact: \(problem.message)")
                } else {
                    print("The audit log of \(store.location) is intact: \(verification.entries) entries, "
                          + "the chain and the current records agree.")
                }
            }
            if !verification.isIntact { throw ChecksFailed() }
        }
    }
}

/// The audit verification as JSON.
struct AuditVerdict: Codable {
    let intact: Bool
    let entries: Int
    let brokenAt: Int64?
    let problem: String?

    init(_ verification: AuditVerification) {
        intact = verification.isIntact
        entries = verification.entries
        brokenAt = verification.problem?.sequence
        problem = verification.problem?.message
    }
}
