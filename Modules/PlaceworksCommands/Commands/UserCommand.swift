import ArgumentParser
import Foundation
import PlaceworksApplication
import PlaceworksDomain

/// `place user create|disable|grant|list`: the accounts that sign in to the web front end, kept in
/// the store (passwords as scrypt hashes only).
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Create, disable, grant and list the web front end's accounts.",
        subcommands: [Create.self, Disable.self, Grant.self, List.self])

    /// The role and places of an account.
    struct RoleOptions: ParsableArguments {
        @Option(help: ArgumentHelp("viewer, place-editor or ics-admin.", valueName: "role"))
        var role: String

        @Option(help: ArgumentHelp("A place a place editor may change (ONS code or name); repeat for several.",
                                   valueName: "place"))
        var place: [String] = []

        /// The role, and the places as ONS codes checked against the store's places.
        func resolve(in engine: Engine) async throws -> (AccessRole, [String]) {
            guard let access = AccessRole(rawValue: role) else {
                throw CommandError("--role must be viewer, place-editor or ics-admin, not \(role).")
            }
            let places = try await engine.snapshot().dataset.places
            let codes = try place.map { text in
                guard let found = places.first(where: { $0.id.rawValue.lowercased() == text.lowercased()
                    || $0.name.lowercased() == text.lowercased() }) else {
                    throw CommandError("--place \(text): there is no such place in the store; `place list places` shows them.")
                }
                return found.id.rawValue
            }
            return (access, codes)
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account.",
            discussion: """
                With --password-stdin the password is read from standard input (at least \
                \(Accounts.minimumPasswordLength) characters); otherwise one is made and printed once.
                """)

        @Option(help: ArgumentHelp("The account's name (e.g. an email address); the actor of its changes.", valueName: "name"))
        var name: String

        @OptionGroup var access: RoleOptions

        @Flag(name: .customLong("password-stdin"), help: "Read the password from standard input.")
        var passwordFromInput = false

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let password: String
            if passwordFromInput {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                password = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
            } else {
                password = String(APIToken.newSecret().dropFirst(3).prefix(24))
            }
            try await store.withEngine { engine in
                let (role, places) = try await access.resolve(in: engine)
                try await accountAction { try await Accounts(engine.store).create(name: name, password: password, role: role,
                                                                                  places: places) }
                if !passwordFromInput { print(password) }
                Terminal.standardError.write("Account \(name) (\(role.rawValue)\(places.isEmpty ? "" : " of " + places.joined(separator: ", "))) created"
                    + (passwordFromInput ? ".\n" : "; its password is printed above, this once.\n"))
            }
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable an account: it cannot sign in, and its sessions end.")

        @Option(help: ArgumentHelp("The account's name.", valueName: "name"))
        var name: String

        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await store.withStore { store in
                try await accountAction { try await Accounts(store).disable(name: name) }
            }
            print("Disabled account \(name).")
        }
    }

    struct Grant: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give an account a role (and places), enabling it again; its sessions end.")

        @Option(help: ArgumentHelp("The account's name.", valueName: "name"))
        var name: String

        @OptionGroup var access: RoleOptions

        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await store.withEngine { engine in
                let (role, places) = try await access.resolve(in: engine)
                try await accountAction { try await Accounts(engine.store).grant(name: name, role: role, places: places) }
                print("Account \(name) is now \(role.rawValue)\(places.isEmpty ? "" : " of " + places.joined(separator: ", ")).")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts: name, role, places, state.")

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let accounts = try await store.withStore { store in try await accountAction { try await Accounts(store).list() } }
            if accounts.isEmpty { print("No accounts."); return }
            for account in accounts {
                let places = account.places.isEmpty ? "" : " " + account.places.joined(separator: ",")
                print("\(account.name)\t\(account.role)\(places)\t\(account.disabled ? "disabled" : "enabled")")
            }
        }
    }
}

/// Runs `body`, turning an account error into a command error (exit status 2).
@discardableResult
private func accountAction<T>(_ body: () async throws -> T) async throws -> T {
    do { return try await body() } catch let error as AccountError { throw CommandError(error.description) }
}
