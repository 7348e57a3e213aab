import Testing
import WatchlistCore
@testable import WatchlistMatching

/// Korean names written in Hangul meet the lists' spellings of North Koreans, syllable by syllable.
struct HangulRomanizerTests {
    @Test(arguments: [
        ("리", ["ri"]), ("창", ["chang"]), ("최", ["choe"]), ("룡", ["ryong"]), ("박", ["pak", "bak"]), ("정", ["jong", "chong"]),
        ("김", ["kim", "gim"]), ("태", ["thae", "tae"]), ("은", ["un"]), ("철", ["chol"]), ("병", ["pyong", "byong"]),
    ])
    func aSyllableIsSpelledTheNorthsWayFirst(syllable: String, spellings: [String]) {
        #expect(HangulRomanizer.spellings(of: syllable) == spellings)
    }

    @Test func aWordOfSeveralSyllablesIsSpelledWholeOneWay() {
        #expect(HangulRomanizer.spellings(of: "조선") == ["joson"])
        #expect(HangulRomanizer.spellings(of: "Kim") == [])
    }

    @Test func aQuerysHangulNameIsOneWordPerSyllable() {
        let words = TextNormalizer().words(in: "리창호", splittingChinese: true).map(\.normalized)
        #expect(words == ["ri", "chang", "ho"])
        // A listed name, and a longer Hangul word (an organization's), stay whole.
        #expect(TextNormalizer().words(in: "리창호").map(\.normalized) == ["richangho"])
        #expect(TextNormalizer().words(in: "조선광선은행", splittingChinese: true).count == 1)
    }

    @Test(arguments: [
        ("리창호", "RI, Chang Ho"), ("김정은", "KIM Jong Un"), ("최룡해", "CHOE Ryong Hae"), ("민병철", "MIN BYONG CHOL"),
        ("이창호", "LEE Chang Ho"), ("리창호", "Ri Chang-ho"), ("조용원", "Cho Yongwon"),
    ])
    func aNameInHangulMatchesItsListedSpelling(query: String, listed: String) {
        #expect(NameComparer().compare(query: query, listed: listed, kind: .person).score >= 0.9)
    }

    @Test func aNameInHangulDoesNotMatchAnotherPerson() {
        #expect(NameComparer().compare(query: "김정은", listed: "KIM Jong Il", kind: .person).score < 0.8)
        #expect(NameComparer().compare(query: "최다은", listed: "CHOE Ryong Hae", kind: .person).score < 0.8)
    }

    @Test func anEthiopicNameLeavesOutTheSixthOrderVowelOrWritesI() {
        #expect(TextNormalizer().normalizedSpellings(of: "ኤርሚኣስ") == ["ermias", "erimias"])
        #expect(TextNormalizer().normalizedSpellings(of: "ፍትዊ") == ["ftwi", "fitiwi"])
        #expect(NameComparer().compare(query: "ኤርሚኣስ ግርማይ", listed: "GHERMAY, Ermias", kind: .person).score >= 0.9)
        #expect(NameComparer().compare(query: "ፍትዊ ዓብዱረዛቕ", listed: "Fitiwi Abdelrazak", kind: .person).score >= 0.9)
    }
}
