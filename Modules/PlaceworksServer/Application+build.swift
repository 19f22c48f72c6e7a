import Hummingbird
import Logging
import PlaceworksApplication
import PlaceworksWeb
import Prometheus

/// Where and how the server listens.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int

    public init(host: String = "127.0.0.1", port: Int = 8080) {
        self.host = host
        self.port = port
    }
}

/// The API's routes over `engine`, with the API tokens kept in the engine's store for access control.
///
/// - `/health/live`, `/health/ready`, `/openapi.json`, `/metrics`, `/api/v1/popolo` (public items): open.
/// - `/api/v1/…`: a valid bearer token (401 without); writes need a role that may change the
///   record's place (403 otherwise).
/// - With `web`, everything else is the web front end: see PlaceworksWeb.
public func buildRouter(engine: Engine,
                        metrics: PrometheusCollectorRegistry = PrometheusCollectorRegistry(),
                        web: WebSite? = nil) -> Router<ServerContext> {
    let tokens = AccessTokens(store: engine.store)
    let router = Router(context: ServerContext.self)
    router.add(middleware: RequestIDMiddleware())
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: ProblemMiddleware())
    HealthController(engine: engine).register(on: router)
    OpenAPIDocument.register(on: router)
    MetricsController(engine: engine, registry: metrics).register(on: router)
    PopoloController(engine: engine, tokens: tokens).register(on: router)
    let api = router.group("api/v1").add(middleware: TokenAuthenticator(tokens: tokens))
    let catalogue = Catalogue()
    ReadController(engine: engine, catalogue: catalogue).register(on: api)
    FindingsController(engine: engine).register(on: api)
    AuditController(engine: engine).register(on: api)
    WriteController(engine: engine, catalogue: catalogue).register(on: api)
    web?.register(on: router)
    return router
}

/// The server application: the router over `engine`, listening as `configuration` says. Run it
/// with `runService()`, which stops gracefully on SIGTERM or SIGINT: requests in flight finish,
/// new connections are refused.
///
/// `metrics` is the registry `/metrics` renders; the executable also bootstraps the metrics
/// system with it, so request counts and latencies land there.
public func buildApplication(engine: Engine, configuration: ServerConfiguration = .init(),
                             logger: Logger = Logger(label: "place-server"),
                             metrics: PrometheusCollectorRegistry = PrometheusCollectorRegistry(),
                             web: WebSite? = nil) -> some ApplicationProtocol {
    Application(router: buildRouter(engine: engine, metrics: metrics, web: web),
                configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                                     serverName: "placeworks"),
                logger: logger)
}
