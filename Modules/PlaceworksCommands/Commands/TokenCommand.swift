import ArgumentParser
import Foundation
import PlaceworksApplication
import PlaceworksBootstrap
import PlaceworksStore

/// `place token create|list|revoke|import`: the API tokens `place-server` accepts, kept in the
/// store. A token's secret is printed once, when it is created; the store keeps only its SHA-256.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Create, list and revoke the server's API tokens (kept in the store).",
        subcommands: [Create.self, List.self, Revoke.self, Import.self])

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

        @OptionGroup var store: StoreOptions

        func run() async throws {
            guard let role = AccessRole(rawValue: role) else {
                throw CommandError("--role must be viewer, place-editor or ics-admin, not \(role).")
            }
            let secret = try await withTokens(store) { tokens in
                try await tokens.create(name: name, role: role, places: place, at: CommandEnvironment.current.clock())
            }
            switch format {
            case .json:
                let data = try JSONSerialization.data(withJSONObject: ["token": secret, "name": name, "role": role.rawValue,
                                                                       "places": place], options: [.sortedKeys])
                print(String(decoding: data, as: UTF8.self))
            case .text:
                print(secret)
                Terminal.standardError.write("Token \(name) (\(role.rawValue)) created in the store \(store.location). "
                    + "This is the only time it is shown.\n")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List tokens: name, role, places, created, revoked.")

        @Option(help: "Output format.")
        var format: OutputFormat = .text

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let tokens = try await withTokens(store) { tokens in try await tokens.list() }
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
                if tokens.isEmpty { print("No API tokens in the store \(store.location)."); return }
                for token in tokens {
                    let places = token.places.isEmpty ? "" : " " + token.places.joined(separator: ",")
                    let state = token.revoked.map { "revoked " + formatter.string(from: $0) } ?? "live"
                    print("\(token.name)\t\(token.role.rawValue)\(places)\tcreated \(formatter.string(from: token.created))\t\(state)")
                }
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revoke a token: every server sharing the store refuses it from its next request.")

        @Option(help: ArgumentHelp("The token's name.", valueName: "name"))
        var name: String

        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await withTokens(store) { tokens in
                try await tokens.revoke(name: name, at: CommandEnvironment.current.clock())
            }
            print("Revoked token \(name).")
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the tokens of an earlier release's token file into the store, once.",
            discussion: "The holders' tokens keep working. The file is renamed to FILE.imported and no longer read. "
                + "A token file beside an embedded store (<store>.tokens.json) is imported on its own the first time "
                + "`place token` or `place-server` opens the store.")

        @Argument(help: ArgumentHelp("The token file (what PLACEWORKS_TOKENS or --tokens named).", valueName: "file"))
        var file: String

        @OptionGroup var store: StoreOptions

        func run() async throws {
            guard FileManager.default.fileExists(atPath: file) else {
                throw CommandError("there is no token file at \(file).")
            }
            let result = try await withTokens(store, importing: true) { tokens in
                try await tokens.importFile(TokenFile(path: file))
            }
            print(result.description)
        }
    }
}

/// Runs `body` with the tokens of the store `options` names, turning a token error into a
/// command error (exit status 2). Unless `importing` (for `place token import`), a token file an
/// earlier release kept beside an embedded store is imported first, once, and a leftover
/// `PLACEWORKS_TOKENS` is refused, so that no one goes on editing a file that is no longer read.
private func withTokens<T: Sendable>(_ options: StoreOptions, importing: Bool = false,
                                     _ body: (AccessTokens) async throws -> T) async throws -> T {
    if !importing, let variable = CommandEnvironment.current.variables[TokenFile.environmentVariable], !variable.isEmpty {
        throw CommandError("\(TokenFile.environmentVariable) is no longer used: API tokens are kept in the store. "
            + "Import the file once with `place token import \(variable)`, then unset \(TokenFile.environmentVariable).")
    }
    do {
        return try await options.withStore { store in
            let tokens = AccessTokens(store: store)
            if !importing, case let .sqlite(path) = options.location,
               let imported = try await tokens.importFile(besideStore: path) {
                Terminal.standardError.write(imported.description + "\n")
            }
            return try await body(tokens)
        }
    } catch let error as TokenError {
        throw CommandError(error.description)
    }
}
