import Foundation
import PlaceworksDomain

/// A dataset file: the records of a partnership (people, memberships, meetings, risk scores…)
/// laid over what the extensions register. A record whose identifier the extensions already
/// define restates it and replaces it.
public enum DatasetFile {
    /// Reads a dataset file and lays it over `base`, refusing a file whose records do not fit
    /// together with the base (references to records neither defines, duplicates within the file…).
    public static func load(_ path: String, over base: Dataset) throws(InterchangeError) -> Dataset {
        let file = try DataFile.read(Dataset.self, from: path)
        let ownProblems = file.problems().filter { $0.field == "id" }
        if !ownProblems.isEmpty {
            throw .inconsistent(file: path, problems: ownProblems.map(\.description))
        }
        let merged = base.overlaid(with: file)
        let problems = merged.problems()
        if !problems.isEmpty {
            throw .inconsistent(file: path, problems: problems.map { inUserFile($0, file: file) })
        }
        return merged
    }

    /// A problem of the merged data, named by the record's position in the user's file where the
    /// record is one of the file's ("memberships[2] (ex-m-3)"), or as registered data otherwise.
    public static func inUserFile(_ problem: DatasetProblem, file: Dataset) -> String {
        // The merged data names a record "key[index] (id)".
        guard let open = problem.record.firstIndex(of: "["), let idStart = problem.record.range(of: " (")?.upperBound,
              problem.record.hasSuffix(")") else { return problem.description }
        let key = String(problem.record[..<open])
        let id = String(problem.record[idStart..<problem.record.index(before: problem.record.endIndex)])
        guard let index = file.position(of: key, id: id) else {
            return "\(problem.description) (in the registered data, not this file)"
        }
        return DatasetProblem(record: "\(key)[\(index)] (\(id))", field: problem.field, reason: problem.reason).description
    }
}
