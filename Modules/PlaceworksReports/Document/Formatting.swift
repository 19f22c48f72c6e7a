import PlaceworksDomain

/// Numbers, money and dates as a board paper writes them, the same on every machine (no locale).
public enum Formatting {
    /// Whole pounds with thousands separators: `£1,234,567`.
    static func money(_ pounds: Int) -> String {
        (pounds < 0 ? "−£" : "£") + grouped(abs(pounds))
    }

    /// Pounds in millions to one decimal place: `£12.3m`.
    static func millions(_ pounds: Int) -> String {
        let tenths = (abs(pounds) + 50_000) / 100_000
        return (pounds < 0 ? "−£" : "£") + "\(tenths / 10).\(tenths % 10)m"
    }

    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    /// A measured value with up to `places` decimals, trailing zeros dropped: `12.5`, `3`.
    static func number(_ value: Double, places: Int = 1) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int(scaled / scale)
        var fraction = Int(scaled) - whole * Int(scale)
        var text = grouped(whole)
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: places - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
            fraction = 0
        }
        return (value < 0 && scaled > 0 ? "−" : "") + text
    }

    /// A percentage of `part` in `whole`, to the nearest whole number.
    static func percent(_ part: Int, of whole: Int) -> Int {
        whole == 0 ? 0 : Int((Double(part) * 100 / Double(whole)).rounded())
    }

    /// A day as `1 April 2022`.
    static func long(_ day: Day) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        return "\(day.day) \(months[day.month - 1]) \(day.year)"
    }

    /// A slug for file names and anchors: lower case letters, digits and hyphens.
    public static func slug(_ text: String) -> String {
        var out = ""
        for character in text.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                out.append(character)
            } else if !out.hasSuffix("-") && !out.isEmpty {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    /// "1 seat" / "2 seats".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }
}
