import WatchlistCore

/// One pass over an article's sentences for `SanctionsExtractor`: what is open (a list, a counted
/// announcement, an amendments section), what was said before (authority, date, the last designation,
/// the sentence before) and the parties collected so far.
///
/// Each sentence goes through the steps in order and stops at the first that takes it: a table of parties,
/// a heading, a list item or record, then the designation triggers and the counted announcement.
struct ArticleReader {
    /// A list the text has opened: bullet items, records or a table follow.
    struct OpenList {
        var trigger: DesignationTrigger
        var authority: String?
        var date: PartialDate?
        /// Opened by a heading that names the kind and what was done ("Entities designated"): a paragraph
        /// that opens with a party's name is an entry too, without a bullet.
        var takesParagraphs = false
        /// The label style of the list's first item ("(1)", "(a)"; `SanctionsExtractor.itemMarkerStyle`).
        var itemStyle: String?
    }

    private let text: [Character]
    private let documentDate: PartialDate?
    /// Without a dated header ("Oct 9 (Reuters)"), any year named after a designation makes it a memory
    /// ("sanctioned in 2018"): announcements say "today", not the year.
    private let documentYear: Int?
    /// The announcement's month, also from a dateline without a year ("KHARTOUM, July 9 (AFP)"): "sanctioned
    /// in January" in it is a memory.
    private let documentMonth: Int?
    /// The announcement's day of the month, also from a dateline without a year.
    private let documentDay: Int?
    private let tables: [ListingTable]

    private var designated = SanctionsExtractor.PartyCollector()
    private var delisted = SanctionsExtractor.PartyCollector()
    private var carriedAuthority: String?
    private var carriedDate: PartialDate?
    private var list: OpenList?
    /// The item marker of the sentence that opened `list` ("3." in "3. The designated organizations are as
    /// follows:"), if it was an item itself.
    private var listOpenerStyle: String?
    /// A sentence shortly after a designating one may name the entries without a trigger of its own
    /// ("The Council adopted restrictive measures against four people. ... The individuals are X").
    private var sentencesSinceDesignation = Int.max
    /// Sentences read since the last one with a delisting trigger (`Int.max` before the first).
    private var sentencesSinceDelisting = Int.max
    /// "OFAC sanctioned four companies and three individuals", then a paragraph on each.
    private var announcement: CountedAnnouncement?
    private var tablesRead: Set<Int> = []
    /// Inside a timeline section headed by an earlier year ("## 2022"): nothing there is new.
    private var inPastSection = false
    /// What the last trigger did, for a table after it.
    private var lastEffect = DesignationTrigger.Effect.designation
    /// Who designated last, and when, for records and lists further on.
    private var lastDesignation: (authority: String?, date: PartialDate?)?
    /// Under an "AMENDMENTS" heading, records are changed entries, not new ones.
    private var inAmendments = false
    /// A designation whose parties are "listed in the Annex": who designated and when, for the annex's
    /// entries under a heading that is only "Annex".
    private var designationsInAnnex: (authority: String?, date: PartialDate?)?
    private var previousTokens: [ArticleToken] = []
    /// The sentence before `previousTokens`, for "Both are designated" after two sentences of introductions.
    private var earlierTokens: [ArticleToken] = []
    /// An item that ended "a.k.a., the following two aliases:": its party and effect, for the alias lines
    /// ("—Tianlan Aerospace; and") under it.
    private var aliasesFollow: (party: ExtractedParty, effect: DesignationTrigger.Effect)?
    private var previousSentence: SentenceSplitter.Sentence?
    /// Parties introduced in full with a short form in parentheses ("Ibrahim bin Hasan Khalifa (Khalifa)"),
    /// by the short form's `PartyCollector.key`, for a designating sentence paragraphs later ("Khalifa is
    /// being designated").
    private var shortForms: [String: PartyMention] = [:]
    /// The sentences before this one, at most `backReferenceReach`, for a surname or a company's first words
    /// that stand for a party introduced in full paragraphs before.
    private var recentSentences: [[ArticleToken]] = []
    private static let backReferenceReach = 40
    /// Parties the text says were listed before ("HESA and AIO were already subject to EU restrictive
    /// measures"), by `PartyCollector.key`: not new, however an announcement introduced them.
    private var listedBefore: Set<String> = []
    /// The party added last, as it was added: an entry's alias line adds to it.
    private var lastAdded: (party: ExtractedParty, effect: DesignationTrigger.Effect)?
    /// Names written after a prefixed legal form ("OOO Vostok Tsifra"), by the key of the bare name.
    private var namesWithLegalForm: [String: String] = [:]
    /// Parties by the term a statement defined for them ("Company" for `X ("the Company")`).
    private var definedTerms: [String: PartyMention] = [:]
    /// Parties a later sentence says were not designated after all (`recordDenial`).
    private var denied: Set<String> = []
    /// Names the text corrects ("X, not "Y" as we originally wrote"), by the wrong name's `PartyCollector.key`.
    private var corrections: [String: String] = [:]

    /// `headerSentences`: the first sentences, where the announcement's date is.
    init(text: [Character], headerSentences: ArraySlice<[ArticleToken]>) {
        self.text = text
        documentDate = headerSentences.lazy.flatMap { ArticleDate.dates(in: $0, defaultYear: nil) }.first { $0.day != nil }
        documentYear = documentDate?.year
        // "WASHINGTON, Oct 22 (Wire)": any year stands in for the missing one; only the month and day are read.
        let dateline = documentDate ?? headerSentences.lazy.flatMap { ArticleDate.dates(in: $0, defaultYear: 2000) }.first { $0.day != nil }
        documentMonth = dateline?.month
        documentDay = dateline?.day
        tables = ListingTable.tables(in: text)
    }

    // MARK: Sentences

    mutating func read(_ sentence: SentenceSplitter.Sentence, _ tokens: [ArticleToken]) {
        recordShortForms(tokens)
        recordNamesWithLegalForm(tokens)
        recordDefinedTerm(tokens)
        if let correction = SpellingCorrection.correction(in: sentence.text) {
            corrections[SanctionsExtractor.PartyCollector.key(correction.wrong)] = correction.right
        }
        let dates = ArticleDate.dates(in: tokens, defaultYear: documentYear)
        let sentenceAuthority = ArticleAuthority.narrowest(ArticleAuthority.mentions(in: tokens[...]).map(\.authority))
        defer {
            if let sentenceAuthority { carriedAuthority = sentenceAuthority }
            // "an oil broker that OFAC sanctioned in November 2023": a date of a month before the document's is
            // a memory, not the date of what follows.
            if let date = dates.last, !(documentDate.map { date.isInEarlierMonth(than: $0) } ?? false) { carriedDate = date }
            earlierTokens = previousTokens
            previousTokens = tokens
            recentSentences.append(tokens)
            if recentSentences.count > Self.backReferenceReach { recentSentences.removeFirst() }
            previousSentence = sentence
        }
        // A timeline's sections: "2022", "2025 (January–September)" are the past, "Today (14 October 2025)" is new.
        if let past = TimelineHeading.isPast(sentence.text, documentDate: documentDate) {
            inPastSection = past
            list = nil
            return
        }
        if inPastSection { return }
        // "- Date of birth: March 4, 1971", "- Position: General Director, JSC "..."": an entry's field
        // names no party of its own.
        if ListItemLayout.isFieldLine(tokens) { return }
        // "III. Removed entries", then "Annex 8" over the entries: the annex the section's entries are in.
        if list != nil, ListHeading.isAnnexHeading(tokens) { return }
        // "## Annex" after "will newly designate 6 individuals and 5 entities listed in the Annex"; a bare
        // "ANNEX" after any designation (an EU press release's annex of the persons it lists), but not under
        // "Amended entries".
        if !inAmendments, let context = designationsInAnnex ?? (lastEffect == .designation ? lastDesignation : nil),
            ListHeading.isAnnexHeading(tokens)
        {
            list = OpenList(trigger: Self.listOpening(.designation), authority: context.authority, date: context.date)
            inAmendments = false
            listOpenerStyle = nil
            return
        }
        if readInstruction(sentence) { return }
        if readTable(sentence) { return }
        // A headline is read as a sentence too; a list it opens starts after it.
        let isItem = SanctionsExtractor.isListItem(sentence.text)
        var headingList: DesignationTrigger?
        defer {
            if let headingList {
                list = OpenList(
                    trigger: headingList, authority: sentenceAuthority ?? carriedAuthority, date: dates.first ?? carriedDate ?? documentDate,
                    takesParagraphs: headingList.groupKind != nil)
                // Under "1. New entries" the entries are numbered too: only a heading without a number closes
                // its list by numbering alike.
                listOpenerStyle = isItem ? nil : SanctionsExtractor.itemMarkerStyle(sentence.text)
            }
        }
        switch isItem ? ListHeading.numberedMeaning(of: tokens) : ListHeading.meaning(of: tokens) {
        case .kind(let kind)?:
            if list != nil { list?.trigger.groupKind = kind }
            return
        case .amendments?:
            // The entries under "Amendments" were listed before: no count goes on under it.
            list = nil
            inAmendments = true
            closeAnnouncement()
            return
        case .endMatter?:
            // Nor does a count: "References" lists sources, not the parties it announced.
            list = nil
            closeAnnouncement()
            return
        case .leftOut?:
            list = nil
            announcement = nil
            return
        case .designations?:
            inAmendments = false
            lastEffect = .designation
            headingList = Self.listOpening(.designation)
        case .delistings?:
            inAmendments = false
            lastEffect = .delisting
            headingList = Self.listOpening(.delisting)
        case .kindList(let kind, let effect)?:
            inAmendments = false
            lastEffect = effect
            headingList = Self.listOpening(effect)
            headingList?.groupKind = kind
        default:
            break
        }
        // "3. Deletion": a numbered heading is no entry of the list before it.
        if isItem, headingList != nil { return }
        if readAliasLine(sentence) { return }
        // "4. The following entry ... has been amended but remains subject to an asset freeze:": the entries
        // after it are changed ones, not new ("is amended by adding the following:" still adds).
        if tokens.last?.text == ":", tokens.contains(where: { Self.changeWords.contains($0.lower) }),
            !tokens.contains(where: { ["adding", "added", "inserting", "inserted", "add"].contains($0.lower) })
        {
            list = nil
            return
        }
        if readAliasField(sentence) { return }
        if readListItem(sentence, tokens) { return }
        // A further sentence of the same bullet item ("- X, a maker of parts. The company supplies ...")
        // keeps the list open for the next item, and so does a country heading between items ("China",
        // "United Arab Emirates" in a Federal Register rule).
        let continuesItem = previousSentence.map { !text[$0.span.upperBound..<sentence.span.lowerBound].contains(where: \.isNewline) } ?? false
        if list != nil, ListItemLayout.isPlaceHeading(tokens) || ListItemLayout.isIndented(sentence.span, in: text) { return }
        if !continuesItem { list = nil }
        let hadList = list != nil
        readTriggers(sentence, tokens, dates: dates)
        if !hadList, list != nil { listOpenerStyle = SanctionsExtractor.itemMarkerStyle(sentence.text) }
    }

