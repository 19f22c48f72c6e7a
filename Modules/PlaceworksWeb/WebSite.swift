import Foundation
import Hummingbird
import PlaceworksApplication
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksReports
import PlaceworksStore

/// The web front end over an engine: server-rendered pages that work without JavaScript.
///
/// - `/` the ICS dashboard; `/places/{place}` a place page; `/places/{place}/board-pack` and
///   `/reports/{ics}` the documents to download;
/// - `/public`, `/public/places/{place}` the transparency pages (no sign-in, no private item);
/// - `/places/{place}/meetings.ics`, `/bodies/{body}/meetings.ics` meeting calendars.
///
/// Mount it on any Hummingbird router with ``register(on:)``.
public struct WebSite: Sendable {
    public let engine: Engine
    /// The accounts people sign in with; nil when the store keeps none.
    public let accounts: Accounts?
    public let printer: PDFPrinter
    /// Whether cookies are marked Secure (sent over HTTPS only). Browsers treat localhost as
    /// secure, so this stays on except for clients that refuse Secure cookies over plain HTTP.
    public let secureCookies: Bool
    /// The sign-in limit, counted in the store (nil when the store keeps no accounts).
    let limiter: SignInLimit?
    /// Dashboards, place pages and public place pages already rendered from the current snapshot.
    let rendered = RenderedPages()

    public init(engine: Engine, accounts: Accounts? = nil, printer: PDFPrinter = PDFPrinter(), secureCookies: Bool = true,
                signInAttempts: Int = 5) {
        self.engine = engine
        self.accounts = accounts ?? (try? Accounts(engine.store))
        self.printer = printer
        self.secureCookies = secureCookies
        limiter = self.accounts.map { SignInLimit(store: $0.store, limit: signInAttempts) }
    }

