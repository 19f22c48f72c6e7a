import Foundation
import PlaceworksDomain
import PlaceworksInterchange
import PlaceworksTestSupport
import Testing

@Suite("Bad data files say what is wrong and where")
struct BadFileTests {
    func error(_ body: () throws -> Void) -> InterchangeError? {
        do { try body() } catch let error as InterchangeError { return error } catch { return nil }
        return nil
    }

    @Test("An empty file says it is empty", arguments: ["yaml", "json"])
    func emptyFile(_ ext: String) throws {
        let path = try temporaryFile("  \n", extension: ext)
        let found = error { _ = try DataFile.read(Dataset.self, from: path) }
        #expect(found == .unreadable(file: path, reason: "the file is empty"))
        #expect(found?.description == "Cannot read \(path): the file is empty.")
    }

    @Test("A value outside a fixed list names the allowed values")
    func valueOutsideList() throws {
        let path = try temporaryFile("""
            milestones:
            - id: m1
              title: Plan agreed
              due: '2022-04-01'
              status: finished
            """, extension: "yaml")
        let message = try #require(error { _ = try DataFile.read(Dataset.self, from: path) }?.description)
        #expect(message.contains("milestones[0].status"), "\(message)")
        #expect(message.contains("“finished” is not one of the allowed values: planned, in-progress, at-risk, done or cancelled"),
                "\(message)")
    }

    @Test("A dangling reference names the record's position in the user's file, not in the merged data")
    func danglingReference() throws {
        let path = try temporaryFile("""
            memberships:
            - id: ex-m-1
              seat: tb-seat-dph
              person: tb-person-dph
            - id: ex-m-2
              seat: no-such-seat
              person: tb-person-dph
            """, extension: "yaml")
        let message = try #require(error { _ = try DatasetFile.load(path, over: TestWorld.dataset) }?.description)
        // The merged data holds the test world's 13 memberships first; the file's second record is [1].
        #expect(message.contains("memberships[1] (ex-m-2), field “seat”: there is no seat with the identifier no-such-seat"),
                "\(message)")
    }
}
