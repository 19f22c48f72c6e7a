// Times loading the national dataset into a store and running every check, on SQLite and
// PostgreSQL, against the SEL dataset and a peer (sqlite3 .import); prints medians and ratios.
// A benchmark, not a test: run it with Tools/bench.sh (release build, throwaway PostgreSQL).
//
//   placeworks-bench [--repetitions N] [--postgres URL] [--systems N] [--seed N] [--sqlite3 PATH]
import Foundation

guard let options = Options(arguments: Array(CommandLine.arguments.dropFirst())) else {
    FileHandle.standardError.write(Data((Options.usage + "\n").utf8))
    exit(2)
}
do {
    print(Summary(results: try await Benchmark(options: options).run()).text)
} catch {
    FileHandle.standardError.write(Data("placeworks-bench: \(error)\n".utf8))
    exit(1)
}
