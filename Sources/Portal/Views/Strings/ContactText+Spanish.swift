import PortalCore

extension ContactText {
    static let spanish = ContactText(
        reachHIM: { contact in
            switch (contact.phone, contact.email) {
            case (let phone?, let email?): "llame a Información de Salud al \(phone) o escriba a \(email)"
            case (let phone?, nil): "llame a Información de Salud al \(phone)"
            case (nil, let email?): "escriba a Información de Salud a \(email)"
            case (nil, nil): "pida en la recepción del hospital que le comuniquen con Información de Salud"
            }
        }
    )
}
