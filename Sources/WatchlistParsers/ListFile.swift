import WatchlistCore

/// The entities of one list file and what the file says about itself.
public struct ListFile: Sendable {
    public var format: ListFormat
    /// The publication date the file states, if any.
    public var published: PartialDate?
    public var entities: [Entity]
    /// Records read with a problem (counted, never silently dropped).
    public var warnings: [ListReadWarning]

    public init(format: ListFormat, published: PartialDate?, entities: [Entity], warnings: [ListReadWarning] = []) {
        self.format = format
        self.published = published
        self.entities = entities
        self.warnings = warnings
    }
}

/// What a streamed read reports once every entity has been handed over.
public struct ListFileSummary: Sendable {
    public var format: ListFormat
    public var published: PartialDate?
    public var entityCount: Int
    public var warnings: [ListReadWarning]

    public init(format: ListFormat, published: PartialDate?, entityCount: Int, warnings: [ListReadWarning] = []) {
        self.format = format
        self.published = published
        self.entityCount = entityCount
        self.warnings = warnings
    }
}
