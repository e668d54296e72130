import Foundation
import PortalCore
import PortalRecord
import Vapor

struct ResultsController: RouteCollection {
    static let perPage = 20
    /// A trend's table lists this many values a page; its chart draws the whole period.
    static let valuesPerPage = 20

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.patientResults) { req, authorized in
            try await list(req, authorized)
        }
        routes.on(Routes.patientResult) { req, authorized in
            try await show(req, authorized)
        }
    }

    func list(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let record = req.record(of: authorized)
        let page = Paging.requested(req)
        let (reports, total) = try await record.labReports(page: page, perPage: Self.perPage)
        let values = try await record.labResults(inReports: reports.map { $0.id })
        let byReport = Dictionary(grouping: values) { $0.reportID }
        var fresh: Set<UUID> = []
        if let member = req.currentSession?.member {
            let recent = reports.filter { ($0.releasedAt ?? .distantPast) > req.now.addingTimeInterval(-ResultViews.newFor) }
            fresh = try await ResultViews.unseen(recent.map { $0.id }, by: member.id!, on: req.db)
        }
        let language = req.language
        let groups = reports.map { report in
            ResultListPage.Group(
                name: report.name, collected: DateText.dateTime(report.collectedAt, in: req.hospitalTimeZone, language: language),
                status: report.status == "final" ? nil : Strings.results.statusName(report.status),
                isNew: fresh.contains(report.id), sensitivityNote: Self.note(for: report.sensitivity),
                rows: (byReport[report.id] ?? []).map { result in
                    ResultListPage.Row(
                        test: result.name, value: Self.valueText(result, language), range: Self.rangeText(result, language),
                        flag: Self.flag(result), link: Routes.patientResult(authorized.ref, Ref(result.id)),
                        isCorrected: result.wasCorrected)
                })
        }
        let totalPages = Paging.count(of: total, perPage: Self.perPage)
        let model = ResultListPage.Model(
            patientName: authorized.patient.shownName, recordLink: Routes.patient(authorized.ref), groups: groups, page: page,
            totalPages: totalPages,
            newerLink: page > 1
                ? Routes.patientResults(authorized.ref).query(["page": page - 1 > 1 ? String(page - 1) : nil]) : nil,
            olderLink: page < totalPages ? Routes.patientResults(authorized.ref).query(["page": String(page + 1)]) : nil,
            showsDelayNote: record.resultDelayDays > 0 && !record.isStaff)
        let response = ResultListPage.render(model, context: try await req.pageContext(patientInView: authorized)).response()
        if let member = req.currentSession?.member {
            try await ResultViews.markSeen(fresh, by: member.id!, at: req.now, on: req.db)
        }
        return response
    }

    func show(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let record = req.record(of: authorized)
        guard let id = req.id(of: LabResult.self),
            let result = try await record.labResult(id)
        else {
            try await req.audit(.resultView, .denied, patientID: authorized.id)
            throw PortalError.notFound
        }
        let years = try Self.period(req)
        let language = req.language
        let zone = req.hospitalTimeZone
        let since = years.map { req.now.addingTimeInterval(-Double($0) * 365.25 * 86_400) }
        var page = Paging.requested(req)
        var trend = TrendPage()
        if let code = result.code {
            let read = { (page: Int) in
                try await record.trend(
                    code: code, since: since, skipping: (page - 1) * Self.valuesPerPage, perPage: Self.valuesPerPage)
            }
            trend = try await read(page)
            // A page past the end (the history shrank, or a hand-typed number) shows the last one.
            let lastPage = Paging.count(of: trend.total, perPage: Self.valuesPerPage)
            if page > lastPage {
                page = lastPage
                trend = try await read(page)
            }
        }
        // A value from before the period shown (or without a test code) still shows with the rest,
        // at the start of the chart and the end of the table.
        let inPeriod = result.code != nil && since.map { result.collectedAt >= $0 } ?? true
        let lastPage = Paging.count(of: trend.total, perPage: Self.valuesPerPage)
        page = min(page, lastPage)
        if !inPeriod {
            trend.total += 1
            if page == lastPage { trend.table.append(ResultRow(result)) }
            if result.valueNumber != nil {
                trend.chart.insert(TrendPoint(result), at: 0)
                trend.numbers += 1
            }
        }
        let pageLink = { (number: Int) in
            Routes.patientResult(authorized.ref, result.ref).query([
                "years": String(years ?? 0), "page": number > 1 ? String(number) : nil,
            ])
        }
        let chart =
            trend.chart.isEmpty
            ? nil
            : TrendChart(
                samples: trend.chart.map {
                    TrendChart.Sample(
                        time: $0.collectedAt, value: $0.valueNumber!, isFlagged: Self.flag($0)?.isAbnormal ?? false)
                }, low: result.rangeLow, high: result.rangeHigh)
        let report = result.reportID == nil ? nil : try await record.labReport(result.reportID!)
        let model = ResultPage.Model(
            patientName: authorized.patient.shownName, test: result.name, value: Self.valueText(result, language),
            range: Self.rangeText(result, language), flag: Self.flag(result), status: Strings.results.statusName(result.status),
            isCorrected: result.wasCorrected, collected: DateText.dateTime(result.collectedAt, in: zone, language: language),
            issued: result.issuedAt.map { DateText.dateTime($0, in: zone, language: language) },
            reportName: report.flatMap { $0.name == result.name ? nil : $0.name }, note: result.note,
            sensitivityNote: Self.note(for: result.sensitivity), listLink: Routes.patientResults(authorized.ref), chart: chart,
            chartFrom: trend.chart.first.map { DateText.long(LocalDate($0.collectedAt, in: zone), language: language) } ?? "",
            chartTo: trend.chart.last.map { DateText.long(LocalDate($0.collectedAt, in: zone), language: language) } ?? "",
            chartValues: trend.numbers, chartIsSampled: trend.isSampled,
            axisUnit: result.unit ?? "",
            trend: trend.table.map { value in
                ResultPage.TrendRow(
                    date: DateText.long(LocalDate(value.collectedAt, in: zone), language: language),
                    value: Self.valueText(value, language), flag: Self.flag(value), isThisOne: value.id == result.id)
            },
            valuesPage: page, valuesPages: lastPage, newerValues: page > 1 ? pageLink(page - 1) : nil,
            olderValues: page < lastPage ? pageLink(page + 1) : nil,
            periods: [(2, Strings.results.lastTwoYears), (5, Strings.results.lastFiveYears), (nil, Strings.results.allYears)]
                .map { option, label in
                    ResultPage.Period(
                        label: label,
                        link: Routes.patientResult(authorized.ref, result.ref).query(["years": String(option ?? 0)]),
                        isCurrent: option == years)
                },
            restriction: report.flatMap { RestrictionsController.form(for: $0, kind: .labReport, req, authorized) })
        return ResultPage.render(model, context: try await req.pageContext(patientInView: authorized)).response()
    }

    /// `years=2`, `5` (the default: long enough to show a child's yearly check-ups), or `0`
    /// for all; anything else is a bad request.
    static func period(_ req: Request) throws -> Int? {
        guard let text = req.query[String.self, at: "years"] else { return 5 }
        switch text {
        case "2": return 2
        case "5": return 5
        case "0": return nil
        default: throw PortalError.badRequest
        }
    }

    static func flag(_ result: some ResultValues) -> ResultFlag? {
        ResultFlag(
            interpretation: result.interpretation, value: result.valueNumber, low: result.rangeLow, high: result.rangeHigh)
    }

    static func valueText(_ result: some ResultValues, _ language: Language) -> String {
        if let number = result.valueNumber {
            let comparator = result.valueComparator.map { "\($0) " } ?? ""
            return [comparator + NumberFormat.plain(number), result.unit].compactMap { $0 }.joined(separator: " ")
        }
        return result.valueText ?? Strings.results.noValue(language)
    }

    static func rangeText(_ result: some ResultValues, _ language: Language) -> String {
        if let text = result.rangeText { return text }
        guard result.rangeLow != nil || result.rangeHigh != nil else { return "" }
        let range = Strings.results.rangeText(
            result.rangeLow.map(NumberFormat.plain), result.rangeHigh.map(NumberFormat.plain))(language)
        return [range, result.unit].compactMap { $0 }.joined(separator: " ")
    }

    static func note(for sensitivity: Sensitivity) -> LocalizedText? {
        switch sensitivity.tier {
        case .normal: nil
        case .sensitive: Strings.results.confidential
        case .restricted: Strings.results.restricted
        }
    }
}
