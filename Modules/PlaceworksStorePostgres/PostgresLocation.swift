import Foundation
import NIOSSL
import PlaceworksStore
import PostgresNIO

/// A PostgreSQL connection URL, `postgres://user[:password]@host[:port]/database[?sslmode=…]`,
/// read into a client configuration.
struct PostgresLocation: Sendable {
    var configuration: PostgresClient.Configuration
    /// The URL without its password, for messages.
    var display: String

    init(url: String) throws(StoreError) {
        guard let components = URLComponents(string: url),
              let scheme = components.scheme, ["postgres", "postgresql"].contains(scheme) else {
            throw .invalidLocation(url, reason: "a PostgreSQL store is named by a URL like postgres://user@host:5432/database")
        }
        var safe = components
        if safe.password != nil { safe.password = "***" }
        let display = safe.string ?? "postgres://"
        guard let host = components.host, !host.isEmpty else {
            throw .invalidLocation(display, reason: "the URL names no host")
        }
        guard let user = components.user, !user.isEmpty else {
            throw .invalidLocation(display, reason: "the URL names no user (postgres://user@host/database)")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty else {
            throw .invalidLocation(display, reason: "the URL names no database (postgres://user@host/database)")
        }
        let mode = components.queryItems?.first(where: { $0.name == "sslmode" })?.value ?? "prefer"
        let tls: PostgresClient.Configuration.TLS
        switch mode {
        case "disable": tls = .disable
        case "prefer", "allow": tls = .prefer(.makeClientConfiguration())
        case "require": tls = .require(.makeClientConfiguration())
        default:
            throw .invalidLocation(display, reason: "sslmode “\(mode)” is not one of disable, prefer, require")
        }
        configuration = PostgresClient.Configuration(host: host, port: components.port ?? 5432, username: user,
                                                     password: components.password, database: database, tls: tls)
        configuration.options.connectTimeout = .seconds(10)
        self.display = display
    }
}
