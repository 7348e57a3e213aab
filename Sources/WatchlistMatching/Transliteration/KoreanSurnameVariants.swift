/// The spellings of one Korean family name: `Lee` / `Yi` / `Rhee` / `Ri`, `Park` / `Pak` / `Bak`, `Choi` /
/// `Choe`. A North Korean listed as `RI Song Chol` is `Lee Song-chol` in South Korean reporting: the South
/// drops an initial r (and n before i and y) and writes family names in spellings older than any system,
/// while the North keeps the r and writes McCune-Reischauer. The syllable keys (`KoreanSyllableKey`) do not
/// reach these, since the spellings differ by more than a vowel.
///
/// A word is read as one of these only in a person's name that looks Korean (`NameTokenizer`): every word a
/// syllable of the Korean romanizations or a family name of the table. So `Chang Wei` keeps its Chinese
/// `Chang` (`wei` is no Korean syllable), while `Chang Song Il` meets `JANG Song Il`.
///
/// Sources: the commonest Korean family names written in the Revised Romanization (Ministry of Culture and
/// Tourism, 2000) and in McCune-Reischauer (1939) as the DPRK writes it without diacritics (with its initial
/// r kept), besides the customary spellings South Koreans use for their family names in passports and the
/// press (`Lee`, `Park`, `Choi`, `Jung`, `Yoon`, `Kwon`, `Ahn`, `Shin`, `Oh`).
enum KoreanSurnameVariants {
    /// Whether two normalized words are spellings of one Korean family name.
    static func areVariants(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard let group = groupByWord[a] else { return false }
        return groupByWord[b] == group
    }

    /// A key for the word's family name, shared by its spellings and by nothing else (a romanization key
    /// would fold `jeon` into other words' keys): `#` and the group's number.
    static func key(of word: [UInt8]) -> [UInt8]? {
        groupByWord[word].map { [UInt8(ascii: "#")] + Array(String($0).utf8) }
    }

    /// Whether the word is a spelling in the table.
    static func isFamilyName(_ word: [UInt8]) -> Bool { groupByWord[word] != nil }

    /// Spellings of one family name each. Family names whose spellings
    /// a romanization key already joins (`Kim` / `Gim` by `KoreanSyllableKey` in a marked name, `Han`,
    /// `Hwang`, `Nam`, `Song`) are left out.
    private static let groups: [[String]] = [
        ["lee", "yi", "rhee", "ri", "rhie", "i"],
        ["park", "pak", "bak", "bahk"],
        ["choi", "choe", "chey", "choy"],
        ["jung", "jeong", "chung", "cheong", "jong", "chong"],
        ["kang", "gang"],
        ["cho", "jo", "joe"],
        ["yoon", "yun"],
        ["jang", "chang"],
        ["lim", "im", "rim", "yim"],
        ["oh", "o"],
        ["seo", "so", "suh"],
        ["shin", "sin"],
        ["kwon", "gwon"],
        ["ahn", "an"],
        ["ryu", "yu", "yoo", "ryoo"],
        ["jeon", "chon", "jun", "chun"],
        ["ko", "go"],
        ["moon", "mun"],
        ["yang", "ryang"],
        ["son", "sohn"],
        ["bae", "pae"],
        ["baek", "paek", "paik", "baik"],
        ["heo", "ho", "hur", "huh"],
        ["noh", "no", "roh", "ro"],
        ["shim", "sim"],
        ["joo", "ju", "chu"],
        ["koo", "ku", "gu"],
        ["byun", "pyon", "byeon"],
        ["jin", "chin"],
        ["ji", "chi"],
        ["eom", "um", "om"],
        ["yeo", "yo", "ryo"],
    ]

    private static let groupByWord: [[UInt8]: Int] = {
        var groupByWord: [[UInt8]: Int] = [:]
        for (index, group) in groups.enumerated() {
            for spelling in group {
                precondition(groupByWord[Array(spelling.utf8)] == nil, "\(spelling) is in two groups")
                groupByWord[Array(spelling.utf8)] = index
            }
        }
        return groupByWord
    }()
}
