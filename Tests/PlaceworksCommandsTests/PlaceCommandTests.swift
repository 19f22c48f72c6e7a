import Foundation
import PlaceworksBootstrap
import PlaceworksCommands
import PlaceworksDomain
import Testing

@Suite("The place command line")
struct PlaceCommandTests {
    @Test("Bad usage exits with status 2")
    func badUsage() async {
        #expect(await PlaceCommand.run(["check", "--as-of", "2022-13-01"]) == 2)
        #expect(await PlaceCommand.run(["check", "--format", "xml"]) == 2)
        #expect(await PlaceCommand.run(["no-such-command"]) == 2)
    }

    @Test("An unknown place exits with status 2; the default store is the environment's, never the repository's")
    func unknownPlace() async throws {
        let store = try TemporaryStore()
        let environment = CommandEnvironment(registry: { try Registry.standard() },
                                             variables: ["PLACEWORKS_STORE": store.path, "USER": "tester"])
        #expect(await PlaceCommand.run(["init"], environment: environment) == 0)
        #expect(await PlaceCommand.run(["check", "--place", "Narnia", "--as-of", "2022-04-01"], environment: environment) == 2)
        #expect(try await store.auditLog().allSatisfy { $0.actor == "place init (by tester)" })
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
