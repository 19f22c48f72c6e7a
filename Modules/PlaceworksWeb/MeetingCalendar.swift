import Foundation
import PlaceworksDomain

/// An iCalendar feed (RFC 5545) of public meetings, for calendar apps to subscribe to.
///
/// - Each meeting is a `VEVENT` whose `UID` is built from its identifier, so it stays the same
///   from one download to the next and a changed meeting updates in place.
/// - Times are local London time (`TZID=Europe/London`, with its `VTIMEZONE`); a meeting with
///   no recorded start time is an all-day event on its date.
/// - A cancelled meeting stays in the feed with `STATUS:CANCELLED`, so calendars remove it.
/// - Lines end in CRLF and are folded at 75 octets; text is escaped as the RFC requires.
public struct MeetingCalendar: Sendable {
    /// The calendar's name, e.g. "Partnership Southwark Strategic Board meetings".
    public var name: String
    public var meetings: [PublicView.PublicMeeting]
    /// When the feed was produced (its `DTSTAMP`).
    public var stamp: Date

    public init(name: String, meetings: [PublicView.PublicMeeting], stamp: Date) {
        self.name = name
        self.meetings = meetings
        self.stamp = stamp
    }

    /// How long a meeting with a start and no end is taken to last.
    static let defaultLength = "PT2H"

    public var text: String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Placeworks//Meeting calendars//EN",
                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.escape(name),
                     "X-WR-TIMEZONE:Europe/London"]
        lines += Self.london
        let stamp = Self.utc(self.stamp)
        for held in meetings {
            let meeting = held.meeting
            lines.append("BEGIN:VEVENT")
            lines.append("UID:meeting-\(HTML.urlComponent(meeting.id.rawValue))@placeworks")
            lines.append("DTSTAMP:\(stamp)")
            let date = Self.compact(meeting.date)
            if let starts = meeting.starts {
                lines.append("DTSTART;TZID=Europe/London:\(date)T\(Self.compact(starts))")
                if let ends = meeting.ends, ends > starts {
                    lines.append("DTEND;TZID=Europe/London:\(date)T\(Self.compact(ends))")
                } else {
                    lines.append("DURATION:\(Self.defaultLength)")
                }
            } else {
                lines.append("DTSTART;VALUE=DATE:\(date)")
                lines.append("DTEND;VALUE=DATE:\(Self.compact(meeting.date.adding(days: 1)))")
            }
            lines.append("SUMMARY:" + Self.escape((meeting.isCancelled ? "Cancelled: " : "") + "\(held.bodyName) meeting"))
            var description: [String] = []
            if !held.items.isEmpty {
                description.append("Agenda: " + held.items.map(\.title).joined(separator: "; "))
            }
            for decision in held.decisions { description.append("Decided (\(decision.item)): \(decision.summary)") }
            if meeting.session == .publicWithPrivate { description.append("Part of the meeting may be held in private.") }
            if !description.isEmpty { lines.append("DESCRIPTION:" + Self.escape(description.joined(separator: "\n"))) }
            if let location = meeting.location { lines.append("LOCATION:" + Self.escape(location)) }
            lines.append("STATUS:" + (meeting.isCancelled ? "CANCELLED" : "CONFIRMED"))
            lines.append("SEQUENCE:" + (meeting.isCancelled ? "1" : "0"))
            lines.append("TRANSP:OPAQUE")
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// Europe/London since 1996: BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on
    /// the last Sunday of October.
    static let london = [
        "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19700329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    static func compact(_ day: Day) -> String { day.description.replacingOccurrences(of: "-", with: "") }

    static func compact(_ time: TimeOfDay) -> String { time.description.replacingOccurrences(of: ":", with: "") + "00" }

    static func utc(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }

    /// TEXT values: backslash, semicolon and comma escaped, line breaks as `\n` (RFC 5545 3.3.11).
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": break
            default: out.append(character)
            }
        }
        return out
    }

    /// Folds a content line longer than 75 octets, never inside a UTF-8 character (RFC 5545 3.1).
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var out = "", octets = 0, limit = 75
        for character in line {
            let size = String(character).utf8.count
            if octets + size > limit {
                out += "\r\n "
                octets = 0
                limit = 74
            }
            out.append(character)
            octets += size
        }
        return out
    }
}
