import PlaceworksInterchange

/// A team's own headers for a kind's columns, read from a small JSON or YAML file of
/// `"their header": "column"` pairs, e.g. `{"Risk description": "Title", "RAG owner": "Risk owner"}`.
public struct HeaderMapping: Sendable, Hashable {
    /// Normalised file header → the column name it stands for (normalised).
    let columns: [String: String]

    public init(_ pairs: [String: String] = [:]) {
        var columns: [String: String] = [:]
        for (header, column) in pairs { columns[HeaderName.normalise(header)] = HeaderName.normalise(column) }
        self.columns = columns
    }

    /// Reads a mapping file (JSON or YAML).
    public static func load(_ path: String) throws(ImportProblem) -> HeaderMapping {
        do {
            return HeaderMapping(try DataFile.read([String: String].self, from: path))
        } catch {
            throw ImportProblem(file: path, reason: "the mapping file cannot be read: \(error.description). It should hold "
                                    + "lines of the form `Header in your file: Column name`.")
        }
    }

    /// The column a file header stands for, when the mapping names one.
    func column(for header: String) -> String? { columns[HeaderName.normalise(header)] }
}
