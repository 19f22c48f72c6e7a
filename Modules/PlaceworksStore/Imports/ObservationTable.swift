import PlaceworksDomain

/// The current value of every indicator and period in the observations table: for each, the value
/// of the latest import that gave one. What the rules, `place list indicators` and reports read,
/// laid over the indicator records (``merged(into:)``).
public struct ObservationTable: Sendable, Hashable {
    /// By indicator identifier, then period.
    public private(set) var byIndicator: [String: [String: StoredObservation]] = [:]

    public init() {}

    /// Adds stored observations read in import order: a later import's value replaces an earlier one.
    public mutating func add(_ rows: [StoredObservation]) {
        for stored in rows { byIndicator[stored.row.indicator, default: [:]][stored.row.period] = stored }
    }

    /// How many current values the table holds.
    public var count: Int { byIndicator.values.reduce(0) { $0 + $1.count } }

    /// The observations of the indicator `id`, oldest first.
    public func observations(of id: String) -> [StoredObservation] {
        (byIndicator[id] ?? [:]).values.sorted { ($0.row.day, $0.row.period) < ($1.row.day, $1.row.period) }
    }

    /// `dataset` with each indicator's observations from the table beside its own: a table value
    /// replaces the record's own for the same period; sorted by day.
    public func merged(into dataset: Dataset) -> Dataset {
        guard !byIndicator.isEmpty else { return dataset }
        var result = dataset
        for index in result.indicators.indices {
            guard let table = byIndicator[result.indicators[index].id.rawValue] else { continue }
            var observations = result.indicators[index].observations.filter { table[$0.period] == nil }
            observations += table.values.map(\.row.observation)
            observations.sort { ($0.date, $0.period) < ($1.date, $1.period) }
            result.indicators[index].observations = observations
        }
        return result
    }
}
