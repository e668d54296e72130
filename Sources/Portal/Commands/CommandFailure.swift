/// A command or start-up step that cannot go on, with the sentence the operator reads.
/// Vapor logs it once; the process then exits with status 1.
public struct CommandFailure: Error, CustomStringConvertible {
    public let description: String
}
