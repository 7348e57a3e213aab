import Testing
@testable import WatchlistMatching

struct ConsonantSkeletonTests {
    private func token(_ word: String) -> NameToken {
        let spellings = TextNormalizer().normalizedSpellings(of: word)
        return NameToken(text: spellings[0], original: word, role: .word, alternatives: Array(spellings.dropFirst()))
    }

    private func skeleton(_ word: String) -> String? {
        token(word).skeletons.first.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test(arguments: [("Zaitoun", "Zaytun"), ("Hussein", "Huseyn"), ("Katarji", "Qatarji")])
    func romanizationsOfTheSameArabicNameShareASkeleton(first: String, second: String) {
        #expect(skeleton(first) != nil)
        #expect(skeleton(first) == skeleton(second))
    }

    @Test(arguments: [("Nadheera", "Nazira"), ("Tandhim", "Tanzim"), ("Mudhaffar", "Mudaffar")])
    func aLatinDhAgreesWithTheZAndTheDListsAlsoWriteForIt(first: String, second: String) {
        #expect(ConsonantSkeleton.agree(token(first), token(second)))
    }

    @Test(arguments: [("Dhafer", "Zafer"), ("Zaher", "Dhaher")])
    func aWordStartingWithDhAgreesWithTheZOtherListsWrite(first: String, second: String) {
        #expect(ConsonantSkeleton.agree(token(first), token(second)))
        // Not a `d` and a `z` that are letters of their own.
        #expect(!ConsonantSkeleton.agree(token("Dafer"), token("Zafer")))
    }

    @Test(arguments: [("Gaddafi", "Qadhafi"), ("Gasim", "Qasim"), ("Gargash", "Qarqash")])
    func aLatinQAgreesWithTheGListsAlsoWriteForIt(first: String, second: String) {
        #expect(ConsonantSkeleton.agree(token(first), token(second)))
    }

    @Test(arguments: [("Ridha", "Reda"), ("Ridha'", "Rida")])
    func aShortWordsDhReadingCountsWithItsVowelsMarked(first: String, second: String) {
        // `ridHa` has three consonants, its reading `rida` two: compared as `rVdV`, like `Reda`.
        #expect(ConsonantSkeleton.agree(token(first), token(second)))
    }

    @Test(arguments: [("Jarroucheh", "Jaroushi"), ("Achour", "Ashour"), ("Hachem", "Hashem")])
    func aFrenchChAgreesWithTheShOtherListsWrite(first: String, second: String) {
        #expect(ConsonantSkeleton.agree(token(first), token(second)))
    }

    @Test(arguments: [("Ghadaffi", "Qadhafi"), ("Ghassem", "Qassem")])
    func aLatinGhAgreesWithTheQItStandsFor(first: String, second: String) {
        #expect(ConsonantSkeleton.agree(token(first), token(second)))
    }

    @Test func anNghIsTwoPinyinSyllablesNotAGh() {
        #expect(!ConsonantSkeleton.agree(token("Guanghua"), token("Guoqiang")))
    }

    @Test(arguments: [("Charnyshou", "Chernyshev"), ("Tkachou", "Tkachev"), ("Badziaka", "Bodyako"), ("Ramanau", "Romanov")])
    func aBelarusianSpellingAgreesWithTheRussianOne(first: String, second: String) {
        #expect(ConsonantSkeleton.agree(token(first), token(second)))
    }

    @Test func aWIsNotReadAsAVowel() {
        // `Pawlowski` without its w's would read `plsk`, as `Plisyuk` does.
        #expect(!ConsonantSkeleton.agree(token("Pawlowski"), token("Plisyuk")))
        #expect(ConsonantSkeleton.belarusianReading(of: Array("krause".utf8)) == nil)
    }

    @Test func aGIsNoK() {
        // `Gamal` (ج) and `Kamal` (ك) are different names; only `q` reads as both.
        #expect(!ConsonantSkeleton.agree(token("Gamal"), token("Kamal")))
        #expect(!ConsonantSkeleton.agree(token("Gerim"), token("Kerim")))
    }

    @Test func aDAndAnHApartAreNoDh() {
        #expect(!ConsonantSkeleton.agree(token("Dehong"), token("Dong")))
        #expect(ConsonantSkeleton.dhReadings(ofKey: Array("dehong".utf8)).isEmpty)
    }

    @Test func differentNamesKeepDifferentSkeletons() {
        #expect(skeleton("Rustum") != skeleton("Rostov"))
        #expect(skeleton("Petrov") != skeleton("Pavlov"))
    }

    @Test func wordsWithFewerThanTwoConsonantsOrWithDigitsHaveNoSkeleton() {
        #expect(skeleton("Ali") == nil)
        #expect(skeleton("A320") == nil)
    }

    @Test func twoConsonantsAgreeOnlyInShortWordsStartingWithTheSameLetter() {
        #expect(ConsonantSkeleton.agree(token("Omar"), token("Amir")) == false)
        #expect(ConsonantSkeleton.similarity(token("Deeb"), token("Dib")) == ConsonantSkeleton.shortSimilarity)
        #expect(ConsonantSkeleton.similarity(token("Nejm"), token("Najm")) == ConsonantSkeleton.shortSimilarity)
        #expect(ConsonantSkeleton.agree(token("Sayyed"), token("Seyed")))
        #expect(ConsonantSkeleton.agree(token("Dibrova"), token("Dib")) == false)
    }

    @Test func aShortWordInAnotherSpellingStillFindsTheName() {
        let comparison = NameComparer().compare(query: "Imad Mohammad Deeb Khamis", listed: "KHAMIS, Imad Muhammad Dib", kind: .person)
        #expect(comparison.score >= 0.85)
    }

    @Test func arabicScriptAgainstLatinIsLeftToAbjadSkeleton() {
        #expect(ConsonantSkeleton.agree(token("Hussein"), token("حسين")) == false)
        #expect(ConsonantSkeleton.agree(token("حسين"), token("حسين")))
    }

    @Test func latinWordsMustStartAlike() {
        #expect(ConsonantSkeleton.agree(token("Simone"), token("Ousmane")) == false)
        #expect(ConsonantSkeleton.agree(token("Hussein"), token("Husayn")))
        #expect(ConsonantSkeleton.agree(token("Zeitun"), token("Zaytun")))
    }

    @Test func aSkeletonMatchCountsBelowARomanizationMatch() {
        let comparison = NameComparer().compare(query: "Mohammed Deeb ZEITUN", listed: "ZAYTUN, Muhammad Dib", kind: .person)
        let pair = comparison.explanation?.tokenMatches.first { $0.query == "ZEITUN" }
        #expect(pair?.method == "consonant_skeleton")
        #expect(pair?.similarity == 0.85)
    }
}
