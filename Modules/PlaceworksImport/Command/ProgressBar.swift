import Foundation

/// A one-line progress bar on the terminal's error stream: percentage, rows, rows per second and
/// the time left. Shown only when standard error is a terminal (never in a pipe or a log).
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var started: [String: Date] = [:]
    private var shown = false
    let enabled: Bool

    init(enabled: Bool = isatty(STDERR_FILENO) == 1) { self.enabled = enabled }

    func update(_ progress: ImportProgress) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let start = started[progress.file] ?? now
        if started[progress.file] == nil { started[progress.file] = now }
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(progress.rows) / elapsed
        var line = "\((progress.file as NSString).lastPathComponent): \(progress.rows) rows, \(Int(rate)) rows/s"
        if let position = progress.position, position.total > 0 {
            let fraction = min(1, Double(position.done) / Double(position.total))
            let width = 24
            let filled = Int(fraction * Double(width))
            let left = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
            line = "[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] "
                + "\(Int(fraction * 100))% " + line + (progress.finished ? "" : ", about \(Int(left.rounded()))s left")
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line + (progress.finished ? "\n" : "")).utf8))
        shown = !progress.finished
    }
}
