import PortalCore

extension ResultsText {
    static let english = ResultsText(
        title: "Test results",
        titleFor: { name in "Test results for \(name)" },
        intro:
            "Results appear here as soon as the laboratory releases them, newest first. Values outside the usual range are marked in words.",
        delayNote: "You chose to see new results only after a delay; you can change that in your account settings.",
        none: "There are no test results in this record yet.",
        test: "Test",
        value: "Result",
        range: "Usual range",
        flag: "Flag",
        collected: "Collected",
        issued: "Reported",
        status: "Status",
        report: "Part of",
        note: "Laboratory note",
        new: "New",
        corrected: "Corrected: the laboratory changed this result after first reporting it.",
        correctedShort: "Corrected",
        confidential: "Confidential: only you and your care team can see this.",
        restricted: "Restricted: visible to hospital staff only.",
        backToResults: "All test results",
        backToRecord: "Back to the record",
        newer: "Newer results",
        older: "Older results",
        pages: "Pages of results",
        rangeText: { low, high in
            switch (low, high) {
            case (let low?, let high?): "\(low) to \(high)"
            case (let low?, nil): "\(low) or more"
            case (nil, let high?): "below \(high)"
            case (nil, nil): ""
            }
        },
        noValue: "No value reported",
        flagName: { flag in
            switch flag {
            case .normal: "Normal"
            case .low: "Low"
            case .high: "High"
            case .criticallyLow: "Very low"
            case .criticallyHigh: "Very high"
            case .abnormal: "Abnormal"
            case .criticallyAbnormal: "Very abnormal"
            }
        },
        statusName: { code in
            switch code {
            case "final": "Final"
            case "preliminary", "registered", "partial": "Preliminary"
            case "corrected", "amended": "Corrected"
            case "appended": "Final, with an addition"
            case "cancelled": "Cancelled"
            default: "Status unknown"
            }
        },
        trendTitle: { test in "\(test) over time" },
        chartDescription: { test, count, from, to in
            "Chart of \(count) \(test) values from \(from) to \(to). The shaded band is the usual range; values outside it are drawn as squares. The table below lists every value."
        },
        chartSampled:
            "The chart draws the lowest and highest value of each stretch of time, with the first and the last; the table lists every value.",
        valuePages: "Pages of values",
        newerValues: "Newer values",
        olderValues: "Older values",
        tableCaption: { test in "Every \(test) value shown, newest first" },
        showing: "Show",
        unitNote: { unit in "Values in \(unit)" },
        lastTwoYears: "Last 2 years",
        lastFiveYears: "Last 5 years",
        allYears: "All",
        onlyOne: "This is the only value of this test in the period shown.",
        date: "Date",
        restrictHeading: "Release to the family",
        restrictExplanation:
            "Information is released at once, as the Cures Act expects. Hide it only with a reason the law accepts (for example, to prevent harm): from the whole family, who then see nothing of it, or, for a 12-17-year-old's confidential care, from the parents only.",
        restrictReason: "Reason for hiding it",
        restrictButton: "Hide from the whole family",
        markAdolescentButton: "Hide from the parents only (confidential to the adolescent)",
        liftButton: "Release it to the family again",
        restrictedBecause: { reason in "Hidden from the family by a clinician: \(reason)" },
        markedConfidentialBecause: { reason in "Hidden from the parents by a clinician: \(reason)" },
        reasonRequired: "Write the reason for restricting (up to 500 characters)."
    )
}
