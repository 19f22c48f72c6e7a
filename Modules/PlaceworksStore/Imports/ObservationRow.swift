import PlaceworksDomain

/// One value of an indicator for one period, as an import loads it into the store's observations
/// table (see docs/storage.md): which indicator record, which period, the day it stands for, the
/// value and its 95% confidence limits, and the row of the file it came from.
public struct ObservationRow: Sendable, Hashable {
    /// The identifier of the indicator record it belongs to.
    public var indicator: String
    /// The period as the source labels it, e.g. "2019/20".
    public var period: String
    public var day: Day
    public var value: Double
    public var lower: Double?
    public var upper: Double?
    /// The row of the imported file (the header is row 1). Rows of one import come in this order.
    public var row: Int

    public init(indicator: String, period: String, day: Day, value: Double, lower: Double? = nil, upper: Double? = nil,
                row: Int) {
        self.indicator = indicator
        self.period = period
        self.day = day
        self.value = value
        self.lower = lower
        self.upper = upper
        self.row = row
    }

    /// The observation as the domain holds it.
    public var observation: Observation {
        Observation(period: period, date: day, value: value, lowerConfidence: lower, upperConfidence: upper)
    }

    /// Whether `other` (the stored value for the same indicator and period) says the same.
    public func says(sameAs other: ObservationRow) -> Bool {
        day == other.day && value == other.value && lower == other.lower && upper == other.upper
    }
}

/// An observation as stored: the row and the import that loaded it (its audit entry's sequence).
public struct StoredObservation: Sendable, Hashable {
    public var row: ObservationRow
    /// The sequence number of the audit entry of the import that loaded it.
    public var source: Int64

    public init(_ row: ObservationRow, source: Int64) {
        self.row = row
        self.source = source
    }
}

/// How an import's observations compare with the store: new periods, changed values, and values
/// the store already holds (which are not written again).
public struct ObservationTally: Sendable, Hashable, Codable {
    public var added = 0
    public var changed = 0
    public var unchanged = 0

    public init(added: Int = 0, changed: Int = 0, unchanged: Int = 0) {
        self.added = added
        self.changed = changed
        self.unchanged = unchanged
    }

    /// Observations the import writes.
    public var written: Int { added + changed }

    /// Counts one observation as `comparison` found it.
    public mutating func count(_ comparison: ObservationComparison) {
        switch comparison {
        case .added: added += 1
        case .changed: changed += 1
        case .unchanged: unchanged += 1
        }
    }

    /// Both tallies together.
    public static func + (lhs: ObservationTally, rhs: ObservationTally) -> ObservationTally {
        ObservationTally(added: lhs.added + rhs.added, changed: lhs.changed + rhs.changed,
                         unchanged: lhs.unchanged + rhs.unchanged)
    }
}

/// How one observation compares with the stored value of its indicator and period.
public enum ObservationComparison: Sendable, Hashable {
    /// No value is stored for the period.
    case added
    /// A different value is stored: the observation supersedes it.
    case changed
    /// The same value is stored: the observation is not written again.
    case unchanged
}
