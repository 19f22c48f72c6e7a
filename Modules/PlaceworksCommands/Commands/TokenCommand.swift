import ArgumentParser
import Foundation
import PlaceworksApplication
import PlaceworksBootstrap

/// `place token create|list|revoke`: the API tokens `place-server` accepts. A token's secret is
/// printed once, when it is created; the token file keeps only its SHA-256.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Create, list and revoke the server's API tokens.",
        subcommands: [Create.self, List.self, Revoke.self])

    /// Where the token file is: --tokens, $PLACEWORKS_TOKENS, or beside the embedded store.
    struct FileOptions: ParsableArguments {
        @Option(name: .long, help: ArgumentHelp(
            "The token file (default: $\(TokenFile.environmentVariable), else <store>.tokens.json beside the "
                + "embedded store).", valueName: "file"))
        var tokens: String?

        @OptionGroup var store: StoreOptions

        var file: TokenFile {
            get throws {
                var path: String?
                if case let .sqlite(storePath) = store.location { path = storePath }
                guard let file = TokenFile.resolve(tokens, environment: CommandEnvironment.current.variables,
                                                   storePath: path) else {
                    throw CommandError("a PostgreSQL store keeps no token file beside it: give --tokens FILE or set "
                        + "\(TokenFile.environmentVariable).")
                }
                return file
            }
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a token and print it once.",
            discussion: "Give the token to its holder now: it cannot be shown again. Store it like a password.")

        @Option(help: ArgumentHelp("viewer, place-editor or ics-admin.", valueName: "role"))
        var role: String

        @Option(help: ArgumentHelp("A place a place editor may change (ONS code); repeat for several.", valueName: "place"))
        var place: [String] = []

        @Option(help: ArgumentHelp("Who holds it; recorded as the actor of every change made with it.", valueName: "name"))
        var name: String

        @Option(help: "Output format.")
        var format: OutputFormat = .text

        @OptionGroup var options: FileOptions

        func run() async throws {
            guard let role = AccessRole(rawValue: role) else {
                throw CommandError("--role must be viewer, place-editor or ics-admin, not \(role).")
            }
            let file = try options.file
            let secret = try tokenFileAction { try file.create(name: name, role: role, places: place,
                                                   at: CommandEnvironment.current.clock()) }
            switch format {
            case .json:
                let data = try JSONSerialization.data(withJSONObject: ["token": secret, "name": name, "role": role.rawValue,
                                                                       "places": place], options: [.sortedKeys])
                print(String(decoding: data, as: UTF8.self))
            case .text:
                print(secret)
                FileHandle.standardError.write(Data(("Token \(name) (\(role.rawValue)) created in \(file.path). "
                    + "This is the only time it is shown.\n").utf8))
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List tokens: name, role, places, created, revoked.")

        @Option(help: "Output format.")
        var format: OutputFormat = .text

        @OptionGroup var options: FileOptions

        func run() async throws {
            let file = try options.file
            let tokens = try tokenFileAction { try file.load() }
            let formatter = ISO8601DateFormatter()
            switch format {
            case .json:
                let rows: [[String: Any]] = tokens.map { token in
                    var row: [String: Any] = ["name": token.name, "role": token.role.rawValue, "places": token.places,
                                              "created": formatter.string(from: token.created)]
                    if let revoked = token.revoked { row["revoked"] = formatter.string(from: revoked) }
                    return row
                }
                let data = try JSONSerialization.data(withJSONObject: rows, options: [.sortedKeys])
                print(String(decoding: data, as: UTF8.self))
            case .text:
                if tokens.isEmpty { print("No tokens in \(file.path)."); return }
                for token in tokens {
                    let places = token.places.isEmpty ? "" : " " + token.places.joined(separator: ",")
                    let state = token.revoked.map { "revoked " + formatter.string(from: $0) } ?? "live"
                    print("\(token.name)\t\(token.role.rawValue)\(places)\tcreated \(formatter.string(from: token.created))\t\(state)")
                }
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token: the server refuses it from then on.")

        @Option(help: ArgumentHelp("The token's name.", valueName: "name"))
        var name: String

        @OptionGroup var options: FileOptions

        func run() async throws {
            let file = try options.file
            try tokenFileAction { try file.revoke(name: name, at: CommandEnvironment.current.clock()) }
            print("Revoked token \(name).")
        }
    }
}

/// Runs `body`, turning a token file error into a command error (exit status 2).
private func tokenFileAction<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as TokenError { throw CommandError(error.description) }
}
