import WatchlistCore

/// Splits a name into classified `NameToken`s.
///
/// Person names take their roles from the source's name parts (family / given) when it gives them.
/// Organization-like names (anything not a person) mark legal forms and generic words, unless that would
/// leave nothing distinctive, in which case every word counts.
struct NameTokenizer: Sendable {
    private let normalizer = TextNormalizer()
    private let particles = NameParticles(normalizer: TextNormalizer())

    /// Whether names are read as a person's or as an organization's.
    enum Reading: Hashable, Sendable {
        case person
        case organization

        init(_ kind: EntityKind) {
            self = kind == .person ? .person : .organization
        }
    }

    /// The tokens of a listed name.
    func tokens(of name: EntityName, reading: Reading) -> [NameToken] {
        var memo = Memo(capacity: 64)
        return tokens(of: name, reading: reading, memo: &memo)
    }

    /// The tokens of a listed name, with the words `memo` remembers (which it then remembers too).
    func tokens(of name: EntityName, reading: Reading, memo: inout Memo) -> [NameToken] {
        guard reading == .person, !name.parts.isEmpty else {
            return tokens(of: name.value, reading: reading, memo: &memo)
        }
        return readingSouthKoreanInitials(readingKoreanFamilyNames(name.parts.flatMap { part -> [NameToken] in
            let role: NameToken.Role
            switch part.role {
            case .family: role = .family
            case .given, .middle, .patronymic: role = .given
            case .title, .suffix: role = .genericWord
            case .other: role = .word
            }
            return tokens(of: words(in: part.value, readingOrganizationWords: false, memo: &memo), role: role, memo: &memo)
        }))
    }

    /// The tokens of free text (a query, or a name given whole).
    func tokens(of text: String, reading: Reading) -> [NameToken] {
        var memo = Memo(capacity: 64)
        return tokens(of: text, reading: reading, memo: &memo)
    }

    /// The tokens of free text, with the words `memo` remembers (which it then remembers too); a query's
    /// Chinese name one word per character (`TextNormalizer.words(in:splittingChinese:spellings:)`).
    func tokens(of text: String, reading: Reading, memo: inout Memo, isQuery: Bool = false) -> [NameToken] {
        // A listed person's name keeps a word in capitals as it is (`NII` is also a Ga given name); a query is
        // read one way for both readings, so it reads organizations' words too.
        let organizationWords = isQuery || reading == .organization
        var tokens = tokens(
            of: words(in: text, splittingChinese: isQuery, readingOrganizationWords: organizationWords, memo: &memo), role: .word,
            memo: &memo)
        if reading == .organization { return organizationRoles(tokens) }
        markPatronymics(&tokens)
        return readingSouthKoreanInitials(readingKoreanFamilyNames(tokens))
    }

    /// In a person's name that looks Korean (two to five words, each a family name of `KoreanSurnameVariants`
    /// or Korean syllables), the family name (the word marked so, else the first) gets its spellings' key:
    /// `Lee` of `Lee Song-chol` meets `RI` of `RI Song Chol`. Only that word: `jun` and `chun` are one family
    /// name's spellings but two given-name syllables.
    private func readingKoreanFamilyNames(_ tokens: [NameToken]) -> [NameToken] {
        guard (2...5).contains(tokens.count) else { return tokens }
        let family = tokens.firstIndex { $0.role == .family } ?? 0
        // The family word's table lookup first: most names have none, and the syllable test of every word is
        // the dearer one (it runs for every listed name and every query). The word is read in place, not
        // copied out (a copy retains each of its arrays).
        // A Latin word's keys: its spelling's, and the North's spelling of a South Korean syllable.
        guard let key = KoreanSurnameVariants.key(of: tokens[family].bytes),
            tokens[family].keys.count == 1 || tokens[family].keys.count == 2 && KoreanSyllableKey.key(of: tokens[family].bytes) != nil,
            tokens.allSatisfy({ KoreanSurnameVariants.isFamilyName($0.bytes) || KoreanSyllableKey.isSyllables($0.bytes) })
        else { return tokens }
        let token = tokens[family]
        var read = NameToken(
            text: token.text, original: token.original, role: token.role, alternatives: [], elements: token.elements, familyNameKey: key)
        read.startsClause = token.startsClause
        var result = tokens
        result[family] = read
        return result
    }

