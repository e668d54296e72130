import PortalCore

extension HomeText {
    static let english = HomeText(
        nextAppointment: { when in "Next appointment: \(when)" },
        memberTitle: "Your family's health",
        patientsHeading: "Records you can see",
        noPatients:
            "Your account is not linked to any patient's record yet. Health Information Management can help: call the number below.",
        age: { years in years == 1 ? "1 year old" : "\(years) years old" },
        adulthoodForParent: { name, date in
            "\(name) turns 18 on \(date). On that day your access to \(name)'s record in the portal ends, as the law requires. \(name) can keep using the portal with an account of their own; if they do not have one yet, they can ask Health Information Management for an invitation."
        },
        adulthoodForPatient: { date in
            "You turn 18 on \(date). From that day only you can see your record in the portal: your parents' access ends by itself. Your account stays yours; make sure the e-mail address on it is one that only you read."
        },
        accessEnded: { birthday in
            "Your access to this record ended on the 18th birthday, \(birthday), as the law requires for adults. The patient can give you access again by signing a written authorization with Health Information Management."
        },
        staffTitle: "Staff home",
        staffTools: "Your tools",
        manageAccess: "Find a patient and manage who has portal access",
        auditTrail: "Audit trail of access to patient information",
        staffNothingYet: "Your work queues appear here as they are switched on for your role.",
        role: { role in
            switch role {
            case .him: "Health Information Management"
            case .clinician: "Clinician"
            case .scheduler: "Scheduler"
            case .administrator: "Administrator"
            }
        }
    )
}
