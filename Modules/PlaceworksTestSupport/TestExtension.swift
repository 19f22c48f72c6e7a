import PlaceworksDomain

/// An extension for tests: a name, a coverage, what it requires, the source documents it
/// registers (titled by their file names), and whatever its closure registers.
///
/// ```swift
/// let registry = try Registry([
///     TestExtension("National", .national, documents: [.thrivingPlaces]) { $0.add(rules) },
///     TestExtension("Testborough", .place(TestWorld.place)) { $0.tighten("NAT-T-1", to: .error) },
/// ])
/// ```
public struct TestExtension: PlaceworksExtension {
    public let name: String
    public let coverage: Coverage
    public let requires: [String]
    let documents: [SourceDocument]
    let registration: @Sendable (inout Registrar) -> Void

    public init(_ name: String, _ coverage: Coverage, requires: [String] = [], documents: [SourceDocument] = [],
                _ registration: @escaping @Sendable (inout Registrar) -> Void = { _ in }) {
        self.name = name
        self.coverage = coverage
        self.requires = requires
        self.documents = documents
        self.registration = registration
    }

    public func register(into registrar: inout Registrar) {
        for document in documents { registrar.add(document: document, title: document.rawValue, issued: nil) }
        registration(&registrar)
    }
}
