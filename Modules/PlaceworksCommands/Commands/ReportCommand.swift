import ArgumentParser
import Foundation

/// `place report`: the board pack and the ICS report, by running `place-report` (installed beside
/// `place`) with the same arguments. See docs/reports.md.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a place's board pack or the ICS report (the same as place-report).",
        discussion: "place report board-pack --place southwark --as-of 2022-04-01 --out packs/\n"
            + "place report ics --ics sel --as-of 2022-04-01 --out packs/")

    @Argument(parsing: .captureForPassthrough, help: "The arguments of place-report.")
    var arguments: [String] = []

    func run() async throws {
        guard let executable = Self.locate() else {
            throw CommandError("place-report is not installed beside place. Build it with `swift build --product place-report`.")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        do {
            try process.run()
        } catch {
            throw CommandError("could not run \(executable): \(error.localizedDescription)")
        }
        process.waitUntilExit()
        if process.terminationStatus != 0 { throw ExitCode(process.terminationStatus) }
    }

    /// `place-report` in the folder of the running `place`, else on the `PATH`.
    static func locate() -> String? {
        let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let folders = [own.path] + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return folders.map { ($0 as NSString).appendingPathComponent("place-report") }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
