import Foundation
@testable import PlaceworksApplication
import PlaceworksStore
import PlaceworksStorePostgres
import PlaceworksStoreSQLite
import PlaceworksStoreTestSupport
import Testing

@Suite("Web accounts and sessions in the store")
struct AccountsTests {
    static let hashing = PasswordHashing(rounds: 1 << 10, blockSize: 8, parallelism: 1)

    /// Creates, grants, signs in and out, disables: the same on each backend.
    static func lifecycle(_ store: any DatasetStore) async throws {
        let accounts = try Accounts(store, hashing: hashing)
        try await accounts.create(name: "secretary@example.org", password: "a long enough secret", role: .placeEditor,
                                  places: ["E09000028"])
        await #expect(throws: AccountError.exists("secretary@example.org")) {
            try await accounts.create(name: "secretary@example.org", password: "a long enough secret", role: .viewer, places: [])
        }
        await #expect(throws: AccountError.self) { try await accounts.create(name: "short", password: "short", role: .viewer, places: []) }
        await #expect(throws: AccountError.self) {
            try await accounts.create(name: "editor", password: "a long enough secret", role: .placeEditor, places: [])
        }
        let stored = try #require(try await accounts.store.account(named: "secretary@example.org"))
        #expect(stored.passwordHash.hasPrefix("scrypt$1024$8$1$") && !stored.passwordHash.contains("a long enough secret"))
        #expect(try await accounts.signIn(name: "secretary@example.org", password: "not the secret") == nil)
        #expect(try await accounts.signIn(name: "nobody", password: "a long enough secret") == nil)
        let signedIn = try #require(try await accounts.signIn(name: "secretary@example.org", password: "a long enough secret"))
        #expect(signedIn.editor.mayChange(place: "E09000028") && !signedIn.editor.mayChange(place: "E09000023"))
        #expect(try await accounts.editor(token: signedIn.token)?.csrf == signedIn.editor.csrf)
        try await accounts.grant(name: "secretary@example.org", role: .icsAdmin, places: [])
        #expect(try await accounts.editor(token: signedIn.token) == nil, "a grant ends the account's sessions")
        let again = try #require(try await accounts.signIn(name: "secretary@example.org", password: "a long enough secret"))
        #expect(again.editor.role == .icsAdmin)
        try await accounts.signOut(token: again.token)
        #expect(try await accounts.editor(token: again.token) == nil)
        let third = try #require(try await accounts.signIn(name: "secretary@example.org", password: "a long enough secret"))
        try await accounts.disable(name: "secretary@example.org")
        #expect(try await accounts.editor(token: third.token) == nil)
        #expect(try await accounts.signIn(name: "secretary@example.org", password: "a long enough secret") == nil)
        #expect(try await accounts.list().map(\.name) == ["secretary@example.org"])
    }

    @Test("on the embedded store")
    func sqlite() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placeworks-accounts-\(UUID().uuidString)")
        let store = try await SQLiteStore.open(path: folder.appendingPathComponent("placeworks.sqlite").path)
        try await store.closing { store in try await Self.lifecycle(store) }
        try? FileManager.default.removeItem(at: folder)
    }

    @Test("on PostgreSQL", .enabled(if: ThrowawayPostgres.server != nil, "PLACEWORKS_TEST_POSTGRES_URL is not set"))
    func postgres() async throws {
        try await ThrowawayPostgres.withDatabase { url in
            let store = try await PostgresStore.open(url: url)
            try await store.closing { store in try await Self.lifecycle(store) }
        }
    }

    @Test("a session verified once is answered from memory, and refused at once when another process disables the account (embedded store)")
    func sessionsAcrossProcesses() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placeworks-accounts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("placeworks.sqlite").path
        let server = try await SQLiteStore.open(path: path)
        let other = try await SQLiteStore.open(path: path)
        let web = try Accounts(server, hashing: Self.hashing), administrator = try Accounts(other, hashing: Self.hashing)
        try await administrator.create(name: "lead@example.org", password: "a long enough secret", role: .viewer, places: [])
        let signedIn = try #require(try await web.signIn(name: "lead@example.org", password: "a long enough secret"))
        #expect(try await web.editor(token: signedIn.token)?.name == "lead@example.org")
        #expect(web.verified.value(hash: APIToken.hash(of: signedIn.token), counter: server.changeCounter()) != nil,
                "a verified session is kept while nothing is committed")
        try await administrator.disable(name: "lead@example.org")
        #expect(try await web.editor(token: signedIn.token) == nil, "a commit by another connection ends what was verified")
        try await server.close()
        try await other.close()
    }

    @Test("a password verifies against its own hash only; a hash that cannot be read matches nothing")
    func hashing() throws {
        let hash = try Self.hashing.hash("correct horse battery staple")
        #expect(PasswordHashing.verify("correct horse battery staple", against: hash))
        #expect(!PasswordHashing.verify("correct horse battery stapler", against: hash))
        #expect(try Self.hashing.hash("correct horse battery staple") != hash, "each hash has its own salt")
        #expect(!PasswordHashing.verify("anything", against: "md5$abc"))
    }
}
