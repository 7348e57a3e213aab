/// One structured part of a name, when the source separates them (OFAC `firstName`/`lastName`,
/// UN `FIRST_NAME`...`FOURTH_NAME`, EU `firstName`/`middleName`/`lastName`).
public struct NamePart: Hashable, Sendable, Codable {
    /// What the part is.
    public enum Role: String, Hashable, Sendable, Codable {
        case given
        case middle
        case patronymic
        case family
        case title
        case suffix
        /// A part the source does not classify.
        case other
    }

    public var role: Role
    public var value: String

    public init(_ role: Role, _ value: String) {
        self.role = role
        self.value = value
    }
}
