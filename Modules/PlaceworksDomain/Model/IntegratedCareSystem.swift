/// An integrated care system (ICS): its integrated care board (ICB), its integrated care
/// partnership (ICP) and the places within it.
public struct IntegratedCareSystem: Entity {
    public var id: ID<IntegratedCareSystem>
    public var name: String
    /// The ONS code of its ICB (e.g. `E54000030`).
    public var onsCode: String?
    /// The ODS code of its ICB (e.g. `QKK`).
    public var odsCode: String?
    /// The ICB's own board.
    public var board: ID<Body>?
    /// The integrated care partnership (a joint committee of the ICB and local authorities).
    public var partnership: ID<Body>?

    public init(id: ID<IntegratedCareSystem>, name: String, onsCode: String? = nil, odsCode: String? = nil,
                board: ID<Body>? = nil, partnership: ID<Body>? = nil) {
        self.id = id
        self.name = name
        self.onsCode = onsCode
        self.odsCode = odsCode
        self.board = board
        self.partnership = partnership
    }

    public var displayName: String { name }
    public static var subjectKind: SubjectKind { .ics }
}

public typealias ICS = IntegratedCareSystem
