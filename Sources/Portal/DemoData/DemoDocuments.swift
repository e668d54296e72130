import Fluent
import Foundation
import PortalCore

/// The demo family's documents: ordinary ones for each child, one adolescent-confidential
/// document for Mateo that his parents must never see, one for Lucia that her mother's
/// written authorization does not cover, and one restricted note that only staff see.
enum DemoDocuments {
    static let confidentialTitle = "Counseling visit summary"

    static func documents(sofia: UUID, mateo: UUID, lucia: UUID, now: Date) -> [ClinicalDocument] {
        func daysAgo(_ days: Double) -> Date { now.addingTimeInterval(-86_400 * days) }
        return [
            ClinicalDocument(
                patientID: sofia, typeCode: "34133-9", title: "After-visit summary: 5-year well-child visit",
                author: "Dr. Priya Patel, Pediatrics", writtenAt: daysAgo(40),
                body: """
                    Sofia is growing and developing well. Height and weight are on her usual curves.

                    Vaccines given today: DTaP, IPV, MMR and varicella boosters. A mild fever or a sore arm for a day or two is common; children's acetaminophen can help.

                    Next visit: the 6-year well-child check. Call us if you have questions about her reading readiness or sleep.
                    """, sensitivity: .normal),
            ClinicalDocument(
                patientID: sofia, typeCode: "51852-2", title: "Return-to-school note",
                author: "Dr. Priya Patel, Pediatrics", writtenAt: daysAgo(12),
                body: """
                    Sofia was seen in clinic for a viral illness. She may return to school tomorrow.

                    She has no restrictions on activity.
                    """, sensitivity: .normal),
            ClinicalDocument(
                patientID: mateo, typeCode: "11506-3", title: "Sports physical",
                author: "Dr. Priya Patel, Pediatrics", writtenAt: daysAgo(75),
                body: """
                    Mateo is cleared for full participation in soccer this season.

                    Heart and lung examination were normal. Vision 20/20 in both eyes. Keep drinking water during practice.
                    """, sensitivity: .normal),
            ClinicalDocument(
                patientID: mateo, typeCode: "11506-3", title: confidentialTitle,
                author: "Jordan Ellis, LCSW, Adolescent Medicine", writtenAt: daysAgo(9),
                body: """
                    We talked about stress at school and trouble sleeping. You chose to keep meeting every two weeks.

                    Try the breathing exercise we practiced before bed, and keep screens out of the bedroom after 10 pm.

                    If you ever feel unsafe, call or text 988 at any hour.
                    """, sensitivity: .adolescentConfidential(.mentalHealth)),
            ClinicalDocument(
                patientID: mateo, typeCode: "11506-3", title: "Care team note",
                author: "Dr. Priya Patel, Pediatrics", writtenAt: daysAgo(30),
                body: "Note about information shared by a third party.", sensitivity: .restricted,
                restrictionReason: "Contains information provided in confidence by a third party"),
            ClinicalDocument(
                patientID: lucia, typeCode: "34133-9", title: "After-visit summary: ankle sprain",
                author: "Dr. Sam Okafor, Sports Medicine", writtenAt: daysAgo(20),
                body: """
                    You sprained your right ankle. No bones are broken.

                    Rest, ice for 20 minutes a few times a day, compression and elevation. Start the home exercises in three days.
                    """, sensitivity: .normal),
            ClinicalDocument(
                patientID: lucia, typeCode: "34133-9", title: "Reproductive health visit summary",
                author: "Dr. Ana Ruiz, Adolescent and Young Adult Medicine", writtenAt: daysAgo(50),
                body: "We reviewed your contraception options and you chose to continue your current method.",
                sensitivity: .adolescentConfidential(.contraception)),
        ]
    }
}
