import WatchlistCore

/// A party an article says was sanctioned (or, in `ArticleExtraction.delisted`, taken off a list), with
/// what the text says about it and the sentence that says it.
///
/// Its JSON is the `watchlist extract --format json` contract (docs/json-output.md): snake_case keys, `span`
/// as `[start, end]` character offsets into the document text.
public struct ExtractedParty: Hashable, Sendable, Codable {
    /// The name as the text first writes it, without surrounding quotes; a person's with the middle name or
    /// patronymic the text gives elsewhere (`FullerPersonName`).
    public var name: String
    public var kind: EntityKind
    /// Acronyms in parentheses, "a.k.a." names, former names.
    public var aliases: [String]
    /// The person's role in `relatedTo` ("director").
    public var role: String?
    /// The party this one is tied to, as the text names it.
    public var relatedTo: String?
    /// ISO 3166-1 alpha-2, when the text places the party in a country.
    public var country: String?
    /// Who designated it: "US State Department", "US Treasury", "US Commerce", "US", "EU Council", "UK",
    /// "UN Security Council", "Canada", "Australia", "Switzerland", "Japan"; nil when the text does not say.
    public var authority: String?
    /// The date of the announcement, as far as the text gives it.
    public var date: PartialDate?
    /// Identifiers written in the text ("IMO 9174323").
    public var identifiers: [String]
    /// The sentence that reports the designation.
    public var evidence: String
    /// Character offsets of `evidence` in the document text.
    public var span: Range<Int>

    public init(
        name: String, kind: EntityKind, aliases: [String] = [], role: String? = nil, relatedTo: String? = nil,
        country: String? = nil, authority: String? = nil, date: PartialDate? = nil, identifiers: [String] = [],
        evidence: String, span: Range<Int>
    ) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.role = role
        self.relatedTo = relatedTo
        self.country = country
        self.authority = authority
        self.date = date
        self.identifiers = identifiers
        self.evidence = evidence
        self.span = span
    }

    private enum CodingKeys: String, CodingKey {
        case name, kind, aliases, role, relatedTo = "related_to", country, authority, date, identifiers, evidence, span
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        kind = try container.decode(EntityKind.self, forKey: .kind)
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
        role = try container.decodeIfPresent(String.self, forKey: .role)
        relatedTo = try container.decodeIfPresent(String.self, forKey: .relatedTo)
        country = try container.decodeIfPresent(String.self, forKey: .country)
        authority = try container.decodeIfPresent(String.self, forKey: .authority)
        date = try container.decodeIfPresent(PartialDate.self, forKey: .date)
        identifiers = try container.decodeIfPresent([String].self, forKey: .identifiers) ?? []
        evidence = try container.decodeIfPresent(String.self, forKey: .evidence) ?? ""
        let bounds = try container.decodeIfPresent([Int].self, forKey: .span) ?? [0, 0]
        guard bounds.count == 2, bounds[0] <= bounds[1] else {
            throw DecodingError.dataCorruptedError(forKey: .span, in: container, debugDescription: "span must be [start, end]")
        }
        span = bounds[0]..<bounds[1]
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(role, forKey: .role)
        try container.encode(relatedTo, forKey: .relatedTo)
        try container.encode(country, forKey: .country)
        try container.encode(authority, forKey: .authority)
        try container.encode(date, forKey: .date)
        try container.encode(identifiers, forKey: .identifiers)
        try container.encode(evidence, forKey: .evidence)
        try container.encode([span.lowerBound, span.upperBound], forKey: .span)
    }
}

/// What an article yields: the parties it reports as designated, and those it reports as delisted.
public struct ArticleExtraction: Hashable, Sendable, Codable {
    /// The document as given (a path, or "-" for stdin).
    public var file: String
    public var entities: [ExtractedParty]
    public var delisted: [ExtractedParty]

    public init(file: String, entities: [ExtractedParty], delisted: [ExtractedParty]) {
        self.file = file
        self.entities = entities
        self.delisted = delisted
    }
}
