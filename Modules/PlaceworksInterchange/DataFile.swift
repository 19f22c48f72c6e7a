import Foundation
import PlaceworksDomain
import Yams

/// Reads and writes Placeworks documents (datasets, proposed arrangements) as JSON or YAML,
/// choosing the format by file extension.
///
/// A document is read strictly: a missing or mistyped value, or a field the format does not
/// know, is an error naming the file and the place in it; nothing is returned from a file that fails.
public enum DataFile {
    public enum Format: Sendable {
        case json, yaml

        /// The format a file name's extension names, if any.
        public init?(path: String) {
            switch (path as NSString).pathExtension.lowercased() {
            case "json": self = .json
            case "yaml", "yml": self = .yaml
            default: return nil
            }
        }
    }

    /// Reads a document of type `T` from a file.
    public static func read<T: Codable>(_ type: T.Type, from path: String) throws(InterchangeError) -> T {
        guard let format = Format(path: path) else { throw .unsupportedFormat(file: path) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "it could not be opened" : "there is no such file"
            throw .unreadable(file: path, reason: reason)
        }
        if data.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            throw .unreadable(file: path, reason: "the file is empty")
        }
        return try decode(type, from: data, format: format, file: path)
    }

    /// Decodes a document of type `T` from bytes; `file` names the source in errors.
    public static func decode<T: Codable>(_ type: T.Type, from data: Data, format: Format, file: String)
        throws(InterchangeError) -> T
    {
        let tree: Any
        let value: T
        switch format {
        case .json:
            do {
                tree = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            } catch {
                throw .malformed(file: file, reason: jsonSyntaxReason(error))
            }
            do { value = try JSONDecoder().decode(T.self, from: data) } catch {
                throw translate(error, file: file)
            }
        case .yaml:
            guard let text = String(data: data, encoding: .utf8) else {
                throw .malformed(file: file, reason: "the file is not UTF-8 text")
            }
            do {
                tree = try Yams.load(yaml: text) ?? [String: Any]()
            } catch {
                throw .malformed(file: file, reason: String(describing: error))
            }
            do { value = try YAMLDecoder().decode(T.self, from: text) } catch {
                throw translate(error, file: file)
            }
        }
        try rejectUnknownFields(in: tree, decoded: value, file: file)
        return value
    }

    /// Encodes a document as JSON or YAML text.
    public static func encode<T: Encodable>(_ value: T, format: Format) throws -> String {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        case .yaml:
            return try YAMLEncoder().encode(value)
        }
    }

    // MARK: - Errors

    static func translate(_ error: any Error, file: String) -> InterchangeError {
        guard let error = error as? DecodingError else {
            return .malformed(file: file, reason: String(describing: error))
        }
        switch error {
        case let .keyNotFound(key, context):
            return .invalid(file: file, location: location(context.codingPath),
                            reason: "the required field “\(key.stringValue)” is missing")
        case let .typeMismatch(type, context):
            return .invalid(file: file, location: location(context.codingPath),
                            reason: "expected \(describe(type)) here")
        case let .valueNotFound(type, context):
            return .invalid(file: file, location: location(context.codingPath),
                            reason: "expected \(describe(type)) here, found nothing")
        case let .dataCorrupted(context):
            if context.codingPath.isEmpty, let underlying = context.underlyingError {
                return .malformed(file: file, reason: String(describing: underlying))
            }
            return .invalid(file: file, location: location(context.codingPath),
                            reason: allowedValues(context.debugDescription) ?? context.debugDescription)
        @unknown default:
            return .malformed(file: file, reason: String(describing: error))
        }
    }

    /// "“x” is not one of the allowed values: a, b or c" for a value outside a fixed list, read from
    /// the decoder's "Cannot initialize T from invalid String value x"; nil for any other reason.
    static func allowedValues(_ description: String) -> String? {
        let prefix = "Cannot initialize "
        guard description.hasPrefix(prefix), let from = description.range(of: " from invalid String value ") else {
            return nil
        }
        let typeName = String(description[description.index(description.startIndex, offsetBy: prefix.count)..<from.lowerBound])
        let value = String(description[from.upperBound...])
        guard let allowed = fixedLists[typeName] else { return nil }
        let listed = allowed.count > 1 ? allowed.dropLast().joined(separator: ", ") + " or " + allowed.last! : allowed.joined()
        return "“\(value)” is not one of the allowed values: \(listed)"
    }

    /// The fixed lists of the data format, by type name, with their allowed values.
    static let fixedLists: [String: [String]] = {
        func values<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> (String, [String]) where E.RawValue == String {
            (String(describing: type), type.allCases.map(\.rawValue))
        }
        return Dictionary(uniqueKeysWithValues: [
            values(BodyKind.self), values(LifecycleStage.self), values(GovernanceForm.self), values(Instrument.self),
            values(MilestoneStatus.self), values(Cadence.self), values(QuadrupleAim.self), values(DatePrecision.self),
            values(Severity.self), values(Sector.self), values(Attendance.Capacity.self), values(ReportingLine.Relation.self),
            values(DecisionRule.self), values(Sessions.self), values(LeadershipKind.self), values(AppointmentProcess.self),
        ])
    }()

    static func location(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default:
            String(describing: type).hasPrefix("Array") ? "a list" : "a value of the right kind (\(type))"
        }
    }

    static func jsonSyntaxReason(_ error: any Error) -> String {
        let nsError = error as NSError
        return (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
    }

    // MARK: - Unknown fields

    /// Compares the fields present in the file with those the decoded value writes back; a field
    /// the file has and the value does not is one the format does not know.
    static func rejectUnknownFields<T: Codable>(in tree: Any, decoded: T, file: String) throws(InterchangeError) {
        guard let encoded = try? JSONEncoder().encode(decoded),
              let known = try? JSONSerialization.jsonObject(with: encoded, options: [.fragmentsAllowed])
        else { return }
        if let path = firstUnknown(tree, known, path: "") {
            throw .unknownField(file: file, location: path)
        }
    }

    static func firstUnknown(_ given: Any, _ known: Any, path: String) -> String? {
        if let given = given as? [String: Any] {
            let known = known as? [String: Any] ?? [:]
            for key in given.keys.sorted() {
                let child = path.isEmpty ? key : "\(path).\(key)"
                guard let value = given[key], !(value is NSNull) else { continue }
                guard let knownValue = known[key] else { return child }
                if let found = firstUnknown(value, knownValue, path: child) { return found }
            }
        } else if let given = given as? [Any], let known = known as? [Any] {
            for (index, value) in given.enumerated() where index < known.count {
                if let found = firstUnknown(value, known[index], path: "\(path)[\(index)]") { return found }
            }
        }
        return nil
    }
}
