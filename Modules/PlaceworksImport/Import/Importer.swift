import Foundation
import PlaceworksDomain
import PlaceworksStore

/// Turns files into records: reads each file, tells (or is told) what it holds, matches its
/// headers, and maps every row to records — collecting every problem, with its file, row,
/// column, value and reason, instead of stopping at the first.
///
/// The importer only reads: it works against a dataset (what the store holds) and produces an
/// ``ImportBatch``; writing is ``ImportDestination``'s job, and only when there are no problems.
///
/// ```swift
/// var importer = Importer(into: try await store.loadDataset(), options: ImportOptions())
/// importer.read("risks.csv")
/// guard importer.problems.isEmpty else { … }
/// let plan = importer.plan()       // added, changed, unchanged
/// ```
public struct Importer {
    /// The data imported into.
    public let target: Dataset
    public let options: ImportOptions
    /// The records produced so far, from every file read.
    public private(set) var batch = ImportBatch()
    /// Every problem found so far.
    public private(set) var problems: ProblemLog
    /// What was read from each file.
    public private(set) var files: [FileSummary] = []
    /// Told how far through each file the read is, every few thousand rows (for a progress bar).
    public var progress: (@Sendable (ImportProgress) -> Void)?

    public init(into target: Dataset, options: ImportOptions = ImportOptions()) {
        self.target = target
        self.options = options
        problems = ProblemLog(cap: options.problemCap)
    }

    /// What the files would change in the target.
    public func plan() -> ImportPlan { ImportPlan(batch: batch.dataset, base: target) }

    /// Each file read, as the store records an import: its name, hash and rows, the records it
    /// made and the observations it gave.
    public func writes() -> [ImportWrite] {
        files.compactMap { file in
            guard let kind = file.kind else { return nil }
            return ImportWrite(file: file.file, sha256: file.sha256 ?? "", rows: file.rows, kind: kind.rawValue,
                               records: batch.recordsByFile[file.file] ?? [], observations: batch.observations[file.file])
        }
    }

    /// The store's objections to the imported records, as problems naming the file and row each
    /// record came from where it is known.
    public func problems(from objections: [DatasetProblem]) -> [ImportProblem] {
        objections.map { objection in
            let record = objection.record
            var id = record
            if let open = record.lastIndex(of: "("), record.hasSuffix(")") {
                id = String(record[record.index(after: open)..<record.index(before: record.endIndex)])
            }
            let origin = batch.origin(of: id)
            return ImportProblem(file: origin?.file ?? files.first?.file ?? "the import", row: origin?.row,
                                 column: objection.field, value: id,
                                 reason: "the store refuses this record: \(objection.reason).")
        }
    }

    /// The file format a path names, by extension.
    enum Format { case csv, xlsx, structured }

    static func format(of path: String) -> Format? {
        switch (path as NSString).pathExtension.lowercased() {
        case "csv", "txt": .csv
        case "xlsx", "xlsm": .xlsx
        case "json", "yaml", "yml": .structured
        default: nil
        }
    }

    /// Opens a table source for `path`.
    func open(_ path: String) throws(ImportProblem) -> any TableSource {
        switch Self.format(of: path) {
        case .csv: try CSVReader(path: path, encoding: options.encoding)
        case .xlsx: try XLSXReader(path: path, sheet: options.sheet)
        case .structured: try StructuredReader(path: path)
        case nil:
            throw ImportProblem(file: path, reason: "this importer reads .csv, .xlsx, .json and .yaml files; "
                                    + "save the file in one of those formats (CSV UTF-8 or Excel workbook).")
        }
    }

    /// Reads one file into the batch; its problems join ``problems``.
    public mutating func read(_ path: String) {
        var summary = FileSummary(file: path, kind: nil, rows: 0, sha256: nil)
        var opened: (any TableSource)?
        defer {
            summary.sha256 = opened?.sha256 ?? FileDigest.sha256(path)
            files.append(summary)
        }
        var header: [String]?
        do {
            var source = try open(path)
            defer { opened = source }
            guard let first = try Self.nextRow(&source) else {
                throw ImportProblem(file: path, reason: "the file has no rows: there is nothing to import.")
            }
            let references = References(target.overlaid(with: batch.dataset))
            let (kind, columns, dataFirst) = try decide(path, first: first)
            summary.kind = kind
            if !dataFirst { header = first.cells }
            var reader = kind.reader(references: references, file: path)
            if kind == .ods {
                reader = ODSExtractReader(references: references, flavour: ODSExtractReader.flavour(file: path, first: first.cells))
            } else {
                let unread = first.cells.enumerated().filter { position, text in
                    !text.trimmingCharacters(in: .whitespaces).isEmpty && !columns.positions.values.contains(position)
                }.map(\.element)
                if !unread.isEmpty {
                    summary.notes.append("Columns not read: \(unread.map { "“\($0)”" }.joined(separator: ", ")).")
                }
            }
            var pending = dataFirst ? first : nil
            while true {
                let next: TableRow?
                if let row = pending { next = row; pending = nil } else { next = try Self.nextRow(&source) }
                guard let row = next else { break }
                summary.rows += 1
                if let progress, summary.rows % 5_000 == 0 {
                    progress(ImportProgress(file: path, rows: summary.rows, position: source.position, finished: false))
                }
                var values = RowValues(file: path, row: row, columns: columns)
                batch.reading = (path, row.number)
                reader.read(&values, into: &batch)
                for problem in values.problems { problems.add(problem) }
            }
            progress?(ImportProgress(file: path, rows: summary.rows, position: source.position, finished: true))
            batch.reading = (path, nil)
            summary.notes += reader.finish(into: &batch)
            summary.observations = batch.observations[path]?.count ?? 0
            if summary.rows == 0 {
                problems.add(ImportProblem(file: path, reason: "the file has a header row but no rows of data."))
            }
        } catch var problem as ImportProblem {
            // A reader names a column by position; name it by its header where the file has one.
            if let column = problem.column, column.hasPrefix("field "), let header,
               let position = Int(column.dropFirst(6)), header.indices.contains(position - 1) {
                problem.column = header[position - 1].trimmingCharacters(in: .whitespaces)
            }
            problems.add(problem)
        } catch {
            problems.add(ImportProblem(file: path, reason: "the file could not be read: \(error)."))
        }
    }

