import PlaceworksStore
@testable import PlaceworksStorePostgres
import PlaceworksStoreTestSupport
import Testing

@Suite("PostgreSQL store: connection URLs and migrations")
struct PostgresLocationTests {
    @Test("a URL is read into host, port, user and database; the password never appears in messages")
    func reads() throws {
        let location = try PostgresLocation(url: "postgres://placeworks:s3cret@db.example:6543/governance?sslmode=disable")
        #expect(location.configuration.host == "db.example")
        #expect(location.configuration.port == 6543)
        #expect(location.configuration.username == "placeworks")
        #expect(location.configuration.password == "s3cret")
        #expect(location.configuration.database == "governance")
        #expect(!location.display.contains("s3cret"))
        #expect(try PostgresLocation(url: "postgresql://me@127.0.0.1/db").configuration.port == 5432)
    }

    @Test("URLs that name no host, user or database, or another scheme, are refused with the reason",
          arguments: ["mysql://me@host/db", "postgres://host/db", "postgres://me@host", "postgres://me@host/db?sslmode=bogus",
                      "not a url"])
    func refuses(_ url: String) {
        #expect(throws: StoreError.self) { try PostgresLocation(url: url) }
    }

    @Test("every migration has PostgreSQL statements, and only those")
    func migrationsCovered() {
        #expect(Set(PostgresMigrations.statements.keys) == Set(StoreSchema.migrations.map(\.version)))
    }
}
