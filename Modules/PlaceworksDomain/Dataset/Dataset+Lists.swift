extension Dataset {
    /// Changes the list of records at `path` in place, and returns what `change` returns.
    ///
    /// The lists are wrapped properties, so a key path to one reads and writes it whole:
    /// `dataset[keyPath: path].append(record)` copies the list every time, and adding records one
    /// by one that way costs the square of their number. This takes the list out (leaving it the
    /// only reference to its storage), changes it, and puts it back, so a change costs what it changes.
    @inlinable
    public mutating func modify<E, R>(_ path: WritableKeyPath<Dataset, [E]>,
                                      _ change: (inout [E]) throws -> R) rethrows -> R {
        var list = self[keyPath: path]
        self[keyPath: path] = []
        defer { self[keyPath: path] = list }
        return try change(&list)
    }
}