    public func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("/") { request, _ in await page(request) { editor in try await dashboard(request, editor) } }
        router.get("/places/:place") { request, context in
            await page(request, signedIn: true) { editor in try await placePage(request, place: try parameter(context, "place"), editor) }
        }
        router.get("/places/:place/board-pack") { request, context in
            await page(request, signedIn: true) { _ in try await boardPack(request, place: try parameter(context, "place")) }
        }
        router.get("/reports/:system") { request, context in
            await page(request, signedIn: true) { _ in try await icsReport(request, system: try parameter(context, "system")) }
        }
        router.get("/public") { request, _ in await page(request) { _ in try await publicIndex() } }
        router.get("/public/places/:place") { request, context in
            await page(request) { _ in try await publicPlace(request, place: try parameter(context, "place")) }
        }
        router.get("/places/:place/meetings.ics") { request, context in
            await page(request) { _ in try await placeCalendar(place: try parameter(context, "place")) }
        }
        router.get("/bodies/:body/meetings.ics") { request, context in
            await page(request) { _ in try await bodyCalendar(body: try parameter(context, "body")) }
        }
        registerSignIn(on: router)
        registerEditing(on: router)
    }

    // MARK: - Pages

    func dashboard(_ request: Request, _ editor: Editor?) async throws -> Response {
        let snapshot = try await engine.snapshot()
        guard let editor else {
            let places = snapshot.dataset.places.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
            return WebResponse.html(Layout.page(title: "Placeworks", main: FrontDoorPage(index: snapshot.index, places: places).html))
        }
        let asOf = try day(request)
        let result = try await engine.check(asOf: asOf)
        let main = rendered.page("dashboard \(asOf)", head: snapshot.head) {
            let index = snapshot.index
            let provenance = Self.provenance(result)
            let reports = index.dataset.systems.sorted { ($0.name, $0.id) < ($1.name, $1.id) }.map { system in
                (system, ICSReport.make(system: system.id, index: index, registry: engine.registry, report: result.report,
                                        asOf: asOf, provenance: provenance))
            }
            return DashboardPage(index: index, asOf: asOf, reports: reports, findings: result.report.findings).html
        }
        return WebResponse.html(Layout.page(title: "Dashboard", main: main, signedIn: editor.name, csrf: editor.csrf))
    }

    func placePage(_ request: Request, place id: String, _ editor: Editor?) async throws -> Response {
        let asOf = try day(request)
        let snapshot = try await engine.snapshot()
        let place = try Self.place(id, in: snapshot.index)
        let result = try await engine.check(asOf: asOf, place: place.id)
        let editable = editor?.mayChange(place: place.id.rawValue) == true
        let main = rendered.page("place \(place.id) \(asOf) \(editable)", head: snapshot.head) {
            let pack = BoardPack.make(place: place.id, dataset: snapshot.dataset, registry: engine.registry,
                                      report: result.report, audit: [], asOf: asOf, auditAvailable: false,
                                      provenance: Self.provenance(result))
            let selection = Selection(index: snapshot.index, place: place.id, asOf: asOf)
            return PlacePage(place: place, pack: pack, asOf: asOf, meetings: selection.meetings,
                             bodies: snapshot.index.bodies(in: place.id),
                             editing: EditLinks(place: editable ? place.id : nil, asOf: asOf)).html
        }
        return WebResponse.html(Layout.page(title: place.name, main: main, signedIn: editor?.name, csrf: editor?.csrf))
    }

    func boardPack(_ request: Request, place id: String) async throws -> Response {
        let asOf = try day(request)
        let since = try day(request, "since", default: nil)
        let format = try self.format(request, allowed: [.html, .pdf])
        if let since, since >= asOf {
            throw WebError.badRequest("“Changes since” (\(since)) must be before the pack's day (\(asOf)): give the date of the last pack.")
        }
        let snapshot = try await engine.snapshot()
        let place = try Self.place(id, in: snapshot.index)
        let result = try await engine.check(asOf: asOf, place: place.id)
        let audit = since == nil ? [] : try await engine.store.auditLog()
        let pack = BoardPack.make(place: place.id, dataset: snapshot.dataset, registry: engine.registry,
                                  report: result.report, audit: audit, asOf: asOf, since: since,
                                  provenance: Self.provenance(result))
        let renderer = ReportRenderer(theme: try ReportTheme.theme(for: place, extensions: placeworksExtensions),
                                      printer: printer)
        return try download(try renderer.files(for: pack, format: format), format: format)
    }

    func icsReport(_ request: Request, system id: String) async throws -> Response {
        let asOf = try day(request)
        let format = try self.format(request, allowed: [.html, .pdf, .md, .json])
        let snapshot = try await engine.snapshot()
        guard let system = snapshot.index.systems[ID(id)] else {
            throw WebError.notFound("There is no ICS \(id). The dashboard lists the ICSs recorded.")
        }
        let result = try await engine.check(asOf: asOf)
        let document = ICSReport.make(system: system.id, index: snapshot.index, registry: engine.registry,
                                      report: result.report, asOf: asOf, provenance: Self.provenance(result))
        let renderer = ReportRenderer(theme: try ReportTheme.theme(for: system, extensions: placeworksExtensions),
                                      printer: printer)
        return try download(try renderer.files(for: document, format: format), format: format)
    }

    func publicIndex() async throws -> Response {
        let snapshot = try await engine.snapshot()
        let places = snapshot.dataset.places.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        return WebResponse.html(Layout.page(title: "Public pages", main: PublicIndexPage(places: places).html, publicPage: true))
    }

    func publicPlace(_ request: Request, place id: String) async throws -> Response {
        let asOf = try day(request)
        let snapshot = try await engine.snapshot()
        let place = try Self.place(id, in: snapshot.index)
        let main = rendered.page("public \(place.id) \(asOf)", head: snapshot.head) {
            PublicPlacePage(view: PublicView(index: snapshot.index, place: place, asOf: asOf)).html
        }
        return WebResponse.html(Layout.page(title: "\(place.name) in public", main: main, publicPage: true))
    }

    func placeCalendar(place id: String) async throws -> Response {
        let snapshot = try await engine.snapshot()
        let place = try Self.place(id, in: snapshot.index)
        let meetings = PublicView.publicMeetings(index: snapshot.index, bodies: snapshot.index.bodies(in: place.id))
        let calendar = MeetingCalendar(name: "\(place.name) partnership meetings", meetings: meetings, stamp: engine.clock())
        return WebResponse.calendar(calendar.text, filename: "\(place.id)-meetings.ics")
    }

    func bodyCalendar(body id: String) async throws -> Response {
        let snapshot = try await engine.snapshot()
        guard let body = snapshot.index.bodies[ID(id)] else {
            throw WebError.notFound("There is no body \(id). Each place page lists its bodies and their calendars.")
        }
        let meetings = PublicView.publicMeetings(index: snapshot.index, bodies: [body])
        let calendar = MeetingCalendar(name: "\(body.name) meetings", meetings: meetings, stamp: engine.clock())
        return WebResponse.calendar(calendar.text, filename: "\(body.id)-meetings.ics")
    }

    // MARK: - Reading requests

    /// Runs `handler` with the signed-in editor (if any), turning anything it throws into an HTML
    /// page that says what went wrong — never a stack trace: an unexpected failure says only that
    /// the server failed. With `signedIn`, a visitor who is not signed in is sent to sign in first.
    func page(_ request: Request, signedIn: Bool = false, _ handler: (Editor?) async throws -> Response) async -> Response {
        var editor: Editor?
        do {
            editor = try await self.editor(request)
            if signedIn && editor == nil {
                let target = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
                return WebResponse.redirect(to: "/sign-in?next=" + HTML.urlComponent(target))
            }
            return try await handler(editor)
        } catch let error as WebError {
            return WebResponse.error(error, signedIn: editor?.name, csrf: editor?.csrf)
        } catch let error as ReportError {
            return WebResponse.error(WebError(status: .serviceUnavailable, title: "The document could not be made",
                                              detail: error.description))
        } catch is StoreError {
            return WebResponse.error(WebError(status: .serviceUnavailable, title: "The data is unavailable",
                                              detail: "The store did not answer. Try again in a moment."))
        } catch {
            return WebResponse.error(WebError(status: .internalServerError, title: "The server failed",
                                              detail: "Something went wrong on our side; it has been logged."))
        }
    }

    /// The person signed in with the request's session cookie, if any.
    func editor(_ request: Request) async throws -> Editor? {
        guard let accounts, let token = Cookies.value(Cookies.session, in: request) else { return nil }
        return try await accounts.editor(token: token)
    }

    func parameter<Context: RequestContext>(_ context: Context, _ name: String) throws -> String {
        guard let value = context.parameters.get(name) else { throw WebError.notFound("This address names no \(name).") }
        return value
    }

    /// The `as_of` (or `name`) query parameter as a day; today in London when absent or empty.
    func day(_ request: Request, _ name: String = "as_of") throws -> Day {
        try day(request, name, default: Day.inLondon(engine.clock()))!
    }

    func day(_ request: Request, _ name: String, default fallback: Day?) throws -> Day? {
        guard let text = request.uri.queryParameters.get(name), !text.isEmpty else { return fallback }
        guard let day = Day(iso: text) else {
            throw WebError.badRequest("The date “\(text)” is not a day written YYYY-MM-DD, e.g. 2022-04-01.")
        }
        return day
    }

    func format(_ request: Request, allowed: [ReportFormat]) throws -> ReportFormat {
        let text = request.uri.queryParameters.get("format") ?? "html"
        guard let format = ReportFormat(rawValue: text), allowed.contains(format) else {
            throw WebError.badRequest("The format “\(text)” is not offered here; choose "
                + allowed.map(\.rawValue).joined(separator: ", ") + ".")
        }
        return format
    }

    static func place(_ id: String, in index: DatasetIndex) throws -> Place {
        guard let place = index.places[ID(id)] else {
            throw WebError.notFound("There is no place \(id). The dashboard lists every place by its ONS code.")
        }
        return place
    }

    static func provenance(_ result: CheckResult) -> ReportProvenance {
        ReportProvenance(dataVersion: result.provenance.data.description,
                         ruleSetVersion: result.provenance.ruleSet.description)
    }

    func download(_ files: [ReportFile], format: ReportFormat) throws -> Response {
        guard let file = files.first else { throw WebError.notFound("The document has no content.") }
        let type: String = switch format {
        case .html: "text/html; charset=utf-8"
        case .pdf: "application/pdf"
        case .md: "text/markdown; charset=utf-8"
        case .json: "application/json"
        case .csv: "text/csv; charset=utf-8"
        }
        return WebResponse.download(file.contents, contentType: type, filename: file.name, inline: format == .html || format == .pdf)
    }
}