    /// A Federal Register rule's instructions: "By adding ... entries for "A," and "B"", "By removing the
    /// entry for "C"". True when the sentence gave entries.
    private mutating func readInstruction(_ sentence: SentenceSplitter.Sentence) -> Bool {
        let (added, removed, revised) = AmendatoryInstruction.entries(in: sentence.text)
        // A revised entry was listed before: the supplement's full entry for it is no designation.
        for name in revised { listedBefore.insert(SanctionsExtractor.PartyCollector.key(name)) }
        guard !added.isEmpty || !removed.isEmpty else { return !revised.isEmpty }
        let authority = carriedAuthority ?? "US Commerce"
        for name in added { add(party(PartyMention(name: name), authority: authority, date: documentDate, sentence: sentence), effect: .designation) }
        for name in removed { add(party(PartyMention(name: name), authority: authority, date: documentDate, sentence: sentence), effect: .delisting) }
        return true
    }

    /// A table of parties ("| No. | Name | ... |", "VESSEL NAME  IMO NUMBER" over dashes) after a designating
    /// or delisting sentence lists its entries; the table's lines are read no further. True when the
    /// sentence is inside a table.
    private mutating func readTable(_ sentence: SentenceSplitter.Sentence) -> Bool {
        guard let table = tables.first(where: { $0.span.overlaps(sentence.span) }) else { return false }
        // A tracker's log of dated listings speaks for itself: its rows of the newest date are the news, the
        // older ones context ("Older rows ... are kept for context only").
        if list == nil, lastDesignation == nil, table.isListingLog, let newest = table.newestDate, !tablesRead.contains(table.span.lowerBound) {
            tablesRead.insert(table.span.lowerBound)
            for (index, mention) in table.parties.enumerated() where table.date(ofParty: index) == newest {
                let effect: DesignationTrigger.Effect = table.removed.contains(index) ? .delisting : .designation
                add(party(mention, authority: table.authority(ofParty: index), date: newest, sentence: sentence), effect: effect)
            }
        }
        // A table after "OFAC also removed the following entries" lists removals; one under an instrument's
        // "Add:" lists additions.
        if !tablesRead.contains(table.span.lowerBound), let context = list.map({ ($0.trigger.effect, $0.authority, $0.date) })
            ?? lastDesignation.map({ (lastEffect, $0.authority, $0.date) })
            ?? (lineBefore(table.span.lowerBound).lowercased() == "add:" ? (.designation, carriedAuthority, documentDate) : nil)
        {
            tablesRead.insert(table.span.lowerBound)
            for (index, mention) in table.parties.enumerated() {
                // A row dated more than a week before the document is a listing of the past.
                if let date = table.date(ofParty: index), let documentDate, date.isWeekOrMoreBefore(documentDate) { continue }
                // A table that marks its removed rows lists designations in the others.
                let effect = table.removed.isEmpty ? context.0 : table.removed.contains(index) ? .delisting : .designation
                add(party(mention, authority: context.1, date: context.2 ?? documentDate, sentence: sentence), effect: effect)
            }
        }
        return table.span.contains(sentence.span.lowerBound)
    }

    /// The line before the one starting at `offset`, trimmed.
    private func lineBefore(_ offset: Int) -> String {
        var end = offset - 1
        while end > 0, text[end] != "\n" { end -= 1 }
        guard end > 0 else { return "" }
        var start = end
        while start > 0, text[start - 1] != "\n" { start -= 1 }
        return String(text[start..<end]).trimmingCharacters(in: .whitespaces)
    }

    /// Bullet items after "... designated the following vessels:", a notice's records ("QDi.441  Name: ...",
    /// after a designating sentence even where headings come between) and entries in capitals. True when
    /// the sentence was an item of an open list.
    private mutating func readListItem(_ sentence: SentenceSplitter.Sentence, _ tokens: [ArticleToken]) -> Bool {
        if list == nil, !inAmendments, NoticeRecord.startsRecord(sentence.text), let context = lastDesignation {
            list = OpenList(trigger: Self.listOpening(.designation), authority: context.authority, date: context.date)
        }
        // An item that itself ends with a colon opens a list of its own ("2 Part 2 of Schedule 1 is amended by
        // adding the following:").
        let announcesAliases = tokens.last?.text == ":" && tokens.suffix(4).contains { ["alias", "aliases"].contains($0.lower) }
        if list != nil, let style = listOpenerStyle, SanctionsExtractor.itemMarkerStyle(sentence.text) == style {
            list = nil
            return false
        }
        let isParagraphEntry = list?.takesParagraphs == true && startsLine(sentence) && !SanctionsExtractor.isListItem(sentence.text)
        guard let list,
            SanctionsExtractor.isListItem(sentence.text) || SanctionsExtractor.isLongNumberedEntry(sentence.text)
                || NoticeRecord.startsRecord(sentence.text) || CapitalizedEntry.startsEntry(tokens)
                || PersonNameShape.uninverted(sentence.text) != nil || isParagraphEntry,
            tokens.last?.text != ":" || announcesAliases
        else { return false }
        // "(1) A", "(2) B", then "2. The Government of Japan has also decided to delete ...": a paragraph numbered
        // "2." after items labelled in parentheses is the document's next part, not the list's next item.
        let itemStyle = SanctionsExtractor.itemMarkerStyle(sentence.text)
        if itemStyle == "1.", let first = list.itemStyle, Self.parenthesizedItemStyles.contains(first) {
            self.list = nil
            return false
        }
        // "- TRON (TRC-20): TXk4mQ7vB9pLr2Wc...": a digital currency address listed with the party's entry.
        if tokens.prefix(12).contains(where: Self.isCurrencyAddress) { return true }
        if let name = PersonNameShape.uninverted(sentence.text) {
            // "ABDULLAEVA, Nilufar Bakhtiyorovna": a notice's list of names, surname first.
            let mention = PartyMention(name: name, kind: .person)
            add(party(mention, authority: list.authority, date: list.date ?? carriedDate ?? documentDate, sentence: sentence), effect: list.trigger.effect)
            return true
        }
        let parser = PartyListParser(text: text, groupKind: list.trigger.groupKind, groupCountry: list.trigger.groupCountry)
        // "4. Name: Sevzapelektronika JSC / a.k.a.: SZE": a notice's field layout; otherwise the item's
        // words, without the bullet or item number.
        var mentions = NoticeRecord.mention(in: sentence.text).map { record in
            [PartyMention(name: record.name, kind: record.kind ?? list.trigger.groupKind, aliases: record.aliases, identifiers: record.identifiers)]
        } ?? {
            let words = ListItemLayout.beforeDescriptionLines(ListItemLayout.beforeSpacedDash(
                ListItemLayout.beforeFieldLines(SanctionsExtractor.withoutItemLabel(tokens[...]), in: text)
                    .drop { $0.kind == .punctuation || $0.text.allSatisfy { $0.isNumber || $0 == "." || $0 == ")" } },
                in: text), in: text)
            if let vessel = ListItemLayout.afterVesselDescription(words) {
                return ListItemLayout.beforeAddress(parser.mentions(in: ListItemLayout.beforeIdentifyingFields(vessel))).prefix(1).map { mention in
                    var mention = mention
                    mention.kind = .vessel
                    return mention
                }
            }
            if ListItemLayout.opensAsProse(words) { return [] }
            // An entry in capitals reads its own fields ("(individual)" makes it a person's inverted name).
            return CapitalizedEntry.mention(in: words, parser: parser).map { [$0] }
                ?? ListItemLayout.withoutDescribedNames(
                    ListItemLayout.beforeAddress(parser.mentions(in: ListItemLayout.beforeIdentifyingFields(words))), in: words)
        }()
        // "1. Larisa Mikhailovna Zotova⏎     Deputy Director, Department of the Defence Industry, Ministry of
        // ...": the lines under a person's name describe the person; the bodies they name are no entries.
        if mentions.count > 1, mentions[0].kind == .person || PersonNameShape.looksLikePerson(mentions[0].name),
            let firstLine = sentence.text.split(whereSeparator: \.isNewline).first, sentence.text.contains(where: \.isNewline)
        {
            let person = mentions[0]
            mentions = [person] + mentions.dropFirst().filter { firstLine.contains($0.name.prefix { $0 != " " }) }
        }
        // "(1) Entities in the Russian Federation (5 entities)": the entries after it are of that kind and place.
        if mentions.isEmpty, let group = ListItemLayout.groupPlace(
            SanctionsExtractor.withoutItemLabel(tokens[...]).drop { $0.kind == .punctuation || $0.text.allSatisfy(\.isNumber) })
        {
            self.list?.trigger.groupKind = group.kind
            if let country = group.country { self.list?.trigger.groupCountry = country }
        }
        if isParagraphEntry {
            // "Sibavionika LLC, located in Novosibirsk, produces ...": under a heading, a paragraph that opens
            // with a party's name is that party's entry; the other names in it are its description's, and a
            // paragraph that opens otherwise ("The Minister said ...") is prose, which closes the list.
            let firstWord = tokens.first(where: \.isWord)?.text
            guard let entry = mentions.first, entry.name.split(separator: " ").first.map(String.init) == firstWord else { return false }
            mentions = [entry]
        }
        if !mentions.isEmpty {
            // The first entry's label ("(A) Individuals (7 individuals)" above it is a group's, not an entry's).
            if list.itemStyle == nil { self.list?.itemStyle = itemStyle }
            // "..., a.k.a., the following two aliases:" with the alias lines in the same sentence.
            let known = mentions[mentions.count - 1].aliases
            mentions[mentions.count - 1].aliases += ListItemLayout.aliasLines(in: sentence.text).filter { !known.contains($0) }
        }
        for var mention in mentions {
            // Under "Individuals:" or after "the following vessels:", an item is of the list's kind unless it
            // says otherwise.
            if mention.kind == nil { mention.kind = list.trigger.groupKind }
            add(party(mention, authority: list.authority, date: list.date ?? carriedDate ?? documentDate, sentence: sentence), effect: list.trigger.effect)
        }
        if announcesAliases, let last = mentions.last {
            aliasesFollow = (party(last, authority: list.authority, date: list.date ?? carriedDate ?? documentDate, sentence: sentence), list.trigger.effect)
        }
        return true
    }

