import WatchlistArticles
import WatchlistCore
import WatchlistMatching

/// Adds article entities to the entities of official lists: an article party that is the same as a listed
/// one (its name scores at least `threshold`, 0.85, against one of the listed entity's names, and the kinds
/// agree) is linked to it, not duplicated. The listed entity keeps its id and gains the article's names
/// it lacks and the article's provenance, so `check` shows both sources.
struct ArticleLinker {
    // An article usually gives the short form of a listed name ("Tehnolit" for "UNITARY PRIVATE SCIENCE
    // PRODUCTION ENTERPRISE TEHNOLIT", 0.889), so the review band counts when the kinds agree.
    var threshold = 0.85

    /// `listed` with the article entities merged in or appended.
    func link(_ articleEntities: [Entity], into listed: [Entity]) -> [Entity] {
        guard !articleEntities.isEmpty else { return listed }
        var result = listed
        var configuration = MatchConfiguration.standard
        configuration.threshold = threshold
        let matcher = listed.isEmpty ? nil : WatchlistMatcher(entities: listed, configuration: configuration)
        let positions = Dictionary(listed.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for entity in articleEntities {
            let target = entity.names.lazy.compactMap { name -> Int? in
                let matches = matcher?.matches(for: ScreeningQuery(name: name.value, kind: entity.kind)) ?? []
                return matches.first { $0.kind == entity.kind || $0.kind == .unknown }.flatMap { positions[$0.entityID] }
            }.first
            guard let target else {
                result.append(entity)
                continue
            }
            var merged = result[target]
            for name in entity.names where !merged.names.contains(where: { $0.value == name.value }) {
                merged.names.append(EntityName(name.value, kind: name.kind == .primary ? .alias : name.kind))
            }
            merged.provenance += entity.provenance.map { provenance in
                var linked = provenance
                linked.recordID = entity.id.description
                return linked
            }
            for relation in entity.relations where !merged.relations.contains(relation) { merged.relations.append(relation) }
            result[target] = merged
        }
        return result
    }
}
