import Foundation
import PlaceworksCommands
import Testing

@Suite("The place command line")
struct PlaceCommandTests {
    @Test("Bad usage exits with status 2")
    func badUsage() async {
        #expect(await PlaceCommand.run(["check", "--as-of", "2022-13-01"]) == 2)
        #expect(await PlaceCommand.run(["check", "--format", "xml"]) == 2)
        #expect(await PlaceCommand.run(["no-such-command"]) == 2)
    }

    @Test("An unknown place exits with status 2")
    func unknownPlace() async {
        #expect(await PlaceCommand.run(["check", "--place", "Narnia", "--as-of", "2022-04-01"]) == 2)
    }

    @Test("An unreadable data file exits with status 2")
    func unreadableData() async {
        #expect(await PlaceCommand.run(["check", "--data", "/nonexistent/data.yaml"]) == 2)
    }

    @Test("Help exits with status 0")
    func help() async {
        #expect(await PlaceCommand.run(["--help"]) == 0)
    }
}
