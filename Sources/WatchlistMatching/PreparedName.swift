import WatchlistCore

/// A listed name, tokenized once when the matcher is built, so screening does no name preparation.
struct PreparedName: Sendable {
    /// Index of the entity in the matcher's entity array.
    var entityIndex: Int
    /// Index of the name in the entity's `names`.
    var nameIndex: Int
    var kind: NameKind
    var reading: NameTokenizer.Reading
    let tokens: [NameToken]
    /// The tokens' roles and their shares of the name's weight (`NameScorer.weightShares`), kept beside the
    /// tokens: the scorer reads them for every name it scores.
    let roles: [NameToken.Role]
    let shares: [Double]
    /// The `ListedWordTable` id of each token (set when the matcher builds its table).
    var wordIDs: [Int32] = []
    /// Neighbouring words joined, for a query that writes them as one word (`ListedJoin`).
    var joins: [ListedJoin]
    /// The `ListedWordTable` id of each join's word (set with `wordIDs`).
    var joinWordIDs: [Int32] = []
    /// The distinctive words joined by spaces (legal forms left out), for exact comparisons.
    var exactKey: String
    /// An organization name's acronym and the tokens that gave its letters (`OrganizationAcronym`).
    var acronym: (letters: String, tokens: [Int])?

    init(entityIndex: Int, nameIndex: Int, name: EntityName, reading: NameTokenizer.Reading, tokenizer: NameTokenizer) {
        var memo = NameTokenizer.Memo(capacity: 64)
        self.init(entityIndex: entityIndex, nameIndex: nameIndex, name: name, reading: reading, tokenizer: tokenizer, memo: &memo)
    }

    /// A listed name tokenized with the words `memo` remembers.
    init(
        entityIndex: Int, nameIndex: Int, name: EntityName, reading: NameTokenizer.Reading, tokenizer: NameTokenizer,
        memo: inout NameTokenizer.Memo
    ) {
        self.entityIndex = entityIndex
        self.nameIndex = nameIndex
        self.kind = name.kind
        self.reading = reading
        self.tokens = tokenizer.tokens(of: name, reading: reading, memo: &memo)
        self.roles = tokens.map(\.role)
        self.shares = NameScorer.weightShares(tokens, reading: reading)
        self.exactKey = PreparedName.exactKey(tokens)
        self.acronym = reading == .organization && name.kind != .weakAlias ? OrganizationAcronym.acronym(of: tokens) : nil
        self.joins = name.kind == .weakAlias ? [] : ListedJoin.joins(of: tokens)
    }

    static func exactKey(_ tokens: [NameToken]) -> String {
        // Texts picked one by one: filtering the tokens first copies each (a dozen retains apiece), for
        // every query.
        var texts: [String] = []
        texts.reserveCapacity(tokens.count)
        for token in tokens where token.role != .legalForm { texts.append(token.text) }
        return texts.sorted().joined(separator: " ")
    }
}

/// A query tokenized both ways, since the query does not say whether it names a person or a company.
struct PreparedQuery: Sendable {
    struct Reading: Sendable {
        let tokens: [NameToken]
        /// The tokens' roles, kept for the scorer (it reads them for every name it scores).
        let roles: [NameToken.Role]
        var exactKey: String
        /// Each word's share of the query's weight (`NameScorer.weightShares`), used by every candidate.
        var shares: [Double]
        /// What each word can add to a score at most, for the candidate index: `shares`, or for a person's
        /// name in Arabic script, whose middle words may weigh less when unpaired (`NameScorer.nasabShares`),
        /// each word's weight over the least total weight the words can have.
        var boundShares: [Double]
        /// Whether the words are a person's name in Arabic script with a nasab (`NameScorer.hasNasab`).
        var hasNasab: Bool
        /// The acronym the query may be, in the organization reading (`OrganizationAcronym`).
        var acronymKey: String?
        /// Neighbouring words joined (`CompoundJoin`); the same in both readings.
        var joins: [CompoundJoin] = []

        init(tokens: [NameToken], reading: NameTokenizer.Reading, acronymKey: String? = nil) {
            self.tokens = tokens
            self.roles = tokens.map(\.role)
            self.exactKey = PreparedName.exactKey(tokens)
            self.shares = NameScorer.weightShares(tokens, reading: reading)
            self.hasNasab = NameScorer.hasNasab(tokens, reading: reading)
            self.boundShares = hasNasab ? NameScorer.nasabBoundShares(tokens, reading: reading) : shares
            self.acronymKey = acronymKey
        }
    }

    var person: Reading
    var organization: Reading
    /// Which words may be initials or a truncated last word (`PrefixRule`); the same in both readings.
    var prefixKinds: [PrefixRule.Kind?]

    /// Tokenizes `text` once and reads it both ways: the two readings have the same words in the same
    /// order and differ only in the words' roles.
    init(_ text: String, tokenizer: NameTokenizer) {
        var memo = NameTokenizer.Memo(capacity: 64)
        self.init(text, tokenizer: tokenizer, memo: &memo)
    }

    /// `text` tokenized with the words `memo` remembers (a batch's recurring words).
    init(_ text: String, tokenizer: NameTokenizer, memo: inout NameTokenizer.Memo) {
        let words = tokenizer.tokens(of: text, reading: .person, memo: &memo, isQuery: true)
        let organizationWords = tokenizer.organizationRoles(words)
        person = Reading(tokens: words, reading: .person)
        organization = Reading(tokens: organizationWords, reading: .organization, acronymKey: OrganizationAcronym.queryKey(organizationWords))
        prefixKinds = PrefixRule.kinds(of: words)
        let joins = CompoundJoin.joins(of: words, organizationRoles: organizationWords.map(\.role)) { text in
            let tokens = tokenizer.tokens(of: text, reading: .person, memo: &memo, isQuery: true)
            return tokens.count == 1 ? tokens[0] : nil
        }
        person.joins = joins
        organization.joins = joins
    }

    func reading(for reading: NameTokenizer.Reading) -> Reading {
        reading == .person ? person : organization
    }

    var isEmpty: Bool { person.tokens.isEmpty }
}
