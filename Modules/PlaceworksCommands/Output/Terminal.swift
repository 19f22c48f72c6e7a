import Foundation

/// Where text goes, and whether it may be coloured.
enum Terminal {
    /// The width prose (findings, help) is wrapped to.
    static let width = 80

    /// The width tables fit: the terminal's (from `COLUMNS`, else the terminal itself), or nil
    /// when standard output is not a terminal, so piped tables are never narrowed.
    static var tableWidth: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return width
    }

    struct Stream {
        let handle: FileHandle
        func write(_ text: String) { handle.write(Data(text.utf8)) }
    }

    static let standardError = Stream(handle: .standardError)

    /// Whether standard output is a terminal that takes colour (and `NO_COLOR` is not set).
    static var standardOutputTakesColour: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
}

/// How text output is styled: plain, or with ANSI colour on a terminal.
struct TextStyle: Sendable {
    let colour: Bool

    static let plain = TextStyle(colour: false)
    static func detect() -> TextStyle { TextStyle(colour: Terminal.standardOutputTakesColour) }

    enum Tone { case bold, dim, red, yellow, blue, green }

    func apply(_ tone: Tone, _ text: String) -> String {
        guard colour else { return text }
        let code = switch tone {
        case .bold: "1"
        case .dim: "2"
        case .red: "31"
        case .yellow: "33"
        case .blue: "34"
        case .green: "32"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}

/// Wraps text into lines of at most `width` characters, each after `indent` spaces.
func wrap(_ text: String, width: Int = Terminal.width, indent: Int, firstIndent: Int? = nil) -> [String] {
    var lines: [String] = []
    var current = ""
    var currentIndent = firstIndent ?? indent
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
        let candidate = current.isEmpty ? String(word) : current + " " + word
        if currentIndent + candidate.count > width, !current.isEmpty {
            lines.append(String(repeating: " ", count: currentIndent) + current)
            current = String(word)
            currentIndent = indent
        } else {
            current = candidate
        }
    }
    if !current.isEmpty || lines.isEmpty { lines.append(String(repeating: " ", count: currentIndent) + current) }
    return lines
}
