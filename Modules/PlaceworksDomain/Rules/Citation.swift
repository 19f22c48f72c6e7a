/// Where a requirement is written: a source document (its file name) and a section.
public struct Citation: Codable, Sendable, Hashable, CustomStringConvertible {
    public var document: SourceDocument
    public var section: String

    public init(_ document: SourceDocument, _ section: String) {
        self.document = document
        self.section = section
    }

    public var description: String { "\(document.rawValue), \(section)" }
}

/// A source document, by file name. The extension that cites a document registers it (its title
/// and the day it was issued) with ``Registrar/add(document:title:issued:)``; the registry refuses
/// a rule that cites a document no extension registers.
///
/// ```swift
/// extension SourceDocument {
///     static let greenwichTerms: SourceDocument = "greenwich-partnership-terms-of-reference-2022.txt"
/// }
/// ```
public struct SourceDocument: StringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}
