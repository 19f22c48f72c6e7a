import PlaceworksDomain

/// Risks on a register. A row names its risk by Risk ID, or by place and title.
struct RiskReader: KindReader {
    static let columns: [ColumnSpec] = [
        ColumnSpec("Risk ID", aliases: ["ID", "Ref", "Reference", "Risk ref", "Risk reference", "Risk number", "Risk no"],
                   example: "swk-risk-workforce", help: "The risk's identifier; made from the place and title when left out."),
        ColumnSpec("Place", aliases: ["Borough", "Area", "Place code", "ONS code"], example: "E09000028",
                   help: "The place (ONS code or name)."),
        ColumnSpec("Title", aliases: ["Risk", "Risk title", "Description", "Risk description", "Risk name"], required: true,
                   example: "Workforce gaps in community nursing", help: "The risk in a sentence."),
        ColumnSpec("Risk owner", aliases: ["Owner", "Risk lead", "Lead"], example: "",
                   help: "The owner: a person's identifier or name, as the store holds it."),
        ColumnSpec("Likelihood", aliases: ["L", "Probability", "Likelihood score"], example: "3",
                   help: "1 (rare) to 5 (almost certain)."),
        ColumnSpec("Impact", aliases: ["I", "Consequence", "Severity", "Impact score"], example: "4",
                   help: "1 (negligible) to 5 (catastrophic)."),
        ColumnSpec("Mitigation", aliases: ["Mitigations", "Controls", "Actions", "Mitigating actions"],
                   example: "Joint recruitment campaign", help: "How the risk is being reduced."),
        ColumnSpec("Review by", aliases: ["Review date", "Next review", "Next review date"], example: "2025-06-30",
                   help: "When it is next reviewed."),
        ColumnSpec("Opened", aliases: ["Date opened", "Date raised", "Raised", "Date added"], example: "2025-01-15",
                   help: "When the risk was opened."),
        ColumnSpec("Closed", aliases: ["Date closed", "Closed on"], example: "", help: "When the risk was closed."),
        ColumnSpec("Body", aliases: ["Register", "Board", "Committee"], example: "",
                   help: "The body whose register holds it (identifier or name)."),
        ColumnSpec("Workstream", aliases: ["Programme", "Work stream"], example: "",
                   help: "The workstream it belongs to (identifier or name)."),
        ColumnSpec("Escalated to", aliases: ["Escalation", "Escalated"], example: "",
                   help: "The board it has been escalated to (identifier or name)."),
    ]

    let references: References
    var duplicates = DuplicateCheck()

    mutating func read(_ row: inout RowValues, into batch: inout ImportBatch) {
        let refs = references
        let title = row.required("Title")
        let place = row.reference("Place", kind: "place", example: "E09000028") { refs.place($0) }
        let owner = row.reference("Risk owner", kind: "person", example: "a person's identifier") { refs.person($0) }
        let likelihood = row.integer("Likelihood", in: 1...5, meaning: "1 rare, 5 almost certain")
        let impact = row.integer("Impact", in: 1...5, meaning: "1 negligible, 5 catastrophic")
        let reviewBy = row.day("Review by"), opened = row.day("Opened"), closed = row.day("Closed")
        let body = row.reference("Body", kind: "body", example: "swk-pssb") { refs.body($0) }
        let workstream = row.reference("Workstream", kind: "workstream", example: "a workstream's identifier") {
            refs.workstream($0)
        }
        let escalated = row.reference("Escalated to", kind: "body", example: "swk-pssb") { refs.body($0) }
        if let opened, let closed, closed < opened {
            row.problem("Closed", closed.description, "the risk closes before it was opened (\(opened)).")
        }
        guard let title, row.problems.isEmpty else { return }

        let given = row.text("Risk ID")
        let key = given.map { "id:\($0)" } ?? "place:\(place?.rawValue ?? "")|\(HeaderName.normalise(title))"
        guard duplicates.admit(key, described: given == nil ? "place and title" : "risk ID", row: &row) else { return }
        let existing = given.flatMap { id in references.dataset.risks.first { $0.id.rawValue == id } }
            ?? references.dataset.risks.first {
                given == nil && $0.place == place && HeaderName.normalise($0.title) == HeaderName.normalise(title)
            }
        let id = existing?.id ?? ID<Risk>(given ?? "\(place.map { Slug.make($0.rawValue) + "-" } ?? "")risk-\(Slug.make(title))")
        var risk = existing ?? Risk(id: id, title: title)
        risk.title = title
        if let place { risk.place = place }
        if let owner { risk.owner = owner }
        if let likelihood { risk.likelihood = likelihood }
        if let impact { risk.impact = impact }
        if let mitigation = row.text("Mitigation") { risk.mitigation = mitigation }
        if let reviewBy { risk.reviewBy = reviewBy }
        if let opened { risk.opened = opened }
        if let closed { risk.closed = closed }
        if let body { risk.body = body }
        if let workstream { risk.workstream = workstream }
        if let escalated { risk.escalatedTo = escalated }
        batch.put(risk, \.risks)
    }
}
