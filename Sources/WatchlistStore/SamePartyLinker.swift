import WatchlistCore
import WatchlistMatching

/// Links the records different publishers keep of one party (OFAC's, the UK's and Canada's record of one
/// person) with `Relation.samePartyRole` relations, so that a hit on one record reports the others: Canada
/// lists `Екатерина Лаврова` as an alias of Yekaterina VINOKUROVA, OFAC does not, and a user screening that
/// name should still learn that OFAC designates her.
///
/// A record that names another list's record (`ListCrossReference`: OFSI's UN reference numbers) is
/// paired with it. Besides, each record's primary name is screened against the others (threshold 0.90); a
/// hit on another publisher's record of the same kind is a candidate pair, kept when `SamePartyEvidence`
/// finds no contradiction and enough agreement. Records that share an identifier or a person's full date of
/// birth are also compared name against name (any of one's names with any of the other's), since lists order
/// and spell names too differently for the primary names alone. Pairs join groups strongest first, and a
/// group never takes two records of one publisher (id source): a publisher lists a party once, so a second
/// record of its own means the evidence chained two parties together.
struct SamePartyLinker {
    /// Screens primary names at this threshold to find candidate pairs.
    var threshold = 0.9

    /// `entities` with every member of a group related to every other member.
    func link(_ entities: [Entity]) -> [Entity] {
        guard Set(entities.map(\.id.source)).count > 1 else { return entities }
        let pairs = candidatePairs(entities).sorted {
            ($0.strength, $0.score, $1.first, $1.second) > ($1.strength, $1.score, $0.first, $0.second)
        }
        var groups = PublisherDisjointGroups(sources: entities.map(\.id.source))
        for pair in pairs { groups.join(pair.first, pair.second) }
        var linked = entities
        for members in groups.groups() where members.count > 1 {
            for member in members {
                for other in members where other != member {
                    linked[member].relations.append(
                        Relation(role: Relation.samePartyRole, targetName: entities[other].caption, targetID: entities[other].id))
                }
            }
        }
        return linked
    }

    private struct Pair: Sendable {
        var first: Int
        var second: Int
        var strength: SamePartyEvidence.Strength
        var score: Double
    }

    /// Pairs of records (of different publishers) that share an identifier or a full date of birth, compared
    /// name by name: such records may be one party even when their primary names are written too differently
    /// for screening to pair them (`AL-SIBA'I, Hani Muhammad Yusuf` and `HANI AL-SAYYID AL-SEBAI YUSIF`, both
    /// born 1 March 1961). A fact shared by more than `largestSharedFactGroup` records tells nobody apart.
    /// Pairs in `except` (keys `first << 32 | second`) were found by screening already.
    private func sharedFactPairs(_ entities: [Entity], except screened: Set<Int64>) -> [Pair] {
        var holders: [String: [Int]] = [:]
        for (index, entity) in entities.enumerated() {
            for key in SamePartyEvidence.factKeys(entity) { holders[key, default: []].append(index) }
        }
        var candidates = Set<Int64>()
        for members in holders.values where members.count > 1 && members.count <= largestSharedFactGroup {
            for (offset, first) in members.enumerated() {
                for second in members[(offset + 1)...] where entities[first].id.source != entities[second].id.source {
                    let key = Int64(first) << 32 | Int64(second)
                    if !screened.contains(key) { candidates.insert(key) }
                }
            }
        }
        let comparer = NameComparer()
        let keys = candidates.sorted()
        return Parallel.map(count: keys.count, minimumChunk: 200) { range in
            var pairs: [Pair] = []
            for key in keys[range] {
                let (first, second) = (Int(key >> 32), Int(key & 0xFFFF_FFFF))
                let score = max(
                    bestNameScore(entities[first], entities[second], comparer: comparer),
                    bestNameScore(entities[second], entities[first], comparer: comparer))
                if let strength = SamePartyEvidence(entities[first], entities[second], nameScore: score).strength {
                    pairs.append(Pair(first: first, second: second, strength: strength, score: score))
                }
            }
            return pairs
        }
    }

