import Fluent
import Foundation
import PortalCore
import Testing
import VaporTesting

@testable import Portal
@testable import PortalRecord

@Suite("Video visits: the join window, the room, and guests' single-use links")
struct VideoVisitTests {
    /// The key of the visit page's "invite a guest" form, which becomes the guest's link.
    static func guestFormKey(_ page: Browser.Page) throws -> String {
        try #require(
            MessagingTests.key(
                in: page.body.components(separatedBy: "guest-name")[0].components(separatedBy: "Invite").last ?? ""))
    }

    @Test("The Join button shows from 15 minutes before until the end; joining outside the window is refused")
    func joinWindow() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let visit = try await Clinic.appointment(
                world, for: clinic.child, start: world.now.addingTimeInterval(20 * 60), minutes: 20, isVideo: true)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let page = Routes.patientAppointment(clinic.child.ref, visit.ref)
            let join = Routes.patientAppointmentJoin(clinic.child.ref, visit.ref)

            let early = try await parent.get(page)
            #expect(!early.body.contains("Join video visit"))
            #expect(early.body.contains("The Join button appears at 12:05 PM Central Time, 5 minutes from now"))
            let tooEarly = try await parent.get(join)
            #expect(tooEarly.status == .conflict && tooEarly.body.contains("The visit room opens at 12:05 PM"))

            world.advance(5 * 60)
            let open = try await parent.get(page)
            #expect(open.body.contains("Join video visit"))
            let joined = try await parent.get(join)
            #expect(joined.status == .seeOther)
            #expect(joined.location == "https://video.example.test/room/\(visit.videoRoom!)")
            let audited = try await AuditEvent.query(on: world.app.db).filter(\.$action == "video_room.opened").count()
            #expect(audited == 1)

            world.advance(15 * 60)
            #expect(try await parent.get(page).body.contains("Join video visit"))
            world.advance(10 * 60)
            #expect(try await parent.get(page).body.contains("Join video visit"))
            world.advance(10 * 60)  // 12:40, the visit's end
            let after = try await parent.get(page)
            #expect(!after.body.contains("Join video visit") && after.body.contains("This video visit has ended"))
            #expect(try await parent.get(join).status == .gone)
        }
    }

    @Test("An in-person visit has no room, and a department without a video platform says to call")
    func noRoom() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let inPerson = try await Clinic.appointment(world, for: clinic.child, start: world.now.addingTimeInterval(300))
            clinic.pediatrics.videoURLTemplate = nil
            try await clinic.pediatrics.update(on: world.app.db)
            let video = try await Clinic.appointment(
                world, for: clinic.child, start: world.now.addingTimeInterval(300), isVideo: true)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            #expect(try await parent.get(Routes.patientAppointmentJoin(clinic.child.ref, inPerson.ref)).status == .conflict)
            let unset = try await parent.get(Routes.patientAppointmentJoin(clinic.child.ref, video.ref))
            #expect(unset.status == .conflict && unset.body.contains("not set up yet"))
        }
    }

    @Test("A guest link admits once inside the window, says so when reused, revoked or early, and is audited each time")
    func guestLinks() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let visit = try await Clinic.appointment(
                world, for: clinic.child, start: world.now.addingTimeInterval(30 * 60), minutes: 30, isVideo: true)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let page = try await parent.get(Routes.patientAppointment(clinic.child.ref, visit.ref))
            let key = try Self.guestFormKey(page)
            let invite = Routes.patientAppointmentGuests(clinic.child.ref, visit.ref)
            let nameless = try await parent.post(invite, ["key": key, "name": " "])
            #expect(nameless.status == .unprocessableEntity && nameless.body.contains("Say who the link is for"))
            let made = try await parent.post(invite, ["key": key, "name": "Dad"])
            #expect(made.status == .ok && made.body.contains("Here is the link for Dad"))
            let link = "/visit/\(key)"
            #expect(made.body.contains(link))
            // A reload of the same form shows the same link and makes no second one.
            let again = try await parent.post(invite, ["key": key, "name": "Dad"])
            #expect(again.body.contains(link))
            #expect(try await VisitGuestPass.query(on: world.app.db).count() == 1)
            #expect(try await VisitGuestPass.query(on: world.app.db).first()?.tokenHash != key)

            let guest = Browser(world)
            let early = try await guest.get(link)
            #expect(early.status == .conflict && early.body.contains("opens at"))
            world.advance(10 * 60)
            try await parent.get(Routes.patientAppointment(clinic.child.ref, visit.ref))
            world.advance(10 * 60)
            let admitted = try await guest.get(link)
            #expect(admitted.status == .seeOther && admitted.location == "https://video.example.test/room/\(visit.videoRoom!)")
            let reused = try await Browser(world).get(link)
            #expect(reused.status == .gone && reused.body.contains("already been used"))
            #expect(try await Browser(world).get("/visit/\(RandomToken.make())").status == .notFound)
            #expect(try await Browser(world).get("/visit/not-a-token").status == .notFound)

            // A second link, revoked before use.
            let second = try await parent.get(Routes.patientAppointment(clinic.child.ref, visit.ref))
            #expect(second.body.contains("Used"))
            let secondKey = try Self.guestFormKey(second)
            _ = try await parent.post(invite, ["key": secondKey, "name": "Interpreter (Spanish)"])
            let pass = try #require(
                try await VisitGuestPass.query(on: world.app.db).filter(\.$guestName == "Interpreter (Spanish)").first())
            let revoked = try await parent.post(Routes.patientAppointmentGuestRevoke(clinic.child.ref, visit.ref, pass.ref), [:])
            #expect(revoked.status == .seeOther)
            let refused = try await Browser(world).get("/visit/\(secondKey)")
            #expect(refused.status == .gone && refused.body.contains("cancelled by the family"))

            let tries = try await AuditEvent.query(on: world.app.db).filter(\.$action == "guest_pass.used").all()
            #expect(tries.filter { $0.outcome == "success" }.count == 1)
            #expect(tries.filter { $0.outcome == "denied" }.count == 3)
            #expect(tries.allSatisfy { $0.patientID == clinic.child.id!.uuidString.lowercased() })
        }
    }

    @Test("A guest link stops working when the parent who made it loses access to the visit")
    func guestLinkFollowsItsMakersAccess() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let visit = try await Clinic.appointment(
                world, for: clinic.child, start: world.now.addingTimeInterval(5 * 60), minutes: 30, isVideo: true)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let page = try await parent.get(Routes.patientAppointment(clinic.child.ref, visit.ref))
            let key = try Self.guestFormKey(page)
            let made = try await parent.post(
                Routes.patientAppointmentGuests(clinic.child.ref, visit.ref), ["key": key, "name": "Grandma"])
            #expect(made.status == .ok)

            let grant = try #require(
                try await AccessGrant.query(on: world.app.db).filter(\.$member.$id == clinic.parent.id!)
                    .filter(\.$patient.$id == clinic.child.id!).first())
            grant.revokedAt = world.now
            try await grant.save(on: world.app.db)
            let refused = try await Browser(world).get("/visit/\(key)")
            #expect(refused.status == .gone && refused.body.contains("cancelled by the family"))
            #expect(
                try await VisitGuestPass.query(on: world.app.db).first()?.usedAt == nil,
                "the refused try does not use up the link")

            grant.revokedAt = nil
            try await grant.save(on: world.app.db)
            #expect(try await Browser(world).get("/visit/\(key)").status == .seeOther)
        }
    }

    @Test("Three live guest links at most; a finished visit takes no more")
    func guestLimits() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let visit = try await Clinic.appointment(
                world, for: clinic.child, start: world.now.addingTimeInterval(3600), minutes: 30, isVideo: true)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            try await parent.get(Routes.patientAppointment(clinic.child.ref, visit.ref))
            let invite = Routes.patientAppointmentGuests(clinic.child.ref, visit.ref)
            for name in ["One", "Two", "Three"] {
                #expect(try await parent.post(invite, ["key": RandomToken.make(), "name": name]).status == .ok)
            }
            let fourth = try await parent.post(invite, ["key": RandomToken.make(), "name": "Four"])
            #expect(fourth.status == .conflict && fourth.body.contains("at most 3 guest links"))
            for _ in 0..<6 {
                world.advance(15 * 60)
                try await parent.get(Routes.patientAppointment(clinic.child.ref, visit.ref))
            }
            let over = try await parent.post(invite, ["key": RandomToken.make(), "name": "Late"])
            #expect(over.status == .gone)
        }
    }

    @Test("The camera check page may use the camera; no other page may")
    func cameraCheck() async throws {
        try await withTestApp { world in
            let check = try await Browser(world).get(Routes.videoCheck())
            #expect(check.status == .ok && check.body.contains("Test your camera and microphone"))
            #expect(check.headers.first(name: "Permissions-Policy")?.contains("camera=(self)") == true)
            let other = try await Browser(world).get(Routes.signIn())
            #expect(other.headers.first(name: "Permissions-Policy")?.contains("camera=()") == true)
        }
    }
}
