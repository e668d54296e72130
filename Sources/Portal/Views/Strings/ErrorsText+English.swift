import PortalCore

extension ErrorsText {
    static let english = ErrorsText(
        title: "Something went wrong",
        goHome: "Go to the home page",
        reference: "Reference",
        message: { error in
            switch error {
            case .notFound:
                "We could not find that page."
            case .badRequest:
                "Something in that request was not right. Please go back and try again."
            case .csrfRejected:
                "This form has expired or did not come from this portal. Nothing was changed. Please go back, reload the page and try again."
            case .signInRequired:
                "Please sign in to continue."
            case .forbidden:
                "You do not have access to this page."
            case .payloadTooLarge:
                "What you sent is too large. Nothing was saved."
            case .tooManyRequests:
                "Too many attempts. Please wait a few minutes and try again."
            case .busy:
                "Many people are using the portal right now. Nothing was changed; please try again in a moment."
            case .internalFailure:
                "The portal could not finish this request. Nothing you did was lost; please try again in a moment."
            }
        }
    )
}
