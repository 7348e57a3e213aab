/// Scalar tests that stand in for `Character` properties and Foundation character sets in the list mappers.
///
/// The mappers look at every field of every record. `Character` properties cost a grapheme break and a Unicode
/// property lookup per character, and Foundation's `trimmingCharacters(in:)` bridges through NSString on
/// Linux; together they made mapping several times slower than parsing (perf, issue 3). These tests answer
/// ASCII from the value alone and give the same answers as what they replace; the sets are checked against
/// Foundation and the standard library in `TextScalarsTests`.
extension Unicode.Scalar {
    /// Unicode's `White_Space`: what `Character.isWhitespace` tests (on a character's first scalar).
    var isWhiteSpace: Bool {
        switch value {
        case 0x20, 0x09...0x0D: true
        case ..<0x85: false
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// A member of Foundation's `CharacterSet.whitespaces`: general category Zs, tab, and U+200B.
    var isInWhitespaces: Bool {
        switch value {
        case 0x20, 0x09: true
        case ..<0xA0: false
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// A member of Foundation's `CharacterSet.whitespacesAndNewlines`.
    var isInWhitespacesAndNewlines: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0x2028, 0x2029: true
        default: isInWhitespaces
        }
    }

    /// What `Character.isLetter` tests: the `Alphabetic` property; ASCII answered without a lookup.
    var isAlphabeticLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        return properties.isAlphabetic
    }

    /// `Character(self).isLowercase`, by the standard library's own rule (a `Lowercase` scalar, or a cased one
    /// that lower-casing leaves alone), without building the lower-cased string it compares.
    var isLowercaseCharacter: Bool {
        if value < 0x80 { return (0x61...0x7A).contains(value) }
        if properties.isLowercase { return true }
        let text = String(self)
        guard properties.lowercaseMapping == text else { return false }
        return properties.isCased || properties.uppercaseMapping != text
    }

    /// True when the scalar is always a `Character` of its own, whatever is around it: it neither extends
    /// the character before it (a combining mark, a joiner) nor joins the one after it (a prepended mark,
    /// Hangul jamo, regional indicators).
    ///
    /// Only the blocks the lists are written in are listed (Latin, Greek, Cyrillic, Armenian, Hebrew and
    /// Arabic letters, punctuation, symbols, CJK); anything else answers false, which only sends a text to
    /// the slower `Character` path. ASCII other than CR (which joins a following LF) is also standalone.
    var isStandaloneCharacter: Bool {
        switch value {
        case 0x0D: false
        case ..<0x300: true
        case 0x0370...0x0482, 0x048A...0x058F, 0x05D0...0x05F4, 0x0606...0x060F, 0x061B...0x064A,
            0x0660...0x066F, 0x0671...0x06D5, 0x1E00...0x200B, 0x200E...0x20CF, 0x20F1...0x2CEE,
            0x2E00...0x3029, 0x3030...0x3098, 0x309B...0xA66E, 0xFB1F...0xFDFF, 0xFE30...0xFF9D,
            0xFFA0...0xFFFD:
            true
        default: false
        }
    }
}
