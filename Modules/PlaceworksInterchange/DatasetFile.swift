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
            throw .inconsistent(file: path, problems: problems.map(\.description))
        }
        return merged
    }
}
