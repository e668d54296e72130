import Fluent
import Foundation
import PortalCore
import PortalFHIR
import Testing

@testable import Portal
@testable import PortalRecord

/// A hospital with three departments (General Pediatrics with video, Adolescent Medicine
/// marked confidential, Allergy taking no requests), a scheduler for all of them, and a
/// family: a parent of a 6-year-old and of a 14-year-old who has an account of his own.
struct Clinic {
    let parent: Member
    let child: Patient
    let teen: Patient
    let teenAccount: Member
    let pediatrics: Department
    let adolescent: Department
    let allergy: Department
    let scheduler: StaffUser

    static let videoTemplate = "https://video.example.test/room/{room}"

    static func make(_ world: TestWorld) async throws -> Clinic {
        let db = world.app.db
        let pediatrics = Department(
            ehrKey: FHIRBuilder.departmentKey("PEDS"), nameEnglish: "General Pediatrics", nameSpanish: "Pediatría general",
            address: "2300 N Children's Plaza, Chicago, IL 60614", phone: "(312) 555-0140",
            reasonsEnglish: ["Sick visit", "Well-child visit"],
            reasonsSpanish: ["Consulta por enfermedad", "Control de niño sano"],
            videoURLTemplate: videoTemplate)
        let adolescent = Department(
            ehrKey: FHIRBuilder.departmentKey("ADOL"), nameEnglish: "Adolescent Medicine",
            nameSpanish: "Medicina para adolescentes", confidentialCategory: .reproductiveHealth,
            reasonsEnglish: ["Check-up"], reasonsSpanish: ["Chequeo"], videoURLTemplate: videoTemplate)
        let allergy = Department(
            ehrKey: FHIRBuilder.departmentKey("ALLERGY"), nameEnglish: "Allergy", nameSpanish: "Alergia", takesRequests: false)
        for department in [pediatrics, adolescent, allergy] { try await department.create(on: db) }
        let scheduler = try await Fixtures.staff(world, role: .scheduler)
        for department in [pediatrics, adolescent, allergy] {
            try await DepartmentScheduler(departmentID: department.id!, staffID: scheduler.id!).create(on: db)
        }
        let parent = try await Fixtures.member(world, name: "Maria Lopez")
        let child = try await Fixtures.patient(world, name: "Ana Lopez", bornYearsAgo: 6)
        let teen = try await Fixtures.patient(world, name: "Leo Lopez", bornYearsAgo: 14)
        let teenAccount = try await Fixtures.member(world, name: "Leo Lopez")
        try await Fixtures.grant(world, parent, child)
        try await Fixtures.grant(world, parent, teen)
        try await Fixtures.grant(world, teenAccount, teen, .`self`)
        return Clinic(
            parent: parent, child: child, teen: teen, teenAccount: teenAccount, pediatrics: pediatrics,
            adolescent: adolescent, allergy: allergy, scheduler: scheduler)
    }

    /// Imports one appointment through the FHIR import and returns it as stored.
    @discardableResult
    static func appointment(
        _ world: TestWorld, for patient: Patient, id: String = "appt-\(UUID().uuidString.prefix(8))", department: String = "PEDS",
        start: Date, minutes: Int = 30, isVideo: Bool = false, status: String = "booked", visitType: String? = "Sick visit",
        instruction: String? = nil
    ) async throws -> StoredAppointment {
        let bundle = FHIRBuilder.bundle([
            FHIRBuilder.patient(recordNumber: patient.medicalRecordNumber, name: patient.legalName, birthDate: patient.birthDate),
            FHIRBuilder.location(code: department, name: department),
            FHIRBuilder.appointment(
                id: id, recordNumber: patient.medicalRecordNumber, departmentCode: department, clinician: "Dr. Kim Lee",
                start: start, minutes: minutes, isVideo: isVideo, visitType: visitType, instruction: instruction,
                status: status),
        ])
        _ = try await ClinicalImportTests.run(world, bundle)
        return try #require(
            try await StoredAppointment.query(on: world.app.db).filter(\.$sourceKey == "\(FHIRBuilder.identifierSystem)|\(id)")
                .with(\.$department).first())
    }

    /// The scheduler signs in and books the request for Tuesday, December 1, 2026, 9:30, with Dr. Kim Lee.
    @discardableResult
    func schedulerBooks(_ world: TestWorld, _ request: SchedulingRequest, for patient: Patient) async throws -> Browser.Page {
        let browser = Browser(world)
        try await SecondFactorTests.signInStaff(browser, world, scheduler)
        _ = try await browser.get(Routes.staffSchedulingRequest(patient.ref, request.ref))
        return try await browser.post(
            Routes.staffSchedulingAnswer(patient.ref, request.ref),
            ["action": "book", "date": "2026-12-01", "time": "09:30", "minutes": "30", "clinician": "Dr. Kim Lee"])
    }
}
