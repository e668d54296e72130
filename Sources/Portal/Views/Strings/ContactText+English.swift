import PortalCore

extension ContactText {
    static let english = ContactText(
        reachHIM: { contact in
            switch (contact.phone, contact.email) {
            case (let phone?, let email?): "call Health Information Management at \(phone) or write to \(email)"
            case (let phone?, nil): "call Health Information Management at \(phone)"
            case (nil, let email?): "write to Health Information Management at \(email)"
            case (nil, nil): "ask the hospital's front desk for Health Information Management"
            }
        }
    )
}