    /// The next row that is not blank.
    static func nextRow(_ source: inout any TableSource) throws(ImportProblem) -> TableRow? {
        while let row = try source.next() {
            if !row.isBlank { return row }
        }
        return nil
    }

    /// The file's kind and columns, from `--kind` or its first row; whether the first row is data.
    func decide(_ path: String, first: TableRow) throws(ImportProblem) -> (ImportKind, ColumnMap, Bool) {
        let fixed = ColumnMap(fixed: ODSExtractReader.fixedColumns)
        if let kind = options.kind {
            if kind == .ods {
                guard ODSExtractReader.matches(first.cells) else {
                    throw ImportProblem(file: path, row: first.number, reason: "this is not an NHS ODS extract: an extract "
                                            + "has no header row, an ODS code in its first field and an open date "
                                            + "(YYYYMMDD) in field 11. Check the file, or the --kind.")
                }
                return (.ods, fixed, true)
            }
            let columns = ColumnMap(header: first.cells, columns: kind.columns, mapping: options.mapping)
            guard columns.missing.isEmpty else {
                throw Self.missing(columns.missing, kind: kind, path: path, row: first)
            }
            return (kind, columns, false)
        }
        if ODSExtractReader.matches(first.cells) { return (.ods, fixed, true) }
        let candidates = ImportKind.headered.map {
            (kind: $0, columns: ColumnMap(header: first.cells, columns: $0.columns, mapping: options.mapping))
        }
        let fitting = candidates.filter { $0.columns.missing.isEmpty && $0.columns.matched > 0 }
            .sorted { $0.columns.matched > $1.columns.matched }
        guard let best = fitting.first else {
            let headers = first.cells.prefix(12).map { "“\($0)”" }.joined(separator: ", ")
            let nearest = candidates.max { $0.columns.matched < $1.columns.matched }
            var reason = "cannot tell what this file holds: its headers (\(headers)) do not match the columns of any "
                + "kind this importer reads."
            if let nearest, nearest.columns.matched > 0 {
                reason += " It comes closest to \(nearest.kind.label), which also needs "
                    + nearest.columns.missing.map { "“\($0.name)”" }.joined(separator: ", ") + "."
            }
            reason += " Name the kind with --kind (\(ImportKind.allCases.map(\.rawValue).joined(separator: ", "))), "
                + "or map your headers with --mapping."
            throw ImportProblem(file: path, row: first.number, reason: reason)
        }
        if let nearest = candidates.max(by: { $0.columns.matched < $1.columns.matched }),
           nearest.columns.matched > best.columns.matched, !nearest.columns.missing.isEmpty {
            // The headers look more like another kind that lacks a required column: say so,
            // rather than reading the file as the lesser match.
            throw Self.missing(nearest.columns.missing, kind: nearest.kind, path: path, row: first)
        }
        if fitting.count > 1, fitting[1].columns.matched == best.columns.matched {
            throw ImportProblem(file: path, row: first.number, reason: "the headers fit both \(best.kind.label) and "
                                    + "\(fitting[1].kind.label). Name the kind with --kind.")
        }
        return (best.kind, best.columns, false)
    }

    static func missing(_ specs: [ColumnSpec], kind: ImportKind, path: String, row: TableRow) -> ImportProblem {
        let names = specs.map { spec in
            "“\(spec.name)”" + (spec.aliases.isEmpty ? "" : " (or \(spec.aliases.prefix(3).map { "“\($0)”" }.joined(separator: ", ")))")
        }
        let headers = row.cells.prefix(12).map { "“\($0)”" }.joined(separator: ", ")
        return ImportProblem(file: path, row: row.number, column: specs.first?.name,
                             reason: "a \(kind.label) file needs the column\(specs.count > 1 ? "s" : "") "
                                 + names.joined(separator: ", ") + ", and this file has none; its headers are \(headers). "
                                 + "Is it the right file for --kind \(kind.rawValue)? Rename the header, or map it with --mapping.")
    }
}
