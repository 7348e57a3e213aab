/// A person's name with the middle name or patronymic the text gives elsewhere: a live ticker's "judge Ihar
/// Zhdanovich" is the "Ihar Mikalaevich Zhdanovich" of a later update, and a party is reported under the
/// fullest name the text writes (screening then has every word the text knows).
///
/// Only a name of two words gains a word, and only one capitalized word of letters written between the
/// same two words elsewhere in the text. The text's three-word runs are collected once, so looking a name
/// up costs a hash, however long the text and however many people it names.
struct FullerPersonName {
    /// "first last" → "first middle last", the first such run in the text.
    private var runs: [String: String] = [:]

    init(text: String) {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count >= 3 else { return }
        for index in 0..<(words.count - 2) {
            let (first, middle, last) = (words[index], words[index + 1], words[index + 2])
            guard Self.isNameWord(first), Self.isNameWord(middle), middle.dropFirst().allSatisfy(\.isLowercase) else { continue }
            let trimmedLast = last.prefix { $0.isLetter || $0 == "-" }
            guard Self.isNameWord(trimmedLast) else { continue }
            let key = "\(first) \(trimmedLast)"
            if runs[key] == nil { runs[key] = "\(first) \(middle) \(trimmedLast)" }
            // "Kuznietsov Andrii Volodymyrovych" in a decree's annex, surname first, is the "Andrii
            // Kuznietsov" of the story above it.
            if PersonNameShape.mayBePatronymic(trimmedLast) {
                let reordered = "\(middle) \(first)"
                if runs[reordered] == nil { runs[reordered] = "\(first) \(middle) \(trimmedLast)" }
            }
        }
    }

    /// The fuller form of `name` the text writes, or nil.
    func fuller(_ name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count == 2, words.allSatisfy(Self.isNameWord) else { return nil }
        return runs["\(words[0]) \(words[1])"]
    }

    /// A capitalized word of letters (and hyphens).
    private static func isNameWord(_ word: Substring) -> Bool {
        word.first?.isUppercase == true && word.count >= 2 && word.allSatisfy { $0.isLetter || $0 == "-" }
    }
}
