import Foundation

/// Checks JSON against the parts of JSON Schema (2020-12) that docs/report-schema.json uses:
/// `$ref` into `$defs`, `oneOf`, `type`, `const`, `properties`, `required`,
/// `additionalProperties: false` and `items`. Returns every problem, with its path.
struct SchemaValidator {
    let root: [String: Any]

    init(schema: Data) throws {
        root = try JSONSerialization.jsonObject(with: schema) as! [String: Any]
    }

    func problems(in document: Data) throws -> [String] {
        let value = try JSONSerialization.jsonObject(with: document, options: [.fragmentsAllowed])
        return check(value, against: root, at: "$")
    }

    private func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String, ref.hasPrefix("#/$defs/") else { return schema }
        let defs = root["$defs"] as? [String: Any] ?? [:]
        return defs[String(ref.dropFirst("#/$defs/".count))] as? [String: Any] ?? [:]
    }

    private func check(_ value: Any, against given: [String: Any], at path: String) -> [String] {
        let schema = resolve(given)
        if let options = schema["oneOf"] as? [[String: Any]] {
            let passing = options.filter { check(value, against: $0, at: path).isEmpty }.count
            return passing == 1 ? [] : ["\(path): matches \(passing) of the oneOf schemas, not exactly one"]
        }
        if let constant = schema["const"] as? String {
            return (value as? String) == constant ? [] : ["\(path): is not “\(constant)”"]
        }
        switch schema["type"] as? String {
        case "string":
            return value is String ? [] : ["\(path): is not a string"]
        case "boolean":
            return value is Bool ? [] : ["\(path): is not a boolean"]
        case "integer":
            guard type(of: value) != Bool.self, let number = value as? NSNumber else { return ["\(path): is not an integer"] }
            return number.doubleValue.rounded() == number.doubleValue ? [] : ["\(path): is not an integer"]
        case "number":
            return value is NSNumber ? [] : ["\(path): is not a number"]
        case "array":
            guard let array = value as? [Any] else { return ["\(path): is not an array"] }
            let items = schema["items"] as? [String: Any] ?? [:]
            return array.enumerated().flatMap { check($0.element, against: items, at: "\(path)[\($0.offset)]") }
        case "object":
            guard let object = value as? [String: Any] else { return ["\(path): is not an object"] }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            var problems: [String] = []
            for name in schema["required"] as? [String] ?? [] where object[name] == nil {
                problems.append("\(path): lacks “\(name)”")
            }
            for (name, member) in object.sorted(by: { $0.key < $1.key }) {
                if let property = properties[name] as? [String: Any] {
                    problems += check(member, against: property, at: "\(path).\(name)")
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path): has “\(name)”, which the schema does not describe")
                }
            }
            return problems
        default:
            return []
        }
    }
}
