import Hummingbird
@testable import PlaceworksServer
import Testing

@Suite("The request log line")
struct RequestLogTests {
    @Test("durations are logged in milliseconds with two decimals")
    func milliseconds() {
        typealias Log = RequestIDMiddleware<ServerContext>
        #expect(Log.milliseconds(.microseconds(3_070)) == "3.07")
        #expect(Log.milliseconds(.microseconds(5)) == "0.00")
        #expect(Log.milliseconds(.microseconds(10)) == "0.01")
        #expect(Log.milliseconds(.seconds(2) + .microseconds(450_000)) == "2450.00")
        #expect(Log.milliseconds(.milliseconds(12)) == "12.00")
    }
}
