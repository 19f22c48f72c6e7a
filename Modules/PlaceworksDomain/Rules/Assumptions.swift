/// What the extensions assumed about the records they ship, where the papers are silent (see
/// ``Provenance``): a rule that passes only because of such a record can say so, so a reader
/// knows which passes rest on the papers and which on the platform's reading.
///
/// A record counts as assumed only while it is as its extension shipped it: once a user records
/// the fact themselves (or edits the shipped record), the pass is theirs.
public struct Assumptions: Sendable {
    private let shipped: [Key: Shipped]

    private struct Key: Hashable {
        let kind: SubjectKind
        let id: String
    }

    private struct Shipped: Sendable {
        let record: any Entity
        let assumptions: [String]
    }

    /// No assumptions: the context of a rule checked outside a registry.
    public static let none = Assumptions(shipped: [:])

    private init(shipped: [Key: Shipped]) { self.shipped = shipped }

    /// The assumptions behind every record the registry's extensions ship.
    init(_ registry: Registry) {
        var shipped: [Key: Shipped] = [:]
        func add<E: Entity>(_ records: [E]) {
            for record in records {
                guard let (_, provenance) = registry.provenance(of: E.subjectKind, record.id.rawValue),
                      provenance.isAssumption else { continue }
                shipped[Key(kind: E.subjectKind, id: record.id.rawValue)] =
                    Shipped(record: record, assumptions: provenance.assumptions)
            }
        }
        let data = registry.dataset
        add(data.systems); add(data.places); add(data.organisations); add(data.people); add(data.bodies)
        add(data.seats); add(data.memberships); add(data.leadershipRoles); add(data.delegations)
        add(data.budgets); add(data.workstreams); add(data.milestones); add(data.risks); add(data.indicators)
        add(data.meetings); add(data.options); add(data.funds); add(data.accountabilities); add(data.approvals)
        add(data.publications); add(data.engagements); add(data.recruitments); add(data.agreements)
        add(data.commitments)
        self.init(shipped: shipped)
    }

    /// What was assumed about `record` while it is as shipped: equal to the shipped record, or,
    /// when the rule says which facts its pass turns on, equal in those (`unchanged`).
    public func of<E: Entity>(_ record: E, unchanged: ((E, E) -> Bool)? = nil) -> [String] {
        guard let entry = shipped[Key(kind: E.subjectKind, id: record.id.rawValue)],
              let original = entry.record as? E else { return [] }
        guard unchanged.map({ $0(original, record) }) ?? (original == record) else { return [] }
        return entry.assumptions
    }
}

extension RuleContext {
    /// When the rule's pass for `body` rests on `records`, and any of them is a shipped record
    /// carrying an assumption, an `info` concern naming each one; nothing otherwise. The engine
    /// drops it when the same rule reports anything else about the same body or place, since the
    /// rule does not pass there.
    ///
    /// - Parameters:
    ///   - relevant: keeps only the assumptions the pass turns on (a record's assumed start date
    ///     is no part of a pass on its terms of reference); all of them when nil.
    ///   - unchanged: the facts the pass turns on, compared with the shipped record: a user's edit
    ///     elsewhere in the record leaves the assumption standing. The whole record when nil.
    ///
    /// ```swift
    /// return concerns.isEmpty ? context.passesOnAssumptions([icp], about: icp,
    ///     relevant: { $0.hasPrefix("Terms of reference") }) : concerns
    /// ```
    public func passesOnAssumptions<E: Entity>(_ records: [E], about body: Body,
                                               relevant: ((String) -> Bool)? = nil,
                                               unchanged: ((E, E) -> Bool)? = nil) -> [Concern] {
        passesOn(assumed(records, relevant: relevant, unchanged: unchanged), about: body)
    }

    /// The same note about a place (and, where the rule examined one, its body).
    public func passesOnAssumptions<E: Entity>(_ records: [E], about place: Place, body: ID<Body>? = nil,
                                               relevant: ((String) -> Bool)? = nil,
                                               unchanged: ((E, E) -> Bool)? = nil) -> [Concern] {
        passesOn(assumed(records, relevant: relevant, unchanged: unchanged), about: place.subject, place: place.id,
                 body: body)
    }

    /// What was assumed about `records` (see ``passesOnAssumptions(_:about:relevant:unchanged:)``),
    /// to put records of several kinds into one note with ``passesOn(_:about:)``.
    public func assumed<E: Entity>(_ records: [E], relevant: ((String) -> Bool)? = nil,
                                   unchanged: ((E, E) -> Bool)? = nil) -> [AssumedFact] {
        records.flatMap { record in
            assumptions.of(record, unchanged: unchanged).filter { relevant?($0) ?? true }
                .map { AssumedFact(record: record.displayName, assumption: $0) }
        }
    }

    /// One note that the rule passes on `facts` about `body`; nothing when there are none.
    public func passesOn(_ facts: [AssumedFact], about body: Body) -> [Concern] {
        passesOn(facts, about: body.subject, place: body.place, body: body.id)
    }

    private func passesOn(_ facts: [AssumedFact], about subject: Subject, place: ID<Place>?,
                          body: ID<Body>?) -> [Concern] {
        let assumed = AssumedFact.described(facts)
        guard !assumed.isEmpty else { return [] }
        var note = Concern(subject, "Passes only on what the platform assumed where the papers are silent — "
            + AssumedFact.sentence(assumed), place: place, body: body).reported(as: .info)
        note.assumptions = assumed
        return [note]
    }

    /// `concern`, saying that it turns on what was assumed about `records` — a finding the rule would
    /// not make, or would make otherwise, had the extension not assumed those facts where the papers
    /// are silent (a body's assumed end, terms a paper does not give). Unchanged when none of
    /// `records` is a shipped record carrying such an assumption. The finding stays a finding: it is
    /// not a note of a pass (see ``passesOnAssumptions(_:about:relevant:unchanged:)``).
    ///
    /// ```swift
    /// context.restingOnAssumptions(Concern(about: body, "…"), on: [body])
    /// ```
    public func restingOnAssumptions<E: Entity>(_ concern: Concern, on records: [E],
                                                relevant: ((String) -> Bool)? = nil,
                                                unchanged: ((E, E) -> Bool)? = nil) -> Concern {
        let assumed = AssumedFact.described(assumed(records, relevant: relevant, unchanged: unchanged))
        guard !assumed.isEmpty else { return concern }
        var copy = concern
        copy.message += " This finding turns on what the platform assumed where the papers are silent — "
            + AssumedFact.sentence(assumed)
        return copy
    }
}

/// One assumption a rule's pass or finding rests on, and the record (by name) that carries it.
public struct AssumedFact: Sendable, Hashable {
    public let record: String
    public let assumption: String
}

extension AssumedFact {
    /// Each assumption once, after the records (by name) that carry it: "A, B: assumed …".
    static func described(_ facts: [AssumedFact]) -> [String] {
        var carriers: [String: [String]] = [:], order: [String] = []
        for fact in facts {
            if carriers[fact.assumption] == nil { order.append(fact.assumption) }
            if carriers[fact.assumption]?.contains(fact.record) != true {
                carriers[fact.assumption, default: []].append(fact.record)
            }
        }
        return order.map { "\(carriers[$0]!.joined(separator: ", ")): \($0)" }
    }

    /// The described assumptions as the end of a sentence, with what to do about them.
    static func sentence(_ described: [String]) -> String {
        described.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }.joined(separator: "; ") + "."
            + " Record the facts, where the partnership has them, to settle it."
    }
}
