import Testing
@testable import WatchlistMatching

struct AbjadSkeletonTests {
    private func token(_ word: String) -> NameToken {
        let spellings = TextNormalizer().normalizedSpellings(of: word)
        return NameToken(text: spellings[0], original: word, role: .word, alternatives: Array(spellings.dropFirst()))
    }

    private func similarity(_ first: String, _ second: String) -> Double? {
        AbjadSkeleton.similarity(query: token(first), listed: token(second))
    }

    @Test(arguments: [
        ("عمر", "Omar"), ("سعيد", "Said"), ("محمود", "Mahmoud"), ("عثمان", "Uthman"), ("صقر", "Saqr"),
        ("رستم", "Rustum"), ("حسين", "Hussein"), ("حمزة", "Hamza"), ("سلسلة", "Selselat"), ("الذهب", "Thahab"),
        ("الذهب", "Dhahab"), ("الحرمين", "Alharamain"), ("التكريتي", "TIKRITI"), ("جمال", "Djamel"),
        ("جمال", "Gamal"), ("قذافي", "Gaddafi"), ("عبدالله", "Abdullah"), ("ﻋﺒﺪ", "Abd"), ("شمخانی", "Shamkhani"),
        ("حسن‌زاده", "Hassanzadeh"), ("علی", "Ali"), ("ولید", "Walid"), ("مصطفی", "Mostafa"), ("خواجه", "Khajeh"),
        ("عمرو", "Amr"), ("الله", "Allah"), ("عبدالله", "Abdulla"), ("حبيب", "Habib"), ("سيفي", "Saifi"),
        ("طه", "Taha"), ("فتح", "Fatah"), ("صالح", "Saleh"), ("صالح", "Salih"), ("بلقاسم", "Belkacem"),
        ("زاده", "Zadeh"),
    ])
    func anArabicScriptWordAgreesWithItsLatinSpellings(arabic: String, latin: String) {
        #expect(similarity(arabic, latin) != nil)
    }

    @Test(arguments: [("ינון", "Yinon"), ("לוי", "Levi"), ("לוי", "Levy"), ("משה", "Moshe"), ("צבי", "Tzvi"), ("שלום", "Shalom"),
                      ("חיים", "Chaim"), ("חיים", "Haim")])
    func aHebrewWordAgreesWithItsLatinSpellings(hebrew: String, latin: String) {
        #expect(similarity(hebrew, latin) != nil)
    }

    @Test func aHebrewLetterWithAGereshReadsTheSoundItMarks() {
        // ג׳ is j, ז׳ zh, צ׳ ch; the geresh is often typed as an apostrophe.
        #expect(similarity("טנג'יל", "Tanjil") != nil)
        #expect(similarity("ג׳מאל", "Jamal") != nil)
        #expect(similarity("צ'רלי", "Charlie") != nil)
        #expect(similarity("טנגיל", "Tanjil") == nil)
        #expect(NameComparer().compare(query: "עינן טנג'יל", listed: "TANJIL, Einan", kind: .person).score >= 0.8)
    }

    @Test(arguments: [("علی", "Lee"), ("عمر", "Mir"), ("محمود", "Mahmut"), ("الله", "Wael"), ("فتح", "Fatima"),
                      ("بلقاسم", "Belkacm")])
    func differentConsonantsOrAVowelAgainstAConsonantStartDoNotAgree(arabic: String, latin: String) {
        #expect(similarity(arabic, latin) == nil)
    }

    @Test(arguments: [("حسين", "Hassan"), ("سيفي", "Sophie"), ("مين", "Mona"), ("فضایی", "Fadi"), ("كريم", "Karam")])
    func aLongVowelTheLatinWordDoesNotSpellIsADifferentName(arabic: String, latin: String) {
        #expect(similarity(arabic, latin) == nil)
    }

    @Test func aSingleConsonantSaysLess() {
        #expect(similarity("محمود", "Mahmoud") == 0.90)
        #expect(similarity("سعيد", "Said") == 0.90)
        #expect(similarity("علی", "Ali") == 0.85)
    }

    @Test func aLatinQueryIsNotReadAgainstListedArabicScript() {
        #expect(similarity("Omar", "عمر") == nil)
    }

    @Test func wordsOfTheSameScriptAreNotCompared() {
        #expect(similarity("Omar", "Umar") == nil)
        #expect(similarity("عمر", "عمر") == nil)
    }

    @Test func digitsAreNoNameWord() {
        #expect(AbjadSkeleton.reading(ofLatin: Array("a320".utf8)) == nil)
    }

    @Test func anArabicNameMatchesItsListedRomanization() {
        let comparison = NameComparer().compare(query: "عمر محمود عثمان", listed: "UTHMAN, Omar Mahmoud", kind: .person)
        #expect(comparison.score >= 0.85)
        #expect(comparison.explanation?.tokenMatches.allSatisfy { $0.method == "consonant_skeleton" } == true)
    }

    @Test(arguments: ["Abdul", "Abdel", "Abdur", "Abd"])
    func theAbdParticleWrittenApartMatchesItsLatinForms(latin: String) {
        #expect(similarity("عبد", latin) != nil)
        let comparison = NameComparer().compare(query: "عبد اللطيف منصور", listed: "\(latin) Latif Mansur", kind: .person)
        #expect(comparison.score >= 0.85)
    }
}