    /// A fact held by more records than this is not compared (a placeholder date or a shared registry number).
    private let largestSharedFactGroup = 50

    /// The best score of any name of one record read as a query against any name of the other. Weak aliases
    /// count too (`DAH DAH` on OFAC's and the UN's record of one man): the shared fact is what links.
    private func bestNameScore(_ first: Entity, _ second: Entity, comparer: NameComparer) -> Double {
        comparer.bestScore(queries: first.names.map(\.value), listed: second.names.map(\.value), kind: first.kind)
    }

    /// Every pair (lower index first) a record's primary name finds on another publisher's list, on every core.
    private func candidatePairs(_ entities: [Entity]) -> [Pair] {
        var configuration = MatchConfiguration.standard
        configuration.threshold = threshold
        configuration.limit = 25
        configuration.reportsSameParty = false
        let matcher = WatchlistMatcher(entities: entities, configuration: configuration)
        let positions = Dictionary(entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let found = Parallel.map(count: entities.count, minimumChunk: 1000) { range in
            var pairs: [Pair] = []
            for index in range {
                let entity = entities[index]
                guard let primary = entity.names.first(where: { $0.kind == .primary }) else { continue }
                for match in matcher.matches(for: ScreeningQuery(name: primary.value, kind: entity.kind)) {
                    guard let other = positions[match.entityID], entities[other].id.source != entity.id.source,
                        let strength = SamePartyEvidence(entity, entities[other], match: match).strength
                    else { continue }
                    pairs.append(Pair(first: min(index, other), second: max(index, other), strength: strength, score: match.score))
                }
            }
            return pairs
        }
        let factPairs = sharedFactPairs(entities, except: Set(found.map { Int64($0.first) << 32 | Int64($0.second) }))
        var references: [Pair] = []
        for (index, entity) in entities.enumerated() {
            for id in ListCrossReference.ids(in: entity) {
                guard let other = positions[id], entities[other].kind == entity.kind || entities[other].kind == .unknown
                    || entity.kind == .unknown
                else { continue }
                references.append(Pair(first: min(index, other), second: max(index, other), strength: .listReference, score: 1))
            }
        }
        // A pair found from both sides is kept once, with its stronger reading.
        var strongest: [Int64: Pair] = [:]
        for pair in found + factPairs + references {
            let key = Int64(pair.first) << 32 | Int64(pair.second)
            if let current = strongest[key], (current.strength, current.score) >= (pair.strength, pair.score) { continue }
            strongest[key] = pair
        }
        return Array(strongest.values)
    }
}

/// Union-find over records in which a group holds at most one record per publisher.
private struct PublisherDisjointGroups {
    private var parent: [Int]
    private var sources: [Set<String>]

    init(sources: [String]) {
        parent = Array(sources.indices)
        self.sources = sources.map { [$0] }
    }

    private mutating func root(_ index: Int) -> Int {
        var root = index
        while parent[root] != root { root = parent[root] }
        var node = index
        while parent[node] != root { (parent[node], node) = (root, parent[node]) }
        return root
    }

    /// Joins the groups of two records unless they are one group already or share a publisher.
    mutating func join(_ first: Int, _ second: Int) {
        let (a, b) = (root(first), root(second))
        guard a != b, sources[a].isDisjoint(with: sources[b]) else { return }
        let (kept, merged) = sources[a].count >= sources[b].count ? (a, b) : (b, a)
        parent[merged] = kept
        sources[kept].formUnion(sources[merged])
        sources[merged] = []
    }

    /// The groups, each in index order.
    mutating func groups() -> [[Int]] {
        var byRoot: [Int: [Int]] = [:]
        for index in parent.indices { byRoot[root(index), default: []].append(index) }
        return byRoot.values.sorted { $0[0] < $1[0] }
    }
}
