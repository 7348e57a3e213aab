/// Cross-language given-name equivalents: `Valiantsin`, `Valyantsin`, `Valentin` and `Walenty` are one name;
/// so are `Muhammad`, `Mohammed` and `Magomed`.
///
/// The classes are data (`GivenNameEquivalents.table`, with its sources); this type indexes them once:
/// every hand-written Latin spelling, every romanization `CyrillicRomanizer` gives for the Cyrillic forms,
/// and the `RomanizationKey` of each of those.
///
/// **Which form it expects.** `classID(for:)` takes a *normalized token* (lowercase ASCII, as
/// `NameToken.text`): it looks the spelling up, and if the spelling is not listed, looks up its
/// `RomanizationKey`, so unlisted variants that fold to a listed one resolve (`Aleksandar` → Aleksandr,
/// `Dmitrij` → Dmitry; tokens of five letters or more). `classID(forKey:)` takes a key already computed with
/// `RomanizationKey`, for callers
/// that store keys rather than spellings. A key shared by spellings of two classes is ambiguous and
/// resolves to nothing.
///
/// ```swift
/// let a = GivenNameEquivalents.classID(for: "valiantsin")
/// let b = GivenNameEquivalents.classID(for: "walenty")
/// a == b  // true
/// GivenNameEquivalents.name(ofClass: a!)  // "Valentin"
/// ```
///
/// **`Abd al-` names.** Arabic theophoric names are one name written as one, two or three tokens:
/// `Abd al-Rahman`, `Abd ar-Rahman`, `Abdul Rahman`, `Abdel Rahman`, `Abdulrahman`, `Abdurrahman`,
/// `Abdirahman`. `abdCompounds(in:)` finds them in a token list and gives each a canonical token,
/// `abd` + the second element (`abdrahman`), so the scorer can compare them as one token. The connector
/// (`al`, `el`, `ul`, or `a`/`u`/`e` plus the assimilated "sun letter": `ar-`, `ur-`, `as-`, `an-`, ...) is
/// dropped; `Abdullah`, `Abdallah`, `Abdoulaye` give `abdallah`.
enum GivenNameEquivalents {
    /// The class of a normalized token, or nil when it is not a known given name (or is ambiguous).
    static func classID(for normalizedToken: String) -> Int? {
        if let id = index.classBySpelling[normalizedToken] { return id }
        // Short unlisted tokens are too often other names that happen to share a key (Arabic Hana and the
        // Belarusian Hanna, Essa and Isa are fine, but not worth the first).
        guard normalizedToken.utf8.count >= minimumKeyLookupLength else { return nil }
        return index.classByKey[RomanizationKey.key(for: normalizedToken)]
    }

    /// Unlisted tokens shorter than this are not looked up by key.
    static let minimumKeyLookupLength = 5

    /// The class of a `RomanizationKey`, or nil.
    static func classID(forKey key: String) -> Int? {
        index.classByKey[key]
    }

    /// Whether two normalized tokens are forms of the same given name.
    static func areEquivalent(_ first: String, _ second: String) -> Bool {
        guard let id = classID(for: first) else { return false }
        return classID(for: second) == id
    }

    /// The class's display name, for explanations ("Aleksandr").
    static func name(ofClass id: Int) -> String { table[id].name }

    /// Every spelling indexed for the class (hand-written first, then generated from the Cyrillic forms).
    static func spellings(ofClass id: Int) -> [String] { index.spellings[id] }

    /// The number of classes.
    static var classCount: Int { table.count }

    // MARK: Abd al- compounds

    /// An `Abd al-` name found in a token list.
    struct AbdCompound: Hashable, Sendable {
        /// The tokens that make up the name (one to three).
        var tokens: Range<Int>
        /// `abd` followed by the second element: `abdrahman`, `abdaziz`, `abdallah`.
        var canonical: String
    }

