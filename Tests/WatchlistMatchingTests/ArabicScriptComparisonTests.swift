import Testing
@testable import WatchlistMatching

struct ArabicScriptComparisonTests {
    let comparer = NameComparer()

    @Test func twoArabicScriptWordsAreComparedByTheirLetters() {
        // `هند` (Hind) and `آخوند` (Akhund) romanize to hnd and khnd, which a Latin skeleton takes for one
        // sound; in Arabic script ه and خ are two letters.
        #expect(comparer.compare(query: "هند عيسى", listed: "محمد عيسی آخوند", kind: .person).score < 0.8)
        // Spelling variants of one letter still match: final ى and ی.
        #expect(comparer.compare(query: "محمد عيسى آخوند", listed: "محمد عيسی آخوند", kind: .person).score >= 0.95)
    }

    @Test func anArabicScriptWordStillMatchesItsLatinSpelling() {
        #expect(comparer.compare(query: "باسل الحلبي", listed: "AL-HALABI, Basil", kind: .person).score >= 0.8)
    }

    @Test func aMaghrebSpellingsJoinedArticleIsReadWithoutItAgainstArabicScript() {
        // `ESSABAR` writes الصبار with its article assimilated (as-Sabbar) and joined.
        #expect(comparer.compare(query: "زكريا الصبار", listed: "ZAKARYA ESSABAR", kind: .person).score >= 0.8)
        #expect(AbjadSkeleton.withoutAssimilatedArticle("essaadi") == "saadi")
        // Only a doubled sun letter after the `e`, and only against Arabic script: `Essen` keeps its own key.
        #expect(AbjadSkeleton.withoutAssimilatedArticle("esmail") == nil)
        #expect(comparer.compare(query: "Sen", listed: "ESSEN", kind: .person).score < 0.8)
    }

    @Test func aWordAlikeToOneListedWordOnlyIsPairedBeforeAWordWithOthersOfTheSameSimilarity() {
        // `عبد` reads as UBAIDI and spells Abdallah with `الله`; `العبيدي` reads as UBAIDI only. Paired in word
        // order, `عبد` took UBAIDI and left the surname unpaired (0.495).
        let comparison = comparer.compare(query: "يحيى عبد الله العبيدي", listed: "AL-UBAIDI, Yahia Abdallah", kind: .person)
        #expect(comparison.score >= 0.8)
        #expect(comparison.explanation?.unmatchedQuery.isEmpty == true)
    }

    @Test func pashtoLettersReadAsAfghanNamesAreSpelled() {
        // ځ (dze) is the z of ZADRAN; before, it was a letter the reading did not know.
        #expect(comparer.compare(query: "محمد عمر ځدران", listed: "ZADRAN, Muhammad Omar", kind: .person).score >= 0.85)
        #expect(comparer.compare(query: "ځدران", listed: "DURRANI", kind: .person).score < 0.8)
    }

    @Test func arabicLimitedAfterTheNameIsALegalForm() {
        let comparison = comparer.compare(query: "شركة الجنيد للأنشطة المحدودة", listed: "شركة الجنيد للأنشطة", kind: .organization)
        #expect(comparison.explanation?.unmatchedQuery.isEmpty == true)
    }

    @Test func limitedWrittenInUrduOrPersianLettersIsALegalForm() {
        let comparison = comparer.compare(query: "راحت لمتد", listed: "RAHAT LTD", kind: .organization)
        #expect(comparison.score >= 0.85)
        #expect(comparison.explanation?.tokenMatches.map(\.query) == ["راحت"])
    }
}
