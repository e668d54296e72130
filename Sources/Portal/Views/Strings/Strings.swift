/// The catalogue of every user-facing string, one entry per feature (`Strings.imaging`,
/// `Strings.layout` …). Each feature's words are a struct with one field per string and one
/// instance per language, each in its own file (`ImagingText+English.swift`,
/// `ImagingText+Spanish.swift`), so a translator works on one language's files, and a
/// language that misses a string does not compile.
enum Strings {}
