import Crypto
import Foundation
import WatchlistArticles
import WatchlistCore
import WatchlistMatching
import WatchlistParsers

/// Collects entities from several sources and merges records that share an id.
///
/// Merging by id is what two files of the same publisher need (an SDN file and an update of it). Records
/// of different publishers that are one party keep their ids and are linked (`SamePartyLinker`).
///
/// ```swift
/// var builder = WatchlistBuilder()
/// try builder.add(fileURL: URL(filePath: "SDN.XML"))
/// try CompiledWatchlistFile.write(builder.build(), to: URL(filePath: "watchlist.db"))
/// ```
public struct WatchlistBuilder: Sendable {
    private var entitiesByID: [EntityID: Entity] = [:]
    private var sources: [WatchlistMetadata.Source] = []
    /// Parties read from articles; linked to the listed entities when the watchlist is built.
    private var articleEntities: [Entity] = []

    public init() {}

    /// Reads a list file (any format `ListFileReader` knows), streaming it, and adds its entities.
    public mutating func add(fileURL: URL) throws(ListReadError) {
        var entitiesByKind: [String: Int] = [:]
        var nameCount = 0
        var added: [Entity] = []
        let summary = try ListFileReader().forEachEntity(in: fileURL) { entity in
            entitiesByKind[entity.kind.rawValue, default: 0] += 1
            nameCount += entity.names.count
            added.append(entity)
        }
        sources.append(.init(
            name: fileURL.lastPathComponent, format: summary.format.rawValue, sha256: Self.sha256(of: fileURL),
            published: summary.published, entityCount: summary.entityCount, entitiesByKind: entitiesByKind,
            nameCount: nameCount, warnings: summary.warnings.map(\.description)))
        for entity in added { add(entity) }
    }

    /// Adds every entity of a list already read, recording it as a source named `name`.
    public mutating func add(_ list: ListFile, name: String, sha256: String? = nil) {
        sources.append(.init(
            name: name, format: list.format.rawValue, sha256: sha256, published: list.published,
            entityCount: list.entities.count,
            entitiesByKind: Dictionary(grouping: list.entities, by: \.kind.rawValue).mapValues(\.count),
            nameCount: list.entities.reduce(0) { $0 + $1.names.count }, warnings: list.warnings.map(\.description)))
        for entity in list.entities { add(entity) }
    }

    /// Adds the parties an article reports as sanctioned (`SanctionsExtractor`) with `article:<slug>#<n>`
    /// ids. When the watchlist is built, a party that is the same as a listed entity is linked to it
    /// (`ArticleLinker`) instead of added. Returns what the article yielded.
    @discardableResult
    public mutating func add(article document: ArticleDocument, sha256: String? = nil) -> ArticleExtraction {
        let extraction = SanctionsExtractor().extract(from: document)
        let entities = extraction.entities(slug: ArticleExtraction.slug(forFile: document.name))
        sources.append(.init(
            name: document.name, format: "article-\(document.format.rawValue)", sha256: sha256,
            published: extraction.entities.compactMap(\.date).first, entityCount: entities.count,
            entitiesByKind: Dictionary(grouping: entities, by: \.kind.rawValue).mapValues(\.count),
            nameCount: entities.reduce(0) { $0 + $1.names.count }))
        articleEntities += entities
        return extraction
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
        let listed = entitiesByID.values.sorted { $0.id < $1.id }
        return Watchlist(
            entities: ArticleLinker().link(articleEntities, into: SamePartyLinker().link(listed)),
            metadata: WatchlistMetadata(sources: sources, algorithmVersion: WatchlistMatcher.algorithmVersion))
    }

    /// SHA-256 of a file, read in 1 MiB chunks; nil if it cannot be read.
    static func sha256(of url: URL) -> String? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}

extension Array where Element: Hashable {
    fileprivate mutating func appendMissing(_ others: [Element]) {
        var seen = Set(self)
        for element in others where seen.insert(element).inserted { append(element) }
    }
}
