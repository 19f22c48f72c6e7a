import Foundation
import Yams

/// Reads a JSON or YAML file holding a list of rows, each a mapping of column to value:
/// `[{"Title": "…", "Likelihood": 3}, …]`. The header is every key, in the order first seen;
/// the first item is row 2, as if the keys were a header row.
public struct StructuredReader: TableSource {
    private var rows: [TableRow]
    private var index = 0

    public init(path: String, file: String? = nil) throws(ImportProblem) {
        let name = file ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportProblem(file: name, reason: FileManager.default.fileExists(atPath: path)
                                    ? "the file could not be opened." : "there is no such file.")
        }
        guard !data.isEmpty else { throw ImportProblem(file: name, reason: "the file is empty: there is nothing to import.") }
        let tree: Any?
        let ext = (path as NSString).pathExtension.lowercased()
        do {
            if ext == "json" {
                tree = try JSONSerialization.jsonObject(with: data)
            } else {
                guard let text = String(data: data, encoding: .utf8) else {
                    throw ImportProblem(file: name, reason: "the file is not UTF-8 text.")
                }
                tree = try Yams.load(yaml: text)
            }
        } catch let problem as ImportProblem {
            throw problem
        } catch {
            throw ImportProblem(file: name, reason: "the file is not well-formed \(ext == "json" ? "JSON" : "YAML"): \(error).")
        }
        guard let items = tree as? [Any] else {
            throw ImportProblem(file: name, reason: "the file should hold a list of rows (each a set of “column: value” "
                                    + "pairs); it holds something else.")
        }
        var header: [String] = []
        var position: [String: Int] = [:]
        var objects: [[String: String]] = []
        for (offset, item) in items.enumerated() {
            guard let object = item as? [String: Any] else {
                throw ImportProblem(file: name, row: offset + 2,
                                    reason: "this item is not a set of “column: value” pairs.")
            }
            var row: [String: String] = [:]
            for (key, value) in object {
                if position[key] == nil { position[key] = header.count; header.append(key) }
                row[key] = Self.text(value)
            }
            objects.append(row)
        }
        // Keys in a JSON object have no order: keep the order of the first item, sorted for the rest.
        rows = [TableRow(number: 1, cells: header)]
        for (offset, object) in objects.enumerated() {
            rows.append(TableRow(number: offset + 2, cells: header.map { object[$0] ?? "" }))
        }
    }

    static func text(_ value: Any) -> String {
        switch value {
        case let string as String: string
        case let bool as Bool: bool ? "true" : "false"
        case let int as Int: String(int)
        case let double as Double: double == double.rounded() && abs(double) < 1e15 ? String(Int(double)) : String(double)
        case let number as NSNumber: number.stringValue
        case let date as Date: ISO8601DateFormatter().string(from: date)
        case is NSNull: ""
        default: String(describing: value)
        }
    }

    public mutating func next() throws(ImportProblem) -> TableRow? {
        guard index < rows.count else { return nil }
        defer { index += 1 }
        return rows[index]
    }
}
