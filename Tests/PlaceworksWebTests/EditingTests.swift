import Foundation
import Hummingbird
import HummingbirdTesting
import PlaceworksApplication
import PlaceworksDomain
import PlaceworksServer
import PlaceworksStore
import PlaceworksStoreSQLite
import Testing
@testable import PlaceworksWeb

@Suite("Signing in and editing in the browser")
struct EditingTests {
    @Test("signing in sets a Secure, HttpOnly, SameSite session cookie; a wrong password is refused; five in a row lock the name")
    func signingIn() async throws {
        let world = try await WebWorld.make()
        try await world.test { client in
            let form = try await client.execute(uri: "/sign-in", method: .get)
            let token = try #require(form.cookie(Cookies.signIn))
            let csrf = try #require(hidden("csrf", in: form.text))
            func attempt(_ password: String, name: String = "swk-editor") async throws -> TestResponse {
                try await client.execute(uri: "/sign-in", method: .post,
                                         headers: [.cookie: "\(Cookies.signIn)=\(token)", .contentType: "application/x-www-form-urlencoded"],
                                         body: ByteBuffer(string: encode([("csrf", csrf), ("name", name), ("password", password)])))
            }
            let good = try await attempt(WebWorld.password("swk-editor"))
            #expect(good.status == .seeOther)
            let cookie = try #require(good.headers[values: .setCookie].first { $0.hasPrefix(Cookies.session) })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Secure"))
            let wrong = try await attempt("not the password")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("not right"))
            #expect(wrong.text.contains("value=\"swk-editor\""))
            for _ in 0..<4 { _ = try await attempt("still not it") }
            let locked = try await attempt(WebWorld.password("swk-editor"))
            #expect(locked.status == .tooManyRequests)
            #expect(locked.text.contains("Too many wrong passwords"))
            // Another name is not locked by these failures.
            #expect(try await attempt(WebWorld.password("lew-editor"), name: "lew-editor").status == .seeOther)
            // Without the form's own token the post is refused.
            let forged = try await client.execute(uri: "/sign-in", method: .post,
                                                  headers: [.contentType: "application/x-www-form-urlencoded"],
                                                  body: ByteBuffer(string: encode([("name", "admin"), ("password", WebWorld.password("admin"))])))
            #expect(forged.status == .forbidden)
        }
    }

    @Test("the dashboard, place pages and forms send a visitor who is not signed in to sign in; a viewer cannot edit")
    func signInRequired() async throws {
        let world = try await WebWorld.make()
        try await world.test { client in
            let page = try await client.execute(uri: "/places/\(southwark)?as_of=2022-04-01", method: .get)
            #expect(page.status == .seeOther)
            #expect(page.headers[.location] == "/sign-in?next=%2Fplaces%2F\(southwark)%3Fas_of%3D2022-04-01")
            let viewer = try #require(try await signIn(client, as: "viewer"))
            let form = try await client.execute(uri: "/places/\(southwark)/risks/web-secret-risk", method: .get, headers: viewer.headers)
            #expect(form.status == .forbidden)
            #expect(form.text.contains("reads but does not change data"))
            let placePage = try await client.execute(uri: "/places/\(southwark)", method: .get, headers: viewer.headers)
            #expect(!placePage.text.contains("/risks/web-secret-risk\""))
        }
    }

    @Test("a place editor updates a risk of their place: saved, audited as them; a form of another place is refused")
    func updateRisk() async throws {
        let world = try await WebWorld.make()
        let snapshot = try await world.engine.snapshot()
        let lewishamRisk = try #require(snapshot.dataset.risks.first { PlaceResolver(snapshot.dataset).of($0)?.rawValue == lewisham })
        try await world.test { client in
            let editor = try #require(try await signIn(client, as: "swk-editor"))
            let uri = "/places/\(southwark)/risks/web-secret-risk"
            let form = try await client.execute(uri: uri, method: .get, headers: editor.headers)
            #expect(form.status == .ok)
            let version = try #require(hidden("version", in: form.text))
            let saved = try await client.execute(uri: uri, method: .post, headers: editor.form, body: editor.body([
                ("version", version), ("title", "Provider exit, reviewed"), ("likelihood", "2"), ("impact", "3"),
                ("mitigation", "Contingency contract"), ("reviewBy", "2022-09-30"), ("escalatedTo", ""), ("owner", ""), ("closed", ""),
            ]))
            #expect(saved.status == .seeOther)
            let risk = try #require(try await world.engine.snapshot().dataset.risks.first { $0.id == "web-secret-risk" })
            #expect(risk.title == "Provider exit, reviewed" && risk.likelihood == 2 && risk.impact == 3)
            #expect(try await world.store.auditLog().last?.actor == "swk-editor")
            // Lewisham's risk, through Lewisham's address or Southwark's, is not this editor's.
            let other = try await client.execute(uri: "/places/\(lewisham)/risks/\(lewishamRisk.id)", method: .get,
                                                 headers: editor.headers)
            #expect(other.status == .forbidden)
            let smuggled = try await client.execute(uri: "/places/\(southwark)/risks/\(lewishamRisk.id)", method: .post,
                                                    headers: editor.form, body: editor.body([("title", "Hijacked")]))
            #expect(smuggled.status == .forbidden)
            #expect(try await world.engine.snapshot().dataset.risks.first { $0.id == lewishamRisk.id }?.title == lewishamRisk.title)
        }
    }

    @Test("a refused field shows its error beside it with the input kept; a post without the session's token is refused")
    func validation() async throws {
        let world = try await WebWorld.make()
        try await world.test { client in
            let editor = try #require(try await signIn(client, as: "swk-editor"))
            let uri = "/places/\(southwark)/risks/web-secret-risk"
            let refused = try await client.execute(uri: uri, method: .post, headers: editor.form, body: editor.body([
                ("title", "Kept title"), ("likelihood", "9"), ("reviewBy", "31/09/2022"),
            ]))
            #expect(refused.status == .unprocessableContent)
            let page = refused.text
            #expect(page.contains("id=\"field-likelihood-error\""))
            #expect(page.contains("Choose a score from 1 to 5."))
            #expect(page.contains("id=\"field-reviewBy-error\""))
            #expect(page.contains("value=\"Kept title\""))
            #expect(page.contains("value=\"31/09/2022\""))
            #expect(page.contains("aria-invalid=\"true\""))
            #expect(try await world.engine.snapshot().dataset.risks.first { $0.id == "web-secret-risk" }?.likelihood == 4)
            let forged = try await client.execute(uri: uri, method: .post, headers: editor.form,
                                                  body: ByteBuffer(string: encode([("csrf", "pw_forged"), ("title", "Forged")])))
            #expect(forged.status == .forbidden)
            #expect(forged.text.contains("security token"))
        }
    }

    @Test("a stale form says someone else saved first and shows the values they saved; nothing of it is written")
    func staleForm() async throws {
        let world = try await WebWorld.make()
        try await world.test { client in
            let editor = try #require(try await signIn(client, as: "swk-editor"))
            let uri = "/places/\(southwark)/risks/web-secret-risk"
            let version = try #require(hidden("version", in: try await client.execute(uri: uri, method: .get, headers: editor.headers).text))
            try await world.engine.perform(UpdateRisk(id: "web-secret-risk", changes: RiskChanges(mitigation: "Saved by a colleague")),
                                           by: "colleague")
            let stale = try await client.execute(uri: uri, method: .post, headers: editor.form, body: editor.body([
                ("version", version), ("title", "My late title"), ("likelihood", "1"), ("impact", "1"),
            ]))
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("Someone else saved this risk first"))
            #expect(stale.text.contains("Saved by a colleague"))
            #expect(stale.text.contains("My late title"))
            let risk = try #require(try await world.engine.snapshot().dataset.risks.first { $0.id == "web-secret-risk" })
            #expect(risk.likelihood == 4 && risk.mitigation == "Saved by a colleague")
            #expect(hidden("version", in: stale.text) != version)
        }
    }

    @Test("milestones, members and deputies, and meetings are changed through their forms")
    func otherForms() async throws {
        let world = try await WebWorld.make()
        let snapshot = try await world.engine.snapshot()
        let resolver = PlaceResolver(snapshot.dataset)
        let milestone = try #require(snapshot.dataset.milestones.first { resolver.of($0)?.rawValue == southwark })
        let day: Day = "2022-04-01"
        let vacant = try #require(snapshot.dataset.seats.first {
            resolver.of($0)?.rawValue == southwark && $0.holds(on: day) && snapshot.index.membership(of: $0.id, on: day) == nil
        })
        let held = try #require(snapshot.dataset.seats.first {
            resolver.of($0)?.rawValue == southwark && snapshot.index.membership(of: $0.id, on: day) != nil
        })
        try await world.test { client in
            let editor = try #require(try await signIn(client, as: "swk-editor"))
            let milestoneURI = "/places/\(southwark)/milestones/\(milestone.id)"
            let milestoneForm = try await client.execute(uri: milestoneURI, method: .get, headers: editor.headers)
            let done = try await client.execute(uri: milestoneURI, method: .post, headers: editor.form, body: editor.body([
                ("version", hidden("version", in: milestoneForm.text) ?? ""), ("status", "done"), ("due", "\(milestone.due)"),
                ("completed", "2022-03-15"),
            ]))
            #expect(done.status == .seeOther)
            #expect(try await world.engine.snapshot().dataset.milestones.first { $0.id == milestone.id }?.status == .done)

            let seatURI = "/places/\(southwark)/seats/\(vacant.id)?as_of=2022-04-01"
            #expect(try await client.execute(uri: seatURI, method: .get, headers: editor.headers).text.contains("vacant"))
            let appointed = try await client.execute(
                uri: "/places/\(southwark)/seats/\(vacant.id)/appoint?as_of=2022-04-01", method: .post, headers: editor.form,
                body: editor.body([("personName", "Ada Example"), ("from", "2022-04-01")]))
            #expect(appointed.status == .seeOther)
            let after = try await world.engine.snapshot()
            let membership = try #require(after.index.membership(of: vacant.id, on: day))
            #expect(after.index.people[membership.person]?.name == "Ada Example")

            let heldURI = "/places/\(southwark)/seats/\(held.id)?as_of=2022-04-01"
            let heldPage = try await client.execute(uri: heldURI, method: .get, headers: editor.headers).text
            let membershipID = try #require(hidden("membership", in: heldPage))
            let deputy = try await client.execute(
                uri: "/places/\(southwark)/seats/\(held.id)/deputy?as_of=2022-04-01", method: .post, headers: editor.form,
                body: editor.body([("version", hidden("version", in: heldPage) ?? ""), ("membership", membershipID),
                                   ("deputyName", "Dee Puty"), ("briefed", "yes")]))
            #expect(deputy.status == .seeOther)
            let withDeputy = try #require(try await world.engine.snapshot().dataset.memberships.first { $0.id.rawValue == membershipID })
            #expect(withDeputy.deputyBriefed)
            let ended = try await client.execute(
                uri: "/places/\(southwark)/seats/\(held.id)/end?as_of=2022-04-01", method: .post, headers: editor.form,
                body: editor.body([("membership", membershipID), ("on", "2019-01-01")]))
            #expect(ended.status == .unprocessableContent, "ending before it began is refused")
            #expect(ended.text.contains("cannot end before"))

            let recorded = try await client.execute(
                uri: "/places/\(southwark)/new-meeting", method: .post, headers: editor.form,
                body: editor.body([("body", "swk-pssb"), ("date", "2022-09-08"), ("starts", "18:30"), ("ends", "20:00"),
                                   ("session", "public"), ("item", "Autumn plan"), ("decision", "Autumn plan adopted"),
                                   ("decisionPublic", "yes"), ("location", "Town hall")]))
            #expect(recorded.status == .seeOther)
            let feed = try await client.execute(uri: "/bodies/swk-pssb/meetings.ics", method: .get).text
            #expect(feed.contains("DTSTART;TZID=Europe/London:20220908T183000"))
            let badTimes = try await client.execute(
                uri: "/places/\(southwark)/new-meeting", method: .post, headers: editor.form,
                body: editor.body([("body", "swk-pssb"), ("date", "2022-09-09"), ("starts", "18:30"), ("ends", "17:00"),
                                   ("session", "public")]))
            #expect(badTimes.status == .unprocessableContent)
            #expect(badTimes.text.contains("must end after it starts"))
        }
    }

    @Test("the meeting form records attendance, apologies, a deputy and a declaration through the meeting operation")
    func meetingAttendance() async throws {
        let world = try await WebWorld.make()
        let people = try await meetingFormPeople(world)
        let (chair, absent, member, deputy) = (people[0], people[1], people[2], people[3])
        try await world.test { client in
            let editor = try #require(try await signIn(client, as: "swk-editor"))
            let form = try await client.execute(uri: "/places/\(southwark)/new-meeting", method: .get, headers: editor.headers).text
            #expect(form.contains("<legend>Attendance</legend>") && form.contains("<legend>Declarations of interest</legend>"))
            #expect(form.contains("<label for=\"field-attendance-\(chair)\">"), "every attendance choice has a label")
            let recorded = try await client.execute(
                uri: "/places/\(southwark)/new-meeting", method: .post, headers: editor.form,
                body: editor.body([("body", "swk-pssb"), ("date", "2022-10-06"), ("session", "public"),
                                   ("item", "Care home contract"), ("decision", "Contract extended"), ("decisionPublic", "yes"),
                                   ("attendance-\(chair)", "member"), ("attendance-\(absent)", "apologies"),
                                   ("attendance-\(deputy)", "deputy"), ("standingInFor-\(deputy)", member),
                                   ("declarant-1", chair), ("interest-1", "Trustee of a care home charity")]))
            #expect(recorded.status == .seeOther, "\(recorded.text)")
            let meeting = try #require(try await world.engine.snapshot().dataset.meetings.first { $0.id == "swk-pssb-2022-10-06" })
            #expect(meeting.attendance == [Attendance(ID(chair), as: .member), Attendance(ID(absent), as: .apologies),
                                           Attendance(ID(deputy), as: .deputy, standingInFor: ID(member))]
                .sorted { people.firstIndex(of: $0.person.rawValue)! < people.firstIndex(of: $1.person.rawValue)! })
            #expect(meeting.declarations == [Declaration(person: ID(chair), item: "1", interest: "Trustee of a care home charity")])
            #expect(meeting.items.first?.decision?.summary == "Contract extended")
            let audit = try await world.store.auditLog().last
            #expect(audit?.actor == "swk-editor" && audit?.id == "swk-pssb-2022-10-06")
        }
    }

    @Test("the meeting form refuses a deputy who stood in for no one and a declaration without its interest, next to the fields, keeping the input")
    func meetingAttendanceRefused() async throws {
        let world = try await WebWorld.make()
        let people = try await meetingFormPeople(world)
        let (chair, deputy, other) = (people[0], people[1], people[2])
        try await world.test { client in
            let editor = try #require(try await signIn(client, as: "swk-editor"))
            let before = try await world.engine.snapshot().dataset.meetings.count
            let refused = try await client.execute(
                uri: "/places/\(southwark)/new-meeting", method: .post, headers: editor.form,
                body: editor.body([("body", "swk-pssb"), ("date", "2022-10-13"), ("session", "public"), ("item", "Budget"),
                                   ("attendance-\(chair)", "member"), ("attendance-\(deputy)", "deputy"),
                                   ("standingInFor-\(other)", chair), ("declarant-2", chair)]))
            #expect(refused.status == .unprocessableContent)
            let page = refused.text
            #expect(page.contains("id=\"field-standingInFor-\(deputy)-error\""), "the deputy's error is not next to whom they stood in for")
            #expect(page.contains("Choose the member"))
            #expect(page.contains("id=\"field-attendance-\(other)-error\""), "standing in without being a deputy is not refused")
            #expect(page.contains("id=\"field-interest-2-error\""), "a declaration without its interest is not refused")
            #expect(page.contains("<option value=\"deputy\" selected>"), "the attendance chosen is not kept")
            #expect(page.contains("value=\"Budget\""), "the agenda item typed is not kept")
            #expect(try await world.engine.snapshot().dataset.meetings.count == before, "a refused form wrote a meeting")
        }
    }

    @Test("two instances on one store share the sign-in limit: failures through either count towards it")
    func sharedSignInLimit() async throws {
        let world = try await WebWorld.make()
        let second = try await SQLiteStore.open(path: world.folder.appendingPathComponent("placeworks.sqlite").path)
        let otherEngine = Engine(store: second, registry: world.engine.registry, clock: world.engine.clock)
        let otherSite = WebSite(engine: otherEngine, accounts: Accounts(store: second, hashing: WebWorld.cheapHashing,
                                                                        clock: world.engine.clock))
        let other = buildApplication(engine: otherEngine, web: otherSite)
        try await world.test { first in
            try await other.test(.router) { secondClient in
                func attempt(_ client: any TestClientProtocol, _ password: String) async throws -> TestResponse {
                    let form = try await client.execute(uri: "/sign-in", method: .get)
                    let token = try #require(form.cookie(Cookies.signIn))
                    return try await client.execute(
                        uri: "/sign-in", method: .post,
                        headers: [.cookie: "\(Cookies.signIn)=\(token)", .contentType: "application/x-www-form-urlencoded"],
                        body: ByteBuffer(string: encode([("csrf", hidden("csrf", in: form.text) ?? ""), ("name", "swk-editor"),
                                                         ("password", password)])))
                }
                for client in [first, secondClient, first, secondClient, first] {
                    #expect(try await attempt(client, "wrong").status == .unauthorized)
                }
                let locked = try await attempt(secondClient, WebWorld.password("swk-editor"))
                #expect(locked.status == .tooManyRequests, "the second instance did not count the first's failures")
                #expect(try await attempt(first, WebWorld.password("swk-editor")).status == .tooManyRequests)
            }
        }
        try await second.close()
    }

    @Test("signing out ends the session; a disabled account cannot sign in")
    func signingOut() async throws {
        let world = try await WebWorld.make()
        try await world.test { client in
            let editor = try #require(try await signIn(client, as: "swk-editor"))
            let out = try await client.execute(uri: "/sign-out", method: .post, headers: editor.form, body: editor.body([]))
            #expect(out.status == .seeOther)
            let after = try await client.execute(uri: "/places/\(southwark)", method: .get, headers: editor.headers)
            #expect(after.status == .seeOther)
            try await world.accounts.disable(name: "lew-editor")
            #expect(try await signIn(client, as: "lew-editor") == nil)
        }
    }
}

/// The people the meeting form offers for Southwark (at least four), by identifier, in its order.
func meetingFormPeople(_ world: WebWorld) async throws -> [String] {
    let snapshot = try await world.engine.snapshot()
    let place = try #require(snapshot.dataset.places.first { $0.id.rawValue == southwark })
    let people = WebSite.people(of: place, in: snapshot).map(\.value)
    try #require(people.count >= 4)
    return people
}
