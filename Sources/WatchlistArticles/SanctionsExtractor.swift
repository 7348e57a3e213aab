import WatchlistCore
import WatchlistMatching

/// Reads an article or press release and returns the parties it reports as sanctioned, and those it
/// reports as delisted, with the authority, the date and the sentence that says so.
///
/// ```swift
/// let document = try ArticleDocument.read(fileURL: URL(filePath: "press-release.html"))
/// for party in SanctionsExtractor().extract(from: document).entities {
///     print(party.name, party.kind, party.authority ?? "?", party.evidence)
/// }
/// ```
///
/// The extractor is rule-based: `DesignationTrigger` finds the sentences that designate and the words that
/// name the parties, `PartyListParser` reads the parties out of them, and this type adds what the
/// surrounding text says (authority and date carried from earlier sentences, kinds guessed from the names)
/// and merges repeated mentions. Everything the text names otherwise (officials, countries, customers,
/// parties only threatened or designated before) is left out. It runs in time linear in the text.
public struct SanctionsExtractor: Sendable {
    public init() {}

    public func extract(from document: ArticleDocument) -> ArticleExtraction {
        let text = Array(document.text)
        let sentences = SentenceSplitter().sentences(in: document.text)
        let tokenized = sentences.map { ArticleToken.tokens(of: $0.text, offset: $0.span.lowerBound) }
        let documentDate = tokenized.prefix(12).lazy.flatMap { ArticleDate.dates(in: $0, defaultYear: nil) }.first { $0.day != nil }
        var designated = PartyCollector()
        var delisted = PartyCollector()
        var carriedAuthority: String?
        var carriedDate: PartialDate?
        var listTrigger: (trigger: DesignationTrigger, authority: String?, date: PartialDate?)?
        // A sentence shortly after a designating one may name the entries without a trigger of its own
        // ("The Council adopted restrictive measures against four people. ... The individuals are X").
        var sentencesSinceDesignation = Int.max
        for (sentence, tokens) in zip(sentences, tokenized) {
            let dates = ArticleDate.dates(in: tokens, defaultYear: documentDate?.year)
            let sentenceAuthority = ArticleAuthority.narrowest(ArticleAuthority.mentions(in: tokens[...]).map(\.authority))
            defer {
                if let sentenceAuthority { carriedAuthority = sentenceAuthority }
                if let date = dates.last { carriedDate = date }
            }
            // Bullet items after "... designated the following vessels:".
            if let list = listTrigger, Self.isListItem(sentence.text) {
                let parser = PartyListParser(text: text, groupKind: list.trigger.groupKind, groupCountry: list.trigger.groupCountry)
                let mentions = parser.mentions(in: tokens[...].drop { $0.kind == .punctuation })
                for mention in mentions {
                    let party = party(mention, authority: list.authority, date: list.date ?? carriedDate ?? documentDate, sentence: sentence)
                    if list.trigger.effect == .designation { designated.add(party) } else { delisted.add(party) }
                }
                continue
            }
            listTrigger = nil
            let triggers = DesignationTrigger.find(
                in: tokens, documentYear: documentDate?.year, followsDesignation: sentencesSinceDesignation <= 4)
            sentencesSinceDesignation = triggers.contains { $0.effect == .designation } ? 1 : sentencesSinceDesignation &+ 1
            for trigger in triggers {
                let authority = ArticleAuthority.authority(in: tokens, triggerAt: trigger.position) ?? carriedAuthority
                let date = dates.first ?? carriedDate ?? documentDate
                if trigger.introducesList { listTrigger = (trigger, authority, date) }
                let parser = PartyListParser(text: text, groupKind: trigger.groupKind, groupCountry: trigger.groupCountry)
                let ranges = [trigger.targets] + (trigger.alsoTargets.map { [$0] } ?? [])
                for mention in ranges.flatMap({ parser.mentions(in: tokens[$0]) }) {
                    let party = party(mention, authority: authority, date: date, sentence: sentence)
                    if trigger.effect == .designation { designated.add(party) } else { delisted.add(party) }
                }
            }
        }
        let delistedNames = Set(delisted.parties.map { PartyCollector.key($0.name) })
        return ArticleExtraction(
            file: document.name,
            entities: designated.parties.filter { !delistedNames.contains(PartyCollector.key($0.name)) },
            delisted: delisted.parties)
    }

    private func party(
        _ mention: PartyMention, authority: String?, date: PartialDate?, sentence: SentenceSplitter.Sentence
    ) -> ExtractedParty {
        ExtractedParty(
            name: mention.name, kind: mention.kind ?? PersonNameShape.kind(of: mention.name),
            aliases: mention.aliases, role: mention.role, relatedTo: mention.relatedTo, country: mention.country,
            authority: authority, date: date, identifiers: mention.identifiers, evidence: sentence.text,
            span: sentence.span)
    }

    /// A line that starts with a bullet or a number: "- Tehnolit", "2. Baztube".
    static func isListItem(_ sentence: String) -> Bool {
        guard let first = sentence.first else { return false }
        if "-*•–".contains(first) { return true }
        let digits = sentence.prefix { $0.isNumber }
        return !digits.isEmpty && digits.count <= 3 && [".", ")"].contains(sentence.dropFirst(digits.count).first)
    }

    /// The parties found so far, in first-mention order; a party named again adds what is new.
    struct PartyCollector {
        private(set) var parties: [ExtractedParty] = []
        private var positions: [String: Int] = [:]

        static func key(_ name: String) -> String {
            String(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
        }

        mutating func add(_ party: ExtractedParty) {
            let keys = ([party.name] + party.aliases).map(Self.key)
            let known = positions
            guard let existing = keys.lazy.compactMap({ known[$0] }).first else {
                positions[keys[0]] = parties.count
                for alias in keys.dropFirst() where positions[alias] == nil { positions[alias] = parties.count }
                parties.append(party)
                return
            }
            var merged = parties[existing]
            for alias in party.aliases where !merged.aliases.contains(alias) && alias != merged.name { merged.aliases.append(alias) }
            for identifier in party.identifiers where !merged.identifiers.contains(identifier) { merged.identifiers.append(identifier) }
            merged.role = merged.role ?? party.role
            merged.relatedTo = merged.relatedTo ?? party.relatedTo
            merged.country = merged.country ?? party.country
            merged.authority = merged.authority ?? party.authority
            parties[existing] = merged
            for key in keys where positions[key] == nil { positions[key] = existing }
        }
    }
}
