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
/// name the parties, `PartyListParser` reads the parties out of them, `CountedAnnouncement` takes the
/// parties a text introduces one by one after a count ("sanctioned four companies and three
/// individuals"), and this type adds what the surrounding text says (authority and date carried from
/// earlier sentences, kinds guessed from the names) and merges repeated mentions. Everything the text names otherwise (officials, countries, customers,
/// parties only threatened or designated before) is left out. It runs in time linear in the text.
public struct SanctionsExtractor: Sendable {
    public init() {}

    public func extract(from document: ArticleDocument) -> ArticleExtraction {
        let text = Array(document.text)
        let sentences = SentenceSplitter().sentences(in: document.text)
        let tokenized = sentences.map { ArticleToken.tokens(of: $0.text, offset: $0.span.lowerBound) }
        let documentDate = tokenized.prefix(12).lazy.flatMap { ArticleDate.dates(in: $0, defaultYear: nil) }.first { $0.day != nil }
        // Without a dated header ("Oct 9 (Reuters)"), any year named after a designation makes it a memory
        // ("sanctioned in 2018"): announcements say "today", not the year.
        let documentYear = documentDate?.year
        var designated = PartyCollector()
        var delisted = PartyCollector()
        var carriedAuthority: String?
        var carriedDate: PartialDate?
        var listTrigger: (trigger: DesignationTrigger, authority: String?, date: PartialDate?)?
        // A sentence shortly after a designating one may name the entries without a trigger of its own
        // ("The Council adopted restrictive measures against four people. ... The individuals are X").
        var sentencesSinceDesignation = Int.max
        // "OFAC sanctioned four companies and three individuals", then a paragraph on each.
        var announcement: CountedAnnouncement?
        let tables = ListingTable.tables(in: text)
        var tablesRead: Set<Int> = []
        // Who designated last, and when, for records further on.
        var lastDesignation: (authority: String?, date: PartialDate?)?
        // Under an "AMENDMENTS" heading, records are changed entries, not new ones.
        var inAmendments = false
        /// Adds a designated party, and takes its place in an open count.
        func designate(_ party: ExtractedParty) {
            if !designated.contains(party.name) { _ = announcement?.admit(party.kind) }
            designated.add(party)
        }
        var previousTokens: [ArticleToken] = []
        var previousSentence: SentenceSplitter.Sentence?
        for (sentence, tokens) in zip(sentences, tokenized) {
            defer {
                previousTokens = tokens
                previousSentence = sentence
            }
            let dates = ArticleDate.dates(in: tokens, defaultYear: documentYear)
            let sentenceAuthority = ArticleAuthority.narrowest(ArticleAuthority.mentions(in: tokens[...]).map(\.authority))
            defer {
                if let sentenceAuthority { carriedAuthority = sentenceAuthority }
                if let date = dates.last { carriedDate = date }
            }
            // A table of parties ("| No. | Name | ... |", "VESSEL NAME  IMO NUMBER" over dashes) after a designating
            // or delisting sentence lists its entries; the table's lines are read no further.
            if let table = tables.first(where: { $0.span.overlaps(sentence.span) }) {
                if !tablesRead.contains(table.span.lowerBound), let context = listTrigger.map({ ($0.trigger.effect, $0.authority, $0.date) })
                    ?? lastDesignation.map({ (DesignationTrigger.Effect.designation, $0.authority, $0.date) })
                {
                    tablesRead.insert(table.span.lowerBound)
                    for mention in table.parties {
                        let party = party(mention, authority: context.1, date: context.2 ?? documentDate, sentence: sentence)
                        if context.0 == .designation { designate(party) } else { delisted.add(party) }
                    }
                }
                if table.span.contains(sentence.span.lowerBound) { continue }
            }
            // "ADDITIONS", "Annex - Persons added to Schedule 1", "AMENDMENTS", "Individuals": a heading says
            // what the list under it is. A headline is read as a sentence too; the list opens after it.
            var headingList: DesignationTrigger?
            defer {
                if let headingList { listTrigger = (headingList, sentenceAuthority ?? carriedAuthority, dates.first ?? carriedDate ?? documentDate) }
            }
            switch Self.isListItem(sentence.text) ? nil : ListHeading.meaning(of: tokens) {
            case .kind(let kind)? where listTrigger != nil:
                listTrigger?.trigger.groupKind = kind
                continue
            case .amendments?:
                listTrigger = nil
                inAmendments = true
                continue
            case .designations?, .delistings?:
                inAmendments = false
                let effect: DesignationTrigger.Effect = ListHeading.meaning(of: tokens) == .designations ? .designation : .delisting
                headingList = DesignationTrigger(effect: effect, targets: 0..<0, position: 0, introducesList: true)
            default:
                break
            }
            // Bullet items after "... designated the following vessels:".
            // An item that itself ends with a colon opens a list of its own ("2 Part 2 of Schedule 1 is amended by
            // adding the following:").
            // A notice's records ("QDi.441  Name: ...") after a designating sentence are its entries even
            // where headings come between.
            if listTrigger == nil, !inAmendments, NoticeRecord.startsRecord(sentence.text), let context = lastDesignation {
                listTrigger = (DesignationTrigger(effect: .designation, targets: 0..<0, position: 0, introducesList: true), context.authority, context.date)
            }
            if let list = listTrigger,
                Self.isListItem(sentence.text) || NoticeRecord.startsRecord(sentence.text) || CapitalizedEntry.startsEntry(tokens),
                tokens.last?.text != ":"
            {
                let parser = PartyListParser(text: text, groupKind: list.trigger.groupKind, groupCountry: list.trigger.groupCountry)
                // "4. Name: Sevzapelektronika JSC / a.k.a.: SZE": a notice's field layout; otherwise the item's
                // words, without the bullet or item number.
                let mentions = NoticeRecord.mention(in: sentence.text).map { record in
                    [PartyMention(name: record.name, kind: record.kind ?? list.trigger.groupKind, aliases: record.aliases, identifiers: record.identifiers)]
                } ?? {
                    let words = tokens[...].drop { $0.kind == .punctuation || $0.text.allSatisfy { $0.isNumber || $0 == "." || $0 == ")" } }
                    return CapitalizedEntry.mention(in: words, parser: parser).map { [$0] } ?? parser.mentions(in: words)
                }()
                for mention in mentions {
                    let party = party(mention, authority: list.authority, date: list.date ?? carriedDate ?? documentDate, sentence: sentence)
                    if list.trigger.effect == .designation { designate(party) } else { delisted.add(party) }
                }
                continue
            }
            // A further sentence of the same bullet item ("- X, a maker of parts. The company supplies ...")
            // keeps the list open for the next item.
            let continuesItem = previousSentence.map { !text[$0.span.upperBound..<sentence.span.lowerBound].contains(where: \.isNewline) } ?? false
            if !continuesItem { listTrigger = nil }
            let triggers = DesignationTrigger.find(
                in: tokens, documentYear: documentYear, followsDesignation: sentencesSinceDesignation <= 4)
            sentencesSinceDesignation = triggers.contains { $0.effect == .designation } ? 1 : sentencesSinceDesignation &+ 1
            // "Identifying information released by OFAC:", "The details are set out below:": a list of the
            // entries designated before.
            if triggers.isEmpty, tokens.last?.text == ":", let context = lastDesignation,
                tokens.contains(where: { ["identifying", "information", "details", "following", "below", "annex"].contains($0.lower) }),
                !tokens.contains(where: { ["updated", "amended", "changed", "revised", "corrected", "removed", "deleted"].contains($0.lower) })
            {
                listTrigger = (DesignationTrigger(effect: .designation, targets: 0..<0, position: 0, introducesList: true), context.authority, context.date)
            }
            var opened: CountedAnnouncement?
            for trigger in triggers {
                let authority = ArticleAuthority.authority(in: tokens, triggerAt: trigger.position) ?? carriedAuthority
                let date = dates.first ?? carriedDate ?? documentDate
                if trigger.effect == .designation { lastDesignation = (authority, date) }
                if trigger.introducesList { listTrigger = (trigger, authority, date) }
                let parser = PartyListParser(text: text, groupKind: trigger.groupKind, groupCountry: trigger.groupCountry)
                let ranges = [trigger.targets] + (trigger.alsoTargets.map { [$0] } ?? [])
                var mentions = ranges.flatMap { parser.mentions(in: tokens[$0]) }
                if mentions.isEmpty, tokens[trigger.targets].first?.lower == "it",
                    let referent = Self.organization(introducedIn: previousTokens, text: text)
                {
                    // "The ship manager, Corvina Shipmanagement Pvt. Ltd., ... The Department is designating it".
                    mentions = [referent]
                }
                for mention in mentions {
                    let party = party(mention, authority: authority, date: date, sentence: sentence)
                    if trigger.effect == .designation { designate(party) } else { delisted.add(party) }
                }
                // "OFAC designated the companies ...": the count may be in the sentence before ("took action
                // against two ship management companies and four tankers").
                if mentions.isEmpty, trigger.effect == .designation, !trigger.introducesList,
                    var counted = Self.counts(of: tokens[trigger.targets], before: previousTokens, open: announcement != nil)
                {
                    counted.authority = authority
                    counted.date = date
                    opened = counted
                }
            }
            if let opened {
                if var previous = announcement {
                    for party in previous.closing(excluding: designated.contains) { designated.add(party) }
                }
                announcement = opened
            } else if var open = announcement {
                // The sentences after a count introduce its parties.
                if CountedAnnouncement.isClosingHeading(tokens) {
                    open.close()
                } else if CountedAnnouncement.mayIntroduceParties(tokens, documentYear: documentYear) {
                    let parser = PartyListParser(text: text, groupKind: nil, groupCountry: nil)
                    for (var mention, throughRole) in CountedAnnouncement.introducedMentions(in: tokens, parser: parser)
                    where !designated.contains(mention.name) {
                        if mention.role != nil, mention.relatedTo == nil {
                            mention.relatedTo = designated.parties.last { $0.kind == .organization }?.name
                        }
                        let introduced = party(
                            mention, authority: open.authority ?? carriedAuthority, date: open.date ?? documentDate,
                            sentence: sentence)
                        if throughRole {
                            open.holdInReserve(introduced)
                        } else if open.admit(introduced.kind) {
                            designated.add(introduced)
                        }
                    }
                }
                open.advance()
                if open.isClosed {
                    for party in open.closing(excluding: designated.contains) { designated.add(party) }
                    announcement = nil
                } else {
                    announcement = open
                }
            }
        }
        if var open = announcement {
            for party in open.closing(excluding: designated.contains) { designated.add(party) }
        }
        let delistedNames = Set(delisted.parties.map { PartyCollector.key($0.name) })
        return ArticleExtraction(
            file: document.name,
            entities: ShortReference.merging(designated.parties.filter { !delistedNames.contains(PartyCollector.key($0.name)) }),
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

    /// The first organization a sentence clearly names, for an "it" in the sentence after.
    private static func organization(introducedIn tokens: [ArticleToken], text: [Character]) -> PartyMention? {
        let parser = PartyListParser(text: text, groupKind: nil, groupCountry: nil)
        return CountedAnnouncement.introducedMentions(in: tokens, parser: parser).lazy.map(\.mention)
            .first { ($0.kind ?? PersonNameShape.kind(of: $0.name)) == .organization }
    }

    /// The counts a designation without names gives: in its own words ("sanctioned four companies"), or,
    /// when those refer back ("designated the companies and identified the four tankers"), in the sentence
    /// before ("took action against two companies and four tankers"), unless an announcement is open.
    private static func counts(of targets: ArraySlice<ArticleToken>, before previous: [ArticleToken], open: Bool) -> CountedAnnouncement? {
        let own = CountedAnnouncement(counting: targets)
        let refersBack = targets.first.map { ["the", "these", "those", "both", "all"].contains($0.lower) } ?? false
        guard !open, own == nil || refersBack else { return own }
        return CountedAnnouncement(counting: previous[...]) ?? own
    }

    /// A line that starts with a bullet or a number: "- Tehnolit", "2. Baztube", "3187 Viktor Sorokin" (the
    /// item numbers of a schedule).
    static func isListItem(_ sentence: String) -> Bool {
        guard let first = sentence.first else { return false }
        if "-*•–".contains(first) { return true }
        let digits = sentence.prefix { $0.isNumber }
        guard !digits.isEmpty else { return false }
        let after = sentence.dropFirst(digits.count)
        if digits.count <= 3, [".", ")"].contains(after.first) { return true }
        return digits.count <= 5 && after.first == " " && after.dropFirst().first?.isUppercase == true
    }

    /// The parties found so far, in first-mention order; a party named again adds what is new.
    struct PartyCollector {
        private(set) var parties: [ExtractedParty] = []
        private var positions: [String: Int] = [:]

        static func key(_ name: String) -> String {
            String(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
        }

        /// Whether a party of this name (or alias) was collected.
        func contains(_ name: String) -> Bool { positions[Self.key(name)] != nil }

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
