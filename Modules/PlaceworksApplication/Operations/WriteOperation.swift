import PlaceworksDomain
import PlaceworksStore

/// One change to the partnership's data, as every executable asks for it: the CLI's update
/// commands, the importer, the server's write routes and the web forms.
///
/// An operation validates its own input (``validate()``), then applies itself to an edit of the
/// current data (``apply(to:)``), where it may refuse with an ``OperationError``. The engine then
/// validates what it touched, writes it as one audited transaction and, when another writer got
/// there first, reads again and re-applies it — unless the operation names the version it expects
/// (`--if-version`, `If-Match`), in which case a stale version is refused.
public protocol WriteOperation: Sendable {
    /// What the operation did, in a sentence for the receipt.
    var summary: String { get }
    /// Refuses input that is wrong whatever the data holds (a score outside 1–5).
    func validate() throws(OperationError)
    /// Applies the change to `edit`, refusing with an ``OperationError`` when the data does not allow it.
    func apply(to edit: inout DatasetEdit) throws
}

extension WriteOperation {
    public func validate() throws(OperationError) {}
}

extension DatasetEdit {
    /// The record of type `E` with identifier `id`, or ``OperationError/notFound(kind:id:)``.
    public func existing<E: Entity>(_ type: E.Type, _ id: ID<E>) throws(OperationError) -> E {
        guard let record = record(E.self, id: id) else {
            throw .notFound(kind: E.subjectKind.rawValue, id: id.rawValue)
        }
        return record
    }
}
