import Foundation
import WatchlistCore

/// Scores the extractor against labelled articles: a folder of articles, each `NAME.txt|.md|.html` with a
/// `NAME.expected.json` beside it (`{"entities": [...], "delisted": [...]}`, parties as in `ExtractedParty`
/// without evidence). An extracted party counts as found when its name or an alias equals the expected
/// name or an alias, ignoring case, spaces and punctuation; each expected party is found at most once.
public struct ArticleEvaluation: Sendable {
    /// The counts for one article, or summed over all.
    public struct Counts: Hashable, Sendable, Codable {
        public var expected = 0
        public var extracted = 0
        public var found = 0
        /// Of the found parties, how many have the expected kind and authority.
        public var kindCorrect = 0
        public var authorityCorrect = 0

        public var precision: Double { extracted == 0 ? 1 : Double(found) / Double(extracted) }
        public var recall: Double { expected == 0 ? 1 : Double(found) / Double(expected) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        static func + (left: Counts, right: Counts) -> Counts {
            Counts(
                expected: left.expected + right.expected, extracted: left.extracted + right.extracted,
                found: left.found + right.found, kindCorrect: left.kindCorrect + right.kindCorrect,
                authorityCorrect: left.authorityCorrect + right.authorityCorrect)
        }
    }

    /// One article's result: designations and delistings scored apart, and what went wrong.
    public struct ArticleResult: Sendable {
        public var file: String
        public var designations: Counts
        public var delistings: Counts
        /// Extracted names that match nothing expected.
        public var spurious: [String]
        /// Expected names not extracted.
        public var missed: [String]
    }

    public var articles: [ArticleResult] = []
    public var designations: Counts { articles.reduce(Counts()) { $0 + $1.designations } }
    public var delistings: Counts { articles.reduce(Counts()) { $0 + $1.delistings } }

    /// Runs the extractor on every labelled article in `directory`.
    public init(directory: URL, extractor: SanctionsExtractor = SanctionsExtractor()) throws {
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { ArticleDocument.Format(pathExtension: $0.pathExtension) != nil }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        for file in files {
            let expectedURL = file.deletingPathExtension().appendingPathExtension("expected.json")
            guard FileManager.default.fileExists(atPath: expectedURL.path) else { continue }
            let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: expectedURL))
            let extraction = extractor.extract(from: try ArticleDocument.read(fileURL: file))
            let designations = Self.score(extraction.entities, against: expected.entities)
            let delistings = Self.score(extraction.delisted, against: expected.delisted ?? [])
            articles.append(ArticleResult(
                file: file.lastPathComponent, designations: designations.counts, delistings: delistings.counts,
                spurious: designations.spurious + delistings.spurious.map { "delisted: " + $0 },
                missed: designations.missed + delistings.missed.map { "delisted: " + $0 }))
        }
    }

    private struct Expected: Decodable {
        var entities: [ExtractedParty]
        var delisted: [ExtractedParty]?
    }

    private static func score(_ extracted: [ExtractedParty], against expected: [ExtractedParty])
        -> (counts: Counts, spurious: [String], missed: [String])
    {
        var counts = Counts(expected: expected.count, extracted: extracted.count)
        var unmatched = Array(expected.indices)
        var spurious: [String] = []
        for party in extracted {
            let keys = Set(([party.name] + party.aliases).map(SanctionsExtractor.PartyCollector.key))
            let wordSets = Set(([party.name] + party.aliases).map(wordSet))
            guard let position = unmatched.firstIndex(where: { index in
                let wanted = expected[index]
                if !keys.isDisjoint(with: ([wanted.name] + wanted.aliases).map(SanctionsExtractor.PartyCollector.key)) { return true }
                // A person's name is the same in any order (`ORLOVSKY, Gennadiy Viktorovich`).
                return (party.kind == .person || wanted.kind == .person)
                    && !wordSets.isDisjoint(with: ([wanted.name] + wanted.aliases).map(wordSet))
            }) else {
                spurious.append(party.name)
                continue
            }
            let wanted = expected[unmatched.remove(at: position)]
            counts.found += 1
            if wanted.kind == party.kind { counts.kindCorrect += 1 }
            if wanted.authority == party.authority { counts.authorityCorrect += 1 }
        }
        return (counts, spurious, unmatched.map { expected[$0].name })
    }

    /// A name's words, lower-cased and sorted: `orlovsky gennadiy viktorovich` for either order.
    private static func wordSet(_ name: String) -> [String] {
        name.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init).sorted()
    }
}
