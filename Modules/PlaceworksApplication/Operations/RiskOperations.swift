import Foundation
import PlaceworksDomain
import PlaceworksStore

/// The fields of a risk a person sets: each nil field is left as it is.
public struct RiskChanges: Sendable, Hashable {
    public var title: String?
    public var owner: ID<Person>?
    /// 1 (rare) to 5 (almost certain).
    public var likelihood: Int?
    /// 1 (negligible) to 5 (catastrophic).
    public var impact: Int?
    public var mitigation: String?
    public var reviewBy: Day?
    public var body: ID<Body>?
    public var escalatedTo: ID<Body>?

    public init(title: String? = nil, owner: ID<Person>? = nil, likelihood: Int? = nil, impact: Int? = nil,
                mitigation: String? = nil, reviewBy: Day? = nil, body: ID<Body>? = nil, escalatedTo: ID<Body>? = nil) {
        self.title = title
        self.owner = owner
        self.likelihood = likelihood
        self.impact = impact
        self.mitigation = mitigation
        self.reviewBy = reviewBy
        self.body = body
        self.escalatedTo = escalatedTo
    }

    /// Refuses a score outside the 5×5 scale or an empty title.
    public func validate() throws(OperationError) {
        for (name, value) in [("likelihood", likelihood), ("impact", impact)] {
            if let value, !(1...5).contains(value) {
                throw .invalid(field: name, reason: "must be from 1 to 5 on the 5×5 scale, not \(value).")
            }
        }
        if let title, title.trimmingCharacters(in: .whitespaces).isEmpty {
            throw .invalid(field: "title", reason: "a risk needs a title.")
        }
    }

    func apply(to risk: inout Risk) {
        if let title { risk.title = title }
        if let owner { risk.owner = owner }
        if let likelihood { risk.likelihood = likelihood }
        if let impact { risk.impact = impact }
        if let mitigation { risk.mitigation = mitigation }
        if let reviewBy { risk.reviewBy = reviewBy }
        if let body { risk.body = body }
        if let escalatedTo { risk.escalatedTo = escalatedTo }
    }
}

/// Adds a risk to a place's register.
public struct AddRisk: WriteOperation {
    public var id: ID<Risk>
    public var place: ID<Place>
    public var opened: Day?
    public var fields: RiskChanges

    public init(id: ID<Risk>, place: ID<Place>, opened: Day? = nil, fields: RiskChanges) {
        self.id = id
        self.place = place
        self.opened = opened
        self.fields = fields
    }

    public var summary: String { "Added risk \(id)." }

    public func validate() throws(OperationError) {
        guard fields.title != nil else { throw .invalid(field: "title", reason: "a new risk needs a title.") }
        try fields.validate()
    }

    public func apply(to edit: inout DatasetEdit) throws {
        _ = try edit.existing(Place.self, place)
        if edit.record(Risk.self, id: id) != nil {
            throw OperationError.conflict("there is already a risk \(id); update it instead.")
        }
        var risk = Risk(id: id, place: place, title: fields.title ?? "", opened: opened)
        fields.apply(to: &risk)
        edit.put(risk, basedOn: 0)
    }
}

/// Changes a risk's score, owner, mitigation, review date, register or escalation.
public struct UpdateRisk: WriteOperation {
    public var id: ID<Risk>
    public var changes: RiskChanges
    public var expectedVersion: Int64?

    public init(id: ID<Risk>, changes: RiskChanges, expectedVersion: Int64? = nil) {
        self.id = id
        self.changes = changes
        self.expectedVersion = expectedVersion
    }

    public var summary: String { "Updated risk \(id)." }

    public func validate() throws(OperationError) { try changes.validate() }

    public func apply(to edit: inout DatasetEdit) throws {
        _ = try edit.existing(Risk.self, id)
        try edit.update(Risk.self, id: id, basedOn: expectedVersion) { changes.apply(to: &$0) }
    }
}

/// Closes a risk on a day.
public struct CloseRisk: WriteOperation {
    public var id: ID<Risk>
    public var on: Day
    public var expectedVersion: Int64?

    public init(id: ID<Risk>, on: Day, expectedVersion: Int64? = nil) {
        self.id = id
        self.on = on
        self.expectedVersion = expectedVersion
    }

    public var summary: String { "Closed risk \(id) on \(on)." }

    public func apply(to edit: inout DatasetEdit) throws {
        let risk = try edit.existing(Risk.self, id)
        if let opened = risk.opened, on < opened {
            throw OperationError.invalid(field: "on", reason: "risk \(id) was opened on \(opened); it cannot close before that (\(on)).")
        }
        try edit.update(Risk.self, id: id, basedOn: expectedVersion) { $0.closed = on }
    }
}
