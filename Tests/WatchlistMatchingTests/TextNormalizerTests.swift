import Testing
@testable import WatchlistMatching

struct TextNormalizerTests {
    private func normalized(_ text: String) -> [String] {
        TextNormalizer().words(in: text).map(\.normalized)
    }

    @Test(arguments: [
        ("José MÜLLER", ["jose", "muller"]),
        ("Straße Ørsted Łódź", ["strasse", "orsted", "lodz"]),
        ("Mikla\u{200B}shevich", ["miklashevich"]),  // zero-width space inside a word
        ("Mikla\u{00AD}shevich\u{200D}", ["miklashevich"]),  // soft hyphen, zero-width joiner
        ("Miklashеvich", ["miklashevich"]),  // Cyrillic е among Latin letters
        ("ＫＶＡＮＤ　ＩＳ", ["kvand", "is"]),  // fullwidth letters and space
        ("O'Brien-Smith, Jr.", ["obrien", "smith", "jr"]),
        ("Ταχυδρόμος", ["tachydromos"]),
    ])
    func foldsCaseDiacriticsInvisiblesAndLookalikes(text: String, expected: [String]) {
        #expect(normalized(text) == expected)
    }

    @Test(arguments: [
        ("АНАНЕНКA", "АНАНЕНКА"),  // a Latin A at the end of a Cyrillic surname
        ("Свiтлана", "Світлана"),  // a Latin i for the Ukrainian і
        ("MЦCT", "МЦСТ"),  // more Latin letters than Cyrillic, but Ц makes it Cyrillic
    ])
    func cyrillicWordsTypedWithLatinLettersReadAsTheCyrillicWord(typed: String, cyrillic: String) {
        #expect(normalized(typed) == normalized(cyrillic))
        #expect(TextNormalizer().words(in: typed).map(\.original) == [typed])
    }

    @Test func aZeroWidthNonJoinerSeparatesWordsOnlyBetweenArabicLetters() {
        // Persian writes "Seyed Sadegh" as سید‌صادق, the parts kept apart by a zero-width non-joiner.
        #expect(TextNormalizer().words(in: "سید\u{200C}صادق حسینی").map(\.original) == ["سید", "صادق", "حسینی"])
        // In a Latin name it is an invisible character, as an evasion would insert it.
        #expect(normalized("Mikla\u{200C}shevich") == ["miklashevich"])
    }

    @Test func aLatinLookalikeWordBetweenCyrillicWordsReadsAsCyrillic() {
        // "с" (with) typed as a Latin "c" inside a Russian legal form.
        #expect(normalized("Общество c Ограниченной") == normalized("Общество с Ограниченной"))
        // Not at the edge of the text, and not between Latin words.
        #expect(normalized("c Ограниченной").first == "c")
        #expect(normalized("Tekhnolit c Baztube") == ["tekhnolit", "c", "baztube"])
    }

    @Test func aLatinWordWithACyrillicLetterOrTwoStaysLatin() {
        #expect(normalized("Mіkhail Yurуеvich") == ["mikhail", "yuryevich"])
    }

    @Test func romanizesCyrillicWordsTheWayListsWriteThem() throws {
        // List-style romanization first (BGN/PCGN, ICAO), not ICU's scholarly "miklasevic".
        let word = try #require(TextNormalizer().words(in: "Миклашевич").first)
        #expect(word.normalized == "miklashevich")
        #expect(word.alternatives.contains("miklasevic") || word.alternatives.count <= 8)
    }

    @Test func keepsTheOriginalWordForExplanations() {
        #expect(TextNormalizer().words(in: "KVAND IS").map(\.original) == ["KVAND", "IS"])
    }

    @Test func punctuationOnlyTextHasNoWords() {
        #expect(normalized(" -- ,,, \u{200B} ").isEmpty)
    }
}

struct TextNormalizerASCIIFastPathTests {
    /// The shortcut for plain ASCII words must give what the full Unicode path gives.
    @Test(arguments: ["MIKLASHEVICH", "Tehnolit", "abc123", "X", "0", "McDonald", "ZZtop9"])
    func plainASCIIWordsNormalizeAsTheUnicodePathDoes(word: String) {
        let normalizer = TextNormalizer()
        // A zero-width joiner forces the full path without changing the result.
        #expect(normalizer.normalizedSpellings(of: word) == normalizer.normalizedSpellings(of: word + "\u{200D}"))
        #expect(normalizer.normalizedSpellings(of: word) == [word.lowercased()])
    }
}

struct TextNormalizerAbbreviationAndOCRTests {
    let normalizer = TextNormalizer()

    @Test func lettersJoinedByDotsAreOneAbbreviation() {
        #expect(normalizer.words(in: "INNFOCUS L.L.C.").map(\.normalized) == ["innfocus", "llc"])
        #expect(normalizer.words(in: "Goldi S.A.").map(\.normalized) == ["goldi", "sa"])
        #expect(normalizer.words(in: "J.S.C. Los Choneros").map(\.original) == ["J.S.C", "Los", "Choneros"])
    }

    @Test func anInitialFollowedByASpaceStaysAWord() {
        #expect(normalizer.words(in: "V. Miklashevich").map(\.normalized) == ["v", "miklashevich"])
        #expect(normalizer.words(in: "A. B. Smith").map(\.normalized) == ["a", "b", "smith"])
    }

    @Test func digitsInsideWordsAlsoReadAsTheLettersTheyResemble() {
        #expect(normalizer.normalizedSpellings(of: "C0MPANY") == ["c0mpany", "company"])
        #expect(normalizer.normalizedSpellings(of: "A1i") == ["a1i", "aii", "ali"])
        #expect(normalizer.normalizedSpellings(of: "5AKR") == ["5akr", "sakr"])
    }

    @Test func letterPairsAlsoReadAsTheLetterTheyResemble() {
        #expect(normalizer.normalizedSpellings(of: "Muharnmed") == ["muharnmed", "muhammed"])
        #expect(normalizer.normalizedSpellings(of: "Anclrey") == ["anclrey", "andrey"])
        #expect(normalizer.normalizedSpellings(of: "Hach1rn").contains("hachim"))
    }

    @Test func numbersStayNumbers() {
        #expect(normalizer.normalizedSpellings(of: "A320") == ["a320"])
        #expect(normalizer.normalizedSpellings(of: "2024") == ["2024"])
    }
}
