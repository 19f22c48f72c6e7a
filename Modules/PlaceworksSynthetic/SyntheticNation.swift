import PlaceworksDomain

/// Generates a national-scale, fictional dataset — by default 42 ICSs and about 200 places —
/// with realistic sizes for every kind of record, for benchmarks and scale tests.
///
/// Deterministic: the same `Parameters` give the same dataset. About 5% of facts are left
/// imperfect (vacant seats, unscored risks, slipped milestones) so the checks have work to do.
///
/// ```swift
/// let nation = SyntheticNation.generate(.init(seed: 42))
/// nation.places.count   // ≈ 200
/// ```
public enum SyntheticNation {
    public struct Parameters: Sendable, Hashable {
        public var seed: UInt64
        public var systems: Int
        /// The average number of places per ICS (each ICS gets this many, give or take two).
        public var placesPerSystem: Int
        /// The first day of generated history; meetings and observations run for two years from it.
        public var start: Day

        public init(seed: UInt64 = 20_220_401, systems: Int = 42, placesPerSystem: Int = 5, start: Day = "2021-04-01") {
            self.seed = seed
            self.systems = systems
            self.placesPerSystem = placesPerSystem
            self.start = start
        }
    }

    public static func generate(_ parameters: Parameters = Parameters()) -> Dataset {
        var random = SeededGenerator(seed: parameters.seed)
        var data = Dataset()
        var placeNumber = 0
        for s in 1...max(1, parameters.systems) {
            let spread = min(2, max(0, parameters.placesPerSystem - 1))
            let count = random.int(max(1, parameters.placesPerSystem - spread)...(parameters.placesPerSystem + spread))
            var builder = SystemBuilder(number: s, start: parameters.start)
            builder.build(places: (0..<count).map { _ in placeNumber += 1; return placeNumber }, random: &random)
            data.merge(builder.data, overlap: .replace)
        }
        return data
    }
}

/// Builds one synthetic ICS and its places.
struct SystemBuilder {
    let number: Int
    let start: Day
    var data = Dataset()

    var code: String { "QS" + pad(number, 2) }
    var icsID: ID<ICS> { ID(code) }
    var icb: ID<Organisation> { ID(code) }
    var board: ID<Body> { ID("\(code)-icb-board") }
    var partnership: ID<Body> { ID("\(code)-icp") }

    init(number: Int, start: Day) {
        self.number = number
        self.start = start
    }

    mutating func build(places: [Int], random: inout SeededGenerator) {
        data.systems.append(ICS(id: icsID, name: "Synthetic ICS \(number)", onsCode: "E54\(pad(number, 6))",
                                odsCode: code, board: board, partnership: partnership))
        data.organisations.append(Organisation(id: icb, name: "NHS Synthetic ICB \(number)", sectors: [.icb],
                                               statutory: true, odsCode: code, ics: icsID))
        let trusts = (1...random.int(3...6)).map { t -> Organisation in
            let sectors: [Sector] = switch t % 3 {
            case 1: [.acuteProvider, .communityProvider]
            case 2: [.mentalHealthProvider]
            default: [.communityProvider]
            }
            return Organisation(id: ID("\(code)T\(t)"), name: "Synthetic Trust \(number)-\(t)", sectors: sectors,
                                statutory: true, odsCode: "\(code)T\(t)", ics: icsID)
        }
        data.organisations += trusts
        for (id, name) in [(board, "ICB Board"), (partnership, "Integrated Care Partnership")] {
            data.bodies.append(Body(id: id, name: "Synthetic \(number) \(name)", kind: id == board ? .board : .jointCommittee,
                                    ics: icsID, lifecycle: [LifecycleEvent(.established, start)],
                                    terms: [TermsOfReference(version: "1", adopted: start,
                                                             form: id == board ? nil : .jointCommittee,
                                                             convenedBy: [icb], cadence: .monthly,
                                                             decisionRule: .consensus, sessions: .publicWithPrivate)]))
        }
        for place in places {
            var builder = PlaceBuilder(system: self, number: place, trusts: trusts)
            builder.build(random: &random)
            data.merge(builder.data, overlap: .replace)
        }
    }
}

func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, width - s.count)) + s
}
