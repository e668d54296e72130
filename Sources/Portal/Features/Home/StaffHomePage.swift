import PortalCore
import PortalHTML

enum StaffHomePage {
    struct Model: Sendable {
        var name: String
        var role: LocalizedText
        var canReadAuditTrail: Bool
        var canManageAccess: Bool
        var canSeeMailStatus: Bool
        var canOpenRecords: Bool
        var canReadMessages: Bool
        var canSetUpCareTeams: Bool
        var canSchedule: Bool = false
        var canManageStaff: Bool = false
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        return Layout.page(title: Strings.home.staffTitle(language), context: context) {
            h1 { Strings.home.staffTitle(language) }
            p(.class("lead")) { "\(model.name) · \(model.role(language))" }
            section(Attribute("aria-labelledby", "tools-heading")) {
                h2(.id("tools-heading")) { Strings.home.staffTools(language) }
                ul(.class("tool-list")) {
                    if model.canReadMessages {
                        li { a(.href(Routes.staffInbox())) { Strings.careTeamInbox.title(language) } }
                    }
                    if model.canSchedule {
                        li { a(.href(Routes.staffScheduling())) { Strings.schedulerQueue.title(language) } }
                    }
                    if model.canSetUpCareTeams {
                        li { a(.href(Routes.staffCareTeams())) { Strings.careTeamSetup.title(language) } }
                        li { a(.href(Routes.staffDepartments())) { Strings.departmentSetup.title(language) } }
                        li { a(.href(Routes.staffApps())) { Strings.appRegistration.title(language) } }
                    }
                    if model.canOpenRecords {
                        li { a(.href(Routes.staffRecords())) { Strings.recordSearch.title(language) } }
                    }
                    if model.canManageAccess {
                        li { a(.href(Routes.staffEnrollment())) { Strings.enrollmentQueue.title(language) } }
                        li { a(.href(Routes.staffPatients())) { Strings.home.manageAccess(language) } }
                        li { a(.href(Routes.staffBrokenGlass())) { Strings.breakTheGlass.reviewTitle(language) } }
                    }
                    if model.canSeeMailStatus {
                        li { a(.href(Routes.staffMail())) { Strings.mailStatus.title(language) } }
                    }
                    if model.canManageStaff {
                        li { a(.href(Routes.staffAccounts())) { Strings.staffAccounts.homeLink(language) } }
                    }
                    if model.canReadAuditTrail {
                        li { a(.href(Routes.auditTrail())) { Strings.home.auditTrail(language) } }
                    }
                }
                p { Strings.home.staffNothingYet(language) }
            }
        }
    }
}
