import Foundation

/// Finds an executable this package builds, for tests that run it as a separate process: the
/// path in the environment variable `variable` if set, else the build products folder that holds
/// the running test binary (`.build/debug/` on Linux, where `swift build --build-tests` puts both).
public enum BuiltExecutable {
    public static func locate(_ name: String, variable: String? = nil) throws -> URL {
        if let variable, let path = ProcessInfo.processInfo.environment[variable] {
            return URL(fileURLWithPath: path)
        }
        let binary = FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe" : CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: binary).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        throw Missing(name: name)
    }

    /// The executable was not built.
    public struct Missing: Error, CustomStringConvertible {
        public let name: String
        public var description: String {
            "\(name) was not found beside the test binary \(CommandLine.arguments[0]); build it with `swift build --build-tests`"
        }
    }

    /// Runs `executable` with `arguments` and `environment` added to this process's, and returns
    /// its exit status, standard output and standard error.
    public static func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:])
        throws -> (status: Int32, output: String, error: String)
    {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
