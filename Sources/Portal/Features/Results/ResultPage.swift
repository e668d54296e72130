import Foundation
import PortalCore
import PortalHTML

/// One value with everything about it, and the same test over time: a chart drawn on the
/// server and a table with every value, so the trend needs no script and reads aloud.
enum ResultPage {
    struct TrendRow: Sendable {
        var date: String
        var value: String
        var flag: ResultFlag?
        var isThisOne: Bool
    }

    struct Period: Sendable {
        var label: LocalizedText
        var link: String
        var isCurrent: Bool
    }

    struct Model: Sendable {
        var patientName: String
        var test: String
        var value: String
        var range: String
        var flag: ResultFlag?
        var status: LocalizedText
        var isCorrected: Bool
        var collected: String
        var issued: String?
        var reportName: String?
        var note: String?
        var sensitivityNote: LocalizedText?
        var listLink: String
        var chart: TrendChart?
        var chartFrom: String
        var chartTo: String
        /// How many values the chart stands for; when sampled, it draws fewer.
        var chartValues: Int
        var chartIsSampled: Bool
        var axisUnit: String
        /// One page of the period's values, newest first.
        var trend: [TrendRow]
        var valuesPage: Int
        var valuesPages: Int
        var newerValues: String?
        var olderValues: String?
        var periods: [Period]
        var restriction: RestrictionForm.Model?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.results
        return Layout.page(title: model.test, context: context) {
            p(.class("breadcrumb")) { a(.href(model.listLink)) { words.backToResults(language) } }
            h1 { model.test }
            p(.class("result-value")) {
                strong { model.value }
                " "
                ResultListPage.flagText(model.flag, language)
            }
            if model.isCorrected { p(.class("tag corrected")) { words.corrected(language) } }
            if let note = model.sensitivityNote { p(.class("tag confidential")) { note(language) } }
            dl(.class("facts")) {
                if !model.range.isEmpty {
                    dt { words.range(language) }
                    dd { model.range }
                }
                dt { words.status(language) }
                dd { model.status(language) }
                dt { words.collected(language) }
                dd { model.collected }
                if let issued = model.issued {
                    dt { words.issued(language) }
                    dd { issued }
                }
                if let report = model.reportName {
                    dt { words.report(language) }
                    dd { report }
                }
            }
            if let note = model.note {
                h2 { words.note(language) }
                p { note }
            }
            section(.class("trend"), Attribute("aria-labelledby", "trend-heading")) {
                h2(.id("trend-heading")) { words.trendTitle(model.test)(language) }
                nav(.class("periods"), Attribute("aria-label", words.showing(language))) {
                    for period in model.periods {
                        a(.href(period.link), period.isCurrent ? Attribute("aria-current", "page") : nil) {
                            period.label(language)
                        }
                    }
                }
                if let chart = model.chart, chart.points.count > 1 {
                    if !model.axisUnit.isEmpty { p(.class("hint")) { words.unitNote(model.axisUnit)(language) } }
                    chartNode(
                        chart,
                        description: words.chartDescription(
                            model.test, model.chartValues, model.chartFrom, model.chartTo)(language))
                    if model.chartIsSampled { p(.class("hint")) { words.chartSampled(language) } }
                } else {
                    p(.class("hint")) { words.onlyOne(language) }
                }
                table(.class("results trend-table")) {
                    caption { words.tableCaption(model.test)(language) }
                    thead {
                        tr {
                            th(Attribute("scope", "col")) { words.date(language) }
                            th(Attribute("scope", "col")) { words.value(language) }
                            th(Attribute("scope", "col")) { words.flag(language) }
                        }
                    }
                    tbody {
                        for row in model.trend {
                            tr(row.isThisOne ? .class("current") : nil) {
                                th(Attribute("scope", "row")) { row.date }
                                td { row.value }
                                td { ResultListPage.flagText(row.flag, language) }
                            }
                        }
                    }
                }
                if model.valuesPages > 1 {
                    Components.pager(
                        label: words.valuePages(language), page: model.valuesPage, of: model.valuesPages,
                        previous: model.newerValues.map { ($0, words.newerValues(language)) },
                        next: model.olderValues.map { ($0, words.olderValues(language)) }, language: language)
                }
            }
            if let restriction = model.restriction {
                RestrictionForm.render(restriction, context: context)
            }
        }
    }

    /// The chart: range band, axis with round numbers, the line, and a mark per value
    /// (squares for values out of range, so the difference is not only color).
    static func chartNode(_ chart: TrendChart, description: String) -> Node {
        let width = TrendChart.width
        let height = TrendChart.height
        let plotRight = width - TrendChart.right
        return element(
            "svg",
            [
                Attribute("viewbox", "0 0 \(format(width)) \(format(height))"), .class("trend-chart"),
                Attribute("role", "img"), Attribute("aria-labelledby", "chart-title"),
            ]
        ) {
            element("title", [.id("chart-title")]) { description }
            if let band = chart.rangeBand {
                element(
                    "rect",
                    [
                        .class("range-band"), Attribute("x", format(TrendChart.left)), Attribute("y", format(band.top)),
                        Attribute("width", format(plotRight - TrendChart.left)),
                        Attribute("height", format(max(0, band.bottom - band.top))),
                    ]
                ) { Node.empty }
            }
            for tick in chart.ticks {
                element(
                    "line",
                    [
                        .class("grid"), Attribute("x1", format(TrendChart.left)), Attribute("x2", format(plotRight)),
                        Attribute("y1", format(tick.y)), Attribute("y2", format(tick.y)),
                    ]
                ) { Node.empty }
                element(
                    "text",
                    [
                        .class("tick"), Attribute("x", format(TrendChart.left - 6)), Attribute("y", format(tick.y + 4)),
                        Attribute("text-anchor", "end"),
                    ]
                ) { NumberFormat.plain(tick.value) }
            }
            element(
                "polyline",
                [
                    .class("trend-line"),
                    Attribute("points", chart.points.map { "\(format($0.x)),\(format($0.y))" }.joined(separator: " ")),
                ]
            ) { Node.empty }
            for point in chart.points {
                if point.isFlagged {
                    element(
                        "rect",
                        [
                            .class("mark flagged"), Attribute("x", format(point.x - 5)), Attribute("y", format(point.y - 5)),
                            Attribute("width", "10"), Attribute("height", "10"),
                        ]
                    ) { Node.empty }
                } else {
                    element(
                        "circle",
                        [.class("mark"), Attribute("cx", format(point.x)), Attribute("cy", format(point.y)), Attribute("r", "4")]
                    ) { Node.empty }
                }
            }
        }
    }

    private static func format(_ value: Double) -> String { NumberFormat.oneDecimal(value) }
}
