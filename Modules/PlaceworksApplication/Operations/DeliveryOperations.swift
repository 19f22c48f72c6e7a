import Foundation
import PlaceworksDomain
import PlaceworksStore

/// Sets a milestone's status, and optionally its due date and completion date.
public struct SetMilestone: WriteOperation {
    public var id: ID<Milestone>
    public var status: MilestoneStatus
    public var due: Day?
    public var completed: Day?
    public var expectedVersion: Int64?

    public init(id: ID<Milestone>, status: MilestoneStatus, due: Day? = nil, completed: Day? = nil,
                expectedVersion: Int64? = nil) {
        self.id = id
        self.status = status
        self.due = due
        self.completed = completed
        self.expectedVersion = expectedVersion
    }

    public var summary: String { "Milestone \(id) is now \(status.rawValue)." }

    public func validate() throws(OperationError) {
        if completed != nil && status != .done {
            throw .invalid(field: "completed", reason: "a completion date goes with the status done.")
        }
    }

    public func apply(to edit: inout DatasetEdit) throws {
        _ = try edit.existing(Milestone.self, id)
        try edit.update(Milestone.self, id: id, basedOn: expectedVersion) {
            $0.status = status
            if let due { $0.due = due }
            $0.completed = status == .done ? completed ?? $0.completed : nil
        }
    }
}

/// Records (or restates) a meeting with its attendance, declarations, agenda and decisions.
public struct RecordMeeting: WriteOperation {
    public var meeting: Meeting
    public var expectedVersion: Int64?

    public init(meeting: Meeting, expectedVersion: Int64? = nil) {
        self.meeting = meeting
        self.expectedVersion = expectedVersion
    }

    public var summary: String {
        let decisions = meeting.items.compactMap(\.decision).count
        return "Recorded the meeting of \(meeting.date) (\(meeting.attendance.count) attending, \(decisions) decisions)."
    }

    public func apply(to edit: inout DatasetEdit) throws {
        _ = try edit.existing(Body.self, meeting.body)
        edit.put(meeting, basedOn: expectedVersion)
    }
}

/// Adds an observation (a value for a period) to an outcome indicator.
public struct ObserveIndicator: WriteOperation {
    public var indicator: ID<Indicator>
    public var observation: Observation
    public var expectedVersion: Int64?

    public init(indicator: ID<Indicator>, observation: Observation, expectedVersion: Int64? = nil) {
        self.indicator = indicator
        self.observation = observation
        self.expectedVersion = expectedVersion
    }

    public var summary: String { "Recorded \(observation.value) for \(indicator), \(observation.period)." }

    public func validate() throws(OperationError) {
        guard observation.value.isFinite else { throw .invalid(field: "value", reason: "must be a number.") }
        if observation.period.trimmingCharacters(in: .whitespaces).isEmpty {
            throw .invalid(field: "period", reason: "name the period the value is for, e.g. 2021/22.")
        }
        if let lower = observation.lowerConfidence, let upper = observation.upperConfidence, lower > upper {
            throw .invalid(field: "lower-ci", reason: "the lower confidence limit (\(lower)) is above the upper (\(upper)).")
        }
    }

    public func apply(to edit: inout DatasetEdit) throws {
        let current = try edit.existing(Indicator.self, indicator)
        if current.observations.contains(where: { $0.period == observation.period && $0.date == observation.date }) {
            throw OperationError.conflict("indicator \(indicator) already has a value for \(observation.period) "
                + "dated \(observation.date).")
        }
        try edit.update(Indicator.self, id: indicator, basedOn: expectedVersion) { $0.observations.append(observation) }
    }
}