    /// Item labels of a list's second level: "(1)", "(a)", "a)".
    private static let parenthesizedItemStyles: Set<String> = ["(1)", "(a)", "a)"]

    /// Whether the sentence begins a line (a paragraph, or the document).
    private func startsLine(_ sentence: SentenceSplitter.Sentence) -> Bool {
        var index = sentence.span.lowerBound - 1
        while index >= 0, text[index] == " " || text[index] == "\t" { index -= 1 }
        return index < 0 || text[index].isNewline
    }

    /// "- a.k.a: GARIPOVA, Alsou", "Alias: KASC Limited" under an entry of an open list or count: more names of
    /// the party added last. True when the sentence was such a line.
    private mutating func readAliasField(_ sentence: SentenceSplitter.Sentence) -> Bool {
        guard list != nil || announcement != nil, var (last, effect) = lastAdded else { return false }
        let aliases = Self.aliasField(in: sentence.text)
        guard !aliases.isEmpty else { return false }
        last.aliases = aliases.filter { $0 != last.name }
        add(last, effect: effect)
        return true
    }

    /// The names of an alias field line ("- a.k.a: GARIPOVA, Alsou", "a.k.a: (1) Tengri Pay (2) ZAO Tengri
    /// Pei", "Former name: Everbright Horizon Components Limited"), a surname first turned round; none for any
    /// other line.
    static func aliasField(in line: String) -> [String] {
        // It runs for every sentence of an open list or count: only the first line's head is lowercased for the
        // label (the longest is 15 characters), not the whole sentence.
        var rest = line.drop(while: { $0 == "\n" }).prefix(while: { $0 != "\n" })
        rest = rest.drop { SanctionsExtractor.bullets.contains($0) || $0 == " " }
        let head = rest.prefix(16).lowercased()
        guard let label = Self.aliasFieldLabels.first(where: head.hasPrefix) else { return [] }
        let value = rest.dropFirst(label.count).trimmingCharacters(in: .whitespaces)
        // "(1) Tengri Pay (2) ZAO Tengri Pei": numbered names.
        let parts = value.split(whereSeparator: { $0 == "(" || $0 == ")" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.allSatisfy(\.isNumber) }
        return parts.map { PersonNameShape.uninverted($0) ?? $0 }
    }

    private static let aliasFieldLabels = [
        "a.k.a.:", "a.k.a:", "aka:", "also known as:", "f.k.a.:", "f.k.a:", "alias:", "aliases:", "former name:", "former names:", "formerly:",
    ]

    /// A digital currency address: a run of 26 letters and digits or more, mixing both ("bc1q9h6ytw4r...").
    private static func isCurrencyAddress(_ token: ArticleToken) -> Bool {
        token.text.count >= 26 && token.text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            && token.text.contains(where: \.isNumber) && token.text.contains(where: \.isLetter)
    }

    /// An alias line under an item that announced its aliases ("—Tianlan Aerospace; and", "—ZKTL."): the
    /// alias goes to the item's party. True when the sentence was one.
    private mutating func readAliasLine(_ sentence: SentenceSplitter.Sentence) -> Bool {
        guard let (party, effect) = aliasesFollow else { return false }
        // The splitter may keep several alias lines in one sentence.
        let lines = sentence.text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !lines.isEmpty, lines.allSatisfy(ListItemLayout.isDashLine) else {
            aliasesFollow = nil
            return false
        }
        for alias in lines.compactMap(ListItemLayout.alias(onDashLine:)) {
            var withAlias = party
            withAlias.aliases = [alias]
            add(withAlias, effect: effect)
        }
        return true
    }

    /// The sentence's designation triggers, the lists and counts they open, and the parties an open
    /// counted announcement gains from the sentence.
    private mutating func readTriggers(_ sentence: SentenceSplitter.Sentence, _ tokens: [ArticleToken], dates: [PartialDate]) {
        let triggers = DesignationTrigger.find(
            in: tokens, documentYear: documentYear, documentMonth: documentMonth, documentDay: documentDay,
            followsDesignation: sentencesSinceDesignation <= 4, followsDelisting: sentencesSinceDelisting <= 2)
        sentencesSinceDesignation = triggers.contains { $0.effect == .designation } ? 1 : min(sentencesSinceDesignation, Int.max - 1) + 1
        sentencesSinceDelisting = triggers.contains { $0.effect == .delisting } ? 1 : min(sentencesSinceDelisting, Int.max - 1) + 1
        // "Identifying information released by OFAC:", "The details are set out below:", and right after a
        // designation "They are:": a list of the entries designated before.
        let words = tokens.filter(\.isWord).map(\.lower)
        if triggers.isEmpty, tokens.last?.text == ":", let context = lastDesignation,
            words.contains(where: {
                ["identifying", "information", "details", "following", "below", "annex", "listings", "entries", "designations", "additions",
                 "among"]
                    .contains($0)
            }) || sentencesSinceDesignation <= 3 && ["they", "these", "those"].contains(words.first ?? "")
                // "They are:"; "Those most likely to appear in commercial screening include:" right after the count.
                && (words.count <= 3 ? words.contains(where: { ["are", "were", "include", "included"].contains($0) })
                    : words.count <= 14 && ["are", "were", "include", "included"].contains(words.last!))
                // "The parties concerned are:" a few sentences after the designation.
                || sentencesSinceDesignation <= 5 && words.count <= 5 && words.first == "the"
                && words.contains(where: { Self.pluralKindNouns.contains($0) || $0 == "parties" })
                && ["are", "were", "include", "included"].contains(words.last!)
                // "The firms we have seen most often in our customers' payment instructions are:" a while after.
                || sentencesSinceDesignation <= 8 && words.count <= 14 && words.first == "the" && words.count >= 2
                && (Self.pluralKindNouns.contains(words[1]) || ["firms", "parties", "people", "names"].contains(words[1]))
                && ["are", "were", "include", "included"].contains(words.last!),
            // "the following companies are not sanctioned:" names the parties spared.
            !words.contains(where: SanctionsVocabulary.negations.contains),
            !tokens.contains(where: { ["updated", "amended", "changed", "revised", "corrected", "removed", "deleted"].contains($0.lower) })
        {
            list = OpenList(trigger: Self.listOpening(.designation), authority: context.authority, date: context.date)
        }
        // "Three new names 👇", "Five new entries:": a post's count of new listings, the items follow.
        if triggers.isEmpty, (2...4).contains(words.count), CountedAnnouncement.number(tokens.first(where: \.isWord)!) != nil,
            words.contains("new"), ["names", "entries", "listings", "designations", "additions", "designees", "sdns", "targets"].contains(words.last!)
        {
            list = OpenList(trigger: Self.listOpening(.designation), authority: carriedAuthority, date: dates.first ?? carriedDate ?? documentDate)
        }
        if triggers.isEmpty, let context = lastDesignation, sentencesSinceDesignation <= 4 { readTheseInclude(sentence, tokens, context: context) }
        if triggers.isEmpty, sentencesSinceDelisting == 2 { readTheseAreRemoved(sentence, tokens) }
        if triggers.isEmpty {
            recordListedBefore(tokens)
            recordListedBeforeInAppositive(tokens)
            recordDenial(tokens)
        }
        // "The entry concerning the following person ... is replaced by the following entry:": the records
        // that follow change entries listed before.
        // "The following measures, originally adopted in October 2024, are renewed for a further period of six
        // months:": the entries after it were listed before.
        // "The amendments concern the identifying information only; the measures applicable to these persons
        // remain unchanged:": so do the entries after it.
        if tokens.last?.text == ":", words.contains("replaced") || words.contains("amended") && words.contains("follows")
            || triggers.isEmpty && (words + previousTokens.map(\.lower)).contains(where: { ["renewed", "renewing", "prolonged", "extended"].contains($0) })
            || words.contains("unchanged") && words.contains(where: { ["amendments", "amended", "amendment"].contains($0) })
                && !words.contains(where: { ["adding", "added", "inserting", "inserted", "add"].contains($0) })
        {
            list = nil
            inAmendments = true
            return
        }
        if triggers.contains(where: { $0.effect == .designation && $0.introducesList }) { inAmendments = false }
        var opened: CountedAnnouncement?
        for trigger in triggers {
            let authority = ArticleAuthority.authority(in: tokens, triggerAt: trigger.position) ?? carriedAuthority
            let date = dates.first ?? carriedDate ?? documentDate
            if trigger.effect == .designation { lastDesignation = (authority, date) }
            if trigger.effect == .designation, tokens[trigger.targets].contains(where: { $0.lower == "annex" }) {
                designationsInAnnex = (authority, date)
            }
            if trigger.introducesList { list = OpenList(trigger: trigger, authority: authority, date: date) }
            let parser = PartyListParser(text: text, groupKind: trigger.groupKind, groupCountry: trigger.groupCountry)
            var ranges = [trigger.targets] + (trigger.alsoTargets.map { [$0] } ?? [])
            if trigger.targetsAreSemicolonItems {
                ranges = tokens[trigger.targets].split(whereSeparator: { $0.text == ";" }).map { $0.startIndex..<$0.endIndex }
            }
            let mentionsByRange = ranges.map { parser.mentions(in: tokens[$0]) }
            var mentions = mentionsByRange.flatMap { $0 }
            // "has also added vessels to Annex 16 of the Ordinance, including the tankers X and Y": the names
            // come after "including".
            let targetWords = tokens[trigger.targets].filter(\.isWord)
            if mentions.isEmpty, trigger.effect == .designation, (1...2).contains(targetWords.count),
                targetWords.allSatisfy(\.isLowercaseWord), Self.pluralKindNouns.contains(targetWords.last!.lower),
                let including = tokens[trigger.position...].prefix(20).firstIndex(where: { $0.lower == "including" }), including + 1 < tokens.count
            {
                mentions = parser.mentions(in: tokens[(including + 1)...])
            }
            if mentions.isEmpty {
                // "The ship manager, Corvina Shipmanagement Pvt. Ltd., ... The Department is designating it";
                // "X has shipped ... Y is its founder ... Both are being designated today."
                mentions = referents(of: tokens[trigger.targets])
            } else if trigger.alsoTargets != nil, !trigger.targetsAreSemicolonItems, mentionsByRange[0].isEmpty {
                // "He is sanctioned together with Denis Gritsai": the companion, and the party "he" stands for.
                mentions = referents(of: tokens[trigger.targets]) + mentions
            } else if trigger.effect == .designation, let companion = companion(in: tokens, after: trigger.position) {
                // "Its manager, X, is designated alongside the company."
                mentions.append(companion)
            }
            // "OFAC had added the Company and its Chairman, Mr. X": a term the text defined for a party.
            if trigger.effect == .designation, let defined = definedParty(in: tokens[trigger.targets]),
                !mentions.contains(where: { $0.name == defined.name })
            {
                mentions.insert(defined, at: 0)
            }
            for mention in mentions {
                let full = fullName(of: mention, introducedBefore: tokens[..<trigger.position])
                add(party(full, authority: authority, date: date, sentence: sentence), effect: trigger.effect)
            }
            // "Separately, the Council decided to remove X from the list." names its one party: an annex table
            // further on lists the round's designations, not more removals.
            if trigger.effect == .designation || trigger.introducesList || mentions.isEmpty { lastEffect = trigger.effect }
            // "OFAC designated the companies ...": the count may be in the sentence before ("took action
            // against two ship management companies and four tankers").
            // A count ends where the sentence's next trigger starts ("sanctions ... on three individuals and
            // targeted financial sanctions on three entities": three and three, not three and six).
            let nextTrigger = triggers.lazy.map(\.position).filter { $0 > trigger.targets.lowerBound }.min() ?? tokens.count
            let counting = trigger.targets.lowerBound..<max(trigger.targets.lowerBound, min(trigger.targets.upperBound, nextTrigger))
            // "the Council took the chance to delete two entries": a counted removal, whose parties come after
            // it too (its own words only: the sentence before counts designations).
            if mentions.isEmpty, trigger.effect == .designation || !trigger.introducesList,
                var counted = trigger.effect == .designation
                    ? Self.counts(
                        of: tokens[counting], subject: tokens[..<min(trigger.position, trigger.targets.lowerBound)],
                        before: previousTokens, open: announcement != nil)
                    : CountedAnnouncement(counting: tokens[counting], listEntries: true)
            {
                counted.authority = authority
                counted.date = date
                counted.effect = trigger.effect
                // "(1) the freezing of assets of one individual and four entities ..., and (2) a prohibition
                // on exports to one entity": the counts of one sentence add up.
                if var earlier = opened, earlier.effect == counted.effect {
                    earlier.add(counted)
                    opened = earlier
                } else {
                    opened = counted
                }
            }
        }
        // "- three companies and two individuals sanctioned for supplying ...": a summary bullet's count.
        if triggers.isEmpty, let first = tokens.firstIndex(where: \.isWord), CountedAnnouncement.number(tokens[first]) != nil,
            let participle = tokens.firstIndex(where: { ["sanctioned", "designated", "blacklisted"].contains($0.lower) }),
            participle > first, participle - first <= 8, var counted = CountedAnnouncement(counting: tokens[first..<participle])
        {
            counted.authority = carriedAuthority
            counted.date = dates.first ?? carriedDate ?? documentDate
            opened = counted
        }
        // "Two companies in the United Arab Emirates and two in Hong Kong, the two men who ran the scheme, and
        // three tankers are the subject of today's action": the count of the designation just made.
        if opened == nil, sentencesSinceDesignation <= 3, let verb = Self.subjectOfTheAction(tokens),
            var counted = CountedAnnouncement(counting: tokens[..<verb]), let context = lastDesignation
        {
            counted.authority = context.authority
            counted.date = context.date
            opened = counted
        }
        if let opened {
            if var open = announcement, !open.hasAdmitted, open.effect == opened.effect {
                open.add(opened)
                announcement = open
            } else {
                closeAnnouncement()
                announcement = opened
            }
        } else if triggers.contains(where: { $0.effect == .delisting }), !triggers.contains(where: { $0.effect == .designation }),
            announcement?.effect == .designation
        {
            // "The amendments also remove one individual from Schedule 1. X, a Russian citizen, ...": the
            // count of the designations is over; who comes next was removed.
            closeAnnouncement()
        } else if triggers.contains(where: { $0.effect == .designation }), announcement?.effect == .delisting {
            // A designation after a counted removal: the removal's parties were named before it.
            closeAnnouncement()
        } else {
            readAnnouncement(sentence, tokens)
        }
    }

    /// The position of "are" in "... are the subject of today's action", "... were the targets of the
    /// designations": a sentence whose subject is what an action designated. Nil for any other sentence.
    private static func subjectOfTheAction(_ tokens: [ArticleToken]) -> Int? {
        tokens.indices.first { verb in
            guard ["are", "were"].contains(tokens[verb].lower) else { return false }
            var next = verb + 1
            if next < tokens.count, ["the", "all"].contains(tokens[next].lower) { next += 1 }
            guard next + 1 < tokens.count, ["subject", "subjects", "target", "targets", "focus"].contains(tokens[next].lower),
                tokens[next + 1].lower == "of"
            else { return false }
            return tokens[(next + 2)...].prefix(4).contains { ["action", "designations", "measures", "sanctions", "round", "package"].contains($0.lower) }
        }
    }

    /// The sentences after a count introduce its parties.
    private mutating func readAnnouncement(_ sentence: SentenceSplitter.Sentence, _ tokens: [ArticleToken]) {
        guard var open = announcement else { return }
        if CountedAnnouncement.isClosingHeading(tokens) {
            open.close()
        } else if open.effect == .delisting ? CountedAnnouncement.mayIntroduceRemovedParties(tokens)
            : CountedAnnouncement.mayIntroduceParties(tokens, documentDate: documentDate),
            // "From: Foreign, Commonwealth & Development Office and National Crime Agency": a page's publishers.
            previousTokens.map(\.lower) != ["from", ":"]
        {
            let parser = PartyListParser(text: text, groupKind: nil, groupCountry: nil)
            for (var mention, throughRole) in CountedAnnouncement.introducedMentions(in: tokens, parser: parser)
            where !designated.contains(mention.name) {
                if mention.role != nil, mention.relatedTo == nil {
                    mention.relatedTo = designated.parties.last { $0.kind == .organization }?.name
                }
                let introduced = party(
                    mention, authority: open.authority ?? carriedAuthority, date: open.date ?? documentDate, sentence: sentence)
                if throughRole {
                    if open.effect == .designation { open.holdInReserve(introduced) }
                } else if open.effect == .delisting {
                    // A removed party is the sentence's subject ("X, the former chief executive of ..., was
                    // removed after ..."), not a name inside its story.
                    let opensSentence = tokens.prefix(4).contains { $0.text == introduced.name.prefix { $0 != " " } }
                    // "FINANCIAL SANCTIONS NOTICE⏎Russia⏎The Russia (Sanctions) ...": a notice's heading runs into
                    // its first line.
                    let isHeading = introduced.name.split(separator: " ").contains { ["NOTICE", "SANCTIONS", "The"].contains($0) }
                    if opensSentence, !isHeading, !delisted.contains(introduced.name), open.admit(introduced.kind) {
                        delisted.add(introduced)
                        lastAdded = (introduced, .delisting)
                    }
                } else if open.admit(introduced.kind) {
                    designated.add(introduced)
                    lastAdded = (introduced, .designation)
                }
            }
        }
        open.advance()
        announcement = open
        if open.isClosed { closeAnnouncement() }
    }

    /// Closes the open announcement, taking the reserved parties it still has places for.
    private mutating func closeAnnouncement() {
        guard var open = announcement else { return }
        for party in open.closing(excluding: designated.contains) { designated.add(party) }
        announcement = nil
    }

    // MARK: Result

    /// The designated parties (back-references merged, delisted ones left out) and the delisted ones.
    mutating func finish(file: String) -> ArticleExtraction {
        closeAnnouncement()
        // The text's three-word runs only when a person of two words may gain a third: most texts have none.
        let mayGainAWord = (designated.parties + delisted.parties).contains { $0.kind == .person && $0.name.split(separator: " ").count == 2 }
        let fullerNames = mayGainAWord ? FullerPersonName(text: String(text)) : nil
        func corrected(_ party: ExtractedParty) -> ExtractedParty {
            var party = party
            if let right = corrections[SanctionsExtractor.PartyCollector.key(party.name)] { party.name = right }
            // "Vostok Tsifra" is the "OOO Vostok Tsifra" the text introduced.
            if party.kind == .organization, let fuller = namesWithLegalForm[SanctionsExtractor.PartyCollector.key(party.name)] {
                party.name = fuller
            }
            if party.kind == .person, let fuller = fullerNames?.fuller(party.name) { party.name = fuller }
            return party
        }
        // "Ihor Tkachuk" in the story is the "Tkachuk Ihor Mykolaiovych" of the annex: one party.
        var removed = SanctionsExtractor.PartyCollector()
        for party in delisted.parties { removed.add(corrected(party)) }
        let delistedNames = Set(removed.parties.map { SanctionsExtractor.PartyCollector.key($0.name) })
        // "Press release says ...", "What happens next?": a word of the language that the text also writes in
        // lowercase is no party's one-word name at a sentence's start.
        let lowercaseWords = designated.parties.contains(where: { Self.isOneTitlecaseWord($0.name) }) ? Self.lowercaseWords(in: text) : []
        var entities = SanctionsExtractor.PartyCollector()
        for party in designated.parties.map(corrected) where !delistedNames.contains(SanctionsExtractor.PartyCollector.key(party.name)) {
            if ([party.name] + party.aliases).contains(where: { listedBefore.contains(SanctionsExtractor.PartyCollector.key($0)) }) { continue }
            if denied.contains(SanctionsExtractor.PartyCollector.key(party.name)) { continue }
            if Self.isOneTitlecaseWord(party.name), lowercaseWords.contains(party.name.lowercased()) { continue }
            if Self.isLowercasePhrase(party.name) { continue }
            entities.add(party)
        }
        return ArticleExtraction(file: file, entities: ShortReference.merging(entities.parties), delisted: removed.parties)
    }

    // MARK: Helpers

    /// "Press", "Tankers": one word, capitalized, the rest in lowercase letters.
    private static func isOneTitlecaseWord(_ name: String) -> Bool {
        guard let first = name.first, first.isUppercase, name.count >= 2 else { return false }
        return name.dropFirst().allSatisfy { $0.isLowercase }
    }

    /// "the men and money behind the atrocities in North Darfur": a quoted phrase that opens in lowercase and
    /// is mostly lowercase words is a description, no party's name (a name opening with a particle, "al-Tayeb
    /// Hamid Ali", is mostly capitalized).
    private static func isLowercasePhrase(_ name: String) -> Bool {
        guard name.first?.isLowercase == true else { return false }
        let words = name.split(separator: " ")
        return words.count >= 3 && words.filter { $0.first?.isLowercase == true }.count * 2 > words.count
    }

    /// The words the text writes in lowercase only ("press" in "press release").
    private static func lowercaseWords(in text: [Character]) -> Set<String> {
        var words: Set<String> = []
        var current = ""
        func finishWord() {
            if let first = current.first, first.isLowercase, current.allSatisfy(\.isLowercase) { words.insert(current) }
            current = ""
        }
        for character in text {
            if character.isLetter { current.append(character) } else { finishWord() }
        }
        finishWord()
        return words
    }

    /// Adds a party as designated (taking its place in an open count) or as delisted.
    private mutating func add(_ party: ExtractedParty, effect: DesignationTrigger.Effect) {
        // "two Aframax tankers": a size class alone names no vessel.
        if !party.name.contains(" "), SanctionsVocabulary.vesselNouns.contains(party.name.lowercased()) { return }
        lastAdded = (party, effect)
        guard effect == .designation else {
            if !delisted.contains(party.name), announcement?.effect == .delisting { _ = announcement?.admit(party.kind) }
            delisted.add(party)
            return
        }
        if !designated.contains(party.name), announcement?.effect == .designation { _ = announcement?.admit(party.kind) }
        designated.add(party)
    }

    private func party(_ mention: PartyMention, authority: String?, date: PartialDate?, sentence: SentenceSplitter.Sentence) -> ExtractedParty {
        ExtractedParty(
            name: mention.name, kind: mention.kind ?? PersonNameShape.kind(of: mention.name),
            aliases: mention.aliases, role: mention.role, relatedTo: mention.relatedTo, country: mention.country,
            authority: authority, date: date, identifiers: mention.identifiers, evidence: sentence.text,
            span: sentence.span)
    }

    /// A list opened by a heading or a sentence that is no trigger itself.
    private static func listOpening(_ effect: DesignationTrigger.Effect) -> DesignationTrigger {
        DesignationTrigger(effect: effect, targets: 0..<0, position: 0, introducesList: true)
    }

    /// The parties a back-reference in a trigger's targets stands for: "it", "the company" (the organization
    /// the sentence before introduced), "both", "the two", "they" (the last two parties the two sentences
    /// before introduced). None for anything else.
    private func referents(of targets: ArraySlice<ArticleToken>) -> [PartyMention] {
        // The targets hold no name (or the parser would have found it), so the reference opens them.
        // "The pharmacies, which also operate under the trade name ..., were sanctioned": the reference ends
        // at its relative clause.
        var words = targets.prefix { $0.text != "," }.filter(\.isWord).map(\.lower)
        // "The plant itself was also placed under sanctions".
        if words.last == "itself" { words.removeLast() }
        // "The pharmacies ...": a chain the sentence before named as one organization.
        if words.count == 2, words[0] == "the", Self.chainNouns.contains(words[1]) {
            return organization(introducedIn: previousTokens).map { [$0] } ?? []
        }
        // "the company", "the Sharjah company", "this Dubai-based trading firm".
        if words.first == "it" || (2...4).contains(words.count) && ["the", "this"].contains(words[0])
            && Self.organizationNouns.contains(words[words.count - 1])
        {
            // "X, general director of AT "Kurhanskyi zavod", ... The plant itself was also placed under
            // sanctions": the organization the person before was named for.
            // "X (OOO Y), a Murmansk subcontractor, took over ... The company shares a director ... OFAC
            // designated it today": the sentence before the one before, when the one before names none.
            return (organization(introducedIn: previousTokens) ?? employer(introducedIn: previousTokens)
                ?? organization(introducedIn: earlierTokens)).map { [$0] } ?? []
        }
        // "He is designated for ...": the person the sentences before introduced, by the fullest name they give
        // ("Yasir Babiker al-Mahi-Daoud, a Sudanese national, ... Al-Mahi-Daoud arranged ... He is designated").
        // "Washington put him and his business on the same blacklist": the object too. "OFAC added the
        // 58-year-old businessman to its list": a person described by what he is.
        let describedPerson = (2...3).contains(words.count) && words[0] == "the" && Self.personReferenceNouns.contains(words[words.count - 1])
            && words.dropFirst().dropLast().allSatisfy { $0.hasSuffix("-year-old") }
        if ["he", "she", "him", "her"].contains(words.first ?? "") && (words.count == 1 || words[1] == "and") || describedPerson {
            return person(introducedIn: previousTokens, before: earlierTokens).map { [$0] } ?? []
        }
        guard Self.pluralReferences.contains(where: { words.starts(with: $0) }) else { return [] }
        let parser = PartyListParser(text: text, groupKind: nil, groupCountry: nil)
        var introduced = CountedAnnouncement.introducedMentions(in: previousTokens, parser: parser).map(\.mention)
        if introduced.count < 2 {
            introduced = CountedAnnouncement.introducedMentions(in: earlierTokens, parser: parser).map(\.mention) + introduced
        }
        return introduced.count >= 2 ? Array(introduced.suffix(2)) : []
    }

    /// "HESA and AIO were already subject to EU restrictive measures before today": a sentence whose subject
    /// is names alone and whose verb says they were listed before records them in `listedBefore`.
    /// "Dzmitry Anatolyevich Hrynkevich, the deputy interior minister, was in an earlier draft ... but is not
    /// among those listed": a sentence that opens with a party's name and says it was not designated takes
    /// back what an earlier report (a ticker's first update) said. Recorded in `denied`.
    private mutating func recordDenial(_ tokens: [ArticleToken]) {
        let words = tokens.map(\.lower)
        guard let not = words.indices.first(where: { index in
            words[index] == "not" && index > 0 && ["is", "was", "are", "were", "has", "have", "had"].contains(words[index - 1])
                && index + 2 < words.count
                && (["among", "on", "included"].contains(words[index + 1])
                    || words[index + 1] == "been" && ["designated", "sanctioned", "listed", "added"].contains(words[index + 2])
                    || ["designated", "sanctioned", "listed", "named", "targeted"].contains(words[index + 1]))
        }),
            // The name is the sentence's subject: no relative clause about someone else comes before the verb.
            !words[..<not].contains(where: { ["who", "whose", "which", "that", "if", "whether"].contains($0) }),
            tokens.first?.isWord == true, tokens.first?.isLowercaseWord == false
        else { return }
        let parser = PartyListParser(text: text, groupKind: nil, groupCountry: nil)
        guard let subject = parser.mentions(in: tokens[..<not]).first,
            tokens.first.map({ subject.name.hasPrefix($0.text) }) == true
        else { return }
        denied.insert(SanctionsExtractor.PartyCollector.key(subject.name))
        // "Liu was not named by OFAC": the person the surname stands for.
        if !subject.name.contains(" "), let person = person(withSurname: subject.name) {
            denied.insert(SanctionsExtractor.PartyCollector.key(person.name))
        }
    }

    /// "Several of the newly listed organisations are located in third countries ... These include X, a Hong
    /// Kong company, and Y": a sentence opened by "These include" or "They are" names the parties of the
    /// sentence before when that one speaks of newly listed (designated, sanctioned) parties in the plural,
    /// a little after a designation.
    private mutating func readTheseInclude(
        _ sentence: SentenceSplitter.Sentence, _ tokens: [ArticleToken], context: (authority: String?, date: PartialDate?)
    ) {
        let words = tokens.prefix(3).filter(\.isWord)
        guard words.count >= 2, ["these", "they"].contains(words[0].lower), ["include", "included", "are", "were"].contains(words[1].lower),
            let verb = tokens.firstIndex(where: { $0.lower == words[1].lower }), verb + 1 < tokens.count, tokens[verb + 1].isCapitalized
        else { return }
        let previous = previousTokens.map(\.lower)
        guard previous.contains(where: { Self.pluralKindNouns.contains($0) || ["organisations", "organizations", "firms", "people"].contains($0) }),
            zip(previous, previous.dropFirst()).contains(where: { pair in
                ["newly", "new", "now", "also"].contains(pair.0) && ["listed", "designated", "sanctioned", "added", "targeted"].contains(pair.1)
            })
        else { return }
        let parser = PartyListParser(text: text, groupKind: nil, groupCountry: nil)
        for mention in parser.mentions(in: tokens[(verb + 1)...]) {
            add(party(mention, authority: carriedAuthority ?? context.authority, date: context.date ?? documentDate, sentence: sentence), effect: .designation)
        }
    }

    /// "The Council also decided to remove four entities from the list. These are three financial
    /// institutions - the Syrian Levant Savings Bank, ... - as well as the carrier Qasioun Airways": the
    /// parties of a counted removal, named in the sentence after it.
    private mutating func readTheseAreRemoved(_ sentence: SentenceSplitter.Sentence, _ tokens: [ArticleToken]) {
        let words = tokens.prefix(3).filter(\.isWord)
        guard words.count >= 2, ["these", "they"].contains(words[0].lower), ["include", "are", "were"].contains(words[1].lower),
            let verb = tokens.firstIndex(where: { $0.lower == words[1].lower }), verb + 1 < tokens.count,
            previousTokens.contains(where: { SanctionsVocabulary.delistingVerbs.contains($0.lower) }),
            CountedAnnouncement.countsParties(previousTokens[...])
        else { return }
        // "three financial institutions - the ...": the names come after the count's dash.
        var start = verb + 1
        if let dash = tokens[start...].prefix(6).firstIndex(where: { ["-", "—", "–", ":"].contains($0.text) }) { start = dash + 1 }
        let parser = PartyListParser(text: text, groupKind: nil, groupCountry: nil)
        for mention in parser.mentions(in: tokens[start...]) {
            add(party(mention, authority: carriedAuthority, date: documentDate, sentence: sentence), effect: .delisting)
        }
    }

    /// "OOO Vostok Tsifra (a.k.a. Vostok Digital LLC) is a Vladivostok-registered company" before "Vostok Tsifra
    /// is being designated": the names the text writes after a legal form, by the key of the name without it,
    /// so a party designated by its bare name gets the fuller one (`namesWithLegalForm`).
    private mutating func recordNamesWithLegalForm(_ tokens: [ArticleToken]) {
        for index in tokens.indices.dropLast() where tokens[index].isWord && ShortReference.legalFormPrefixes.contains(tokens[index].lower) {
            guard tokens[index].text.first?.isUppercase == true, tokens[index + 1].isCapitalized else { continue }
            var end = index + 1
            while end < tokens.count, end - index <= 5, tokens[end].isCapitalized, tokens[end].isWord { end += 1 }
            let bare = String(text[tokens[index + 1].span.lowerBound..<tokens[end - 1].span.upperBound])
            let key = SanctionsExtractor.PartyCollector.key(bare)
            guard namesWithLegalForm[key] == nil else { continue }
            namesWithLegalForm[key] = String(text[tokens[index].span.lowerBound..<tokens[end - 1].span.upperBound])
        }
    }

    /// "... a purchasing agent for Ghods Niroo Aerospace Group, an entity that OFAC designated in 2022, ...": a
    /// party an appositive says was designated in an earlier year, or before, is recorded in `listedBefore`.
    private mutating func recordListedBeforeInAppositive(_ tokens: [ArticleToken]) {
        for relative in tokens.indices where ["that", "which"].contains(tokens[relative].lower) {
            // ", an entity that", ", a company which".
            guard relative >= 3, let comma = tokens[(relative - 3)..<relative].lastIndex(where: { $0.text == "," }), comma > 0,
                ["a", "an"].contains(tokens[comma + 1].lower)
            else { continue }
            let clause = tokens[(relative + 1)...].prefix(8)
            guard let verb = clause.firstIndex(where: { ["designated", "sanctioned", "listed", "blacklisted"].contains($0.lower) }) else {
                continue
            }
            let earlierYear = tokens[(verb + 1)...].prefix(4).contains { Int($0.text).map { (1945..<(documentYear ?? Int.max)).contains($0) } ?? false }
            let before = clause[..<verb].contains { ["previously", "already", "earlier"].contains($0.lower) }
            guard earlierYear || before else { continue }
            // The name is the capitalized run that ends at the comma.
            var start = comma
            while start > max(0, comma - 12), tokens[start - 1].isCapitalized || PartyListParser.isParticle(tokens[start - 1])
                || ["of", "and", "&"].contains(tokens[start - 1].lower)
            {
                start -= 1
            }
            let parser = PartyListParser(text: text, groupKind: nil, groupCountry: nil)
            guard start < comma, let mention = parser.mentions(in: tokens[start..<comma]).last else { continue }
            listedBefore.insert(SanctionsExtractor.PartyCollector.key(mention.name))
        }
    }

    private mutating func recordListedBefore(_ tokens: [ArticleToken]) {
        guard let verb = tokens.firstIndex(where: { ["was", "were", "had", "have", "has"].contains($0.lower) }), verb > 0,
            let already = tokens[verb...].prefix(3).firstIndex(where: { ["already", "previously"].contains($0.lower) }),
            already + 1 < tokens.count, ["subject", "designated", "sanctioned", "listed", "under", "on"].contains(tokens[already + 1].lower),
            tokens[..<verb].allSatisfy({ !$0.isLowercaseWord || $0.lower == "and" || PartyListParser.isParticle($0) })
        else { return }
        let parser = PartyListParser(text: text, groupKind: nil, groupCountry: nil)
        for mention in parser.mentions(in: tokens[..<verb]) {
            let key = SanctionsExtractor.PartyCollector.key(mention.name)
            listedBefore.insert(shortForms[key].map { SanctionsExtractor.PartyCollector.key($0.name) } ?? key)
        }
    }

    /// Records a term a statement defines for a party: `Petrosina Marine Services FZE ("Petrosina Marine" or
    /// "the Company")`, as company statements and legal documents write it.
    private mutating func recordDefinedTerm(_ tokens: [ArticleToken]) {
        guard let open = tokens.firstIndex(where: { $0.text == "(" }), open > 0,
            let close = tokens[open...].prefix(12).firstIndex(where: { $0.text == ")" })
        else { return }
        let inside = tokens[(open + 1)..<close]
        guard let the = inside.firstIndex(where: { $0.lower == "the" }), the + 1 < close,
            Self.definedTermNouns.contains(tokens[the + 1].text),
            inside.contains(where: { ["\"", "“", "”"].contains($0.text) })
        else { return }
        let parser = PartyListParser(text: text, groupKind: nil, groupCountry: nil)
        guard let party = parser.mentions(in: tokens[..<open]).last else { return }
        definedTerms[tokens[the + 1].text] = party
    }

    /// The party a designation's targets name by its defined term ("the Company"), if any.
    private func definedParty(in targets: ArraySlice<ArticleToken>) -> PartyMention? {
        guard !definedTerms.isEmpty else { return nil }
        for index in targets.indices.dropLast() where targets[index].lower == "the" {
            if let party = definedTerms[targets[index + 1].text] { return party }
        }
        return nil
    }

    /// Capitalized nouns a statement defines as its party's short name ("the Company", "the Bank").
    private static let definedTermNouns: Set<String> = ["Company", "Bank", "Firm", "Group", "Fund", "Corporation", "Vessel"]

    /// Records the short forms the sentence gives in parentheses after a name.
    private mutating func recordShortForms(_ tokens: [ArticleToken]) {
        // Only a sentence with a short form in parentheses ("(Khalifa)", "(al-Zein)", "(HK Jinrui)") is read
        // for names: reading every sentence's names costs a fifth of the extraction time.
        let hasShortForm = tokens.indices.contains { open in
            guard tokens[open].text == "(", open > 0, tokens[open - 1].isCapitalized || PartyListParser.isParticle(tokens[open - 1]),
                let close = tokens[open...].prefix(6).firstIndex(where: { $0.text == ")" }), close > open + 1
            else { return false }
            return tokens[(open + 1)..<close].allSatisfy { $0.isCapitalized || PartyListParser.isParticle($0) || $0.text == "-" }
        }
        guard hasShortForm else { return }
        let parser = PartyListParser(text: text, groupKind: nil, groupCountry: nil)
        for (mention, _) in CountedAnnouncement.introducedMentions(in: tokens, parser: parser) {
            let fullKey = SanctionsExtractor.PartyCollector.key(mention.name)
            for alias in mention.aliases {
                let key = SanctionsExtractor.PartyCollector.key(alias)
                // A short form: the alias is part of the name, or its initials.
                guard !key.isEmpty, key.count < fullKey.count, shortForms[key] == nil,
                    fullKey.contains(key) || ShortReference.words(mention.name).compactMap(\.first).map(String.init).joined() == key
                else { continue }
                shortForms[key] = mention
            }
        }
    }

    /// The party a short name in a trigger refers to, when a sentence gave it as a short form in parentheses
    /// (`shortForms`), or this sentence before the trigger or the two before it introduced it in full: "Shenzhen Huaxin Haotong Electronics Co., Ltd. is a distributor ...
    /// Huaxin Haotong is being designated", "Liu Jianhong ... Liu is being designated", "Hong Kong Jinrui
    /// Supply Chain Limited (HK Jinrui) ... HK Jinrui is being designated"; failing those, a person whose
    /// surname it is or a company whose first words it is, named up to `backReferenceReach` sentences
    /// before. The mention itself otherwise.
    private func fullName(of mention: PartyMention, introducedBefore before: ArraySlice<ArticleToken>) -> PartyMention {
        let short = ShortReference.words(mention.name)
        guard (1...3).contains(short.count), !designated.contains(mention.name) else { return mention }
        var full: PartyMention
        if let recorded = shortForms[SanctionsExtractor.PartyCollector.key(mention.name)], !designated.contains(recorded.name) {
            full = recorded
        } else if let introduced = introducedInFull(short, before: before) {
            full = introduced
            full.identifiers += mention.identifiers.filter { !full.identifiers.contains($0) }
        } else if short.count <= 2, mention.kind != .organization, let person = person(withSurname: mention.name) {
            full = person
        } else if short.count >= 2, mention.kind != .person, let organization = organization(startingWith: mention.name) {
            full = organization
        } else {
            return mention
        }
        // A "fuller" name that ran into a quotation is none.
        guard Self.isWrittenAsAName(full.name) || !Self.isWrittenAsAName(mention.name) else { return mention }
        full.role = full.role ?? mention.role
        full.relatedTo = full.relatedTo ?? mention.relatedTo
        return full
    }

    /// The last party this sentence before the trigger or the two before it introduced whose name holds the
    /// short name's words (or, for one word, is a person's name it starts or ends), or whose alias it is.
    private func introducedInFull(_ short: [String], before: ArraySlice<ArticleToken>) -> PartyMention? {
        let parser = PartyListParser(text: text, groupKind: nil, groupCountry: nil)
        let introduced = [Array(before), previousTokens, earlierTokens].reversed().flatMap {
            CountedAnnouncement.introducedMentions(in: $0, parser: parser).map(\.mention)
        }
        guard var full = introduced.last(where: { candidate in
            let words = ShortReference.words(candidate.name)
            if candidate.aliases.contains(where: { ShortReference.words($0) == short }) { return true }
            guard words.count > short.count else { return false }
            if short.count == 1, (candidate.kind ?? PersonNameShape.kind(of: candidate.name)) == .person {
                return words.first == short[0] || words.last == short[0]  // "Liu" for Liu Jianhong
            }
            return (0...(words.count - short.count)).contains { Array(words[$0..<($0 + short.count)]) == short }
        }) else { return nil }
        // "Designation of Harakat Saraya al-Fajr", "UAE-based Noor Al Fajr General Trading FZE": the words
        // before the name are no part of it.
        let fullWords = full.name.split(separator: " ")
        let leading = fullWords.prefix {
            let word = $0.lowercased()
            return ["designation", "designations", "sanctioning", "listing"].contains(word) || ["of", "the"].contains(word)
                || ["-based", "-registered", "-headquartered"].contains(where: word.hasSuffix)
        }
        if !leading.isEmpty, leading.count < fullWords.count { full.name = fullWords.dropFirst(leading.count).joined(separator: " ") }
        return full
    }

    /// The person a surname alone stands for ("Barragán and Ochoa were sanctioned individually alongside
    /// Villaseñor", "Tavakoli Nejad ... are being designated"): the first name of two to five title-case
    /// words in the sentences before that ends in it, or has a one-word surname before its last word (the
    /// paternal surname of a Spanish name of four words or more: Rosa Elena Barragán Medina).
    private func person(withSurname surname: String) -> PartyMention? {
        let surnameWords = surname.split(separator: " ").map(String.init)
        guard surname.first?.isUppercase == true, (1...2).contains(surnameWords.count) else { return nil }
        for (tokens, index) in recentOccurrences(of: surnameWords) {
            let last = index + surnameWords.count - 1
            var start = index
            while start > 0, tokens[start - 1].isCapitalized, tokens[start - 1].isWord { start -= 1 }
            var end = last + 1
            while end < tokens.count, tokens[end].isCapitalized, tokens[end].isWord { end += 1 }
            let words = tokens[start..<end].map(\.text)
            // "Mr. Li" for Li Jun: a Chinese or Korean family name comes first.
            let familyNameFirst = surnameWords.count == 1 && index == start && (2...3).contains(words.count)
                && PersonNameShape.eastAsianFamilyNames.contains(surnameWords[0].lowercased())
            guard (surnameWords.count + 1...5).contains(words.count),
                last == end - 1 || surnameWords.count == 1 && words.count >= 4 && last == end - 2 || familyNameFirst
            else { continue }
            let name = words.joined(separator: " ")
            let isTitleCase = words.allSatisfy { $0.dropFirst().contains(where: \.isLowercase) }
            guard isTitleCase, !words.contains(where: { SanctionsVocabulary.organizationNameWords.contains($0.lowercased()) }),
                ArticleAuthority.mentions(in: tokens[start..<end]).isEmpty,
                !(start..<end).contains(where: { PartyListParser.place(at: $0, in: tokens[start..<end]) != nil })
            else { continue }
            return PartyMention(name: name, kind: .person)
        }
        return nil
    }

    /// The organization whose full name a short one of two words or more begins, named in the sentences
    /// before: "Golden Crescent" for "Golden Crescent General Trading FZE (a.k.a. "GCGT")" paragraphs before.
    private func organization(startingWith short: String) -> PartyMention? {
        let shortWords = short.split(separator: " ").map(String.init)
        let parser = PartyListParser(text: text, groupKind: nil, groupCountry: nil)
        for (tokens, index) in recentOccurrences(of: shortWords)
        where (index == 0 || !tokens[index - 1].isCapitalized) && index + shortWords.count < tokens.count {
            guard let mention = parser.mentions(in: tokens[index..<min(tokens.count, index + 40)]).first,
                mention.name.hasPrefix(short + " "), mention.kind != .person,
                PersonNameShape.kind(of: mention.name) == .organization
            else { continue }
            return mention
        }
        return nil
    }

    /// Where the words stand, as written, in the sentences before (`recentSentences`), oldest first: the
    /// sentence's tokens and the index of the first word.
    /// Lazy: the callers stop at the first place that fits.
    private func recentOccurrences(of words: [String]) -> some Sequence<(tokens: [ArticleToken], index: Int)> {
        recentSentences.lazy.flatMap { tokens in
            tokens.indices.lazy.filter { index in
                index + words.count <= tokens.count && zip(tokens[index...], words).allSatisfy { $0.text == $1 }
            }.map { (tokens: tokens, index: $0) }
        }
    }

    /// The organization "alongside the company" (or "along with", "together with") refers to: the one this
    /// sentence introduced before the trigger, or the sentence before.
    private func companion(in tokens: [ArticleToken], after position: Int) -> PartyMention? {
        let words = tokens[position...].map(\.lower)
        let phrases = [["alongside", "the"], ["along", "with", "the"], ["together", "with", "the"]]
        // The first such phrase decides, and the word after its "the" must be an organization noun.
        guard let noun = words.indices.lazy.compactMap({ index in
            phrases.first { words[index...].starts(with: $0) }.map { index + $0.count }
        }).first.flatMap({ $0 < words.endIndex ? words[$0] : nil }), Self.organizationNouns.contains(noun)
        else { return nil }
        return organization(introducedIn: Array(tokens[..<position])) ?? organization(introducedIn: previousTokens)
    }

    private static let organizationNouns: Set<String> = [
        "company", "firm", "entity", "business", "shipyard", "plant", "refinery", "exchange", "bank", "manufacturer",
        "supplier", "importer", "exporter", "trader", "group", "operator", "distributor", "network", "enterprise",
    ]
    /// "added vessels", "listed further entities": a kind of party, named after "including".
    private static let pluralKindNouns: Set<String> = ["vessels", "tankers", "ships", "entities", "companies", "individuals", "persons", "aircraft"]
    /// Plural nouns for the outlets of one business ("Farmacias San Judas Tadeo, S.A. de C.V., a chain of
    /// five drugstores ... The pharmacies ...").
    private static let chainNouns: Set<String> = ["pharmacies", "drugstores", "stores", "shops", "outlets", "branches", "restaurants", "hotels"]
    /// Whether every word of a name is capitalized, a connector ("of", "and", "de") or a particle ("al-",
    /// "bin"), or a legal form in lowercase ("d.o.o."): not a name that ran into a quotation ("Nebojša
    /// Vukadinović "never sold a single screw ..."").
    private static func isWrittenAsAName(_ name: String) -> Bool {
        name.split(separator: " ").allSatisfy { word in
            let lower = word.lowercased()
            return word.first?.isUppercase == true || word.first?.isLetter == false || word.contains(".")
                || SanctionsVocabulary.nameConnectors.contains(lower) || lower.hasPrefix("al-") || lower.hasPrefix("el-")
        }
    }

    /// Nouns that refer back to a person named before ("the businessman").
    private static let personReferenceNouns: Set<String> = ["businessman", "businesswoman", "tycoon", "oligarch", "financier", "executive"]
    private static let changeWords: Set<String> = ["amended", "updated", "changed", "revised", "corrected", "varied"]
    private static let listingSubjects: Set<String> = ["listings", "designations", "additions", "entries", "targets"]
    private static let designatedParticiples: Set<String> = ["designated", "sanctioned", "listed", "targeted", "blacklisted"]
    private static let pluralReferences: [[String]] = [["both"], ["the", "two"], ["they"], ["the", "pair"]]

    /// The first organization a sentence clearly names, for an "it" in the sentence after.
    private func organization(introducedIn tokens: [ArticleToken]) -> PartyMention? {
        let parser = PartyListParser(text: text, groupKind: nil, groupCountry: nil)
        return CountedAnnouncement.introducedMentions(in: tokens, parser: parser).lazy.map(\.mention)
            .first { ($0.kind ?? PersonNameShape.kind(of: $0.name)) == .organization }
    }

    /// The first person `tokens` introduce, or the one `earlier` does; a surname alone gives way to the
    /// fuller name `earlier` has for it.
    private func person(introducedIn tokens: [ArticleToken], before earlier: [ArticleToken]) -> PartyMention? {
        let parser = PartyListParser(text: text, groupKind: nil, groupCountry: nil)
        func firstPerson(_ tokens: [ArticleToken]) -> PartyMention? {
            CountedAnnouncement.introducedMentions(in: tokens, parser: parser).lazy.map(\.mention)
                .first { ($0.kind ?? PersonNameShape.kind(of: $0.name)) == .person && Self.isWrittenAsAName($0.name) }
        }
        let fuller = firstPerson(earlier)
        guard let recent = firstPerson(tokens) else { return fuller }
        if !recent.name.contains(" "), let fuller,
            fuller.name.split(separator: " ").last?.lowercased() == recent.name.lowercased()
        {
            return fuller
        }
        return recent
    }

    /// The organization the first person a sentence introduces holds a role in.
    private func employer(introducedIn tokens: [ArticleToken]) -> PartyMention? {
        let parser = PartyListParser(text: text, groupKind: nil, groupCountry: nil)
        return CountedAnnouncement.introducedMentions(in: tokens, parser: parser).lazy
            .compactMap { $0.mention.role == nil ? nil : $0.mention.relatedTo }
            .first.map { PartyMention(name: $0, kind: .organization) }
    }

    /// The counts a designation without names gives: in its own words ("sanctioned four companies"), or,
    /// when those refer back ("designated the companies and identified the four tankers"), in the sentence
    /// before ("took action against two companies and four tankers"), unless an announcement is open.
    ///
    /// A subject that names the listings gives the count too: "The new listings — three individuals and
    /// three entities — were made by regulation on Tuesday".
    private static func counts(
        of targets: ArraySlice<ArticleToken>, subject: ArraySlice<ArticleToken>, before previous: [ArticleToken], open: Bool
    ) -> CountedAnnouncement? {
        var own = CountedAnnouncement(counting: targets, listEntries: true)
        if own == nil, subject.contains(where: { $0.isLowercaseWord && Self.listingSubjects.contains($0.lower) }) {
            own = CountedAnnouncement(counting: subject)
        }
        // "The three individuals designated are partners of the group": a count the subject designates.
        let subjectWords = subject.filter(\.isWord)
        if own == nil, subjectWords.count <= 5, subjectWords.first?.lower == "the",
            subjectWords.dropFirst().first.flatMap(CountedAnnouncement.number) != nil,
            subjectWords.last.map({ Self.designatedParticiples.contains($0.lower) }) == true
        {
            own = CountedAnnouncement(counting: subject)
        }
        let refersBack = targets.first.map { ["the", "these", "those", "both", "all"].contains($0.lower) } ?? false
        guard !open, own == nil || refersBack else { return own }
        // "A trading company that sends IT workers abroad" describes; a count before says a number.
        guard previous.contains(where: { CountedAnnouncement.number($0) != nil && !["a", "an"].contains($0.lower) }) else { return own }
        return CountedAnnouncement(counting: previous[...]) ?? own
    }
}

extension PartialDate {
    /// Whether this date falls in a month before `other`'s; false when either lacks its month.
    fileprivate func isInEarlierMonth(than other: PartialDate) -> Bool {
        guard let month, let otherMonth = other.month else { return false }
        return (year, month) < (other.year, otherMonth)
    }

    /// Whether this day comes more than seven days before `other`; false when either lacks its day.
    fileprivate func isWeekOrMoreBefore(_ other: PartialDate) -> Bool {
        guard day != nil, other.day != nil else { return false }
        return other.lastDayNumber - lastDayNumber > 7
    }
}
