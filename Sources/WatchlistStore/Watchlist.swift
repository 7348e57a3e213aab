import WatchlistCore
import WatchlistMatching

/// A compiled watchlist: merged entities, sorted by id, and what they were built from.
///
/// ```swift
/// let watchlist = try DefaultWatchlist.load()
/// let matcher = watchlist.matcher()
/// ```
public struct Watchlist: Sendable {
    /// The entities, sorted by id (so equal inputs give equal watchlists).
    public let entities: [Entity]
    public let metadata: WatchlistMetadata

    public init(entities: [Entity], metadata: WatchlistMetadata) {
        self.entities = entities.sorted { $0.id < $1.id }
        self.metadata = metadata
    }

    /// A matcher over this watchlist's entities.
    public func matcher(configuration: MatchConfiguration = .standard) -> WatchlistMatcher {
        WatchlistMatcher(entities: entities, configuration: configuration)
    }
}

/// What a watchlist was built from.
public struct WatchlistMetadata: Hashable, Sendable, Codable {
    /// One input of the build.
    public struct Source: Hashable, Sendable, Codable {
        /// The file name or repository path.
        public var name: String
        /// The format read (`ofac-sdn-xml`, `article`).
        public var format: String
        /// The publication date the source states.
        public var published: PartialDate?
        /// Entities read from it.
        public var entityCount: Int
    }

    public var sources: [Source]
    /// `WatchlistMatcher.algorithmVersion` at build time.
    public var algorithmVersion: String
}
