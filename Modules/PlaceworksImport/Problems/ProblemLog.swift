/// Collects the problems found in the files of one import, up to a cap, and counts the rest.
public struct ProblemLog: Sendable {
    /// The most problems kept (and reported); beyond it they are only counted.
    public let cap: Int
    /// The problems kept, in the order found.
    public private(set) var kept: [ImportProblem] = []
    /// Every problem found, kept or not.
    public private(set) var count = 0

    public init(cap: Int = 200) { self.cap = max(1, cap) }

    public var isEmpty: Bool { count == 0 }

    public mutating func add(_ problem: ImportProblem) {
        count += 1
        if kept.count < cap { kept.append(problem) }
    }

    /// The kept problems by file (in the order the files were read), then by row.
    public var sorted: [ImportProblem] {
        var order: [String: Int] = [:]
        for problem in kept where order[problem.file] == nil { order[problem.file] = order.count }
        return kept.enumerated().sorted { lhs, rhs in
            let l = lhs.element, r = rhs.element
            if l.file != r.file { return order[l.file]! < order[r.file]! }
            if (l.row ?? 0) != (r.row ?? 0) { return (l.row ?? 0) < (r.row ?? 0) }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// How many problems were found but not kept.
    public var omitted: Int { count - kept.count }
}
