import PlaceworksDomain

/// `POST /api/v1/memberships`: appoint a person to a seat.
struct AppointBody: StrictBody {
    var seat: String
    var person: String
    var personName: String?
    var onBehalfOf: String?
    var from: Day
    var deputy: String?
    var deputyBriefed: Bool?
    var id: String?
    static let fields: Set<String> = ["seat", "person", "personName", "onBehalfOf", "from", "deputy", "deputyBriefed", "id"]
}

/// `PATCH /api/v1/memberships/{id}`: end it, or set its deputy.
struct MembershipPatch: StrictBody {
    var end: Day?
    var deputy: String?
    var deputyName: String?
    var deputyBriefed: Bool?
    static let fields: Set<String> = ["end", "deputy", "deputyName", "deputyBriefed"]
}

/// `POST /api/v1/risks` and `PATCH /api/v1/risks/{id}`: a risk's fields (each optional on PATCH).
struct RiskBody: StrictBody {
    var id: String?
    var place: String?
    var opened: Day?
    var closed: Day?
    var title: String?
    var owner: String?
    var likelihood: Int?
    var impact: Int?
    var mitigation: String?
    var reviewBy: Day?
    var body: String?
    var escalatedTo: String?
    static let fields: Set<String> = ["id", "place", "opened", "closed", "title", "owner", "likelihood", "impact",
                                      "mitigation", "reviewBy", "body", "escalatedTo"]
}

/// `PATCH /api/v1/milestones/{id}`: its status, and optionally due and completion dates.
struct MilestonePatch: StrictBody {
    var status: MilestoneStatus
    var due: Day?
    var completed: Day?
    static let fields: Set<String> = ["status", "due", "completed"]
}

/// `POST /api/v1/meetings` (a whole meeting) and `PATCH /api/v1/meetings/{id}` (the fields given
/// replace the meeting's: attendance, agenda items with decisions, declarations, date, session).
struct MeetingBody: StrictBody {
    var id: String?
    var body: String?
    var date: Day?
    var session: Sessions?
    var attendance: [Attendance]?
    var items: [AgendaItem]?
    var declarations: [Declaration]?
    static let fields: Set<String> = ["id", "body", "date", "session", "attendance", "items", "declarations"]
}

/// `POST /api/v1/indicators/{id}/observations`: a value for a period.
struct ObservationBody: StrictBody {
    var period: String
    var date: Day
    var value: Double
    var lowerConfidence: Double?
    var upperConfidence: Double?
    static let fields: Set<String> = ["period", "date", "value", "lowerConfidence", "upperConfidence"]
}
