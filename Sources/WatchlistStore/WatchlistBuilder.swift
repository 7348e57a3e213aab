import Foundation
import WatchlistCore
import WatchlistMatching
import WatchlistParsers

/// Collects entities from several sources and merges records that share an id.
///
/// Merging by id is what two files of the same publisher need (an SDN file and an update of it); linking
/// different publishers' records of one party is a later step of the build.
public struct WatchlistBuilder: Sendable {
    private var entitiesByID: [EntityID: Entity] = [:]
    private var sources: [WatchlistMetadata.Source] = []

    public init() {}

    /// Adds every entity of a list file read by `ListFileReader`.
    public mutating func add(_ list: ListFile, name: String) {
        sources.append(.init(name: name, format: list.format.rawValue, published: list.published, entityCount: list.entities.count))
        for entity in list.entities { add(entity) }
    }

    /// Adds one entity, merging it into an existing one with the same id.
    public mutating func add(_ entity: Entity) {
        guard var existing = entitiesByID[entity.id] else {
            entitiesByID[entity.id] = entity
            return
        }
        existing.names.appendMissing(entity.names)
        existing.birthDates.appendMissing(entity.birthDates)
        existing.birthPlaces.appendMissing(entity.birthPlaces)
        existing.countries.appendMissing(entity.countries)
        existing.programs.appendMissing(entity.programs)
        existing.identifiers.appendMissing(entity.identifiers)
        existing.addresses.appendMissing(entity.addresses)
        existing.relations.appendMissing(entity.relations)
        existing.titles.appendMissing(entity.titles)
        existing.remarks.appendMissing(entity.remarks)
        existing.provenance.appendMissing(entity.provenance)
        if existing.kind == .unknown { existing.kind = entity.kind }
        existing.gender = existing.gender ?? entity.gender
        entitiesByID[entity.id] = existing
    }

    /// The merged watchlist.
    public func build() -> Watchlist {
        Watchlist(
            entities: Array(entitiesByID.values),
            metadata: WatchlistMetadata(sources: sources, algorithmVersion: WatchlistMatcher.algorithmVersion))
    }
}

extension Array where Element: Hashable {
    fileprivate mutating func appendMissing(_ others: [Element]) {
        var seen = Set(self)
        for element in others where seen.insert(element).inserted { append(element) }
    }
}
