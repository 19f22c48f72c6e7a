import Foundation
import Hummingbird
import HummingbirdTesting
import PlaceworksDomain
import Testing
@testable import PlaceworksWeb

@Suite("Meeting calendars (RFC 5545)")
struct CalendarTests {
    @Test("a body's feed: CRLF lines, a Europe/London VTIMEZONE, stable UIDs, local times, all-day events without a time, cancellations")
    func bodyFeed() async throws {
        let world = try await WebWorld.make()
        try await world.test { client in
            let first = try await client.execute(uri: "/bodies/swk-pssb/meetings.ics", method: .get)
            #expect(first.status == .ok)
            #expect(first.headers[.contentType] == "text/calendar; charset=utf-8")
            let text = first.text
            #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
            #expect(text.hasSuffix("END:VCALENDAR\r\n"))
            #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
            #expect(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London"))
            #expect(text.contains("UID:meeting-web-timed-meeting@placeworks"))
            #expect(text.contains("DTSTART;TZID=Europe/London:20220714T140000"))
            #expect(text.contains("DTEND;TZID=Europe/London:20220714T163000"))
            #expect(text.contains("LOCATION:Tooley Street\\, London\\; Room 1"))
            #expect(text.contains("DTSTART;VALUE=DATE:20220303\r\nDTEND;VALUE=DATE:20220304"))
            let cancelled = try #require(text.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("web-cancelled-meeting") })
            #expect(cancelled.contains("STATUS:CANCELLED"))
            #expect(!text.contains("web-private-meeting"))
            // The same feed fetched again is the same: UIDs do not move.
            let again = try await client.execute(uri: "/bodies/swk-pssb/meetings.ics", method: .get)
            #expect(again.text == text)
            for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "unfolded: \(line)") }
        }
    }

    @Test("long lines fold at 75 octets without splitting a character; text escapes commas, semicolons and line breaks")
    func folding() {
        let line = "DESCRIPTION:" + String(repeating: "é", count: 80)
        let folded = MeetingCalendar.fold(line)
        let parts = folded.components(separatedBy: "\r\n")
        #expect(parts.count > 1)
        for part in parts { #expect(part.utf8.count <= 75) }
        #expect(parts.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(parts.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
        #expect(MeetingCalendar.escape("a, b; c\\d\ne") == "a\\, b\\; c\\\\d\\ne")
    }

    @Test("a place's feed holds its bodies' public meetings; an unknown body is a 404")
    func placeFeed() async throws {
        let world = try await WebWorld.make()
        try await world.test { client in
            let feed = try await client.execute(uri: "/places/\(southwark)/meetings.ics", method: .get)
            #expect(feed.status == .ok)
            #expect(feed.text.contains("UID:meeting-web-timed-meeting@placeworks"))
            #expect(feed.text.contains("UID:meeting-ex-pssb-2021-11-18@placeworks"))
            let lewishamFeed = try await client.execute(uri: "/places/\(lewisham)/meetings.ics", method: .get)
            #expect(!lewishamFeed.text.contains("web-timed-meeting"))
            let missing = try await client.execute(uri: "/bodies/no-such-body/meetings.ics", method: .get)
            #expect(missing.status == .notFound)
        }
    }
}
