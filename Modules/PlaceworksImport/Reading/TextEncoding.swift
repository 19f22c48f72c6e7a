/// The character encoding of a text file. Files are read as UTF-8 (with or without a byte-order
/// mark); a Windows-1252 file (what older Excel saves as "CSV") is reported, or converted when asked.
public enum TextEncoding: String, Sendable, CaseIterable, Codable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"

    /// Decodes one field's bytes, or returns nil when they are not valid in this encoding.
    func decode(_ bytes: ArraySlice<UInt8>) -> String? {
        switch self {
        case .utf8:
            if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
            return String(validating: bytes, as: UTF8.self)
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            for byte in bytes {
                guard let scalar = Self.windows1252Scalar(byte) else { return nil }
                scalars.append(scalar)
            }
            return String(scalars)
        }
    }

    /// Whether bytes that are not UTF-8 read as Windows-1252 text.
    static func looksLikeWindows1252(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { windows1252Scalar($0) != nil }
    }

    /// The character a Windows-1252 byte stands for (nil for the five bytes it leaves undefined).
    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar? {
        if byte < 0x80 || byte >= 0xA0 { return Unicode.Scalar(byte) }
        let table: [UInt32] = [
            0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
            0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
        ]
        let code = table[Int(byte) - 0x80]
        return code == 0 ? nil : Unicode.Scalar(code)
    }
}
