import Foundation
import Hummingbird
import HummingbirdTesting
import PlaceworksDomain
import Testing
@testable import PlaceworksWeb

@Suite("Public transparency pages and navigation")
struct PublicPageTests {
    @Test("a place's public page shows board membership, public meetings and decisions, spending lines and declared interests, with no sign-in")
    func publicPage() async throws {
        let world = try await WebWorld.make()
        try await world.test { client in
            let response = try await client.execute(uri: "/public/places/\(southwark)?as_of=2022-04-01", method: .get)
            #expect(response.status == .ok)
            let page = response.text
            #expect(page.contains("Board membership"))
            #expect(page.contains("Partnership Southwark"))
            #expect(page.contains("Winter plan agreed"))
            #expect(page.contains("Trustee of a winter charity"))
            #expect(page.contains("Spending"))
            #expect(page.contains("£"))
            #expect(!page.contains("Sign in"))
        }
    }

    @Test("no private meeting, decision, declaration or risk appears on any public page or feed reached from the front door")
    func nothingPrivate() async throws {
        let world = try await WebWorld.make()
        try await world.test { client in
            // Everything reachable from / by links, fetched once each.
            var queue = ["/"], seen: Set<String> = []
            var publicPages: [String: String] = [:]
            while let next = queue.popLast() {
                guard seen.insert(next).inserted else { continue }
                // Downloads are documents for the board, not pages to crawl.
                if next.contains("/board-pack") || next.hasPrefix("/reports/") { continue }
                let response = try await client.execute(uri: next, method: .get)
                #expect(response.status == .ok, "\(next) answered \(response.status)")
                if next.hasPrefix("/public") || next.hasSuffix(".ics") { publicPages[next] = response.text }
                if !next.hasSuffix(".ics") && next.split(separator: "?").first.map({ !$0.hasPrefix("/places/") }) ?? true {
                    queue += links(in: response.text).filter { !seen.contains($0) }
                } else if next.hasPrefix("/places/") {
                    queue += links(in: response.text).filter { ($0.hasPrefix("/public") || $0.hasSuffix(".ics")) && !seen.contains($0) }
                }
            }
            #expect(publicPages.keys.contains("/public/places/\(southwark)"))
            #expect(publicPages.keys.contains("/places/\(southwark)/meetings.ics"))
            #expect(publicPages.keys.contains("/bodies/swk-pssb/meetings.ics"))
            #expect(publicPages.count >= 6)
            for (uri, text) in publicPages {
                #expect(!text.contains(secret), "\(uri) shows a private item")
                #expect(!text.contains("web-private-meeting"), "\(uri) names the private meeting")
                #expect(!text.contains("provider exit"), "\(uri) shows a risk")
            }
            // The public pages for other days leave them out too.
            let earlier = try await client.execute(uri: "/public/places/\(southwark)?as_of=2022-02-11", method: .get)
            #expect(!earlier.text.contains(secret))
        }
    }

    @Test("the front door links to every public page and meetings feed; signed in, the dashboard also links to every place page")
    func navigation() async throws {
        let world = try await WebWorld.make()
        let snapshot = try await world.engine.snapshot()
        try await world.test { client in
            func linked(_ page: String) -> Set<String> {
                Set(links(in: page).map { $0.split(separator: "?").first.map(String.init) ?? $0 })
            }
            let front = linked(try await client.execute(uri: "/", method: .get).text)
            let session = try #require(try await signIn(client, as: "viewer"))
            let dashboard = linked(try await client.execute(uri: "/", method: .get, headers: session.headers).text)
            for links in [front, dashboard] {
                for place in snapshot.dataset.places {
                    #expect(links.contains("/public/places/\(place.id)"))
                    #expect(links.contains("/places/\(place.id)/meetings.ics"))
                }
                for body in snapshot.dataset.bodies {
                    #expect(links.contains("/bodies/\(HTML.urlComponent(body.id.rawValue))/meetings.ics"))
                }
                #expect(links.contains("/public"))
            }
            for place in snapshot.dataset.places {
                #expect(dashboard.contains("/places/\(place.id)"))
                #expect(!front.contains("/places/\(place.id)"))
            }
            #expect(front.contains("/sign-in"))
        }
    }

    @Test("PublicView keeps private meetings, private items and their declarations out")
    func publicView() async throws {
        let world = try await WebWorld.make()
        let snapshot = try await world.engine.snapshot()
        let place = try #require(snapshot.index.places[ID(southwark)])
        let view = PublicView(index: snapshot.index, place: place, asOf: exampleDay)
        #expect(!view.meetings.contains { $0.meeting.id == "web-private-meeting" })
        let mixed = try #require(view.meetings.first { $0.meeting.id == "web-mixed-meeting" })
        #expect(mixed.items.map(\.title) == ["Winter plan"])
        #expect(mixed.decisions.map(\.summary) == ["Winter plan agreed"])
        #expect(view.interests.map(\.interest).contains("Trustee of a winter charity"))
        #expect(!view.interests.contains { $0.interest.contains(secret) })
        try await world.store.close()
    }
}
