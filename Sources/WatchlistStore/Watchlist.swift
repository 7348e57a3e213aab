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
