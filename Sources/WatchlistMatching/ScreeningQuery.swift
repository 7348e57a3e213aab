/// A name to screen, and (later) what else is known about it.
public struct ScreeningQuery: Hashable, Sendable {
    /// The name as given.
    public var name: String

    public init(name: String) {
        self.name = name
    }
}