    /// In a person's name spelled the South Korean way (a word with the South's own vowels, `KoreanSyllableKey`),
    /// a syllable the South starts with `g`, `d` or `b` is also read with the North's `k`, `t`, `p`: `Gwang` of
    /// `Jeong Gwang-myeong` meets `Kwang` of `Jong Kwang-myong`.
    private func readingSouthKoreanInitials(_ tokens: [NameToken]) -> [NameToken] {
        guard tokens.contains(where: { KoreanSyllableKey.key(of: $0.bytes) != nil }) else { return tokens }
        return tokens.map { token in
            guard token.keys.count == 1, let northern = KoreanSyllableKey.northernInitial(of: token.bytes) else { return token }
            var read = NameToken(
                text: token.text, original: token.original, role: token.role, alternatives: [String(decoding: northern, as: UTF8.self)],
                elements: token.elements)
            read.startsClause = token.startsClause
            return read
        }
    }

    /// The normalized words of `text`; with `readingOrganizationWords`, Russian organizations' abbreviations
    /// read as the words they stand for and the person an organization is named after also in the nominative.
    private func words(
        in text: String, splittingChinese: Bool = false, readingOrganizationWords: Bool, memo: inout Memo
    ) -> [TextNormalizer.Word] {
        let words = normalizer.words(in: text, splittingChinese: splittingChinese) { word in
            memo.spellings.value(for: word) { normalizer.normalizedSpellings(of: word) }
        }
        guard readingOrganizationWords else { return words }
        var read = Self.expandingAbbreviations(words)
        Self.readNominativeAfterImeni(&read)
        return read
    }

    /// The words that open the name of the person an organization is named after: `имени`/`им.` (romanized),
    /// `named after`, `академика` (of academician).
    private static let namedAfterWords: Set<String> = ["imeni", "im", "after", "akademika"]

    /// After `имени` (named after) a Russian organization's name gives the person in the genitive (`имени В.В.
    /// Тарасова`, `им. Ф.Э. Дзержинского`), where English lists write the nominative (`NAMED AFTER V. TARASOV`,
    /// `DZERZHINSKY`): that surname (past initials and `академика`) also reads in the nominative.
    private static func readNominativeAfterImeni(_ words: inout [TextNormalizer.Word]) {
        guard let imeni = words.firstIndex(where: { namedAfterWords.contains($0.normalized) }) else { return }
        var index = imeni + 1
        while index < words.count, isInitials(words[index].original) || words[index].normalized.count == 1
            || words[index].normalized.hasPrefix("akademik") {
            index += 1
        }
        guard index < words.count else { return }
        let spellings = [words[index].normalized] + words[index].alternatives
        for spelling in spellings {
            guard let nominative = nominative(ofGenitive: spelling), !spellings.contains(nominative) else { continue }
            words[index].alternatives.append(nominative)
        }
    }

    /// The nominative of a Russian surname in the genitive, romanized: `tarasova` → `tarasov`, `shokina` →
    /// `shokin`, `dzerzhinskogo` → `dzerzhinskiy`; nil for other words.
    private static func nominative(ofGenitive word: String) -> String? {
        guard word.utf8.count >= 6 else { return nil }
        if word.hasSuffix("ogo") { return String(word.dropLast(3)) + "iy" }
        if ["ova", "eva", "ina", "yna"].contains(where: word.hasSuffix) { return String(word.dropLast()) }
        return nil
    }

