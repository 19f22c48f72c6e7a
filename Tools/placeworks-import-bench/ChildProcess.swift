import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program and measures it: wall time and the program's own peak resident memory.
///
/// Linux counts a spawned child's peak memory from the moment it is spawned, when it still
/// shares its parent's memory: a child of this benchmark, which holds generated tables, would
/// report the benchmark's peak as its own. So each program is run by a small copy of this one
/// (`--measure`), which spawns it, waits for it and writes down what it measured.
enum ChildProcess {
    struct Measurement {
        var seconds: Double
        var peakMegabytes: Double
        var status: Int32
    }

    /// Runs `arguments` through `--measure` and returns what it measured.
    static func run(_ arguments: [String], quiet: Bool = true) throws -> Measurement {
        let report = FileManager.default.temporaryDirectory
            .appendingPathComponent("placeworks-import-bench-\(UUID().uuidString).measure").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        let program = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let measurer = try spawn([program, "--measure", report] + arguments, quiet: quiet)
        let fields = ((try? String(contentsOfFile: report, encoding: .utf8)) ?? "").split(separator: " ")
        guard measurer.status == 0, fields.count == 3, let seconds = Double(fields[0]), let peak = Double(fields[1]),
              let status = Int32(fields[2]) else {
            throw BenchError("cannot measure \(arguments[0]): the measuring step failed")
        }
        return Measurement(seconds: seconds, peakMegabytes: peak, status: status)
    }

    /// `--measure REPORT COMMAND…`: runs COMMAND and writes "seconds peak-MB status" to REPORT.
    static func measure(_ arguments: [String]) -> Never {
        guard arguments.count >= 2 else { exit(64) }
        let result = (try? spawn(Array(arguments.dropFirst()), quiet: false))
            ?? Measurement(seconds: 0, peakMegabytes: 0, status: 127)
        let line = String(format: "%.3f %.1f %d", result.seconds, result.peakMegabytes, result.status)
        exit(FileManager.default.createFile(atPath: arguments[0], contents: Data(line.utf8)) ? 0 : 1)
    }

    /// Spawns `arguments` and waits: wall time, peak resident memory (as the kernel counts it for
    /// the child) and exit status.
    private static func spawn(_ arguments: [String], quiet: Bool) throws -> Measurement {
        var pid: pid_t = 0
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if quiet {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let start = Date()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot start \(arguments[0]) (error \(spawned))") }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let seconds = Date().timeIntervalSince(start)
        let exit = (status >> 8) & 0xFF
        return Measurement(seconds: seconds, peakMegabytes: Double(usage.ru_maxrss) / 1024, status: exit)
    }
}
