import Foundation
import Testing
@testable import WatchlistMatching

struct CyrillicRomanizerTests {
    private func spellings(_ word: String, _ language: CyrillicLanguage? = nil) -> [String] {
        CyrillicRomanizer.spellings(of: word, language: language)
    }

    // MARK: Spellings lists and passports use

    @Test(arguments: [
        ("Миклашевич", ["miklashevich", "miklasevic"]),
        ("Валянцін", ["valiantsin", "valyantsin", "valiancin"]),
        ("Аляксандр", ["aliaksandr", "alyaksandr"]),
        ("Олександр", ["oleksandr"]),
        ("Евгений", ["yevgeniy", "evgenii", "evgeniy", "yevgeny", "evgenij", "jewgeni"]),
        ("Щербаков", ["shcherbakov", "scerbakov", "schtscherbakow", "chtcherbakov"]),
        ("Юрий", ["yuriy", "iurii", "yury", "jurij", "iouri"]),
        ("Яўген", ["yauhen", "yawhyen", "jauhien", "iauhen"]),
        ("Дзмітрый", ["dzmitry"]),
        ("Сяргей", ["siarhei", "syargey"]),
        ("Лукашэнка", ["lukashenka", "lukasenka"]),
        ("Тимошенко", ["timoshenko", "tymoshenko"]),
        ("Пётр", ["petr", "pyotr", "piotr"]),
        ("Василий", ["vasiliy", "vasily", "wassili"]),
        ("Мария", ["mariya", "mariia", "maria"]),
        ("Цапля", ["tsaplya", "tsaplia", "tcaplia"]),
        ("Ђорђе", ["dorde", "djordje"]),
        ("Љубомир", ["ljubomir"]),
        ("Ѓорѓи", ["gjorgji"]),
        ("Қасым", ["kasym", "qasym"]),
        ("Стоянов", ["stoyanov", "stoianov"]),
    ])
    func producesTheSpellingsListsAndPassportsUse(word: String, expected: [String]) {
        let produced = spellings(word)
        for spelling in expected {
            #expect(produced.contains(spelling), "\(word): \(spelling) missing from \(produced)")
        }
    }

    @Test(arguments: [
        ("Щербаков", "shcherbakov"),
        ("Евгений", "yevgeniy"),  // BGN/PCGN first
        ("Валянцін", "valiantsin"),  // Belarusian passports first
        ("Олександр", "oleksandr"),
    ])
    func listsTheMostUsedSpellingFirst(word: String, first: String) {
        #expect(spellings(word).first == first)
    }

    // MARK: Language-specific letters and positional rules

    @Test(arguments: [
        ("Ўладзь", [CyrillicLanguage.belarusian]),  // ў
        ("Їжакевич", [.ukrainian]),  // ї
        ("Євген", [.ukrainian]),  // є
        ("Ґалаґан", [.ukrainian]),  // ґ
        ("Ђорђе", [.serbian]),  // ђ
        ("Ѓорѓи", [.macedonian]),  // ѓ
        ("Љубомир", [.serbian, .macedonian]),  // љ
        ("Қасым", [.kazakh]),  // қ
        ("Лукашэнка", [.russian, .belarusian, .kazakh]),  // э
        ("Іван", [.belarusian, .ukrainian, .kazakh]),  // і
        ("Кіріл", [.belarusian, .ukrainian, .kazakh]),
        ("Сыргій", [.belarusian, .kazakh]),  // ы and і
    ])
    func narrowsTheLanguageByItsLetters(word: String, languages: [CyrillicLanguage]) throws {
        let letters = try #require(CyrillicRomanizer.letters(of: word))
        #expect(CyrillicRomanizer.candidateLanguages(of: letters) == CyrillicLanguage.Set(languages))
    }

