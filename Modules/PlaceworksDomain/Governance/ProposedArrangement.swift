/// A leadership and governance arrangement partners propose for a place, to be assessed against
/// the place's governance options before anyone commits.
public struct ProposedArrangement: Codable, Sendable, Hashable {
    public var name: String
    public var place: ID<Place>
    /// The statutory bodies that appoint the Executive Place Lead (one for a single-body appointment,
    /// several for a joint appointment).
    public var placeLeadAppointedBy: [ID<Organisation>]
    /// The committee through which delegations are discharged.
    public var committee: Committee
    /// The delegations proposed to the place lead or the committee.
    @Listed public var delegations: [Delegation]
    /// Whether a multi-disciplinary leadership team supports the place lead.
    @DefaultFalse public var leadershipTeam: Bool
    /// Commitments the partners have made, by the keys the options' gateway requirements name
    /// (e.g. `outcomes-framework`, `shared-vision`).
    @Listed public var commitments: [String]

    public struct Committee: Codable, Sendable, Hashable {
        public var form: GovernanceForm
        public var convenedBy: [ID<Organisation>]
        public init(form: GovernanceForm, convenedBy: [ID<Organisation>]) {
            self.form = form
            self.convenedBy = convenedBy
        }
    }

    public struct Delegation: Codable, Sendable, Hashable {
        public var from: ID<Organisation>
        @Listed public var functions: [DelegatedFunction]
        /// The budget delegated with the functions, in pounds.
        public var budget: Int?
        /// Delegated to the committee (true) or to the place lead (false).
        @DefaultFalse public var toCommittee: Bool

        public init(from: ID<Organisation>, functions: [DelegatedFunction], budget: Int? = nil,
                    toCommittee: Bool = false) {
            self.from = from
            self.functions = functions
            self.budget = budget
            self.toCommittee = toCommittee
        }
    }

    public init(name: String, place: ID<Place>, placeLeadAppointedBy: [ID<Organisation>], committee: Committee,
                delegations: [Delegation] = [], leadershipTeam: Bool = false, commitments: [String] = []) {
        self.name = name
        self.place = place
        self.placeLeadAppointedBy = placeLeadAppointedBy
        self.committee = committee
        self.delegations = delegations
        self.leadershipTeam = leadershipTeam
        self.commitments = commitments
    }
}

/// A test of a proposed arrangement, from which gateway requirements are built.
public enum ArrangementCriterion: Codable, Sendable, Hashable {
    /// The place lead is appointed by at least `minimum` (and at most `maximum`) statutory bodies, the ICB among them.
    case placeLeadAppointedBy(minimum: Int, maximum: Int?)
    /// The committee has one of these governance forms.
    case committeeForm([GovernanceForm])
    /// Delegations come from at least `minimum` statutory partners other than the ICB.
    case delegationsFromPartnersBesidesICB(minimum: Int)
    /// Delegations, each with a budget, come from at least `minimum` statutory bodies (the ICB included).
    case budgetedDelegationsFrom(minimum: Int)
    /// Every delegation carries a budget.
    case everyDelegationBudgeted
    /// The statutory partners delegate decisions on specific functions to the joint committee itself.
    case partnersDelegateToCommittee
    /// A multi-disciplinary leadership team supports the place lead.
    case leadershipTeam
    /// The partners have made the named commitment.
    case commitment(String)

    /// Whether `arrangement` meets the criterion, and why.
    public func evaluate(_ arrangement: ProposedArrangement, organisations: [ID<Organisation>: Organisation])
        -> (met: Bool, explanation: String)
    {
        func isStatutory(_ id: ID<Organisation>) -> Bool { organisations[id]?.statutory ?? false }
        func isICB(_ id: ID<Organisation>) -> Bool { organisations[id]?.isIn(.icb) ?? false }
        func names(_ ids: some Sequence<ID<Organisation>>) -> String {
            let list = ids.map { organisations[$0]?.name ?? $0.rawValue }
            return list.isEmpty ? "none" : list.joined(separator: ", ")
        }
        switch self {
        case let .placeLeadAppointedBy(minimum, maximum):
            let appointing = arrangement.placeLeadAppointedBy.filter(isStatutory)
            let hasICB = appointing.contains(where: isICB)
            let met = hasICB && appointing.count >= minimum && appointing.count <= (maximum ?? .max)
            return (met, "place lead appointed by \(names(appointing))")
        case let .committeeForm(forms):
            let met = forms.contains(arrangement.committee.form)
            return (met, "committee is a \(arrangement.committee.form.label)")
        case let .delegationsFromPartnersBesidesICB(minimum):
            let partners = Set(arrangement.delegations.map(\.from).filter { isStatutory($0) && !isICB($0) })
            return (partners.count >= minimum, "delegations from partners besides the ICB: \(names(partners.sorted()))")
        case let .budgetedDelegationsFrom(minimum):
            let bodies = Set(arrangement.delegations.filter { ($0.budget ?? 0) > 0 }.map(\.from).filter(isStatutory))
            return (bodies.count >= minimum, "budgeted delegations from \(names(bodies.sorted()))")
        case .everyDelegationBudgeted:
            let unbudgeted = arrangement.delegations.filter { ($0.budget ?? 0) <= 0 }.map(\.from)
            let met = !arrangement.delegations.isEmpty && unbudgeted.isEmpty
            return (met, arrangement.delegations.isEmpty ? "no delegations proposed"
                : unbudgeted.isEmpty ? "every delegation carries a budget"
                : "delegations without a budget from \(names(unbudgeted))")
        case .partnersDelegateToCommittee:
            let partners = Set(arrangement.delegations.filter { $0.toCommittee }.map(\.from)
                .filter { isStatutory($0) && !isICB($0) })
            let met = arrangement.committee.form == .jointCommittee && !partners.isEmpty
            return (met, "partners delegating to the committee: \(names(partners.sorted()))")
        case .leadershipTeam:
            return (arrangement.leadershipTeam,
                    arrangement.leadershipTeam ? "a leadership team supports the place lead" : "no leadership team")
        case let .commitment(key):
            let met = arrangement.commitments.contains(key)
            return (met, met ? "commitment “\(key)” made" : "commitment “\(key)” not recorded")
        }
    }
}
