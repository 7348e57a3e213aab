import WatchlistCore
import WatchlistMatching

/// Guesses whether a name the text gives no kind for is a person's or an organization's, from its shape:
/// a known given name first ("Valyantsin Miklashevich"), a patronymic ("Ivanovich"), Arabic name particles
/// ("bin", "al-"), or a Korean or Chinese family name before one or two short given names ("Kim Chol Min").
/// Anything else is taken for an organization, since single words and acronyms in announcements almost
/// always name companies ("Tehnolit", "Baztube").
enum PersonNameShape {
    static func kind(of name: String) -> EntityKind {
        looksLikePerson(name) ? .person : .organization
    }

    static func looksLikePerson(_ name: String) -> Bool {
        let words = name.split(separator: " ").map(String.init)
        guard (2...5).contains(words.count) else { return false }
        let lower = words.map { $0.lowercased() }
        if lower.contains(where: { SanctionsVocabulary.organizationNameWords.contains(trimmed($0, ".,")) }) { return false }
        // Person names are written in title case; all-caps or digits suggest a company or a code.
        let titled = words.filter { $0.first?.isUppercase == true }
        guard !titled.isEmpty, titled.allSatisfy({ $0.dropFirst().contains(where: \.isLowercase) || $0.count <= 2 }),
            !name.contains(where: \.isNumber)
        else { return false }
        if GivenNameLookup.isGivenName(words[0]) { return true }
        // "Nodar Tsiklauri", "Vakhtang Chkheidze", "Oleh Bondarenko": surname endings no company word has.
        if let last = lower.last, last.count >= 6, surnameEndings.contains(where: last.hasSuffix) { return true }
        if lower.contains(where: { word in patronymicEndings.contains { word.hasSuffix($0) } }) { return true }
        if lower.contains(where: { ["bin", "ibn", "bint", "abu", "abd"].contains($0) || $0.hasPrefix("al-") || $0.hasPrefix("el-") }) {
            return true
        }
        if eastAsianFamilyNames.contains(lower[0]), words.count <= 3, words.dropFirst().allSatisfy({ $0.count <= ($0.contains("-") ? 12 : 8) }) {
            return true  // "Kim Chol Min", "Ri Jong-hyok", "Jeong Gwang-myeong"
        }
        return words.count == 3 && GivenNameLookup.isGivenName(words[1])
    }

    /// "ABDULLAEVA, Nilufar Bakhtiyorovna" as "Nilufar Bakhtiyorovna ABDULLAEVA": a line that is a surname in
    /// capitals, a comma and one to three given names (how notices list people). Nil for anything else.
    static func uninverted(_ line: String) -> String? {
        // "- KOROLEVA, Alina Mikhailovna": the bullet is not part of the surname.
        // Its first line only: an entry's fields may follow on the lines under it.
        var line = line.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? Substring(line)
        if let first = line.first, SanctionsExtractor.bullets.contains(first), line.dropFirst().first == " " { line = line.dropFirst(2) }
        // "1. VOLKOV, Anton Igorevich": nor is the item's number.
        let digits = line.prefix(while: \.isNumber)
        if (1...3).contains(digits.count), let after = line.dropFirst(digits.count).first, [".", ")"].contains(after),
            line.dropFirst(digits.count + 1).first == " "
        {
            line = line.dropFirst(digits.count + 2)
        }
        let parts = line.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let surname = parts[0].trimmingCharacters(in: .whitespaces)
        let given = parts[1].trimmingCharacters(in: .whitespaces).split(separator: " ")
        guard surname.count >= 2, surname.contains(where: \.isLetter),
            surname.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "-" || $0 == "'" }),
            surname.split(separator: " ").count <= 3, (1...3).contains(given.count),
            given.allSatisfy({ $0.first?.isUppercase == true && $0.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" || $0 == "'" } })
        else { return nil }
        return given.joined(separator: " ") + " " + surname
    }

    /// Whether a word is a Russian, Belarusian or Ukrainian patronymic (`Hennadiyovych`, `Petrovna`).
    static func isPatronymic(_ word: String) -> Bool {
        let lower = word.lowercased()
        return lower.count > 5 && patronymicEndings.contains { lower.hasSuffix($0) }
    }

    /// Whether a word may be a patronymic, by looser endings than `isPatronymic` (any "-ich", Belarusian
    /// "-auna"): for the third word of a surname-first run ("Kuznietsov Andrii Volodymyrovych"), where the
    /// two words before it are names already.
    static func mayBePatronymic(_ word: Substring) -> Bool {
        let lower = word.lowercased()
        return lower.count >= 6 && ["vych", "vich", "ovna", "evna", "ivna", "auna", "eeuna", "ich", "ych"].contains { lower.hasSuffix($0) }
    }

    /// Russian, Belarusian and Ukrainian patronymics; `yich` for the few from names ending in a soft sign
    /// (`Ilyich`).
    /// Georgian (-shvili, -dze, -auri), Ukrainian (-enko, -chuk) and South Slavic (-ović, -ević, any -ić)
    /// surname endings.
    private static let surnameEndings = ["shvili", "dze", "auri", "enko", "chuk", "ović", "ević", "ovic", "evic", "ić"]
    private static let patronymicEndings = ["ovich", "evich", "ovna", "evna", "avich", "ichna", "yevich", "yevna", "yich", "inichna", "ovych", "evych", "ivna", "yivna"]

    /// The commonest Korean and Chinese family names in their usual romanizations (the top of the South
    /// Korean census and of China's household register, plus the North Korean spellings Ri, Pak, Choe, Jong).
    static let eastAsianFamilyNames: Set<String> = [
        "kim", "ri", "lee", "yi", "park", "pak", "choi", "choe", "jung", "jeong", "jong", "chong", "kang", "cho", "jo",
        "yoon", "yun", "jang", "chang", "lim", "han", "oh", "o", "seo", "shin", "sin", "kwon", "hwang", "ahn",
        "song", "jon", "jeon", "hong", "ko", "mun", "moon", "yang", "son", "bae", "paek", "ryu", "nam", "hyon",
        "wang", "li", "zhang", "liu", "chen", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu", "gao",
        "lin", "he", "guo", "ma", "luo", "liang", "zheng", "xie", "tang", "feng", "deng", "cao", "peng", "zeng",
        "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding",
        "ren", "shen", "yao", "zhong", "cui", "tan", "fan", "wong", "chan", "cheung", "leung", "ho", "ng",
    ]
}
