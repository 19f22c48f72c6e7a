import ArgumentParser
import PlaceworksDomain
import PlaceworksInterchange

/// `place assess`: assesses a proposed arrangement against each of its place's governance
/// options, requirement by requirement.
struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Assess a proposed governance arrangement against the place's options and gateway requirements.")

    @Argument(help: ArgumentHelp("The proposed arrangement (JSON or YAML).", valueName: "file"))
    var file: String

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    func run() throws {
        let registry = try standardRegistry()
        let dataset = registry.dataset
        let arrangement = try DataFile.read(ProposedArrangement.self, from: file)
        let organisations = Dictionary(dataset.organisations.map { ($0.id, $0) }) { first, _ in first }
        for id in arrangement.placeLeadAppointedBy + arrangement.committee.convenedBy
            + arrangement.delegations.map(\.from) where organisations[id] == nil {
            throw CommandError("\(file): there is no organisation with the identifier \(id).")
        }
        let options = dataset.options.filter { $0.place == arrangement.place }.sorted { $0.label < $1.label }
        guard !options.isEmpty else {
            throw CommandError("\(file): no governance options are recorded for place \(arrangement.place).")
        }
        let assessments = options.map { $0.assess(arrangement, organisations: organisations) }
        switch format {
        case .json:
            print(try DataFile.encode(assessments, format: .json))
        case .text:
            let style = TextStyle.detect()
            print(style.apply(.bold, "Assessment of “\(arrangement.name)”"))
            for assessment in assessments {
                print("")
                let verdict = assessment.discountedBecause != nil ? "discounted"
                    : assessment.allMet ? "all gateway requirements met"
                    : "\(assessment.results.filter { !$0.met }.count) of \(assessment.results.count) not met"
                print(style.apply(.bold, "Option \(assessment.label)") + " — " + verdict)
                for line in wrap(assessment.summary, indent: 2) { print(style.apply(.dim, line)) }
                if let reason = assessment.discountedBecause {
                    for line in wrap("Discounted: \(reason)", indent: 2) { print(line) }
                }
                for result in assessment.results {
                    let mark = result.met ? style.apply(.green, "met    ") : style.apply(.red, "not met")
                    print("  " + mark + " " + result.requirement)
                    for line in wrap(result.text, indent: 12) { print(line) }
                    for line in wrap(result.explanation, indent: 12) { print(style.apply(.dim, line)) }
                }
            }
        }
    }
}
