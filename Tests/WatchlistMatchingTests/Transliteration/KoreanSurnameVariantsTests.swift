import Testing
import WatchlistCore
@testable import WatchlistMatching

/// The spellings of one Korean family name meet in names that look Korean, and only there; given-name
/// syllables and Chinese names keep their own spellings.
struct KoreanSurnameVariantsTests {
    @Test(arguments: [
        ("Lee Song-chol", "RI, Song Chol"), ("Park Jong Chol", "PAK Jong Chol"), ("Choi Chun Sik", "CHOE, Chun Sik"),
        ("Jung Kwang Myong", "JONG Kwang Myong"), ("Yi Yong Ho", "RI Yong Ho"), ("Rim Kyong Man", "Lim Kyong Man"),
        ("Roh Hyok Chol", "NO Hyok Chol"), ("Lee Thae-chol", "RI, Thae Chol"),
    ])
    func aFamilyNameSpelledAnotherWayMatchesTheListedName(query: String, listed: String) {
        #expect(NameComparer().compare(query: query, listed: listed, kind: .person).score >= 0.9)
    }

    @Test func spellingsOfOneFamilyNameAreVariantsAndOthersAreNot() {
        #expect(KoreanSurnameVariants.areVariants(Array("lee".utf8), Array("ri".utf8)))
        #expect(KoreanSurnameVariants.areVariants(Array("choi".utf8), Array("choe".utf8)))
        #expect(!KoreanSurnameVariants.areVariants(Array("lee".utf8), Array("park".utf8)))
        #expect(!KoreanSurnameVariants.areVariants(Array("lee".utf8), Array("leeds".utf8)))
    }

    @Test func givenNameSyllablesDoNotMeetThroughTheFamilyNameTable() {
        // `jun` and `chun` spell one family name, but as given-name syllables they are two.
        #expect(NameComparer().compare(query: "Kim Min-jun", listed: "KIM, Man Chun", kind: .person).score < 0.8)
        #expect(NameComparer().compare(query: "Kang Ji-yeon", listed: "Kang Chun-Il", kind: .person).score < 0.8)
    }

    @Test func aChineseNameKeepsItsFamilyName() {
        // `wei` is no Korean syllable: `Chang Wei` is Chinese, and `Chang` is no `Jang`.
        #expect(NameComparer().compare(query: "Chang Wei", listed: "JANG, Wei", kind: .person).score < 0.8)
        #expect(!KoreanSyllableKey.isSyllables(Array("wei".utf8)))
        #expect(KoreanSyllableKey.isSyllables(Array("songchol".utf8)))
        // One letter is a syllable too (`I`, `O` are family names), and no split is tried.
        #expect(KoreanSyllableKey.isSyllables(Array("i".utf8)))
        #expect(!KoreanSyllableKey.isSyllables(Array("x".utf8)))
    }

    @Test func anOrganizationsWordsAreNotReadAsFamilyNames() {
        #expect(NameComparer().compare(query: "Ma Gang", listed: "BAEK MA KANG", kind: .vessel).score < 0.8)
    }
}
