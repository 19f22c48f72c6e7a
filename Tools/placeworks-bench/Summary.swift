import Foundation

/// The results as a plain-text table: medians with their range, then the ratios of medians.
struct Summary {
    let results: Results

    var text: String {
        var lines = ["Placeworks benchmark: \(results.options.repetitions) repetitions after one warm-up, "
                     + "\(ProcessInfo.processInfo.activeProcessorCount) cores; times in ms, median [min–max]", ""]
        lines += datasets + [""] + stores + [""] + engine + [""] + nations + [""] + peer + [""] + ratios
        return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }

    private var datasets: [String] {
        ["Datasets (checked = stored records laid over the registered extensions' data, as of \(StoreMeasurement.asOf))"]
            + [results.national, results.southEastLondon].map { workload in
                let findings = results.stores.first.map { store in
                    let m = workload.name == results.national.name ? store.national : store.southEastLondon
                    return "  \(m.findings) findings (\(m.errors) errors)"
                } ?? ""
                return "  " + cell(workload.name, 48) + "stored " + cell(count(workload.stored.count), 8)
                    + "checked " + cell(count(workload.checked.count), 8) + findings
            }
    }

    private var stores: [String] {
        guard !results.stores.isEmpty else { return [] }
        var lines = ["  " + cell("store", 30) + results.stores.map { cell($0.backend, 28) }.joined()]
        let rows: [(String, KeyPath<Results.StoreResults, StoreMeasurement>)] = [
            ("national", \.national), ("SEL", \.southEastLondon),
        ]
        for (name, workload) in rows {
            let phases: [(String, KeyPath<StoreMeasurement, Samples>)] = [
                ("import", \.importing), ("read", \.reading), ("check", \.checking), ("read + check", \.readingAndChecking),
            ]
            for (phase, samples) in phases {
                lines.append("  " + cell("\(phase) \(name)", 30)
                             + results.stores.map { cell(timing($0[keyPath: workload][keyPath: samples]), 28) }.joined())
            }
        }
        return lines
    }

    /// The application layer at national scale, each beside the whole-store way, with the goal.
    private var engine: [String] {
        guard !results.stores.isEmpty else { return [] }
        var lines = ["Application layer, national (\(EngineMeasurement.writes) writes; medians; goal in brackets)",
                     "  " + cell("", 34) + results.stores.map { cell($0.backend, 28) }.joined()]
        let rows: [(String, KeyPath<EngineMeasurement, Samples>, KeyPath<EngineMeasurement, Samples>?)] = [
            ("check, new engine (whole read)", \.coldCheck, nil),
            ("check again, snapshot warm [<300]", \.warmCheck, \.coldCheck),
            ("one-record write [≤20 / ≤40]", \.write, \.wholeStoreWrite),
            ("  the whole-store way", \.wholeStoreWrite, nil),
            ("refresh after a write [≤5]", \.refresh, \.wholeStoreRead),
            ("  the whole-store way (read all)", \.wholeStoreRead, nil),
            ("place check as a process [<1000]", \.processCheck, nil),
        ]
        for (name, samples, against) in rows {
            lines.append("  " + cell(name, 34) + results.stores.map { store in
                let measured = store.engine[keyPath: samples]
                guard !measured.milliseconds.isEmpty else { return cell("–", 28) }
                let ratio = against.map { " (\(String(format: "%.2f", measured.median / store.engine[keyPath: $0].median))×)" } ?? ""
                return cell(ms(measured.median) + ratio, 28)
            }.joined())
        }
        return lines
    }

    private var nations: [String] {
        guard let half = results.half, let full = results.full else { return [] }
        return ["Check in memory of the synthetic nation alone"] + [half, full].map { nation in
            "  " + cell("\(nation.systems) ICSs, \(nation.places) places", 30) + cell(count(nation.records) + " records", 16)
                + timing(nation.samples)
        } + profile(half: half.profile, full: full.profile, records: Double(full.records) / Double(half.records))
    }

    /// The index and the slowest rules at both sizes, with how their time grew against the records.
    private func profile(half: RuleProfile, full: RuleProfile, records: Double) -> [String] {
        let slowest = full.rules.sorted { $0.value.median > $1.value.median }.prefix(Self.rulesShown)
        let steps = [("index (DatasetIndex)", half.index, full.index)]
            + slowest.map { id, samples in ("rule \(id.rawValue)", half.rules[id] ?? Samples(), samples) }
        return ["  " + cell("where the time goes", 30) + cell("half", 10) + cell("full", 10)
                + "full/half per record (1 = linear)"]
            + steps.map { name, half, full in
                "  " + cell(name, 30) + cell(ms(half.median), 10) + cell(ms(full.median), 10)
                    + String(format: "%.2f", full.median / half.median / records)
            }
    }

