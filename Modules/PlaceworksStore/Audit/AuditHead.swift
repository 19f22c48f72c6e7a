/// The newest entry of the audit log, as the store records it beside the log: its sequence
/// number and hash. Written in the same transaction as every entry, it lets verification notice
/// entries removed from the end of the log. Noting the head hash outside the store (in board
/// minutes, say) anchors everything before it.
public struct AuditHead: Sendable, Hashable, Codable {
    public var sequence: Int64
    public var hash: String

    public init(sequence: Int64, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }

    /// The head of an empty log.
    public static let genesis = AuditHead(sequence: 0, hash: AuditChain.genesisHash)
}
