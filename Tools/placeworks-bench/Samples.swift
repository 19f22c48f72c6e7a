/// The repeated timings of one measurement, in milliseconds.
struct Samples: Sendable {
    private(set) var milliseconds: [Double] = []

    mutating func append(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        milliseconds.append(Double(seconds) * 1_000 + Double(attoseconds) / 1e15)
    }

    var median: Double {
        let sorted = milliseconds.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }

    var min: Double { milliseconds.min() ?? .nan }
    var max: Double { milliseconds.max() ?? .nan }
}

/// Runs `body` and returns its result and how long it took on the continuous clock.
func timed<T>(_ body: () async throws -> T) async rethrows -> (T, Duration) {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try await body()
    return (result, clock.now - start)
}
