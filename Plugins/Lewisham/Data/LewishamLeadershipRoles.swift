import PlaceworksDomain

/// The leadership roles the paper establishes, vacant until partners record the appointments:
/// the Executive Place Lead (§7) and the Chair of the LCP Board (§6.2, §6.4). The chief operating
/// officer of §7.1 is conditional on the Place Lead holding another substantive post, so it is
/// not shipped; LEW-LEAD-2 asks for it when that condition is met.
public enum LewishamLeadershipRoles {
    static var all: [LeadershipRole] { [executivePlaceLead, lcpBoardChair] }

    /// §7.1–7.2: drawn from the partnership, with external recruitment to follow if needed; the
    /// process is to be confirmed, with partner and stakeholder involvement.
    static var executivePlaceLead: LeadershipRole {
        LeadershipRole(
            id: LewishamData.executivePlaceLead, title: "Executive Place Lead", kind: .executiveLead,
            role: .executivePlaceLead, place: LewishamData.place, body: LewishamData.lcpBoard,
            appointment: Appointment(process: .other, panel: ["partners", "stakeholders"],
                                     openTo: "leaders drawn from the partnership, with external recruitment to follow if needed"),
            period: Period(from: LewishamData.proposed))
    }

    /// §6.2, §6.4: agreed by the borough partnership, appointed from within the committee's
    /// membership after the Place Lead.
    static var lcpBoardChair: LeadershipRole {
        LeadershipRole(
            id: LewishamData.lcpBoardChair, title: "Chair of the Lewisham LCP Board", kind: .convenor, role: .chair,
            place: LewishamData.place, body: LewishamData.lcpBoard,
            appointment: Appointment(process: .fromMembership, openTo: "members of the LCP Board"),
            period: Period(from: LewishamData.proposed))
    }
}
