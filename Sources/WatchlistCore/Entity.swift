/// A listed party: a person, organization, vessel or aircraft, with everything its source says about it.
///
/// Entities are plain values. Readers in `WatchlistParsers` and `WatchlistArticles` produce them,
/// `WatchlistStore` merges and persists them, `WatchlistMatching` screens names against them.
public struct Entity: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    public var kind: EntityKind
    /// All names; the first `.primary` one is the caption.
    public var names: [EntityName]
    public var birthDates: [BirthDate]
    public var birthPlaces: [String]
    public var countries: [CountryLink]
    public var programs: [SanctionsProgram]
    public var identifiers: [Identifier]
    public var addresses: [Address]
    public var relations: [Relation]
    /// Titles and positions ("Director", "Prosecutor General").
    public var titles: [String]
    public var gender: String?
    /// Free text the source attaches to the record.
    public var remarks: [String]
    /// Every source this entity was read from (more than one after merging).
    public var provenance: [Provenance]

    public init(
        id: EntityID, kind: EntityKind, names: [EntityName],
        birthDates: [BirthDate] = [], birthPlaces: [String] = [], countries: [CountryLink] = [],
        programs: [SanctionsProgram] = [], identifiers: [Identifier] = [], addresses: [Address] = [],
        relations: [Relation] = [], titles: [String] = [], gender: String? = nil, remarks: [String] = [],
        provenance: [Provenance] = []
    ) {
        self.id = id
        self.kind = kind
        self.names = names
        self.birthDates = birthDates
        self.birthPlaces = birthPlaces
        self.countries = countries
        self.programs = programs
        self.identifiers = identifiers
        self.addresses = addresses
        self.relations = relations
        self.titles = titles
        self.gender = gender
        self.remarks = remarks
        self.provenance = provenance
    }

    /// The entity's display name: the primary name, persons written given name first
    /// ("Valyantsin Alfredavich MIKLASHEVICH"), or the first name of any kind.
    public var caption: String {
        guard let primary = names.first(where: { $0.kind == .primary }) ?? names.first else { return id.rawValue }
        let given = primary.parts.filter { $0.role == .given || $0.role == .middle || $0.role == .patronymic }
        let family = primary.parts.filter { $0.role == .family }
        if kind == .person, !given.isEmpty, !family.isEmpty {
            return (given + family).map(\.value).joined(separator: " ")
        }
        return primary.value
    }
}
