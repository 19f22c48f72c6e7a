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
        add(data.meetings); add(data.options)
        self.init(shipped: shipped)
    }

    /// What was assumed about `record`, if it is a shipped record left as shipped.
    public func of<E: Entity>(_ record: E) -> [String] {
        guard let entry = shipped[Key(kind: E.subjectKind, id: record.id.rawValue)],
              entry.record as? E == record else { return [] }
        return entry.assumptions
    }
}

extension RuleContext {
    /// When the rule's pass for `body` rests on `records`, and any of them is a shipped record
    /// carrying an assumption, an `info` concern naming each one; nothing otherwise. The engine
    /// drops it when the same rule reports anything else for the same place, since the rule does
    /// not pass there.
    ///
    /// ```swift
    /// return concerns.isEmpty ? context.passesOnAssumptions(memberSeats, about: board) : concerns
    /// ```
    public func passesOnAssumptions<E: Entity>(_ records: [E], about body: Body) -> [Concern] {
        passesOnAssumptions(records, about: body.subject, place: body.place, body: body.id)
    }

    /// The same note about a place (and, where the rule examined one, its body).
    public func passesOnAssumptions<E: Entity>(_ records: [E], about place: Place, body: ID<Body>? = nil) -> [Concern] {
        passesOnAssumptions(records, about: place.subject, place: place.id, body: body)
    }

    private func passesOnAssumptions<E: Entity>(_ records: [E], about subject: Subject, place: ID<Place>?,
                                                body: ID<Body>?) -> [Concern] {
        // Each assumption once, with the records that carry it.
        var carriers: [String: [String]] = [:], order: [String] = []
        for record in records {
            for assumption in assumptions.of(record) {
                if carriers[assumption] == nil { order.append(assumption) }
                if carriers[assumption]?.contains(record.displayName) != true {
                    carriers[assumption, default: []].append(record.displayName)
                }
            }
        }
        let assumed = order.map { "\(carriers[$0]!.joined(separator: ", ")): \($0)" }
        guard !assumed.isEmpty else { return [] }
        var note = Concern(subject, "Met on what the platform assumed where the papers are silent, not on the "
            + "papers' words — " + assumed.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }.joined(separator: "; ") + "."
            + " Record the facts to confirm it.", place: place, body: body).reported(as: .info)
        note.assumptions = assumed
        return [note]
    }
}
