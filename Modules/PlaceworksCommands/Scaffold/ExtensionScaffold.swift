import Foundation
import PlaceworksDomain

/// What `place new-extension` writes for a new borough: the extension module, its test target and
/// the two lines that register it, worked out and checked before anything is written.
struct ExtensionScaffold: Sendable {
    /// The module (target) name, e.g. `Greenwich`.
    let module: String
    /// The extension's name as messages show it, e.g. `Greenwich`.
    let name: String
    /// The lower-case stem of record identifiers, e.g. `gre`.
    let stem: String
    /// The rule ID prefix, e.g. `GRE`.
    let prefix: String
    let place: ID<Place>
    let placeName: String
    let ics: ID<ICS>?
    /// Whether the extension ships the place record (no registered extension does).
    let shipsPlace: Bool
    /// Whether it ships the ICS record too (no registered extension does).
    let shipsICS: Bool
    /// The extensions it requires: their names, modules and types.
    let requires: [(name: String, module: String, type: String)]

    /// A refusal: what is wrong and what to do instead. Nothing has been written.
    struct Refusal: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// Checks the request against the package folder and the registered extensions.
    init(module: String, ons: String, ics: String?, prefix: String?, package: PackageFolder,
         registry: Registry, extensions: [any PlaceworksExtension]) throws(Refusal) {
        try Self.checkModuleName(module)
        let taken = package.targetNames.union(package.productNames).union(Self.reservedNames)
        if let clash = taken.first(where: { $0.lowercased() == module.lowercased() }) {
            throw Refusal("the name \(module) is taken: \(clash) is already a module of the package or of a package "
                + "it uses. Choose another name.")
        }
        let name = Self.spokenName(module)
        if let member = registry.members.first(where: { $0.name.lowercased() == name.lowercased() }) {
            throw Refusal("the name \(module) is taken: an extension named \(member.name) is registered (\(member.coverage)).")
        }
        for folder in ["Plugins/\(module)", "Tests/\(module)Tests"] where package.hasFiles(in: folder) {
            throw Refusal("\(folder) already exists and is not empty. Remove it, or choose another name; "
                + "new-extension writes only into empty or missing folders.")
        }
        guard ons.wholeMatch(of: /E0[6-9][0-9]{6}/) != nil else {
            throw Refusal("\(ons) is not a local authority district code. A place is a district, identified by its ONS "
                + "code: E06 (unitary authorities), E07 (non-metropolitan districts), E08 (metropolitan districts) "
                + "or E09 (London boroughs), followed by six digits, e.g. E09000011 for Greenwich.")
        }
        let place = ID<Place>(ons)
        if let owner = registry.members.first(where: { $0.coverage == .place(place) }) {
            throw Refusal("the place \(ons) is taken: the \(owner.name) extension covers it. A place has one extension; "
                + "add to \(owner.name) instead.")
        }
        let prefix = prefix ?? String(module.filter(\.isLetter).prefix(3)).uppercased()
        guard prefix.wholeMatch(of: /[A-Z]{2,6}/) != nil else {
            throw Refusal("the rule prefix \(prefix) is not two to six capital letters. Give one with --prefix.")
        }
        if let rule = registry.rules.first(where: { $0.rule.id.rawValue.hasPrefix(prefix + "-") }) {
            throw Refusal("the rule prefix \(prefix) is taken: \(rule.owner) registers \(rule.rule.id). Give another "
                + "with --prefix.")
        }
        let registered = registry.dataset.places.first { $0.id == place }
        let system: ICS?
        if let registered {
            system = registered.ics.flatMap { id in registry.dataset.systems.first { $0.id == id } }
            if let ics, let system, !Self.names(system, ics) {
                throw Refusal("\(registered.name) (\(ons)) lies in \(system.name) (\(system.id)), not \(ics). Leave out "
                    + "--ics, or check the ONS code.")
            }
        } else if let ics {
            system = registry.dataset.systems.first { Self.names($0, ics) }
        } else {
            throw Refusal("no registered extension ships the place \(ons): name the ICS it lies in with --ics (its "
                + "ICB's ODS code, e.g. QKK), so the new extension can ship the place.")
        }
        let icsID: ID<ICS>? = system?.id ?? ics.map { ID<ICS>($0) }
        let owners = extensions.filter { ext in icsID.map { ext.coverage == .system($0) } ?? false }
        self.module = module
        self.name = registered?.name ?? name
        self.stem = prefix.lowercased()
        self.prefix = prefix
        self.place = place
        self.placeName = registered?.name ?? name
        self.ics = icsID
        self.shipsPlace = registered == nil
        self.shipsICS = system == nil
        self.requires = owners.map { ext in
            let path = String(reflecting: type(of: ext)).split(separator: ".").map(String.init)
            return (ext.name, path.first ?? "", path.last ?? "")
        }
    }

    /// Whether `text` names `system`: its identifier, ODS code or ONS code.
    private static func names(_ system: ICS, _ text: String) -> Bool {
        [system.id.rawValue, system.odsCode, system.onsCode].compactMap { $0?.lowercased() }.contains(text.lowercased())
    }

    /// "TowerHamlets" → "Tower Hamlets".
    static func spokenName(_ module: String) -> String {
        var words = ""
        for character in module {
            if character.isUppercase, let last = words.last, last.isLowercase { words.append(" ") }
            words.append(character)
        }
        return words
    }

    /// Module names Swift or the toolchain reserve, and names the project's practices forbid.
    static let reservedNames: Set<String> = [
        "Swift", "Foundation", "FoundationEssentials", "Dispatch", "XCTest", "Testing", "Glibc", "Darwin", "Musl",
        "Core", "Logging", "Configuration", "Any", "Self", "Type", "Protocol",
    ]

    private static func checkModuleName(_ module: String) throws(Refusal) {
        guard module.wholeMatch(of: /[A-Z][A-Za-z0-9]*/) != nil else {
            throw Refusal("\(module) is not a valid module name: use letters and digits only, starting with a capital "
                + "letter (e.g. Greenwich, TowerHamlets).")
        }
        guard !module.hasPrefix("Placeworks"), !module.hasSuffix("Tests") else {
            throw Refusal("\(module) is not a valid extension name: Placeworks… names the platform's own modules and "
                + "…Tests its test targets. Name the borough, e.g. Greenwich.")
        }
    }

    // MARK: What it writes

    /// Every new file, by path relative to the package folder.
    var files: [(path: String, text: String)] {
        let templates = ScaffoldTemplates(self)
        return [
            ("Plugins/\(module)/README.md", templates.readme),
            ("Plugins/\(module)/\(module)Extension.swift", templates.extensionFile),
            ("Plugins/\(module)/Data/\(module)Data.swift", templates.data),
            ("Plugins/\(module)/Data/\(module)Documents.swift", templates.documents),
            ("Plugins/\(module)/Rules/\(module)Rules.swift", templates.rules),
            ("Plugins/\(module)/Rules/WorkstreamOversightRule.swift", templates.rule),
            ("Tests/\(module)Tests/\(module)World.swift", templates.world),
            ("Tests/\(module)Tests/\(module)Fixtures.swift", templates.fixtures),
            ("Tests/\(module)Tests/\(module)RuleTests.swift", templates.tests),
        ]
    }

    /// The line that declares the extension's targets in `Package.swift`.
    var packageLine: String {
        "    (name: \"\(module)\", requires: [\(requires.map { "\"\($0.module)\"" }.joined(separator: ", "))]),"
    }

    /// The line that adds the extension to the one list of extensions.
    var listLine: String { "    \(module)Extension()," }
}
