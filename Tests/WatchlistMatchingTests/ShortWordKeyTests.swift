import Testing
import WatchlistCore
@testable import WatchlistMatching

/// Romanization keys fold doubled letters and i/j/y; for words of three letters or fewer that joins
/// unrelated acronyms, so there a shared key needs spellings one edit apart or the same consonants.
struct ShortWordKeyTests {
    @Test(arguments: [("PIJ", "PPI FZE"), ("ГЦСС", "HTS")])
    func acronymsSharingOnlyAFoldedKeyDoNotMatch(query: String, listed: String) {
        #expect(NameComparer().compare(query: query, listed: listed, kind: .organization).score < 0.8)
    }

    @Test(arguments: [("Ali", "ALLY"), ("Abu", "ABOU"), ("Yu", "IU"), ("Ata", "ATTA"), ("Issa", "ISA")])
    func shortRomanizationVariantsStillMatchByKey(query: String, listed: String) {
        let comparison = NameComparer().compare(query: query, listed: listed, kind: .person)
        #expect(comparison.explanation?.tokenMatches.first?.method == "romanization")
    }

    @Test func aTwoLetterWordAndAThreeLetterOneAreOneEditApartOrNot() {
        #expect(WordComparison.keyMatchHoldsForLength(Array("kim".utf8), Array("kimm".utf8)))
        #expect(!WordComparison.keyMatchHoldsForLength(Array("pij".utf8), Array("ppi".utf8)))
        #expect(WordComparison.keyMatchHoldsForLength(Array("ali".utf8), Array("ally".utf8)))
    }
}

/// Consonant skeletons pair vowel variants of one name; two names the given-name table keeps apart do not
/// pair by skeleton however alike their consonants.
struct KnownDistinctNamesTests {
    @Test func mahmoudAndMuhammadShareConsonantsButAreDifferentNames() {
        #expect(NameComparer().compare(query: "Mahmoud", listed: "Muhammad", kind: .person).score == 0)
    }

    @Test func vowelVariantsOfOneNameStillPairBySkeleton() {
        let comparison = NameComparer().compare(query: "Zeitun", listed: "Zaytun", kind: .person)
        #expect(comparison.explanation?.tokenMatches.first?.method == "consonant_skeleton")
    }
}