    /// Words with each Russian organization abbreviation (`НПО`, `OKB`) read as the words it stands for
    /// (`OrganizationAbbreviations`); each of them keeps the abbreviation as its original text, so an
    /// explanation shows `"NPO" ~ "SCIENTIFIC"`.
    private static func expandingAbbreviations(_ words: [TextNormalizer.Word]) -> [TextNormalizer.Word] {
        guard words.contains(where: { OrganizationAbbreviations.expansion(of: $0.normalized, original: $0.original) != nil }) else {
            return words
        }
        return words.flatMap { word -> [TextNormalizer.Word] in
            guard let expansion = OrganizationAbbreviations.expansion(of: word.normalized, original: word.original) else { return [word] }
            return expansion.enumerated().map { index, meaning in
                TextNormalizer.Word(original: word.original, normalized: meaning, startsClause: index == 0 && word.startsClause)
            }
        }
    }

    /// Tokens of normalized words with compounds' particles added and particles marked (`NameParticles`).
    private func tokens(of words: [TextNormalizer.Word], role: NameToken.Role, memo: inout Memo) -> [NameToken] {
        particles.parts(of: words).compactMap { part in
            var word = part.word
            guard !word.normalized.isEmpty else { return nil }
            word.startsClause = false  // not part of what the memo remembers
            var token = memo.tokens.value(for: Memo.TokenSource(word: word, elements: part.elements)) {
                NameToken(
                    text: word.normalized, original: word.original, role: .word, alternatives: word.alternatives,
                    elements: part.elements)
            }
            token.role = part.isParticle ? .genericWord : role
            token.startsClause = words[part.wordIndex].startsClause
            return token
        }
    }

    /// In a person's name given whole, a word with a patronymic ending right after a given name
    /// (`Valyantsin Alfredavich MIKLASHEVICH`, `Песков Дмитрий Николаевич`) is the patronymic; a surname
    /// with the same ending (`MIKLASHEVICH`) does not follow a given name. A woman's patronymic ending
    /// (`Pavlovna`) is no surname's, so it needs no given name before it. Names of three words or more only.
    private func markPatronymics(_ tokens: inout [NameToken]) {
        guard tokens.count >= 3 else { return }
        for index in tokens.indices.dropFirst() where tokens[index].role == .word {
            let text = tokens[index].text
            guard text.count >= 7, Self.patronymicEndings.contains(where: { text.hasSuffix($0) }) else { continue }
            // No surname ends like a woman's patronymic (`Pavlovna`, `Yuriivna`); men's patronymic endings
            // are also surnames' (`Miklashevich`), so those must follow a given name.
            let isFeminine = Self.feminineEndings.contains(where: { text.hasSuffix($0) })
            // Last in `Surname Given Patronymic` order, a patronymic of a given name the table knows needs no
            // known given name before it (`Нурбагандов Нурбаганд Магомедович`); after a patronymic it is the
            // surname (`Виктор Юрьевич Петрович`).
            let isKnownLast = index == tokens.count - 1 && tokens[index - 1].role != .patronymic
                && tokens[index].givenNameClass.map(GivenNameEquivalents.isPatronymicClass) == true
            guard isFeminine || isKnownLast || (tokens[index - 1].givenNameClass != nil && tokens[index - 1].role == .word) else { continue }
            tokens[index].role = .patronymic
        }
    }

    /// Endings of East Slavic patronymics in the romanizations lists use (Russian, Belarusian, Ukrainian),
    /// from the BGN/PCGN and national romanization tables' examples.
    private static let feminineEndings = ["ovna", "evna", "avna", "ivna", "ichna"]
    private static let patronymicEndings = [
        "ovich", "evich", "avich", "ovych", "evych", "ich", "ovna", "evna", "avna", "ivna", "ichna", "ovic", "evic",
    ]

    /// The words of an organization-like name with their roles: legal forms and generic words marked.
    func organizationRoles(_ words: [NameToken]) -> [NameToken] {
        var tokens = words
        markLegalForms(&tokens)
        for index in tokens.indices where tokens[index].role == .word {
            if OrganizationTerms.isGenericWord(tokens[index]) || Self.isNamedAfterInitials(tokens, at: index) { tokens[index].role = .genericWord }
        }
        if !tokens.contains(where: { $0.role == .word }) {
            // Nothing distinctive is left ("Trading Company LLC"): then the generic words are the name.
            for index in tokens.indices where tokens[index].role == .genericWord { tokens[index].role = .word }
        }
        if !tokens.contains(where: { $0.role != .legalForm }) {
            for index in tokens.indices { tokens[index].role = .word }
        }
        return tokens
    }

