import Foundation
import Hummingbird
import HummingbirdTesting
import PlaceworksDomain
import Testing
@testable import PlaceworksWeb

@Suite("The dashboard, place pages and documents")
struct PageTests {
    @Test("the dashboard lists every place with its compliance, budget, escalated risks, delivery and vacancies, and links to its findings")
    func dashboard() async throws {
        let world = try await WebWorld.make()
        try await world.test { client in
            let session = try #require(try await signIn(client, as: "viewer"))
            let response = try await client.execute(uri: "/?as_of=2022-04-01", method: .get, headers: session.headers)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            let page = response.text
            #expect(page.contains("<h1>Dashboard</h1>"))
            for place in [southwark, lewisham] {
                #expect(page.contains("href=\"/places/\(place)?as_of=2022-04-01#findings\""))
                #expect(page.contains("href=\"/places/\(place)?as_of=2022-04-01#risks\""))
            }
            #expect(page.contains("South East London"))
            #expect(page.contains("Delegated budget") && page.contains("Escalated risks") && page.contains("Vacant seats"))
            #expect(page.contains("Workstream delivery"))
            #expect(page.contains("<label for=\"as_of\">As of</label>"))
            #expect(page.contains("value=\"2022-04-01\""))
            // The ICS report in each format.
            for format in ["html", "pdf", "md", "json"] { #expect(page.contains("format=\(format)&amp;as_of=2022-04-01")) }
        }
    }

    @Test("another as-of day changes what the dashboard counts; a day that is not a date is refused with a page saying why")
    func asOf() async throws {
        let world = try await WebWorld.make()
        try await world.test { client in
            let session = try #require(try await signIn(client, as: "viewer"))
            let before = try await client.execute(uri: "/?as_of=2019-01-01", method: .get, headers: session.headers)
            #expect(before.status == .ok)
            #expect(before.text.contains("1 January 2019"))
            let bad = try await client.execute(uri: "/?as_of=1st%20April", method: .get, headers: session.headers)
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("is not a day written YYYY-MM-DD"))
            #expect(bad.headers[.contentType] == "text/html; charset=utf-8")
            let unknown = try await client.execute(uri: "/places/E09999999", method: .get, headers: session.headers)
            #expect(unknown.status == .notFound)
            #expect(unknown.text.contains("There is no place E09999999"))
        }
    }

    @Test("a place page has its bodies and members, delegations, budget, workstreams, risk heat map, indicators, meetings, decisions and findings with citations")
    func placePage() async throws {
        let world = try await WebWorld.make()
        try await world.test { client in
            let session = try #require(try await signIn(client, as: "viewer"))
            let response = try await client.execute(uri: "/places/\(southwark)?as_of=2022-04-01", method: .get,
                                                    headers: session.headers)
            #expect(response.status == .ok)
            let page = response.text
            for anchor in ["members", "delegations", "budget", "workstreams", "risks", "indicators", "meetings", "findings"] {
                #expect(page.contains("id=\"\(anchor)\""), "no section \(anchor)")
            }
            #expect(page.contains("Partnership Southwark"))
            #expect(page.contains("<table class=\"heat\">"))
            #expect(page.contains("Source: "))
            #expect(page.contains("Vacant") || page.contains("vacant"))
            // The place's own (internal) page shows its risks and private meetings, marked.
            #expect(page.contains("\(secret) risk: provider exit"))
            #expect(page.contains("private"))
            #expect(page.contains("action=\"/places/\(southwark)/board-pack\""))
            #expect(page.contains("href=\"/public/places/\(southwark)\""))
        }
    }

    @Test("the board pack downloads as HTML with changes since a day; a since after the pack's day is refused")
    func boardPack() async throws {
        let world = try await WebWorld.make()
        try await world.test { client in
            let session = try #require(try await signIn(client, as: "viewer"))
            let pack = try await client.execute(
                uri: "/places/\(southwark)/board-pack?as_of=2022-04-01&since=2022-01-31&format=html", method: .get,
                headers: session.headers)
            #expect(pack.status == .ok)
            #expect(pack.headers[.contentDisposition]?.contains("southwark-board-pack-2022-04-01.html") == true)
            #expect(pack.text.contains("<html"))
            #expect(pack.text.contains("31 January 2022"))
            let wrong = try await client.execute(
                uri: "/places/\(southwark)/board-pack?as_of=2022-04-01&since=2022-05-01", method: .get, headers: session.headers)
            #expect(wrong.status == .badRequest)
            #expect(wrong.text.contains("must be before the pack"))
            let format = try await client.execute(uri: "/places/\(southwark)/board-pack?format=docx", method: .get,
                                                  headers: session.headers)
            #expect(format.status == .badRequest)
        }
    }

