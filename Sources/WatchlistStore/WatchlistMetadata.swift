import WatchlistCore

/// What a watchlist was built from: one `Source` per input file, and the scoring rules' version.
public struct WatchlistMetadata: Hashable, Sendable, Codable {
    /// One input of the build.
    public struct Source: Hashable, Sendable, Codable {
        /// The file name (or repository path for the built-in watchlist).
        public var name: String
        /// The format read (`ListFormat.rawValue`, e.g. `ofac-sdn-xml`).
        public var format: String
        /// SHA-256 of the file's bytes, lowercase hex.
        public var sha256: String?
        /// The publication date the source states.
        public var published: PartialDate?
        /// Entities read from it.
        public var entityCount: Int
        /// Entities by kind (`person`, `organization`, ...).
        public var entitiesByKind: [String: Int]
        /// Names read from it (primary names and every alias).
        public var nameCount: Int
        /// What the reader warned about (counted and kept, never silent).
        public var warnings: [String]

        public init(
            name: String, format: String, sha256: String? = nil, published: PartialDate? = nil, entityCount: Int,
            entitiesByKind: [String: Int] = [:], nameCount: Int = 0, warnings: [String] = []
        ) {
            self.name = name
            self.format = format
            self.sha256 = sha256
            self.published = published
            self.entityCount = entityCount
            self.entitiesByKind = entitiesByKind
            self.nameCount = nameCount
            self.warnings = warnings
        }
    }

    public var sources: [Source]
    /// `WatchlistMatcher.algorithmVersion` at build time.
    public var algorithmVersion: String

    public init(sources: [Source], algorithmVersion: String) {
        self.sources = sources
        self.algorithmVersion = algorithmVersion
    }
}
