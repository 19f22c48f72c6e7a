/// Text of a fixed shape made of zero-padded numbers between fixed characters — `YYYY-MM-DD`,
/// `HH:MM` — read and written byte by byte: days and times are read for every stored record and
/// written into every finding, so this is on the hot path of a check.
enum FixedWidthText {
    /// The numbers in `text`, in order (up to three; missing ones are 0), when `text` has exactly
    /// the shape of `pattern`: each `9` in the pattern stands for one ASCII digit, anything else
    /// for itself. `numbers("2022-04-01", pattern: "9999-99-99")` is `(2022, 4, 1)`.
    static func numbers(_ text: String, pattern: StaticString) -> (Int, Int, Int)? {
        var text = text
        return text.withUTF8 { bytes -> (Int, Int, Int)? in
            guard bytes.count == pattern.utf8CodeUnitCount else { return nil }
            var numbers = (0, 0, 0), field = 0, inNumber = false
            for index in 0..<bytes.count {
                let expected = pattern.utf8Start[index], byte = bytes[index]
                if expected == UInt8(ascii: "9") {
                    let digit = byte &- UInt8(ascii: "0")
                    guard digit < 10, field < 3 else { return nil }
                    switch field {
                    case 0: numbers.0 = numbers.0 * 10 + Int(digit)
                    case 1: numbers.1 = numbers.1 * 10 + Int(digit)
                    default: numbers.2 = numbers.2 * 10 + Int(digit)
                    }
                    inNumber = true
                } else {
                    guard byte == expected else { return nil }
                    if inNumber { field += 1; inNumber = false }
                }
            }
            return numbers
        }
    }

    /// `numbers` written zero-padded to `widths`, with `separator` between them.
    static func text(_ numbers: [(value: Int, width: Int)], separator: UInt8) -> String {
        let count = numbers.reduce(numbers.count - 1) { $0 + $1.width }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var end = 0
            for (index, number) in numbers.enumerated() {
                if index > 0 { buffer[end] = separator; end += 1 }
                var value = number.value
                for position in stride(from: end + number.width - 1, through: end, by: -1) {
                    buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
                end += number.width
            }
            return end
        }
    }
}
