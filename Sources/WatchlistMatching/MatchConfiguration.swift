/// The knobs of matching, as a value. Pass one in; there is no global configuration.
///
/// ```swift
/// var configuration = MatchConfiguration.standard
/// configuration.threshold = 0.9
/// ```
public struct MatchConfiguration: Hashable, Sendable, Codable {
    /// Matches scoring below this are not reported. Default 0.80.
    public var threshold: Double
    /// At most this many matches per query, best first. Default 10.
    public var limit: Int
    /// Two tokens pair up only when their edit-distance similarity reaches this. Default 0.80.
    public var minimumTokenSimilarity: Double
    /// Tokens shorter than this pair up only when equal (fuzzy "svt" ~ "sit" is noise). Default 4.
    public var fuzzyTokenMinimumLength: Int
    /// Score of an exact match on a weak alias (weak aliases never match fuzzily). Default 0.90.
    public var weakAliasExactScore: Double
    /// Whether a hit also reports the other lists' records of the same party (`Relation.samePartyRole`
    /// links made by `watchlist build`), with the hit's score. Default true.
    public var reportsSameParty: Bool

    public init(
        threshold: Double = 0.80, limit: Int = 10, minimumTokenSimilarity: Double = 0.80,
        fuzzyTokenMinimumLength: Int = 4, weakAliasExactScore: Double = 0.90,
        reportsSameParty: Bool = true
    ) {
        self.threshold = threshold
        self.limit = limit
        self.minimumTokenSimilarity = minimumTokenSimilarity
        self.fuzzyTokenMinimumLength = fuzzyTokenMinimumLength
        self.weakAliasExactScore = weakAliasExactScore
        self.reportsSameParty = reportsSameParty
    }

    /// The default: threshold 0.80.
    public static let standard = MatchConfiguration()
    /// Fewer, surer hits: threshold 0.90.
    public static let strict = MatchConfiguration(threshold: 0.90)
    /// More recall for manual review: threshold 0.70.
    public static let broad = MatchConfiguration(threshold: 0.70)
}
