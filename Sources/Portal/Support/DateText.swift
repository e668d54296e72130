import Foundation
import PortalCore

/// Dates as people read them in each language: "March 4, 2021", "4 de marzo de 2021".
enum DateText {
    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]
    private static let spanishMonths = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
        "diciembre",
    ]

    static func long(_ date: LocalDate, language: Language) -> String {
        switch language {
        case .english: "\(englishMonths[date.month - 1]) \(date.day), \(date.year)"
        case .spanish: "\(date.day) de \(spanishMonths[date.month - 1]) de \(date.year)"
        }
    }
}
