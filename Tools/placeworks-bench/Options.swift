import Foundation

/// The benchmark's command line:
///
///     placeworks-bench [--repetitions N] [--postgres URL] [--systems N] [--seed N] [--sqlite3 PATH] [--place PATH]
///
/// The PostgreSQL server defaults to `PLACEWORKS_TEST_POSTGRES_URL` (set by `Tools/with-postgres.sh`);
/// without one, the PostgreSQL measurements are skipped. `sqlite3` is looked up on `PATH`.
struct Options {
    var repetitions = 5
    var postgres: String? = ProcessInfo.processInfo.environment["PLACEWORKS_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    var systems = 42
    var seed: UInt64 = 20_220_401
    var sqlite3: String? = Options.onPath("sqlite3")
    /// The `place` executable, for timing `place check` as a process (start-up included).
    var place: String?

    static let usage = "usage: placeworks-bench [--repetitions N] [--postgres URL] [--systems N] [--seed N] [--sqlite3 PATH] [--place PATH]"

    /// Reads `arguments` (without the program name), or returns nil when they do not parse.
    init?(arguments: [String]) {
        var rest = arguments[...]
        func next<T: LosslessStringConvertible>(_: T.Type) -> T? { rest.popFirst().flatMap(T.init) }
        while let argument = rest.popFirst() {
            switch argument {
            case "--repetitions": guard let n = next(Int.self), n > 0 else { return nil }; repetitions = n
            case "--postgres": guard let url = next(String.self) else { return nil }; postgres = url
            case "--systems": guard let n = next(Int.self), n >= 2 else { return nil }; systems = n
            case "--seed": guard let n = next(UInt64.self) else { return nil }; seed = n
            case "--sqlite3": guard let path = next(String.self) else { return nil }; sqlite3 = path
            case "--place": guard let path = next(String.self) else { return nil }; place = path
            default: return nil
            }
        }
    }

    /// The full path of the executable `name` on `PATH`, if there is one.
    static func onPath(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
