import Foundation
import Hummingbird

/// The fields of a posted form (`application/x-www-form-urlencoded`), by name.
struct FormData: Sendable {
    var values: [String: String]

    init(_ values: [String: String] = [:]) { self.values = values }

    /// Parses `name=value&…`, with `+` as a space and percent escapes decoded; the first of a
    /// repeated name wins.
    init(encoded text: String) {
        var values: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(part)
            }
            let name = decode(parts[0])
            if values[name] == nil { values[name] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        self.values = values
    }

    /// The body of `request`, at most 64 KiB.
    static func read(_ request: Request) async throws -> FormData {
        var request = request
        let buffer = try await request.collectBody(upTo: 64 * 1024)
        return FormData(encoded: String(buffer: buffer))
    }

    /// The field's value with surrounding spaces removed; nil when absent or blank.
    subscript(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// The value as typed (for showing it again in the form).
    func raw(_ name: String) -> String { values[name] ?? "" }

    func checked(_ name: String) -> Bool { values[name] != nil }
}

/// What is wrong with a form's fields, each message shown next to its field.
struct FieldErrors: Sendable {
    private(set) var messages: [(field: String, message: String)] = []

    var isEmpty: Bool { messages.isEmpty }

    mutating func add(_ field: String, _ message: String) {
        if self[field] == nil { messages.append((field, message)) }
    }

    subscript(_ field: String) -> String? { messages.first { $0.field == field }?.message }
}

/// One field of a form: its label, current value and, when the last attempt was refused, why.
struct FormField {
    enum Kind {
        case text, date, time, textarea, checkbox
        case select([(value: String, label: String)])
    }

    var name: String
    var label: String
    var kind: Kind
    var value: String
    var hint: String?
    var required = false

    func html(_ errors: FieldErrors) -> HTML {
        let id = "field-\(name)"
        let error = errors[name]
        var described: [String] = []
        if hint != nil { described.append("\(id)-hint") }
        if error != nil { described.append("\(id)-error") }
        let attributes: HTML = """
         id="\(id)" name="\(name)"\(required ? HTML(" required") : HTML.empty)\
        \(described.isEmpty ? HTML.empty : " aria-describedby=\"\(described.joined(separator: " "))\"")\
        \(error == nil ? HTML.empty : HTML(" aria-invalid=\"true\""))
        """
        let control: HTML
        switch kind {
        case .text: control = "<input type=\"text\"\(attributes) value=\"\(value)\">"
        case .date: control = "<input type=\"date\"\(attributes) value=\"\(value)\">"
        case .time: control = "<input type=\"time\"\(attributes) value=\"\(value)\">"
        case .textarea: control = "<textarea\(attributes) rows=\"3\" cols=\"50\">\(value)</textarea>"
        case .checkbox:
            control = "<input type=\"checkbox\"\(attributes) value=\"yes\"\(value.isEmpty ? HTML.empty : HTML(" checked"))>"
        case let .select(options):
            let items = options.map { option -> HTML in
                "<option value=\"\(option.value)\"\(option.value == value ? HTML(" selected") : HTML.empty)>\(option.label)</option>"
            }
            control = "<select\(attributes)>\(items)</select>"
        }
        return """
        <div class="field\(error == nil ? "" : " invalid")"><label for="\(id)">\(label)</label>\
        \(hint.map { hint -> HTML in "<p class=\"hint\" id=\"\(id)-hint\">\(hint)</p>" } ?? HTML.empty)\
        \(error.map { error -> HTML in "<p class=\"field-error\" id=\"\(id)-error\"><span class=\"visually-hidden\">Error: </span>\(error)</p>" } ?? HTML.empty)\
        \(control)</div>
        """
    }
}

/// Fields that belong together (a meeting's attendance), shown in a fieldset under a legend.
struct FieldGroup {
    var legend: String
    var hint: String?
    var fields: [FormField]

    func html(_ errors: FieldErrors) -> HTML {
        """
        <fieldset><legend>\(legend)</legend>\(hint.map { hint -> HTML in "<p class=\"hint\">\(hint)</p>" } ?? HTML.empty)
        \(fields.map { $0.html(errors) })</fieldset>
        """
    }
}

/// A whole form: its fields (and groups of fields after them), the hidden CSRF token and
/// version, a summary of errors at the top (linking to each field), and a notice when someone
/// else saved first.
struct EditForm {
    var title: String
    var action: String
    var fields: [FormField]
    var csrf: String
    var version: Int64?
    var errors = FieldErrors()
    var notice: HTML?
    var submit: String
    var groups: [FieldGroup] = []

    var html: HTML {
        let summary: HTML = errors.isEmpty ? .empty : """
        <div class="problem" role="alert"><h2>There is a problem</h2><ul>\(errors.messages.map { item -> HTML in
            "<li><a href=\"#field-\(item.field)\">\(item.message)</a></li>" })</ul></div>
        """
        return """
        <form method="post" action="\(action)" novalidate>
        <h2>\(title)</h2>\(notice ?? HTML.empty)\(summary)
        <input type="hidden" name="csrf" value="\(csrf)">\
        \(version.map { version -> HTML in "<input type=\"hidden\" name=\"version\" value=\"\(version)\">" } ?? HTML.empty)
        \(fields.map { $0.html(errors) })\(groups.map { $0.html(errors) })
        <button type="submit">\(submit)</button></form>
        """
    }
}