    @Test("the ICS report downloads as Markdown and JSON")
    func icsReport() async throws {
        let world = try await WebWorld.make()
        let system = try #require(try await world.engine.snapshot().dataset.systems.first)
        try await world.test { client in
            let session = try #require(try await signIn(client, as: "viewer"))
            let markdown = try await client.execute(uri: "/reports/\(system.id)?format=md&as_of=2022-04-01", method: .get,
                                                    headers: session.headers)
            #expect(markdown.status == .ok)
            #expect(markdown.headers[.contentType] == "text/markdown; charset=utf-8")
            #expect(markdown.text.contains("Southwark"))
            let json = try await client.execute(uri: "/reports/\(system.id)?format=json&as_of=2022-04-01", method: .get,
                                                headers: session.headers)
            #expect(json.status == .ok)
            #expect(json.text.contains("\"document\""))
        }
    }

    @Test("every page is plain, accessible HTML: a language, a viewport for phones, a skip link, labelled fields, no script and no external asset")
    func accessibleMarkup() async throws {
        let world = try await WebWorld.make()
        try await world.test { client in
            let session = try #require(try await signIn(client, as: "swk-editor"))
            for uri in ["/", "/places/\(southwark)", "/public", "/public/places/\(southwark)", "/sign-in",
                        "/places/\(southwark)/risks/web-secret-risk", "/places/\(southwark)/new-meeting",
                        "/places/\(southwark)/new-risk"] {
                let response = try await client.execute(uri: uri, method: .get, headers: session.headers)
                let page = response.text
                #expect(response.status == .ok, "\(uri)")
                #expect(page.hasPrefix("<!DOCTYPE html>"))
                #expect(page.contains("<html lang=\"en-GB\">"))
                #expect(page.contains("name=\"viewport\""))
                #expect(page.contains("href=\"#main\""))
                #expect(page.contains("<main id=\"main\""))
                #expect(!page.contains("<script"))
                #expect(!page.contains("src=\"http") && !page.contains("href=\"http"))
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                // Every input other than hidden ones has a label naming it.
                for id in inputIDs(page) { #expect(page.contains("<label for=\"\(id)\""), "\(uri): no label for \(id)") }
            }
        }
    }

    @Test("text from the data is escaped: markup in a name cannot reach a page as markup")
    func escaping() {
        let name = "<script>alert('x')</script> & Co"
        let fragment: HTML = "<td>\(name)</td>"
        #expect(fragment.markup == "<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co</td>")
        let nested: HTML = "<tr>\(fragment)</tr>"
        #expect(nested.markup == "<tr>" + fragment.markup + "</tr>")
    }

    @Test("a URL component keeps the unreserved characters and percent-encodes every other byte")
    func urlComponents() {
        #expect(HTML.urlComponent("E09000028") == "E09000028")
        #expect(HTML.urlComponent("swk-pssb_2022.v~1") == "swk-pssb_2022.v~1")
        #expect(HTML.urlComponent("a b/c?d=e&f") == "a%20b%2Fc%3Fd%3De%26f")
        #expect(HTML.urlComponent("Crème") == "Cr%C3%A8me")
        #expect(HTML.urlComponent("") == "")
    }

    /// The `id` of every visible form field on a page.
    func inputIDs(_ page: String) -> [String] {
        var ids: [String] = []
        for tag in ["<input ", "<select ", "<textarea "] {
            var rest = page[...]
            while let start = rest.range(of: tag) {
                let after = rest[start.upperBound...]
                let end = after.firstIndex(of: ">") ?? after.endIndex
                let element = after[..<end]
                if !element.contains("type=\"hidden\""), let idRange = element.range(of: "id=\"") {
                    let value = element[idRange.upperBound...]
                    ids.append(String(value[..<(value.firstIndex(of: "\"") ?? value.endIndex)]))
                } else if !element.contains("type=\"hidden\"") {
                    ids.append("(a field without an id)")
                }
                rest = after[end...]
            }
        }
        return ids
    }
}
