extension Attribute {
    public static func `class`(_ value: String) -> Attribute { Attribute("class", value) }
    public static func id(_ value: String) -> Attribute { Attribute("id", value) }
    public static func href(_ value: String) -> Attribute { Attribute("href", value) }
    public static func src(_ value: String) -> Attribute { Attribute("src", value) }
    public static func rel(_ value: String) -> Attribute { Attribute("rel", value) }
    public static func lang(_ value: String) -> Attribute { Attribute("lang", value) }
    public static func name(_ value: String) -> Attribute { Attribute("name", value) }
    public static func value(_ value: String) -> Attribute { Attribute("value", value) }
    public static func type(_ value: String) -> Attribute { Attribute("type", value) }
    public static func action(_ value: String) -> Attribute { Attribute("action", value) }
    public static func method(_ value: String) -> Attribute { Attribute("method", value) }
    public static func `for`(_ value: String) -> Attribute { Attribute("for", value) }
    public static func autocomplete(_ value: String) -> Attribute { Attribute("autocomplete", value) }
    public static func inputmode(_ value: String) -> Attribute { Attribute("inputmode", value) }
    public static func content(_ value: String) -> Attribute { Attribute("content", value) }
    public static func ariaLabel(_ value: String) -> Attribute { Attribute("aria-label", value) }
    public static func ariaDescribedBy(_ value: String) -> Attribute { Attribute("aria-describedby", value) }
    public static func ariaCurrent(_ value: String) -> Attribute { Attribute("aria-current", value) }
    public static func role(_ value: String) -> Attribute { Attribute("role", value) }
    public static func maxlength(_ value: Int) -> Attribute { Attribute("maxlength", String(value)) }
    public static func minlength(_ value: Int) -> Attribute { Attribute("minlength", String(value)) }
    public static var required: Attribute { Attribute("required", nil) }
    public static var autofocus: Attribute { Attribute("autofocus", nil) }
    public static func ariaInvalid(_ isInvalid: Bool) -> Attribute? {
        isInvalid ? Attribute("aria-invalid", "true") : nil
    }
}
