import PortalCore
import PortalHTML

/// A patient's laboratory reports, newest first, each with its values: one page at a time.
enum ResultListPage {
    struct Row: Sendable {
        var test: String
        var value: String
        var range: String
        var flag: ResultFlag?
        var link: String
        var isCorrected: Bool
    }

    struct Group: Sendable {
        var name: String
        var collected: String
        var status: LocalizedText?
        var isNew: Bool
        var sensitivityNote: LocalizedText?
        var rows: [Row]
    }

    struct Model: Sendable {
        var patientName: String
        var recordLink: String
        var groups: [Group]
        var page: Int
        var totalPages: Int
        var newerLink: String?
        var olderLink: String?
        var showsDelayNote: Bool
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.results
        return Layout.page(title: words.titleFor(model.patientName)(language), context: context) {
            p(.class("breadcrumb")) { a(.href(model.recordLink)) { words.backToRecord(language) } }
            h1 { words.titleFor(model.patientName)(language) }
            p { words.intro(language) }
            if model.showsDelayNote { p(.class("hint")) { words.delayNote(language) } }
            if model.groups.isEmpty {
                p { words.none(language) }
            }
            for (index, group) in model.groups.enumerated() {
                section(.class("result-group"), Attribute("aria-labelledby", "report-\(index)")) {
                    h2(.id("report-\(index)")) {
                        group.name
                        if group.isNew {
                            " "
                            span(.class("tag new")) { words.new(language) }
                        }
                    }
                    p(.class("item-meta")) {
                        "\(words.collected(language)): \(group.collected)"
                        if let status = group.status { " · \(status(language))" }
                    }
                    if let note = group.sensitivityNote { p(.class("tag confidential")) { note(language) } }
                    table(.class("results stack")) {
                        thead {
                            tr {
                                th(Attribute("scope", "col")) { words.test(language) }
                                th(Attribute("scope", "col")) { words.value(language) }
                                th(Attribute("scope", "col")) { words.range(language) }
                                th(Attribute("scope", "col")) { words.flag(language) }
                            }
                        }
                        tbody {
                            for row in group.rows {
                                tr(row.flag?.isAbnormal == true ? .class("abnormal") : nil) {
                                    th(Attribute("scope", "row")) { a(.href(row.link)) { row.test } }
                                    td(Attribute("data-label", words.value(language))) {
                                        row.value
                                        if row.isCorrected {
                                            " "
                                            span(.class("tag corrected")) { words.correctedShort(language) }
                                        }
                                    }
                                    td(Attribute("data-label", words.range(language))) { row.range }
                                    td(Attribute("data-label", words.flag(language))) { flagText(row.flag, language) }
                                }
                            }
                        }
                    }
                }
            }
            if model.totalPages > 1 {
                Components.pager(
                    label: words.pages(language), page: model.page, of: model.totalPages,
                    previous: model.newerLink.map { ($0, words.newer(language)) },
                    next: model.olderLink.map { ($0, words.older(language)) }, language: language)
            }
        }
    }

    /// The flag in words with a symbol, so it never depends on color.
    static func flagText(_ flag: ResultFlag?, _ language: Language) -> Node {
        guard let flag else { return Node.empty }
        let symbol =
            switch flag {
            case .low, .criticallyLow: "↓ "
            case .high, .criticallyHigh: "↑ "
            case .abnormal, .criticallyAbnormal: "! "
            case .normal: ""
            }
        return span(.class(flag.isCritical ? "flag critical" : flag.isAbnormal ? "flag abnormal" : "flag")) {
            "\(symbol)\(Strings.results.flagName(flag)(language))"
        }
    }
}