    /// Whether a word of an organization's name is the initials of the person it is named after (`В.В` of
    /// `имени В.В. Тарасова`, `A.S` of `NAMED AFTER A.S. YAKOVLEV`): that person is known by the surname, and
    /// lists give the initials or leave them out, so they count as little as a generic word. Not other
    /// dotted words, which are mostly legal forms that are also a name's weight (`S.P.R. DE R.L.`).
    private static func isNamedAfterInitials(_ tokens: [NameToken], at index: Int) -> Bool {
        guard isInitials(tokens[index].original) else { return false }
        return tokens[max(0, index - 2)..<index].contains { namedAfterWords.contains($0.text) }
    }

    /// Whether a word is initials joined by dots (`В.В`, `A.S`).
    private static func isInitials(_ original: String) -> Bool {
        let scalars = original.unicodeScalars
        guard scalars.count >= 3, scalars.count <= 7 else { return false }
        for (offset, scalar) in scalars.enumerated() where (offset % 2 == 1) != (scalar == ".") { return false }
        return scalars.count % 2 == 1
    }

    private func markLegalForms(_ tokens: inout [NameToken]) {
        // By romanization key: a Cyrillic `Акционерное общество` romanizes `aktsionernoye`, the table says
        // `aktsionernoe`. Each word's keys once: a phrase compares them for every word it spans.
        let keys = tokens.map(OrganizationTerms.lookupKeys)
        var index = 0
        while index < tokens.count {
            let phrases = keys[index].flatMap { OrganizationTerms.legalFormsByFirstKey[$0] ?? [] }.sorted { $0.count > $1.count }
            let longest = phrases.first { phrase in
                index + phrase.count <= tokens.count
                    && zip(phrase, keys[index..<index + phrase.count]).allSatisfy { $1.contains($0) }
            }
            if let phrase = longest {
                for offset in 0..<phrase.count { tokens[index + offset].role = .legalForm }
                index += phrase.count
            } else {
                index += 1
            }
        }
    }
}

extension OrganizationTerms {
    /// `legalForms` as romanization keys, by their first word's key, longest phrase first, so "joint stock
    /// company" wins over "joint".
    /// Phrases in Arabic script are written as they are spelled and read as names are (`مسئولیت`:
    /// `msywlyt`).
    static let legalFormsByFirstKey: [[UInt8]: [[[UInt8]]]] = Dictionary(
        grouping: legalForms.map { phrase in
            phrase.map { word in lookupKey(word.allSatisfy(\.isASCII) ? word : TextNormalizer().normalizedSpellings(of: word).first ?? word) }
        }, by: { $0[0] }
    ).mapValues { $0.sorted { $0.count > $1.count } }

    /// `genericWords` as romanization keys.
    static let genericWordKeys: Set<[UInt8]> = Set(genericWords.map(lookupKey))

    private static func lookupKey(_ word: String) -> [UInt8] {
        let bytes = Array(word.utf8)
        return bytes.count >= 5 ? RomanizationKey.key(forBytes: bytes) : bytes
    }

    /// Whether a word is one of `genericWords`, by its romanization keys; a word in Arabic script by its
    /// meaning (`OrganizationWordTranslations.arabicScriptForms`: `شركة` is `company`).
    static func isGenericWord(_ token: NameToken) -> Bool {
        if token.isAbjadScript { return token.translationClass.map(OrganizationWordTranslations.isGeneric) ?? false }
        return lookupKeys(of: token).contains(where: genericWordKeys.contains)
    }

    /// What a word is looked up by in the tables: its romanization keys when it has five letters or more,
    /// its spelling when shorter (keys collapse doubled letters, and `soo` is no `SOOO`).
    static func lookupKeys(of token: NameToken) -> [[UInt8]] {
        token.bytes.count >= 5 ? token.keys : [token.bytes]
    }
}