    /// How many of the slowest rules the profile lists.
    static let rulesShown = 8

    private var peer: [String] {
        guard let peer = results.peer else { return ["Peer: sqlite3 not found, not measured"] }
        var lines = ["Peer: sqlite3 .import of the national records as CSV (\(count(peer.rows)) rows, kind,id,body)",
                     "  " + cell("sqlite3 .import", 30) + timing(peer.samples)]
        if let sqlite = results.stores.first(where: { $0.backend == "SQLite" }) {
            lines.append("  " + cell("Placeworks SQLite import", 30) + timing(sqlite.national.importing))
        }
        return lines
    }

    private var ratios: [String] {
        var lines = ["Ratios of medians"]
        func line(_ name: String, _ value: String) { lines.append("  " + cell(name, 58) + value) }
        let sqlite = results.stores.first { $0.backend == "SQLite" }
        if let sqlite, let postgres = results.stores.first(where: { $0.backend == "PostgreSQL" }) {
            line("PostgreSQL/SQLite import national", ratio(postgres.national.importing, sqlite.national.importing))
            line("PostgreSQL/SQLite read + check national",
                 ratio(postgres.national.readingAndChecking, sqlite.national.readingAndChecking))
            line("PostgreSQL/SQLite import SEL", ratio(postgres.southEastLondon.importing, sqlite.southEastLondon.importing))
            line("PostgreSQL/SQLite read + check SEL",
                 ratio(postgres.southEastLondon.readingAndChecking, sqlite.southEastLondon.readingAndChecking))
        }
        let national = results.national, southEastLondon = results.southEastLondon
        let scales: [(String, KeyPath<StoreMeasurement, Samples>, records: Double)] = [
            ("import", \.importing, Double(national.stored.count) / Double(southEastLondon.stored.count)),
            ("read + check", \.readingAndChecking, Double(national.checked.count) / Double(southEastLondon.checked.count)),
        ]
        for store in results.stores {
            for (phase, samples, records) in scales {
                let time = store.national[keyPath: samples].median / store.southEastLondon[keyPath: samples].median
                line("national/SEL \(phase) (\(store.backend))", scaling(time: time, records: records))
            }
            line("read + check per record, national | SEL (\(store.backend))",
                 perRecord(store.national.readingAndChecking, national.checked.count) + " | "
                 + perRecord(store.southEastLondon.readingAndChecking, southEastLondon.checked.count))
        }
        if let half = results.half, let full = results.full {
            line("full/half check in memory",
                 scaling(time: full.samples.median / half.samples.median, records: Double(full.records) / Double(half.records)))
        }
        if let peer = results.peer, let sqlite {
            line("Placeworks SQLite import / sqlite3 .import", ratio(sqlite.national.importing, peer.samples))
        }
        return lines
    }

    private func timing(_ samples: Samples) -> String {
        "\(ms(samples.median)) [\(ms(samples.min))–\(ms(samples.max))]"
    }

    private func ratio(_ numerator: Samples, _ denominator: Samples) -> String {
        String(format: "%.2f", numerator.median / denominator.median)
    }

    /// A time ratio beside the record ratio and their quotient (1 when cost grows linearly).
    private func scaling(time: Double, records: Double) -> String {
        String(format: "time %.2f   records %.2f   per record %.2f", time, records, time / records)
    }

    /// The median time per record, in microseconds.
    private func perRecord(_ samples: Samples, _ records: Int) -> String {
        String(format: "%.1f µs", samples.median * 1_000 / Double(records))
    }

    private func ms(_ value: Double) -> String {
        String(format: value < 10 ? "%.2f" : value < 100 ? "%.1f" : "%.0f", value)
    }

    /// A count with thousands separated by commas: 29,395.
    private func count(_ value: Int) -> String {
        let digits = Array(String(value))
        return String(digits.enumerated().flatMap { index, digit in
            index > 0 && (digits.count - index) % 3 == 0 ? [",", digit] : [digit]
        })
    }

    private func cell(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
