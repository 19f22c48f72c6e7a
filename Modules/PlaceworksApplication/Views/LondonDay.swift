import Foundation
import PlaceworksDomain

extension Day {
    /// The day it is in London at `date`: what "today" means for an English partnership.
    public static func inLondon(_ date: Date) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? "1970-01-01"
    }
}
