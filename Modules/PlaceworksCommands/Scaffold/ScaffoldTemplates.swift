/// The files of a new extension, as `place new-extension` writes them. docs/extending.md shows
/// them; the extension proof (Tools/extension-proof.sh) checks that the guide and these agree.
struct ScaffoldTemplates {
    let scaffold: ExtensionScaffold

    init(_ scaffold: ExtensionScaffold) { self.scaffold = scaffold }

    private var m: String { scaffold.module }
    private var name: String { scaffold.name }
    private var stem: String { scaffold.stem }
    private var document: String { "\(stem)Partnership" }
    private var documentFile: String { "\(scaffold.module.lowercased())-place-partnership.txt" }

    /// "South East London" or "nothing but the national guidance".
    private var requiredNames: String {
        scaffold.requires.isEmpty ? "no other extension" : scaffold.requires.map(\.name).joined(separator: " and ")
    }

    private var requiresList: String { scaffold.requires.map { "\"\($0.name)\"" }.joined(separator: ", ") }

    var readme: String {
        #"""
        # \#(m)

        The \#(name) extension (place `\#(scaffold.place)`), written by `place new-extension` as a starting
        point; docs/extending.md explains each step from here.

        - `\#(m)Extension.swift` — what it is called, what it covers (\#(name) only), what it requires
          (\#(requiredNames)) and what it registers.
        - `Data/` — the source documents its rules cite (`\#(m)Documents.swift`) and the records it ships
          (`\#(m)Data.swift`): the \#(name) Partnership Board with its seats, and the Start Well workstream.
        - `Rules/` — the \#(scaffold.prefix) rules, one file each; `\#(m)Rules.all` lists them.

        Tests: `Tests/\#(m)Tests` — every rule against its fixtures with `RuleHarness`.

        Boundary: imports `PlaceworksDomain` only; refers to records of the extensions it requires by
        identifier.

        """#
    }

    var extensionFile: String {
        #"""
        import PlaceworksDomain

        /// \#(name) (`\#(scaffold.place)`): the \#(name) Partnership Board with its seats, the Start Well
        /// workstream, the papers its rules cite, and the \#(scaffold.prefix) rules, which apply to \#(name) only.
        public struct \#(m)Extension: PlaceworksExtension {
            public init() {}
            public var name: String { "\#(name)" }
            public var coverage: Coverage { .place(\#(m)Data.place) }
            public var requires: [String] { [\#(requiresList)] }

            public func register(into registrar: inout Registrar) {
                \#(m)Documents.register(into: &registrar)
                registrar.add(\#(m)Data.dataset)
                registrar.add(\#(m)Rules.all)
            }

            public func provenance(of kind: SubjectKind, _ id: String) -> Provenance? {
                \#(m)Data.provenance(of: kind, id)
            }
        }

        """#
    }

    var documents: String {
        #"""
        import PlaceworksDomain

        extension SourceDocument {
            /// The paper the \#(scaffold.prefix) rules cite, by the name of its text file among the source documents.
            static let \#(document): SourceDocument = "\#(documentFile)"
        }

        /// The documents \#(name) registers: those its rules cite that no extension it requires registers.
        enum \#(m)Documents {
            static func register(into registrar: inout Registrar) {
                registrar.add(document: .\#(document), title: "\#(name) place partnership paper",
                              issued: \#(m)Data.established)
            }
        }

        """#
    }

    private var shippedSystem: String {
        guard scaffold.shipsICS, let ics = scaffold.ics else { return "" }
        return #"""
                    systems: [ICS(id: "\#(ics)", name: "\#(ics) integrated care system", odsCode: "\#(ics)")],

        """#
    }

    private var shippedPlace: String {
        guard scaffold.shipsPlace else { return "" }
        return #"""
                    places: [Place(id: place, name: "\#(scaffold.placeName)", ics: ics,
                                   boundary: "\#(scaffold.placeName) (LAD \#(scaffold.place))")],

        """#
    }

    var data: String {
        let ics = scaffold.ics.map { "\"\($0)\"" } ?? "nil"
        return #"""
        import PlaceworksDomain

        /// What the \#(name) extension ships: the \#(name) Partnership Board (the place committee) with
        /// its seats, and the Start Well workstream it oversees. The seats stay vacant until someone is
        /// appointed to them (`place member appoint`).
        public enum \#(m)Data {
            /// \#(name), by ONS code.
            public static let place: ID<Place> = "\#(scaffold.place)"
            /// The ICS \#(name) lies in.
            static let ics: ID<ICS>? = \#(ics)
            /// The day the partnership's arrangements take effect, and the \#(scaffold.prefix) rules with them.
            public static let established: Day = "2022-04-01"
            /// The partnership board: \#(name)'s place committee.
            public static let board: ID<Body> = "\#(stem)-partnership-board"
            /// A workstream the board oversees.
            public static let startWell: ID<Workstream> = "\#(stem)-ws-start-well"

            /// Everything the extension ships.
            public static var dataset: Dataset {
                Dataset(
        \#(shippedSystem)\#(shippedPlace)            bodies: [
                        Body(id: board, name: "\#(name) Partnership Board", kind: .committee, place: place, ics: ics,
                             placeCommittee: true, lifecycle: [LifecycleEvent(.established, established)]),
                    ],
                    seats: seats,
                    workstreams: [
                        Workstream(id: startWell, place: place, name: "Start Well", overseenBy: board,
                                   aims: [.populationHealth], deliverables: ["Family hubs in every neighbourhood"],
                                   period: Period(from: established)),
                    ])
            }

            /// The board's seats, each filled from a sector (and, where it says, a role).
            static var seats: [Seat] {
                let lines: [(id: String, title: String, sector: Sector, role: Role?)] = [
                    ("place-lead", "Executive Place Lead", .icb, .executivePlaceLead),
                    ("dph", "Director of Public Health", .localAuthority, .dph),
                    ("dass", "Director of Adult Social Services", .localAuthority, .dass),
                    ("primary-care", "Primary care (PCN clinical director)", .primaryCare, .pcnClinicalDirector),
                    ("healthwatch", "Healthwatch \#(name)", .healthwatch, .representative),
                    ("vcse", "Voluntary and community sector representative", .vcse, .representative),
                ]
                return lines.map { line in
                    Seat(id: ID("\#(stem)-seat-\(line.id)"), body: board, title: line.title, sectors: [line.sector],
                         role: line.role)
                }
            }

            /// Where each shipped record comes from: the paragraphs of the paper it follows, and what is
            /// assumed where the paper is silent.
            static func provenance(of kind: SubjectKind, _ id: String) -> Provenance? {
                let shipped = (kind == .body && id == board.rawValue) || (kind == .seat && id.hasPrefix("\#(stem)-seat-"))
                    || (kind == .workstream && id == startWell.rawValue)
                return shipped
                    ? Provenance([Citation(.\#(document), "§1")],
                                 assuming: ["Written by place new-extension as a starting point: replace it with what the paper says."])
                    : nil
            }
        }

        """#
    }

    var rules: String {
        #"""
        import PlaceworksDomain

        /// Every \#(scaffold.prefix) rule: what \#(name)'s own papers require of \#(name). A new rule is added here.
        public enum \#(m)Rules {
            public static var all: [Rule] { [workstreamOversight] }
        }

        """#
    }

    var rule: String {
        #"""
        import PlaceworksDomain

        extension \#(m)Rules {
            /// \#(scaffold.prefix)-WS-1: every \#(name) workstream is overseen by the partnership board.
            static var workstreamOversight: Rule {
                Rule.perPlace(
                    id: "\#(scaffold.prefix)-WS-1", severity: .warning,
                    requirement: "Every \#(name) workstream reports to the \#(name) Partnership Board, which oversees its "
                        + "delivery.",
                    citations: [Citation(.\#(document), "§1")],
                    effective: Period(from: \#(m)Data.established)
                ) { place, context in
                    context.data.workstreams(in: place.id, on: context.asOf)
                        .filter { $0.overseenBy != \#(m)Data.board }
                        .map { workstream in
                            Concern(about: workstream,
                                "The workstream “\(workstream.name)” is not overseen by the \#(name) Partnership Board. "
                                    + "Record the board as the body that oversees it.")
                        }
                }
            }
        }

        """#
    }

    private var requiredImports: String {
        scaffold.requires.map { "import \($0.module)\n" }.joined()
    }

    private var requiredExtensions: String {
        scaffold.requires.map { "\($0.type)(), " }.joined()
    }

    var world: String {
        #"""
        import \#(m)
        import PlaceworksDomain
        \#(requiredImports)
        /// \#(name) as its tests register it: with the national guidance and the extensions it requires.
        enum \#(m)World {
            static var extensions: [any PlaceworksExtension] {
                [NationalGuidance(), \#(requiredExtensions)\#(m)Extension()]
            }

            /// Everything those extensions ship.
            static var shipped: Dataset { (try? Registry(extensions))?.dataset ?? Dataset() }
        }

        """#
    }

    var fixtures: String {
        #"""
        import \#(m)
        import PlaceworksDomain
        import PlaceworksTestSupport

        /// One fixture (or more) per rule: data it passes, data it fails, the subject it must report, at the
        /// severity the paper's words give, in \#(name). A new rule adds its fixture to `all`.
        enum \#(m)Fixtures {
            static var all: [RuleFixture] { [workstreamOversight] }

            /// \#(scaffold.prefix)-WS-1: the shipped workstream is overseen by the board; one overseen by no body is reported.
            static var workstreamOversight: RuleFixture {
                RuleFixture("\#(scaffold.prefix)-WS-1", passing: \#(m)World.shipped,
                            failing: \#(m)World.shipped.with { data in
                                data.update(\.workstreams, \#(m)Data.startWell) { $0.overseenBy = nil }
                            },
                            subject: \#(m)Data.startWell.rawValue, severity: .warning, place: \#(m)Data.place)
            }
        }

        """#
    }

    var tests: String {
        #"""
        import \#(m)
        import PlaceworksDomain
        import PlaceworksTestSupport
        import Testing

        @Suite("\#(name)")
        struct \#(m)RuleTests {
            static let harness = try? RuleHarness(\#(m)World.extensions)

            @Test("\#(name) registers with the extensions it requires")
            func registers() throws {
                let registry = try Registry(\#(m)World.extensions)
                #expect(registry.members.map(\.name).last == "\#(name)")
            }

            @Test("Each rule: nothing on its passing data; its subject at the words' severity in \#(name) on its failing data; nothing before it took effect",
                  arguments: \#(m)Fixtures.all)
            func rule(_ fixture: RuleFixture) throws {
                try #require(Self.harness).expectAll(fixture)
            }

            @Test("Every rule \#(name) registers has a fixture")
            func everyRuleCovered() throws {
                try #require(Self.harness).expectEveryRuleCovered(by: \#(m)Fixtures.all, owner: "\#(name)")
            }

            @Test("The board, its seats and the workstream are registered, in \#(name)")
            func shippedData() throws {
                let data = try Registry(\#(m)World.extensions).dataset
                let board = try #require(data.bodies.first { $0.id == \#(m)Data.board })
                #expect(board.place == \#(m)Data.place && board.placeCommittee)
                #expect(!data.seats.filter { $0.body == \#(m)Data.board }.isEmpty)
                #expect(data.workstreams.contains { $0.id == \#(m)Data.startWell && $0.place == \#(m)Data.place })
            }
        }

        """#
    }
}