    @Test(arguments: [
        // BGN/PCGN: е → ye at the start and after a vowel; ICAO: always e.
        ("Елена", CyrillicLanguage.russian, ["yelena", "elena"]),
        ("Алексеев", .russian, ["alekseyev", "alekseev"]),
        // Ukrainian national 2010: ye/yi/y/yu/ya at the start only, ie/i/i/iu/ia elsewhere; зг → zgh.
        ("Юрій", .ukrainian, ["yurii"]),
        ("Андрій", .ukrainian, ["andrii", "andriy"]),
        ("Євгенія", .ukrainian, ["yevheniia", "yevheniya"]),
        ("Згурський", .ukrainian, ["zghurskyi"]),
        ("Київ", .ukrainian, ["kyiv"]),
        // Belarusian: г → h, ў → u (passports) or w (BGN/PCGN), я → ia after a consonant, ya at the start.
        ("Ягор", .belarusian, ["yahor"]),
        ("Святлана", .belarusian, ["sviatlana", "svyatlana"]),
        ("Марыя", .belarusian, ["maryia"]),
        // Soft and hard signs are dropped (or ъ → ie in ICAO).
        ("Ильин", .russian, ["ilin", "ilyin"]),
        ("Подъячев", .russian, ["podyachev", "podieiachev"]),
        // Bulgarian: щ → sht, ъ → a, final ия → ia.
        ("Щерев", .bulgarian, ["shterev"]),
        ("Ъгълев", .bulgarian, ["agalev"]),
        ("Мария", .bulgarian, ["maria"]),
    ])
    func appliesPositionalRules(word: String, language: CyrillicLanguage, expected: [String]) {
        let produced = spellings(word, language)
        for spelling in expected {
            #expect(produced.contains(spelling), "\(word) (\(language)): \(spelling) missing from \(produced)")
        }
    }

    // MARK: Input preparation

    @Test(arguments: [
        ("И\u{306}ван", "Йван"),  // и + combining breve → й
        ("Серге\u{301}й", "Сергей"),  // stress mark
        ("Пе\u{308}тр", "Пётр"),  // е + combining diaeresis → ё
        ("МИКЛАШЕВИЧ", "Миклашевич"),  // case
        ("Mиклашeвич", "Миклашевич"),  // Latin M and e inside a Cyrillic word
        ("Дзмiтрый", "Дзмітрый"),  // Latin i for Belarusian і, as in the Canadian list
        ("Валер’евіч", "Валер'евіч"),  // apostrophe variants
    ])
    func preparesLettersBeforeRomanizing(word: String, equivalent: String) {
        #expect(spellings(word) == spellings(equivalent))
    }

    @Test func vowelMaskMarksTheVowelLetters() {
        var mask: UInt64 = 0
        for letter in "аеиоуыэюяѐёєіїѝ".unicodeScalars { mask |= 1 << UInt64(letter.value - 0x430) }
        #expect(CyrillicRomanizer.vowelMask == mask)
        #expect("аеёиоуыэюяіїєәөұүѐѝ".unicodeScalars.allSatisfy { CyrillicRomanizer.isVowel($0.value) })
        let consonants = "бвгджзйклмнпрстфхцчшщъьўґђјљњћџѓќѕғқңһ"
        #expect(!consonants.unicodeScalars.contains { CyrillicRomanizer.isVowel($0.value) })
    }

    @Test(arguments: ["Miklashevich", "Аlexey", "", "123", "---"])
    func ignoresWordsThatAreNotCyrillic(word: String) {
        // "Аlexey" starts with a Cyrillic А but is a Latin word; HomoglyphFolding handles it.
        #expect(spellings(word).isEmpty)
    }

    // MARK: Cap and determinism

    @Test func capsTheNumberOfSpellingsDeterministically() {
        for word in Self.sampleWords {
            let all = CyrillicRomanizer.spellings(of: word, limit: 100)
            let capped = CyrillicRomanizer.spellings(of: word)
            #expect(capped.count <= CyrillicRomanizer.defaultLimit)
            #expect(capped == Array(all.prefix(CyrillicRomanizer.defaultLimit)), "\(word)")
            #expect(CyrillicRomanizer.spellings(of: word, limit: 2) == Array(capped.prefix(2)))
            #expect(Set(capped).count == capped.count, "\(word) has duplicates")
        }
    }

