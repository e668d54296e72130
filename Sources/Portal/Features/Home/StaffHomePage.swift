import PortalCore
import PortalHTML

enum StaffHomePage {
    struct Model: Sendable {
        var name: String
        var role: Strings.StaffRoleName
        var canReadAuditTrail: Bool
        var canManageAccess: Bool
        var canSeeMailStatus: Bool
        var canOpenRecords: Bool
        var canReadMessages: Bool
        var canSetUpCareTeams: Bool
        var canSchedule: Bool = false
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        return Layout.page(title: Strings.Home.staffTitle(language), context: context) {
            h1 { Strings.Home.staffTitle(language) }
            p(.class("lead")) { "\(model.name) · \(model.role.text(language))" }
            section(Attribute("aria-labelledby", "tools-heading")) {
                h2(.id("tools-heading")) { Strings.Home.staffTools(language) }
                ul(.class("tool-list")) {
                    if model.canReadMessages {
                        li { a(.href(Routes.staffInbox())) { Strings.CareTeamInbox.title(language) } }
                    }
                    if model.canSchedule {
                        li { a(.href(Routes.staffScheduling())) { Strings.SchedulerQueue.title(language) } }
                    }
                    if model.canSetUpCareTeams {
                        li { a(.href(Routes.staffCareTeams())) { Strings.CareTeamSetup.title(language) } }
                        li { a(.href(Routes.staffDepartments())) { Strings.DepartmentSetup.title(language) } }
                    }
                    if model.canOpenRecords {
                        li { a(.href(Routes.staffRecords())) { Strings.RecordSearch.title(language) } }
                    }
                    if model.canManageAccess {
                        li { a(.href(Routes.staffEnrollment())) { Strings.EnrollmentQueue.title(language) } }
                        li { a(.href(Routes.staffPatients())) { Strings.Home.manageAccess(language) } }
                    }
                    if model.canSeeMailStatus {
                        li { a(.href(Routes.staffMail())) { Strings.MailStatus.title(language) } }
                    }
                    if model.canReadAuditTrail {
                        li { a(.href(Routes.auditTrail())) { Strings.Home.auditTrail(language) } }
                    }
                }
                p { Strings.Home.staffNothingYet(language) }
            }
        }
    }
}
