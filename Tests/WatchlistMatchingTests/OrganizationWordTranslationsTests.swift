import Testing
@testable import WatchlistMatching

struct OrganizationWordTranslationsTests {
    private func meaning(_ word: String) -> Int? {
        let spellings = TextNormalizer().normalizedSpellings(of: word)
        return NameToken(text: spellings[0], original: word, role: .word, alternatives: Array(spellings.dropFirst()))
            .translationClass
    }

    @Test func noStemBelongsToTwoMeanings() {
        #expect(OrganizationWordTranslations.sharedStems.isEmpty)
    }

    @Test(arguments: [
        ("компания", "company"), ("компании", "companies"), ("КОМПАНИЯ", "Company"), ("медная", "copper"),
        ("металлургической", "metallurgical"), ("Московский", "Moscow"), ("кредитный", "credit"),
        ("завод", "plant"), ("заводы", "factory"), ("корпорации", "corporation"), ("Уральская", "Ural"),
        ("Российская", "Russian"), ("России", "Russia"), ("kampaniya", "company"), ("предприятие", "enterprise"),
        ("Сервис", "Service"), ("спутниковые", "satellite"), ("ПРИКЛАДНОЙ", "applied"), ("ФИЗИКИ", "physics"),
        ("гражданской", "civil"), ("Вооружение", "armament"), ("академика", "academician"), ("им", "named"),
        ("химии", "chemistry"), ("научно", "research"), ("опытно", "experimental"), ("специальное", "special"),
        ("центральный", "central"),
    ])
    func aWordAndItsTranslationShareAMeaningWhateverTheirInflection(word: String, translation: String) throws {
        let id = try #require(meaning(word))
        #expect(meaning(translation) == id)
    }

    @Test func anItalianSurnameWithTheKeyOfRussiaHasNoMeaning() {
        #expect(meaning("Rossi") == nil)
        #expect(meaning("Rossii") != nil)
        #expect(meaning("Rossii") == meaning("Russia"))
    }

    @Test(arguments: [
        ("شركة", "company"), ("شرکت", "Company"), ("للتجارة", "trading"), ("الصرافة", "exchange"),
        ("مؤسسة", "foundation"), ("گروه", "group"), ("البنك", "bank"), ("الدولية", "international"),
        ("الکترونیک", "electronics"), ("الاسلامية", "Islamic"), ("المقاتلة", "fighting"), ("الليبية", "Libyan"),
        ("زندان", "prison"), ("مكتب", "office"), ("الدفاع", "defence"), ("والشبكة", "network"), ("سپاه", "corps"),
    ])
    func anArabicScriptWordAndItsTranslationShareAMeaning(word: String, translation: String) throws {
        let id = try #require(meaning(word))
        #expect(meaning(translation) == id)
    }

    @Test func arabicScriptSpellingVariantsFoldToOneKey() {
        // Arabic and Persian letters, taa marbuta, the article and vowel marks.
        #expect(OrganizationWordTranslations.arabicScriptKey("شركة") == OrganizationWordTranslations.arabicScriptKey("شرکه"))
        #expect(OrganizationWordTranslations.arabicScriptKey("للتِّجارة") == "تجاره")
        #expect(OrganizationWordTranslations.arabicScriptKey("الله") == "الله")  // too short to lose its article
        #expect(OrganizationWordTranslations.arabicScriptKey("والجهاد") == "جهاد")  // and the
        #expect(OrganizationWordTranslations.arabicScriptKey("بالدم") == "بالدم")  // too short
    }

    @Test func anArabicNameOfAnArmedGroupMeetsItsEnglishListingWordForWord() {
        let comparison = NameComparer().compare(
            query: "الجماعة الاسلامية المقاتلة الليبية", listed: "LIBYAN ISLAMIC FIGHTING GROUP", kind: .organization)
        #expect(comparison.score >= 0.85)
        #expect(comparison.explanation?.tokenMatches.filter { $0.method == "translation" }.count == 4)
    }

    @Test func aPersianCompanyWordMeetsTheEnglishOneAndCountsLittleWhenTheListLacksIt() {
        let comparer = NameComparer()
        let translated = comparer.compare(query: "شرکت اوج پرواز مادو نفر", listed: "Oje Parvaz Mado Nafar Company", kind: .organization)
        #expect(translated.score >= 0.8)
        #expect(translated.explanation?.tokenMatches.first?.method == "translation")
        let without = comparer.compare(query: "شرکت بنیان دانش شرق", listed: "BONYAN DANESH SHARGH", kind: .organization)
        #expect(without.score >= 0.8)
    }

    @Test(arguments: ["Ivanov", "Portugal", "Miklashevich", "Sodruzhestvo", "Tehnolit", "محمد", "شرق"])
    func otherWordsHaveNoMeaning(word: String) {
        #expect(meaning(word) == nil)
    }

    @Test func aRussianCompanyNameMatchesItsEnglishListing() {
        let comparison = NameComparer().compare(query: "Русская медная компания", listed: "RUSSIAN COPPER COMPANY", kind: .organization)
        #expect(comparison.score >= 0.85)
        #expect(comparison.explanation?.tokenMatches.filter { $0.method == "translation" }.count == 3)
    }

    @Test(arguments: [
        ("OOO STANDART LAIN", "OOO STANDARD LINE"), ("ООО «Стандарт Лайн»", "STANDARD LINE LLC"),
        ("VTB LEASING", "AO VTB LIZING"), ("PSB BUSINESS", "OOO PSB BIZNES"), ("ABR MANAGEMENT", "AO ABR MENEDZHMENT"),
        ("KONKORD MANAGEMENT AND CONSULTING", "KONKORD MENEDZHMENT I KONSALTING"),
    ])
    func anEnglishWordARussianCompanyNameTransliteratesMeetsItsEnglishSpelling(query: String, listed: String) {
        let comparison = NameComparer().compare(query: query, listed: listed, kind: .organization)
        #expect(comparison.score >= 0.85)
        #expect(comparison.explanation?.unmatchedQuery.isEmpty == true)
    }

    @Test func aLoanwordAloneDoesNotMakeTwoCompaniesOne() {
        // `Business` and `Line` are generic enough; the names' own words must still agree.
        let comparison = NameComparer().compare(query: "OOO BIZNES LAIN", listed: "STANDARD LINE LLC", kind: .organization)
        #expect(comparison.score < 0.8)
    }

    @Test func jointStockAloneIsALegalForm() {
        let comparison = NameComparer().compare(
            query: "Межгосударственная акционерная корпорация «Вымпел»", listed: "Vympel Interstate Corporation", kind: .organization)
        #expect(comparison.score >= 0.85)
        #expect(comparison.explanation?.unmatchedQuery.isEmpty == true)
    }

    @Test func translationsNeverPairPartsOfPeoplesNames() {
        // `Moskva` is a surname as well as a city; in a person's name it is not translated.
        let comparison = NameComparer().compare(query: "Ivan Moskovskiy", listed: "Ivan Moscow", kind: .person)
        #expect(comparison.explanation?.tokenMatches.contains { $0.method == "translation" } != true)
    }
}