    @Test func spellsOnlyLowercaseASCIILetters() {
        for word in Self.sampleWords {
            for spelling in spellings(word) {
                let isLowercaseASCII = spelling.utf8.allSatisfy { (0x61...0x7A).contains($0) }
                #expect(!spelling.isEmpty && isLowercaseASCII, "\(word) → \(spelling)")
            }
        }
    }

    @Test func namesTheSystemOfEachSpelling() throws {
        let romanizations = CyrillicRomanizer.romanizations(of: "Щербаков")
        let scholarly = try #require(romanizations.first { $0.spelling == "scerbakov" })
        #expect(scholarly.style == .diacriticsDropped)
        #expect(romanizations.first?.system == "BGN/PCGN 1947 (Russian)")
    }

    // MARK: Property: spellings of one word and their romanization keys

    /// The spellings the English-digraph systems of one language give a word (BGN/PCGN, ICAO, passports,
    /// Ukrainian national) map to one `RomanizationKey`, at most two. The exception is `ё`, spelled `e`
    /// (ICAO, BGN/PCGN), `yo` (English usage) and `io` (Belarusian passports): `Solovev`, `Solovyov`; the key
    /// does not fold `yo` into `e`, which would merge `Mario` into `Mare`.
    @Test func englishDigraphSpellingsOfOneLanguageShareAtMostTwoKeys() throws {
        var distribution: [Int: Int] = [:]
        var widest: [(String, CyrillicLanguage, [String])] = []
        for word in Self.sampleWords {
            let letters = try #require(CyrillicRomanizer.letters(of: word))
            let languages = CyrillicRomanizer.candidateLanguages(of: letters)
            for language in CyrillicLanguage.allCases where languages.contains(language) {
                var keys: Set<String> = []
                for system in CyrillicRomanizationSystem.all
                where system.language == language && system.style == .englishDigraphs {
                    var spelling: [UInt8] = []
                    system.romanize(letters, into: &spelling)
                    keys.insert(RomanizationKey.key(for: String(decoding: spelling, as: UTF8.self)))
                }
                distribution[keys.count, default: 0] += 1
                if keys.count > 2, !word.lowercased().contains("ё") { widest.append((word, language, keys.sorted())) }
            }
        }
        print(
            "RomanizationKey count per (word, language) over English-digraph systems:",
            distribution.sorted { $0.key < $1.key })
        #expect(widest.isEmpty, "\(widest)")
    }

    /// All spellings of a word, every style and language reading included: reported, not asserted, because
    /// scholarly (`s` for ш), German (`sch`, `z` for ц) and the Ukrainian `h` for г are deliberately not
    /// folded by `RomanizationKey`.
    @Test func reportsKeysPerWordOverAllSpellings() {
        var distribution: [Int: Int] = [:]
        for word in Self.sampleWords {
            let keys = Set(spellings(word).map(RomanizationKey.key(for:)))
            distribution[keys.count, default: 0] += 1
        }
        print(
            "RomanizationKey count per word over all spellings (\(Self.sampleWords.count) words):",
            distribution.sorted { $0.key < $1.key })
        #expect(distribution.keys.allSatisfy { $0 >= 1 })
    }

    // MARK: Real list data

    static let canadaFile = "/work/shared/lists/ca/sema-lmes_2025-03.xml"

