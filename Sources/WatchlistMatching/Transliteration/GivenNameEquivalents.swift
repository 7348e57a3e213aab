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

    /// The class's display name, for explanations ("Aleksandr"); a patronymic class is named for its
    /// given name ("Vladimir (patronymic)").
    static func name(ofClass id: Int) -> String {
        isPatronymicClass(id) ? table[id - table.count].name + " (patronymic)" : table[id].name
    }

    // MARK: Patronymics

    /// The class of an East Slavic patronymic, from the given name it is made of: `Uladzimiravich`,
    /// `Vladimirovich` and `Volodymyrovych` share one (the father was Uladzimir / Vladimir / Volodymyr), as do
    /// `Ryhoravich` ~ `Grigoryevich` and `Yuriivna` ~ `Yuryevna`. Patronymic classes are numbered after the
    /// given-name classes (`classCount + id`), so a patronymic never equals a given name.
    ///
    /// The token's ending is stripped (`-avich`, `-ovich`, `-yevich`, `-ovych`, `-iyovych`, `-ovna`, `-ivna`,
    /// ...), and the stem looked up as a given name as it is and with the endings nominatives add back
    /// (`Yur-` + `i`, `Gennad-` + `iy`, `Nikit-` + `a`). Endings are those of the Russian, Belarusian and
    /// Ukrainian patronymics in the BGN/PCGN and national romanization tables' examples.
    static func patronymicClass(for normalizedToken: String) -> Int? {
        guard normalizedToken.utf8.count >= 7 else { return nil }
        for ending in patronymicEndings where normalizedToken.hasSuffix(ending) {
            let stem = String(normalizedToken.dropLast(ending.count))
            guard stem.utf8.count >= 3 else { continue }
            for completion in ["", "i", "iy", "y", "ii", "a", "o"] {
                if let id = classID(for: stem + completion) { return table.count + id }
            }
        }
        return nil
    }

    /// Whether a class number is a patronymic class.
    static func isPatronymicClass(_ id: Int) -> Bool { id >= table.count }

    /// Longest first, so `-yevich` is tried before `-evich`.
    private static let patronymicEndings = [
        "iyovych", "iiovych", "iyovich", "iiovich", "yovych", "iovych", "yovich", "iovich", "yevych", "ievych",
        "yevich", "ievich", "yavich", "iavich", "yivna", "iivna", "iyivna", "yevna", "ievna", "ovych", "evych",
        "ovich", "evich", "avich", "ivich", "ovna", "evna", "avna", "ivna", "ichna", "ich",
    ].sorted { $0.count > $1.count }

    /// Every spelling indexed for the class (hand-written first, then generated from the Cyrillic forms).
    static func spellings(ofClass id: Int) -> [String] { index.spellings[id] }

    /// The number of classes.
    static var classCount: Int { table.count }

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
