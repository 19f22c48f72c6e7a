/// The result of checking the audit log: how many entries were checked, the head, and the first
/// break found, if any.
public struct AuditVerification: Sendable, Hashable {
    /// Entries checked.
    public var entries: Int
    /// The last entry's sequence number and hash (the genesis head for an empty log).
    public var head: AuditHead
    /// The first problem found, or nil when the log is intact.
    public var problem: AuditBreak?

    public init(entries: Int, head: AuditHead, problem: AuditBreak?) {
        self.entries = entries
        self.head = head
        self.problem = problem
    }

    /// True when every entry, the chain, the head and the current records agree.
    public var isIntact: Bool { problem == nil }
}

/// Where and how the audit log was found broken.
public struct AuditBreak: Sendable, Hashable, CustomStringConvertible {
    /// What kind of break.
    public enum Reason: String, Sendable, Hashable {
        /// An entry's contents no longer match its hash.
        case altered
        /// An entry is missing: the numbering skips it, or the log ends before the recorded head.
        case missing
        /// An entry does not follow the one before it: entries were moved, or one before it was
        /// replaced together with its hash.
        case outOfOrder = "out-of-order"
        /// The current records do not match what the log says was written last.
        case recordMismatch = "record-mismatch"
    }

    /// The first bad sequence number (for a record mismatch, the record's version).
    public var sequence: Int64
    public var reason: Reason
    /// A sentence a reader acts on.
    public var message: String

    public init(sequence: Int64, reason: Reason, message: String) {
        self.sequence = sequence
        self.reason = reason
        self.message = message
    }

    public var description: String { message }
}
