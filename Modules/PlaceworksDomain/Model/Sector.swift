/// The sector an organisation belongs to, and that a seat must be filled from.
public enum Sector: String, Codable, Sendable, CaseIterable, Hashable {
    case icb = "icb"
    case nhsEngland = "nhs-england"
    case acuteProvider = "acute-provider"
    case mentalHealthProvider = "mental-health-provider"
    case communityProvider = "community-provider"
    case primaryCare = "primary-care"
    case localAuthority = "local-authority"
    case healthwatch = "healthwatch"
    case vcse = "vcse"
    case socialCareProvider = "social-care-provider"
    case housing = "housing"
    case police = "police"
    case education = "education"
    case business = "business"
    case academic = "academic"
    case other = "other"

    /// How a board secretary names the sector.
    public var label: String {
        switch self {
        case .icb: "integrated care board"
        case .nhsEngland: "NHS England"
        case .acuteProvider: "acute services provider"
        case .mentalHealthProvider: "mental health services provider"
        case .communityProvider: "community services provider"
        case .primaryCare: "primary care"
        case .localAuthority: "local authority"
        case .healthwatch: "Healthwatch"
        case .vcse: "voluntary, community and social enterprise (VCSE) sector"
        case .socialCareProvider: "social care provider"
        case .housing: "housing"
        case .police: "police"
        case .education: "education"
        case .business: "business"
        case .academic: "academic partner"
        case .other: "other"
        }
    }
}
