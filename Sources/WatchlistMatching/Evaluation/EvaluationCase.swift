import WatchlistCore

/// One labelled query of an evaluation set: a name to screen and the entities it should find.
///
/// A case is one line of a JSON Lines file (see `EvaluationCaseFile`):
///
/// ```json
/// {"query": "Валянцін Міклашэвіч", "expected": ["ofac:49380"], "class": "transliteration-cyrillic"}
/// {"query": "Emma Lindqvist", "expected": [], "class": "negatives-person"}
/// ```
///
/// `expected` lists every entity the query names (the same party often sits in several lists); a case
/// with no expected entity must not match anything. `exclude` lists entities whose matches do not count
/// either way, e.g. the record the query was copied from when that record holds the query verbatim.
public struct EvaluationCase: Hashable, Sendable, Codable {
    /// The name to screen.
    public var query: String
    /// The entities the query names; empty for a name that must not match.
    public var expected: [EntityID]
    /// What the case tests (`transliteration-cyrillic`, `order`, `typos`, `negatives-person`, ...).
    public var caseClass: String
    /// The kind of party, passed to the matcher as a qualifier.
    public var kind: EntityKind?
    /// A (partial) ISO date of birth, passed to the matcher as a qualifier.
    public var dob: PartialDate?
    /// A country (ISO alpha-2 code or English name), passed to the matcher as a qualifier.
    public var country: String?
    /// Entities whose matches are ignored for this case (neither found nor false positives).
    public var exclude: [EntityID]
    /// Free text: where the case came from.
    public var note: String?
    /// Where the case was read (`typos.jsonl:12`), for reports; not part of the case's content.
    public var location: String?

    public init(
        query: String, expected: [EntityID], caseClass: String, kind: EntityKind? = nil, dob: PartialDate? = nil,
        country: String? = nil, exclude: [EntityID] = [], note: String? = nil, location: String? = nil
    ) {
        self.query = query
        self.expected = expected
        self.caseClass = caseClass
        self.kind = kind
        self.dob = dob
        self.country = country
        self.exclude = exclude
        self.note = note
        self.location = location
    }

    /// True for a name that must not match anything.
    public var isNegative: Bool { expected.isEmpty }

    /// The query as the matcher takes it, with the case's qualifiers.
    public var screeningQuery: ScreeningQuery {
        ScreeningQuery(name: query, kind: kind, birthDate: dob, country: country)
    }

    enum CodingKeys: String, CodingKey {
        case query, expected, caseClass = "class", kind, dob, country, exclude, note
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        query = try container.decode(String.self, forKey: .query)
        expected = try container.decode([EntityID].self, forKey: .expected)
        caseClass = try container.decode(String.self, forKey: .caseClass)
        kind = try container.decodeIfPresent(EntityKind.self, forKey: .kind)
        dob = try container.decodeIfPresent(PartialDate.self, forKey: .dob)
        country = try container.decodeIfPresent(String.self, forKey: .country)
        exclude = try container.decodeIfPresent([EntityID].self, forKey: .exclude) ?? []
        note = try container.decodeIfPresent(String.self, forKey: .note)
        location = nil
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(query, forKey: .query)
        try container.encode(expected, forKey: .expected)
        try container.encode(caseClass, forKey: .caseClass)
        try container.encodeIfPresent(kind, forKey: .kind)
        try container.encodeIfPresent(dob, forKey: .dob)
        try container.encodeIfPresent(country, forKey: .country)
        if !exclude.isEmpty { try container.encode(exclude, forKey: .exclude) }
        try container.encodeIfPresent(note, forKey: .note)
    }
}
