import Testing
import WatchlistCore
@testable import WatchlistMatching

/// South Korean (Revised Romanization) spellings of North Korean names meet the North's spellings the lists
/// use; words that may be Chinese do not.
struct KoreanSyllableKeyTests {
    @Test(arguments: [
        ("jeong", "jong"), ("seong", "song"), ("cheol", "chol"), ("eun", "un"), ("geum", "kum"), ("myeong", "myong"),
        ("hyeok", "hyok"), ("deok", "tok"), ("beom", "pom"), ("yeong", "yong"), ("gweon", "kwon"),
    ])
    func aSouthernSyllableReadsAsTheNorthWritesIt(south: String, north: String) {
        #expect(KoreanSyllableKey.key(of: Array(south.utf8)) == Array(north.utf8))
    }

    @Test(arguments: ["gang", "dong", "kim", "ming", "miklashevich", "kwangmyong", "eugene", "leonid"])
    func wordsWithoutTheSouthsOwnVowelsOrOfMoreThanOneSyllableGetNoKey(word: String) {
        #expect(KoreanSyllableKey.key(of: Array(word.utf8)) == nil)
    }

    @Test(arguments: [
        ("Jeong Seong-cheol", "JONG Song Chol"), ("Kim Jeong-eun", "Kim Jong Un"), ("Pak Geum-cheol", "PAK Kum Chol"),
        ("Han Eun-seong", "Han Un-song"),
    ])
    func aSouthKoreanSpellingOfAListedNorthKoreanMatches(query: String, listed: String) {
        let comparison = NameComparer().compare(query: query, listed: listed, kind: .person)
        #expect(comparison.score >= 0.9)
    }

    @Test func inANameSpelledTheSouthsWayGAndDReadAsTheNorthsKAndT() {
        #expect(NameComparer().compare(query: "Jeong Gwang-myeong", listed: "Jong Kwang-myong", kind: .person).score >= 0.9)
        #expect(NameComparer().compare(query: "Gim Seong-hun", listed: "KIM Song Hun", kind: .person).score >= 0.9)
        #expect(KoreanSyllableKey.northernInitial(of: Array("gwang".utf8)) == Array("kwang".utf8))
        #expect(KoreanSyllableKey.northernInitial(of: Array("kwang".utf8)) == nil)
        // Without a word of the South's own vowels the name may be Chinese: its initials stay as written.
        #expect(NameComparer().compare(query: "Gang Dong", listed: "Kang Tong", kind: .person).score < 0.8)
    }

    @Test func aChineseNameDoesNotMeetAKoreanOneThroughTheKey() {
        // `Dong` may be the Chinese surname: no Korean reading makes it `Tong`.
        #expect(NameComparer().compare(query: "Dong Ming", listed: "KIM TONG MYONG", kind: .person).score < 0.8)
        #expect(NameComparer().compare(query: "Ma Gang", listed: "BAEK MA KANG", kind: .vessel).score < 0.8)
    }
}
