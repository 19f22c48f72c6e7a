/// What a file holds, and so which records it becomes.
public enum ImportKind: String, Sendable, CaseIterable, Codable {
    /// Organisations, one a row, with headers.
    case organisations
    /// A headerless NHS ODS extract (`etr.csv` trusts, `eccg.csv` commissioners, `epraccur.csv` GP practices).
    case ods
    /// Risks on a register.
    case risks
    /// Milestones of a plan or workstream.
    case milestones
    /// Lines of a place's delegated budget.
    case budgetLines = "budget-lines"
    /// Who sits on which board: body, seat, person, organisation, role, start, end, deputy.
    case roster
    /// Indicator values from an OHID Fingertips export.
    case indicators
    /// Meetings: attendance, declarations of interest, agenda items and their decisions.
    case meetings

    /// The columns a file of this kind has (none for a headerless ODS extract, read by position).
    public var columns: [ColumnSpec] {
        switch self {
        case .organisations: OrganisationReader.columns
        case .ods: []
        case .risks: RiskReader.columns
        case .milestones: MilestoneReader.columns
        case .budgetLines: BudgetLineReader.columns
        case .roster: RosterReader.columns
        case .indicators: FingertipsReader.columns
        case .meetings: MeetingReader.columns
        }
    }

    /// The kinds a file with headers can be.
    public static var headered: [ImportKind] { allCases.filter { $0 != .ods } }

    /// How the kind is named in messages.
    public var label: String {
        switch self {
        case .organisations: "organisations"
        case .ods: "NHS ODS extract"
        case .risks: "risks"
        case .milestones: "milestones"
        case .budgetLines: "budget lines"
        case .roster: "roster (memberships)"
        case .indicators: "Fingertips indicator export"
        case .meetings: "meetings"
        }
    }

    /// What identifies a row's record, so importing the same file twice changes nothing.
    public var naturalKey: String {
        switch self {
        case .organisations, .ods: "the ODS code (or Code column)"
        case .risks: "the Risk ID when given, otherwise the place and the title"
        case .milestones: "the Milestone ID when given, otherwise the place (or workstream) and the title"
        case .budgetLines: "the place, the financial year and the category"
        case .roster: "the seat, the person and the start date"
        case .indicators: "the indicator ID, the area code, sex, age and the time period"
        case .meetings: "the body and the date (a meeting); within it the attendee, the agenda item, and the person and item of a declaration"
        }
    }

    /// A reader for rows of this kind, working against `references`.
    func reader(references: References, file: String) -> any KindReader {
        switch self {
        case .organisations: OrganisationReader(references: references)
        case .ods: ODSExtractReader(references: references, flavour: .trusts)
        case .risks: RiskReader(references: references)
        case .milestones: MilestoneReader(references: references)
        case .budgetLines: BudgetLineReader(references: references)
        case .roster: RosterReader(references: references)
        case .indicators: FingertipsReader(references: references, file: file)
        case .meetings: MeetingReader(references: references)
        }
    }
}

/// Turns rows of one kind into records.
protocol KindReader {
    /// Reads one (non-blank) row into `batch`; problems go into `row.problems`.
    mutating func read(_ row: inout RowValues, into batch: inout ImportBatch)
    /// Anything left to add once every row is read (rows grouped into one record), and notes
    /// for the report (rows skipped on purpose, and why).
    mutating func finish(into batch: inout ImportBatch) -> [String]
}

extension KindReader {
    mutating func finish(into batch: inout ImportBatch) -> [String] { [] }
}
