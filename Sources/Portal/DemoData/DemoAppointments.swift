import Fluent
import Foundation
import PortalCore
import PortalFHIR
import PortalRecord
import Vapor

/// The demo hospital's departments and the family's visits: Sofia has a video visit later
/// today and a well-child visit in a few weeks; Mateo (14) has an Adolescent Medicine visit
/// his parents never see, and a sports physical they do.
enum DemoAppointments {
    static let videoTemplate = "https://video.example-hospital.org/visit/{room}"

    static func seedDepartments(on db: any Database) async throws {
        let departments = [
            Department(
                ehrKey: FHIRBuilder.departmentKey("PEDS"), nameEnglish: "General Pediatrics", nameSpanish: "Pediatría general",
                address: "2300 N Children's Plaza, Chicago, IL 60614", phone: "(312) 555-0140",
                reasonsEnglish: ["Well-child visit", "Sick visit", "Follow-up visit", "Vaccines only", "School or sports form"],
                reasonsSpanish: [
                    "Control de niño sano", "Consulta por enfermedad", "Consulta de seguimiento", "Solo vacunas",
                    "Formulario escolar o deportivo",
                ],
                videoURLTemplate: videoTemplate),
            Department(
                ehrKey: FHIRBuilder.departmentKey("ADOL"), nameEnglish: "Adolescent Medicine",
                nameSpanish: "Medicina para adolescentes", address: "2300 N Children's Plaza, Floor 4, Chicago, IL 60614",
                phone: "(312) 555-0160", confidentialCategory: .reproductiveHealth,
                reasonsEnglish: ["Check-up", "Follow-up visit"], reasonsSpanish: ["Chequeo", "Consulta de seguimiento"],
                videoURLTemplate: videoTemplate, ages: DepartmentAges(from: 12, through: 25)!),
            Department(
                ehrKey: FHIRBuilder.departmentKey("ALLERGY"), nameEnglish: "Allergy and Immunology",
                nameSpanish: "Alergia e inmunología", address: "1 Lakeshore Medical Pavilion, Chicago, IL 60611",
                phone: "(312) 555-0180", takesRequests: false),
        ]
        for department in departments { try await department.create(on: db) }
        for scheduler in try await StaffUser.query(on: db).filter(\.$role == .scheduler).all() {
            for department in departments {
                try await DepartmentScheduler(departmentID: department.id!, staffID: scheduler.id!).create(on: db)
            }
        }
    }

    /// Starts on a whole five minutes, as a schedule would have it.
    private static func slot(_ instant: Date) -> Date {
        Date(timeIntervalSince1970: (instant.timeIntervalSince1970 / 300).rounded(.up) * 300)
    }

    private static func at(_ day: LocalDate, hour: Int, minute: Int = 0, zone: TimeZone) -> Date {
        day.startOfDay(in: zone).addingTimeInterval(Double(hour * 3600 + minute * 60))
    }

    static func entries(recordNumber mrn: String, now: Date, zone: TimeZone) -> [FHIRBuilder.Entry] {
        let today = LocalDate(now, in: zone)
        switch mrn {
        case "MRN100001":
            return [
                FHIRBuilder.location(code: "PEDS", name: "General Pediatrics"),
                FHIRBuilder.appointment(
                    id: "\(mrn)-appt-video", recordNumber: mrn, departmentCode: "PEDS", clinician: "Dr. Priya Patel",
                    start: slot(now.addingTimeInterval(90 * 60)), minutes: 20, isVideo: true, visitType: "Follow-up visit",
                    instruction: "Have Sofia's ear drops and a flashlight at hand so the doctor can look at her ear."),
                FHIRBuilder.appointment(
                    id: "\(mrn)-appt-well", recordNumber: mrn, departmentCode: "PEDS", clinician: "Dr. Priya Patel",
                    start: at(today.adding(days: 23), hour: 9, minute: 30, zone: zone), minutes: 30,
                    visitType: "Well-child visit",
                    instruction: "Bring the school health form and Sofia's vaccine card. Arrive 15 minutes early."),
                FHIRBuilder.appointment(
                    id: "\(mrn)-appt-ear", recordNumber: mrn, departmentCode: "PEDS", clinician: "Dr. Priya Patel",
                    start: at(today.adding(days: -12), hour: 15, zone: zone), minutes: 20, visitType: "Sick visit",
                    status: "fulfilled"),
            ]
        case "MRN100002":
            return [
                FHIRBuilder.location(code: "PEDS", name: "General Pediatrics"),
                FHIRBuilder.location(code: "ADOL", name: "Adolescent Medicine"),
                FHIRBuilder.appointment(
                    id: "\(mrn)-appt-sports", recordNumber: mrn, departmentCode: "PEDS", clinician: "Dr. Priya Patel",
                    start: at(today.adding(days: 5), hour: 16, zone: zone), minutes: 30, visitType: "Sports physical"),
                FHIRBuilder.appointment(
                    id: "\(mrn)-appt-adolescent", recordNumber: mrn, departmentCode: "ADOL", clinician: "Dr. Priya Patel",
                    start: at(today.adding(days: 9), hour: 14, zone: zone), minutes: 40, visitType: "Confidential visit"),
            ]
        default:
            return []
        }
    }
}