    /// The `Abd al-` names in normalized tokens, left to right, not overlapping.
    ///
    /// ```swift
    /// GivenNameEquivalents.abdCompounds(in: ["abd", "al", "rahman", "khalil"])
    /// // [AbdCompound(tokens: 0..<3, canonical: "abdrahman")]
    /// ```
    static func abdCompounds(in tokens: [String]) -> [AbdCompound] {
        var compounds: [AbdCompound] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token == "abd", index + 1 < tokens.count {
                if abdConnectors.contains(tokens[index + 1]), index + 2 < tokens.count,
                    let name = element(tokens[index + 2])
                {
                    compounds.append(AbdCompound(tokens: index..<index + 3, canonical: "abd" + name))
                    index += 3
                    continue
                }
                if !abdConnectors.contains(tokens[index + 1]), let name = element(tokens[index + 1]) {
                    compounds.append(AbdCompound(tokens: index..<index + 2, canonical: "abd" + name))
                    index += 2
                    continue
                }
            } else if abdPrefixTokens.contains(token), index + 1 < tokens.count, let name = element(tokens[index + 1]) {
                compounds.append(AbdCompound(tokens: index..<index + 2, canonical: "abd" + name))
                index += 2
                continue
            } else if let name = joinedAbdElement(token) {
                compounds.append(AbdCompound(tokens: index..<index + 1, canonical: "abd" + name))
            }
            index += 1
        }
        return compounds
    }

    /// The second element of a one-token `Abd al-` name (`abdulrahman` → `rahman`), or nil.
    static func joinedAbdElement(_ token: String) -> String? {
        let bytes = Array(token.utf8)
        guard bytes.count >= 6, bytes[0...2].elementsEqual("abd".utf8) else { return nil }
        var rest = bytes[3...]
        let vowels = Set("aeiou".utf8)
        if let first = rest.first, vowels.contains(first) {
            // The connector's vowel(s): abdUl-, abdOUl-, abdEl-, abdI- ...
            while let first = rest.first, vowels.contains(first) { rest = rest.dropFirst() }
            let remainder = String(decoding: rest, as: UTF8.self)
            if allahEndings.contains(remainder) { return "allah" }
            // Abdullayev, Abdullaev: a surname made from Abdullah, not a compound with another element.
            if ["llay", "lly", "llae", "llao", "lay", "lae"].contains(where: remainder.hasPrefix) { return nil }
            if rest.first == UInt8(ascii: "l") {
                rest = rest.dropFirst()  // al-, el-, ul-
            } else if rest.count >= 2, rest[rest.startIndex] == rest[rest.startIndex + 1] {
                rest = rest.dropFirst()  // assimilated sun letter: abdur-Rahman, abdus-Salam
            }
        }
        guard rest.count >= 3 else { return nil }
        return String(decoding: rest, as: UTF8.self)
    }

    /// A token that can be the second element (not another particle).
    private static func element(_ token: String) -> String? {
        guard token.utf8.count >= 3, !abdConnectors.contains(token) else { return nil }
        if token == "allah" || token == "lah" || token == "llah" { return "allah" }
        return token
    }

    /// What is left of `Abdullah` and its spellings after `abd` and the connector's vowel.
    private static let allahEndings: Set<String> = ["la", "lah", "lla", "llah", "llahi", "lahi", "laye"]

    /// The article with or without assimilation to a "sun letter" (ar-Rahman, as-Salam, an-Nur, ...), as
    /// romanized in ALA-LC, BGN/PCGN and French practice.
    private static let abdConnectors: Set<String> = [
        "al", "el", "ul", "il", "ol", "ar", "ur", "er", "as", "us", "es", "an", "un", "en", "at", "ut", "et",
        "ad", "ud", "ed", "az", "uz", "ez", "ash", "ush", "esh", "ath", "uth", "adh", "udh",
    ]

    /// `Abd` joined with the article and written apart from the second element (`Abdul Rahman`).
    private static let abdPrefixTokens: Set<String> = [
        "abdul", "abdel", "abdal", "abdil", "abdol", "abdoul", "abdur", "abdus", "abdun", "abduz", "abdut", "abdud",
        "abder", "abdes", "abdesh", "abdush",
    ]

    // MARK: Index

    private struct Index: Sendable {
        var classBySpelling: [String: Int] = [:]
        var classByKey: [String: Int] = [:]
        var spellings: [[String]] = []
        /// Spellings listed in more than one class (a table error; see `_checkInvariants`).
        var sharedSpellings: [String: [Int]] = [:]
        /// Keys reached from more than one class (left out of `classByKey`).
        var ambiguousKeys: [String: [Int]] = [:]

        init(_ table: [Entry]) {
            var classesBySpelling: [String: [Int]] = [:]
            for (id, entry) in table.enumerated() {
                var spellings: [String] = []
                for spelling in entry.latin where !spellings.contains(spelling) { spellings.append(spelling) }
                for form in entry.cyrillic {
                    for spelling in CyrillicRomanizer.spellings(of: form, limit: 16)
                    where !spellings.contains(spelling) {
                        spellings.append(spelling)
                    }
                }
                self.spellings.append(spellings)
                for spelling in spellings { classesBySpelling[spelling, default: []].append(id) }
            }
            var classesByKey: [String: Set<Int>] = [:]
            for (spelling, ids) in classesBySpelling {
                if ids.count > 1 {
                    sharedSpellings[spelling] = ids
                    continue
                }
                classBySpelling[spelling] = ids[0]
                classesByKey[RomanizationKey.key(for: spelling), default: []].insert(ids[0])
            }
            for (key, ids) in classesByKey {
                if ids.count == 1 {
                    classByKey[key] = ids.first!
                } else {
                    ambiguousKeys[key] = ids.sorted()
                }
            }
        }
    }

    private static let index = Index(table)

    /// Keys that two classes reach and that therefore resolve to nothing, for tests and reports.
    static var ambiguousKeys: [String: [Int]] { index.ambiguousKeys }

    /// Checks the table: no spelling (hand-written or generated) belongs to two classes, and every class
    /// has at least two spellings.
    static func _checkInvariants() {
        precondition(index.sharedSpellings.isEmpty, "spellings in several classes: \(index.sharedSpellings)")
        for (id, spellings) in index.spellings.enumerated() {
            precondition(spellings.count >= 2, "class \(table[id].name) has fewer than two spellings")
            for spelling in spellings {
                precondition(
                    spelling.utf8.allSatisfy { (0x61...0x7A).contains($0) }, "\(spelling) is not lowercase ASCII")
            }
        }
    }
}
