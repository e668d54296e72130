import PortalCore

extension ImagingText {
    static let english = ImagingText(
        title: "Imaging reports",
        titleFor: { name in "Imaging reports for \(name)" },
        intro:
            "X-rays, ultrasounds and other scans, with the radiologist's report. The images themselves are kept at the hospital.",
        none: "There are no imaging reports in this record yet.",
        performed: "Done on",
        bodySite: "Part of the body",
        modality: "Kind of study",
        findings: "Findings",
        impression: "Impression",
        backToList: "All imaging reports",
        modalityName: { code in
            switch code {
            case "CR", "DX": "X-ray"
            case "US": "Ultrasound"
            case "CT": "CT scan"
            case "MR": "MRI"
            case "NM": "Nuclear medicine"
            case "RF": "Fluoroscopy"
            default: code
            }
        }
    )
}
