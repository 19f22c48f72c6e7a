/// Remembers the natural key of every row read, so a row that repeats an earlier one is reported.
struct DuplicateCheck {
    private var seen: [String: Int] = [:]

    /// Records `key` for `row`; false (and a problem on the row) when an earlier row had it.
    mutating func admit(_ key: String, described: String, row: inout RowValues) -> Bool {
        if let first = seen[key] {
            row.problem(nil, nil, "this row repeats row \(first) (the same \(described)). Remove one of them.")
            return false
        }
        seen[key] = row.row.number
        return true
    }
}
