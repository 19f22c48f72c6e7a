import Foundation

/// Writes a scaffold all or nothing: the new files, then the two listings. If any write fails,
/// what was written is removed and the listings are restored.
struct ScaffoldWriter {
    let folder: PackageFolder
    let scaffold: ExtensionScaffold

    /// Writes everything and returns the paths written (new files, then the edited listings).
    func write() throws -> [String] {
        let files = scaffold.files
        let manifest = folder.manifest(adding: scaffold.packageLine)
        let list = folder.extensionList(adding: scaffold.listLine, importing: scaffold.module)
        let manager = FileManager.default
        let created = ["Plugins/\(scaffold.module)", "Tests/\(scaffold.module)Tests"].filter {
            !manager.fileExists(atPath: url($0).path)
        }
        do {
            for (path, text) in files {
                try manager.createDirectory(at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url(path), options: .withoutOverwriting)
            }
            try Data(manifest.utf8).write(to: url(PackageFolder.manifestPath), options: .atomic)
            try Data(list.utf8).write(to: url(PackageFolder.extensionListPath), options: .atomic)
        } catch {
            for path in files.map(\.path) { try? manager.removeItem(at: url(path)) }
            for path in created { try? manager.removeItem(at: url(path)) }
            try? Data(folder.manifest.utf8).write(to: url(PackageFolder.manifestPath), options: .atomic)
            try? Data(folder.extensionList.utf8).write(to: url(PackageFolder.extensionListPath), options: .atomic)
            throw ExtensionScaffold.Refusal("could not write into \(folder.root.path): \(error.localizedDescription). "
                + "Nothing was changed.")
        }
        return files.map(\.path) + [PackageFolder.manifestPath, PackageFolder.extensionListPath]
    }

    private func url(_ relative: String) -> URL { folder.root.appendingPathComponent(relative) }
}
