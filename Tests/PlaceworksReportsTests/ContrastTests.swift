import Foundation
@testable import PlaceworksReports
import Testing

/// Every text colour of the standard style meets WCAG AA (4.5:1) on the background it is used on.
@Suite struct ContrastTests {
    static let pairs: [(text: String, background: String)] = [
        ("ink", "paper"), ("muted", "paper"), ("accent", "paper"), ("ink", "shade"), ("muted", "shade"),
        ("error", "paper"), ("warning", "paper"), ("info", "paper"),
        ("red-ink", "red"), ("amber-ink", "amber"), ("green-ink", "green"), ("none-ink", "none"),
        ("ink", "band-low"), ("ink", "band-moderate"), ("ink", "band-high"), ("ink", "band-very-high"),
        ("muted", "band-very-high"), ("accent", "band-very-high"), ("accent", "band-moderate"), ("accent", "shade"),
    ]

    static func luminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        let channels = stride(from: 0, to: 6, by: 2).map { Double(Int(String(digits[$0...$0 + 1]), radix: 16)!) / 255 }
        let linear = channels.map { $0 <= 0.039_28 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test func theStandardColoursMeetAA() {
        let colours = Dictionary(uniqueKeysWithValues: StandardStyle.colours.map { ($0.name, $0.value) })
        for pair in Self.pairs {
            let ratio = Self.contrast(colours[pair.text]!, colours[pair.background]!)
            #expect(ratio >= 4.5, "\(pair.text) on \(pair.background) is \(ratio):1")
        }
    }

    @Test func theMeasureIsWCAGs() {
        #expect(abs(Self.contrast("#000000", "#ffffff") - 21) < 0.01)
        #expect(abs(Self.contrast("#777777", "#ffffff") - 4.48) < 0.01)
    }
}
