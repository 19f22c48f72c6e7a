import Foundation
import Testing
@testable import PlaceworksWeb

@Suite("Colour contrast")
struct ContrastTests {
    @Test("every text colour on its background is at least 4.5:1 (WCAG 2.1 AA), and every colour listed is the style sheet's")
    func contrast() {
        for pair in Layout.colourPairs {
            let ratio = Self.contrast(pair.text, pair.background)
            #expect(ratio >= 4.5, "\(pair.use): \(pair.text) on \(pair.background) is \(ratio):1")
            #expect(Layout.style.contains(pair.text) && Layout.style.contains(pair.background), "\(pair.use) not in the style sheet")
        }
    }

    /// WCAG 2.1's contrast ratio of two sRGB colours written #rgb or #rrggbb.
    static func contrast(_ first: String, _ second: String) -> Double {
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    static func luminance(_ hex: String) -> Double {
        var digits = String(hex.dropFirst())
        if digits.count == 3 { digits = digits.map { "\($0)\($0)" }.joined() }
        let value = Int(digits, radix: 16) ?? 0
        let channels = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff].map { channel -> Double in
            let c = Double(channel) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
}
