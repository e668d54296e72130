import PortalCore
import PortalHTML

enum AuditTrailPage {
    struct Row: Sendable {
        var sequence: Int64
        var time: String
        var who: String
        var patient: String
        var action: String
        var outcome: String
        var address: String
    }

    struct Filters: Sendable {
        var action = ""
        var outcome = ""
        var recordNumber = ""
        var day = ""
    }

    struct Model: Sendable {
        var rows: [Row]
        var filters: Filters
        var actions: [String]
        var outcomes: [String]
        var olderLink: String?
        var filterError: Bool
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let t = Strings.auditTrail
        return Layout.page(title: t.title(language), context: context) {
            h1 { t.title(language) }
            p(.class("lead")) { t.intro(language) }
            if model.filterError { Components.alert(t.badFilter(language)) }
            form(.method("get"), .action(Routes.auditTrail()), .class("filters")) {
                selectField(
                    id: "action", label: t.action(language), any: t.anyAction(language), options: model.actions,
                    selected: model.filters.action)
                selectField(
                    id: "outcome", label: t.outcome(language), any: t.anyOutcome(language), options: model.outcomes,
                    selected: model.filters.outcome)
                div(.class("field")) {
                    label(.for("mrn")) { t.patient(language) }
                    input(.id("mrn"), .type("text"), .name("mrn"), .value(model.filters.recordNumber), .maxlength(32))
                }
                div(.class("field")) {
                    label(.for("day")) { t.day(language) }
                    input(.id("day"), .type("date"), .name("day"), .value(model.filters.day))
                }
                button(.type("submit")) { t.filter(language) }
            }
            if model.rows.isEmpty {
                p { t.none(language) }
            } else {
                div(.class("table-scroll"), Attribute("tabindex", "0")) {  // keyboard users scroll it too
                    table {
                        caption(.class("hint")) { t.title(language) }
                        thead {
                            tr {
                                th(Attribute("scope", "col")) { t.number(language) }
                                th(Attribute("scope", "col")) { t.time(language) }
                                th(Attribute("scope", "col")) { t.who(language) }
                                th(Attribute("scope", "col")) { t.patient(language) }
                                th(Attribute("scope", "col")) { t.action(language) }
                                th(Attribute("scope", "col")) { t.outcome(language) }
                                th(Attribute("scope", "col")) { t.from(language) }
                            }
                        }
                        tbody {
                            for row in model.rows {
                                tr {
                                    td { String(row.sequence) }
                                    td { row.time }
                                    td { row.who }
                                    td { row.patient }
                                    td { row.action }
                                    td { row.outcome }
                                    td { row.address }
                                }
                            }
                        }
                    }
                }
            }
            if let older = model.olderLink { p { a(.href(older)) { t.older(language) } } }
        }
    }

    private static func selectField(id: String, label text: String, any: String, options: [String], selected: String) -> Node {
        div(.class("field")) {
            label(.for(id)) { text }
            select(.id(id), .name(id)) {
                option(.value(""), .flag("selected", selected.isEmpty)) { any }
                for value in options {
                    option(.value(value), .flag("selected", value == selected)) { value }
                }
            }
        }
    }
}