    /// The Canadian SEMA list gives many Belarusian and Russian people in Cyrillic and in Latin in the same
    /// record. For every Cyrillic word, does one of its spellings equal a Latin word of the record (exactly,
    /// by `RomanizationKey`, or as a given-name equivalent)? Misses are mostly cross-language pairs
    /// (Belarusian `Уладзімір` given only as Russian `Vladimir`), which romanization cannot bridge.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: canadaFile)))
    func findsTheLatinSpellingOfCyrillicWordsInTheCanadianList() throws {
        let text = try String(contentsOfFile: Self.canadaFile, encoding: .utf8)
        var total = 0, exact = 0, byKey = 0, byKeyOrGivenName = 0
        for record in text.components(separatedBy: "<record>").dropFirst() {
            let fields = ["LastName", "GivenName", "EntityOrShip", "Aliases"].map { Self.field($0, in: record) }
            let words = Self.words(in: fields.joined(separator: " "))
            let cyrillic = words.filter { CyrillicRomanizer.containsCyrillic($0) && $0.unicodeScalars.count > 2 }
            guard !cyrillic.isEmpty else { continue }
            let latin = Set(words.filter { !CyrillicRomanizer.containsCyrillic($0) }.map(Self.asciiFolded))
            let latinKeys = Set(latin.map(RomanizationKey.key(for:)))
            let latinClasses = Set(latin.compactMap(GivenNameEquivalents.classID(for:)))
            for word in cyrillic {
                let spellings = CyrillicRomanizer.spellings(of: word)
                guard !spellings.isEmpty else { continue }
                total += 1
                let isExact = spellings.contains(where: latin.contains)
                let isKeyed = isExact || spellings.contains { latinKeys.contains(RomanizationKey.key(for: $0)) }
                let isGivenName = spellings.contains {
                    GivenNameEquivalents.classID(for: $0).map(latinClasses.contains) ?? false
                }
                exact += isExact ? 1 : 0
                byKey += isKeyed ? 1 : 0
                byKeyOrGivenName += isKeyed || isGivenName ? 1 : 0
            }
        }
        func share(_ count: Int) -> String { String(format: "%.1f%%", 100 * Double(count) / Double(max(total, 1))) }
        print("""
            Canada SEMA Cyrillic words: \(total); spelling equals a Latin word of the record: \(share(exact)); \
            same RomanizationKey: \(share(byKey)); or given-name equivalent: \(share(byKeyOrGivenName))
            """)
        #expect(total > 1000)
        #expect(Double(byKey) / Double(total) > 0.6)
    }

    private static func field(_ tag: String, in record: String) -> String {
        guard let start = record.range(of: "<\(tag)>"),
            let end = record.range(of: "</\(tag)>", range: start.upperBound..<record.endIndex)
        else { return "" }
        return String(record[start.upperBound..<end.lowerBound])
    }

    /// Words split as `TextNormalizer` does: letters, marks and apostrophes stay together.
    private static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let isWordScalar =
                scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
                || "'’ʼ".unicodeScalars.contains(scalar)
            if isWordScalar {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current.removeAll()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    private static func asciiFolded(_ word: String) -> String {
        let folded = word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        let letters = folded.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }
        return String(String.UnicodeScalarView(letters))
    }

    /// Cyrillic names from the given-name table and common surnames of the languages handled.
    static let sampleWords: [String] = GivenNameEquivalents.table.flatMap(\.cyrillic) + [
        "Миклашевич", "Щербаков", "Лукашэнка", "Тимошенко", "Шевченко", "Кучма", "Янукович", "Назарбаев",
        "Токаев", "Алиев", "Жуков", "Хрущёв", "Чернышевский", "Достоевский", "Соловьёв", "Подъячев", "Ельцин",
        "Шойгу", "Бортников", "Патрушев", "Мишустин", "Сечин", "Дерипаска", "Абрамович", "Вексельберг",
        "Карчэўскі", "Машадзеў", "Бандарэнка", "Мажылоўскі", "Шэйман", "Макей", "Караеў", "Ермошина",
        "Зеленський", "Порошенко", "Медведчук", "Коломойський", "Згурський", "Їжакевич", "Ґалаґан",
        "Стоянов", "Щерев", "Ђорђевић", "Милошевић", "Караџић", "Љубомир", "Ѓорѓиевски", "Қасым",
        "Белорусрезинотехника", "Технолит", "Завод", "Предприятие",
    ]
}
