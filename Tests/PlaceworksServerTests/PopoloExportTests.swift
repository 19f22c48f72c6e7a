import Foundation
import HummingbirdTesting
import Testing
@testable import PlaceworksServer
import PlaceworksApplication
import PlaceworksDomain

@Suite("Popolo open data export")
struct PopoloExportTests {
    /// The repository's root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let schemas = root.deletingLastPathComponent().appendingPathComponent("shared/data/popolo")

    @Test("every object of the ICS-wide and per-place exports validates against the Popolo schemas (draft-03)",
          .enabled(if: FileManager.default.fileExists(atPath: schemas.path), "the Popolo schemas are not beside the repository"))
    func validates() async throws {
        let world = try await ServerWorld.make()
        try await world.test { client in
            for uri in ["/api/v1/popolo", "/api/v1/popolo?place=\(southwark)&as_of=2022-04-01"] {
                let response = try await client.execute(uri: uri, method: .get, headers: world.auth("viewer"))
                #expect(response.status == .ok, "\(response.text)")
                #expect(!(response.object["memberships"] as? [Any] ?? []).isEmpty)
                let file = FileManager.default.temporaryDirectory.appendingPathComponent("popolo-\(UUID().uuidString).json")
                try Data(response.body.readableBytesView).write(to: file)
                defer { try? FileManager.default.removeItem(at: file) }
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                process.arguments = ["python3", Self.root.appendingPathComponent("Tools/popolo/validate.py").path, file.path,
                                     Self.schemas.path]
                let output = Pipe()
                process.standardOutput = output
                process.standardError = output
                try process.run()
                let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                #expect(process.terminationStatus == 0, "\(uri): \(text)")
            }
        }
    }

    @Test("without a token only public meetings and decisions are exported; with one, private ones too")
    func publicOnly() async throws {
        let world = try await ServerWorld.make()
        try await world.test { client in
            let snapshot = try await world.engine.snapshot()
            let body = try #require(snapshot.dataset.bodies.first { $0.place?.rawValue == southwark })
            try await world.engine.perform(RecordMeeting(meeting: Meeting(
                id: "private-meeting", body: body.id, date: "2023-05-01", session: .private,
                items: [AgendaItem(id: "1", title: "Contract", decision: Decision(id: "d", summary: "Secret", public: false))])),
                by: "setup")
            let open = try await client.execute(uri: "/api/v1/popolo", method: .get)
            #expect(open.status == .ok)
            let openEvents = (open.object["events"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(!openEvents.contains("meeting/private-meeting"))
            let full = try await client.execute(uri: "/api/v1/popolo", method: .get, headers: world.auth("viewer"))
            let events = (full.object["events"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(events.contains("meeting/private-meeting"))
            let motions = (full.object["motions"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            #expect(motions.contains("Secret"))
            let bad = try await client.execute(uri: "/api/v1/popolo", method: .get, headers: [.authorization: "Bearer nope"])
            #expect(bad.status == .unauthorized)
        }
    }
}
