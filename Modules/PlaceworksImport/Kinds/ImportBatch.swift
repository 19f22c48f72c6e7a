import PlaceworksDomain
import PlaceworksStore

/// The records an import produces, each once: a later row for the same record replaces it.
public struct ImportBatch: Sendable {
    /// The records, kind by kind, in the order first produced.
    public private(set) var dataset = Dataset()
    private var positions: [String: Int] = [:]
    /// Where each record came from (file and row), by identifier, for problems found later.
    private(set) var origins: [String: (file: String, row: Int?)] = [:]
    /// The file and row being read, recorded as the origin of the records put while reading it.
    var reading: (file: String, row: Int?) = ("", nil)
    /// The records each file produced.
    public private(set) var recordsByFile: [String: Set<RecordKey>] = [:]
    /// The indicator observations each file gave, spooled for writing.
    public internal(set) var observations: [String: ObservationSpool] = [:]

    public init() {}

    /// The file and row a record came from.
    func origin(of id: String) -> (file: String, row: Int?)? { origins[id] }

    /// Adds `record`, or replaces the record of the same kind and identifier.
    mutating func put<E: Entity>(_ record: E, _ path: WritableKeyPath<Dataset, [E]>) {
        let key = "\(E.subjectKind.rawValue)\u{1}\(record.id.rawValue)"
        if origins[record.id.rawValue] == nil { origins[record.id.rawValue] = reading }
        recordsByFile[reading.file, default: []].insert(RecordKey(record.id))
        let index = positions[key]
        if index == nil { positions[key] = dataset[keyPath: path].count }
        dataset.modify(path) { list in
            if let index { list[index] = record } else { list.append(record) }
        }
    }

    /// The record of this kind and identifier the import has produced so far.
    func get<E: Entity>(_ id: ID<E>, _ path: KeyPath<Dataset, [E]>) -> E? {
        positions["\(E.subjectKind.rawValue)\u{1}\(id.rawValue)"].map { dataset[keyPath: path][$0] }
    }
}
