import Foundation
import PortalCore
import Testing

@testable import Portal

/// The words themselves: the compiler holds that each language has every string; these hold
/// what it cannot see.
@Suite("String catalogues: every language's words are there and line up")
struct StringCatalogueTests {
    struct Catalogue {
        let name: String
        let english: Mirror
        let spanish: Mirror

        init<Words>(_ translated: Translated<Words>) {
            name = String(describing: Words.self)
            english = Mirror(reflecting: translated.english)
            spanish = Mirror(reflecting: translated.spanish)
        }
    }

    static var all: [Catalogue] {
        [
            Catalogue(Strings.accessOverview),
            Catalogue(Strings.account),
            Catalogue(Strings.accountActivity),
            Catalogue(Strings.activation),
            Catalogue(Strings.appointments),
            Catalogue(Strings.auditTrail),
            Catalogue(Strings.connectedApps),
            Catalogue(Strings.appRegistration),
            Catalogue(Strings.careTeamInbox),
            Catalogue(Strings.careTeamSetup),
            Catalogue(Strings.contact),
            Catalogue(Strings.departmentSetup),
            Catalogue(Strings.devMailbox),
            Catalogue(Strings.documents),
            Catalogue(Strings.enrollment),
            Catalogue(Strings.enrollmentQueue),
            Catalogue(Strings.errors),
            Catalogue(Strings.grantTools),
            Catalogue(Strings.healthLists),
            Catalogue(Strings.healthCards),
            Catalogue(Strings.sharing),
            Catalogue(Strings.checkIn),
            Catalogue(Strings.home),
            Catalogue(Strings.imaging),
            Catalogue(Strings.layout),
            Catalogue(Strings.mail),
            Catalogue(Strings.mailStatus),
            Catalogue(Strings.memberTools),
            Catalogue(Strings.messaging),
            Catalogue(Strings.patients),
            Catalogue(Strings.patientsAccess),
            Catalogue(Strings.passwordReset),
            Catalogue(Strings.recordSearch),
            Catalogue(Strings.renewals),
            Catalogue(Strings.familyAudience),
            Catalogue(Strings.breakTheGlass),
            Catalogue(Strings.results),
            Catalogue(Strings.savedReplies),
            Catalogue(Strings.schedulerQueue),
            Catalogue(Strings.scheduling),
            Catalogue(Strings.signIn),
            Catalogue(Strings.staffAccounts),
        ]
    }

    @Test("Every catalogue in the sources is checked here")
    func everyCatalogueIsListed() throws {
        let sources = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Sources/Portal")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.lastPathComponent.hasSuffix("Text.swift") }
        var declared: Set<String> = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            if text.contains("struct \(file.deletingPathExtension().lastPathComponent): Sendable") {
                declared.insert(file.deletingPathExtension().lastPathComponent)
            }
        }
        #expect(declared.count > 30)
        #expect(declared == Set(Self.all.map(\.name)))
    }

    @Test("No string is empty in either language, and a list has as many items in each")
    func wordsLineUp() {
        var checked = 0
        for catalogue in Self.all {
            let spanish = Dictionary(uniqueKeysWithValues: catalogue.spanish.children.map { ($0.label!, $0.value) })
            for field in catalogue.english.children {
                let name = "\(catalogue.name).\(field.label!)"
                switch (field.value, spanish[field.label!]) {
                case (let english as String, let spanish as String):
                    #expect(!english.trimmingCharacters(in: .whitespaces).isEmpty, "\(name) is empty in English")
                    #expect(!spanish.trimmingCharacters(in: .whitespaces).isEmpty, "\(name) is empty in Spanish")
                    checked += 1
                case (let english as [String], let spanish as [String]):
                    #expect(
                        english.count == spanish.count,
                        "\(name) has \(english.count) items in English, \(spanish.count) in Spanish")
                    #expect(!english.isEmpty, "\(name) is an empty list")
                default:
                    break
                }
            }
        }
        #expect(checked > 500)
    }

    @Test("A sentence with blanks reads in each language and fills the blanks")
    func sentencesFillTheirBlanks() {
        let text = Strings.imaging.titleFor("Ana")
        #expect(text(.english) == "Imaging reports for Ana")
        #expect(text(.spanish) == "Informes de imágenes de Ana")
        #expect(Strings.results.statusName("corrected")(.spanish) != Strings.results.statusName("corrected")(.english))
        #expect(Strings.appointments.checkTipList.map { $0(.spanish) }.count == 3)
    }
}
