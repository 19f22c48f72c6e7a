import PlaceworksDomain

/// Milestones of a plan or workstream. A row names its milestone by Milestone ID, or by place
/// (or workstream) and title.
struct MilestoneReader: KindReader {
    static let columns: [ColumnSpec] = [
        ColumnSpec("Milestone ID", aliases: ["ID", "Ref", "Reference"], example: "swk-ms-hubs",
                   help: "The milestone's identifier; made from the place and title when left out."),
        ColumnSpec("Place", aliases: ["Borough", "Area", "Place code"], example: "E09000028",
                   help: "The place (ONS code or name)."),
        ColumnSpec("Workstream", aliases: ["Programme", "Work stream"], example: "",
                   help: "The workstream (identifier or name)."),
        ColumnSpec("Title", aliases: ["Milestone", "Description", "Deliverable", "Milestone title"], required: true,
                   example: "Open three family hubs", help: "What is to be done."),
        ColumnSpec("Due", aliases: ["Due date", "Deadline", "Target date", "Due by"], required: true,
                   example: "2025-09-30", help: "When it is due."),
        ColumnSpec("Status", aliases: ["RAG", "RAG status", "State", "Progress"], example: "in progress",
                   help: "planned, in progress, at risk, done or cancelled (RAG: green, amber, red, complete)."),
        ColumnSpec("Completed", aliases: ["Completed on", "Date completed", "Completion date", "Done on"], example: "",
                   help: "When it was completed."),
    ]

    let references: References
    var duplicates = DuplicateCheck()

    static func status(_ text: String) -> MilestoneStatus? {
        switch HeaderName.normalise(text) {
        case "planned", "notstarted", "notyetstarted", "blue": .planned
        case "inprogress", "ontrack", "started", "green": .inProgress
        case "atrisk", "delayed", "amber", "red", "offtrack": .atRisk
        case "done", "complete", "completed", "achieved", "delivered": .done
        case "cancelled", "canceled", "withdrawn", "stopped": .cancelled
        default: nil
        }
    }

    mutating func read(_ row: inout RowValues, into batch: inout ImportBatch) {
        let refs = references
        let title = row.required("Title")
        let due = row.required("Due") == nil ? nil : row.day("Due")
        let place = row.reference("Place", kind: "place", example: "E09000028") { refs.place($0) }
        let workstream = row.reference("Workstream", kind: "workstream", example: "a workstream's identifier") {
            refs.workstream($0)
        }
        var status: MilestoneStatus?
        if let text = row.text("Status") {
            status = Self.status(text)
            if status == nil {
                row.problem("Status", text, "this is not a milestone status: write planned, in progress, at risk, done or cancelled.")
            }
        }
        let completed = row.day("Completed")
        guard let title, let due, row.problems.isEmpty else { return }
        let given = row.text("Milestone ID")
        let scope = place?.rawValue ?? workstream?.rawValue ?? ""
        let key = given.map { "id:\($0)" } ?? "scope:\(scope)|\(HeaderName.normalise(title))"
        guard duplicates.admit(key, described: given == nil ? "place and title" : "milestone ID", row: &row) else { return }
        let existing = given.flatMap { id in references.dataset.milestones.first { $0.id.rawValue == id } }
            ?? references.dataset.milestones.first {
                given == nil && ($0.place?.rawValue ?? $0.workstream?.rawValue ?? "") == scope
                    && HeaderName.normalise($0.title) == HeaderName.normalise(title)
            }
        let id = existing?.id ?? ID<Milestone>(given ?? "\(scope.isEmpty ? "" : Slug.make(scope) + "-")ms-\(Slug.make(title))")
        var milestone = existing ?? Milestone(id: id, title: title, due: due)
        milestone.title = title
        milestone.due = due
        if let place { milestone.place = place }
        if let workstream { milestone.workstream = workstream }
        if let status { milestone.status = status }
        if let completed { milestone.completed = completed; if status == nil { milestone.status = .done } }
        batch.put(milestone, \.milestones)
    }
}
