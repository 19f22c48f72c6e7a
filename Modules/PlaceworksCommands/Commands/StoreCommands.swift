import ArgumentParser
import Foundation
import PlaceworksApplication
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksInterchange
import PlaceworksStore

/// `place init`: creates the store (if needed) and loads the registered extensions' data — the
/// only way registered data reaches a store. Run again after an upgrade, it brings records an
/// extension now ships differently up to date, and never undoes people's changes.
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the store and load (or upgrade) the registered extensions' data.",
        discussion: """
            Adds registered records the store never held; upgrades those an extension now ships \
            differently, where nobody has changed them since `place init` wrote them; keeps every \
            record people changed or removed as they left it. One audited transaction. With \
            --dry-run, reports what it would do and writes nothing.
            """)

    @Option(name: .long, help: ArgumentHelp(
        "Also load this dataset file (JSON or YAML); its records replace stored ones with the same identifiers.",
        valueName: "file"))
    var data: String?

    @Flag(name: .customLong("dry-run"), help: "Report what would be added, upgraded and kept; write nothing.")
    var dryRun = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var writer: WriterOptions

    func run() async throws {
        let file = try data.map { try DataFile.read(Dataset.self, from: $0) }
        let (plan, outcome) = try await store.withEngine(schema: .migrate, create: true) { engine in
            do {
                return try await engine.initialise(file: file, by: writer.actor, dryRun: dryRun)
            } catch let StoreError.invalidData(problems) where data != nil {
                // Named by their place in the user's file, not in the data merged with the registered records.
                throw InterchangeError.inconsistent(file: data ?? "", problems: problems.map { problem in
                    file.map { DatasetFile.inUserFile(problem, file: $0) } ?? problem.description
                })
            }
        }
        let report = SeedReport(plan: plan, outcome: outcome, location: store.location.description, dryRun: dryRun)
        switch writer.format {
        case .json: print(try DataFile.encode(report, format: .json))
        case .text: print(report.text)
        }
    }
}

/// What `place init` did or would do, as text or JSON.
struct SeedReport: Codable {
    let store: String
    let dryRun: Bool
    let added: [String]
    let upgraded: [String]
    let kept: [String]
    let fromFile: Int
    let written: Int

    init(plan: SeedPlan, outcome: WriteOutcome?, location: String, dryRun: Bool) {
        store = location
        self.dryRun = dryRun
        added = plan.additions.map(\.description)
        upgraded = plan.upgrades.map(\.description)
        kept = plan.kept.map(\.description)
        fromFile = plan.fromFile
        written = outcome?.receipt.entries.count ?? 0
    }

    var text: String {
        var lines: [String] = []
        if dryRun {
            lines.append("Dry run on \(store): nothing was written.")
            lines.append("Would add \(added.count) registered records, upgrade \(upgraded.count), keep \(kept.count) "
                + "that people changed or removed" + (fromFile > 0 ? ", and load \(fromFile) from the file." : "."))
        } else if written == 0 {
            lines.append("The store \(store) already holds every registered record; nothing changed.")
        } else {
            lines.append("Loaded \(written) records into \(store): \(added.count) added, \(upgraded.count) upgraded"
                + (fromFile > 0 ? ", \(fromFile) from the file" : "") + ".")
        }
        if !kept.isEmpty {
            lines.append("Kept as people left them (\(kept.count)): " + kept.prefix(10).joined(separator: ", ")
                + (kept.count > 10 ? ", …" : ""))
        }
        for key in upgraded.prefix(20) { lines.append("  upgrade \(key)") }
        if dryRun { for key in added.prefix(20) { lines.append("  add \(key)") } }
        return lines.joined(separator: "\n")
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
        static let configuration = CommandConfiguration(
            abstract: "Show who changed what, when: the latest entries, oldest of them first.")
        @OptionGroup var store: StoreOptions
        @Option(help: "Show entries after this sequence number (the earliest first).") var after: Int64?
        @Option(help: "Show at most this many entries: the latest ones, unless --after is given.") var limit: Int?
        @Option(help: "Output format.") var format: OutputFormat = .text

        func validate() throws {
            if let limit, limit < 1 { throw ValidationError("--limit must be at least 1.") }
        }

        func run() async throws {
            let entries = try await store.withStore { store in
                if after == nil, let limit {
                    // The latest `limit` entries: start that many before the head.
                    let head = try await store.auditHead()?.sequence ?? 0
                    return try await store.auditLog(after: max(0, head - Int64(limit)), limit: limit)
                }
                return try await store.auditLog(after: after ?? 0, limit: limit)
            }
            switch format {
            case .json: print(try DataFile.encode(entries, format: .json))
            case .text:
                print(Table(headers: ["#", "When", "Who", "What", "Record"], rows: AuditLines(entries).rows)
                    .render(style: .detect()), terminator: "")
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
