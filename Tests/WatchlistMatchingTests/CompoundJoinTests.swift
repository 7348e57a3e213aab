import Testing
import WatchlistCore
@testable import WatchlistMatching

struct CompoundJoinTests {
    let comparer = NameComparer()

    @Test(arguments: [
        ("Petro Chem Trading", "PETROCHEM TRADING"),
        ("Belarus Rezino Tekhnika", "BELARUSREZINOTECHNIKA"),  // joined, and kh ~ ch by romanization key
        ("Al Haramain Foundation", "ALHARAMAIN FOUNDATION"),
    ])
    func wordsWrittenApartMatchTheWordTheListWritesWhole(query: String, listed: String) {
        let comparison = comparer.compare(query: query, listed: listed, kind: .organization)
        #expect(comparison.score >= 0.9)
        #expect(comparison.explanation?.tokenMatches.first?.method == "compound")
    }

    @Test(arguments: [
        ("Gholamhossein Esmaili", "Gholam-Hossein ESMAILI", EntityKind.person),
        ("ALHARAMEIN FOUNDATION", "AL-HARAMAIN FOUNDATION", .organization),  // a particle joins its word
        ("غلامحسین اسماعیلی", "Gholam-Hossein ESMAILI", .person),
        ("محمدرضا قرایی آشتیانی", "Mohammad Reza QARA'I-ASHTIANI", .person),
    ])
    func aWordWrittenWholeMatchesTheWordsTheListWritesApart(query: String, listed: String, kind: EntityKind) {
        let comparison = comparer.compare(query: query, listed: listed, kind: kind)
        #expect(comparison.score >= 0.85)
        #expect(comparison.explanation?.tokenMatches.filter { $0.method == "compound" }.count == 2)
    }

    @Test func aListedJoinNeedsACloseSpellingNotALooseLikeness() {
        // `barrerarios` has the consonants of `BARROS`; `wamyamuro` those of `عمر`: neither is the same word.
        #expect(comparer.compare(query: "Vitória BARROS", listed: "BARRERA RIOS, Victoria Eugenia", kind: .person).score < 0.8)
        #expect(comparer.compare(query: "عمر النجار", listed: "NGARUYE WA MYAMURO, Baudoin", kind: .person).score < 0.8)
        // Words of different parts of a person's name are not joined: a given name and the surname after it.
        let name = PreparedName(
            entityIndex: 0, nameIndex: 0, name: EntityName("ALI, Hassan Reza", kind: .primary, parts: [
                NamePart(.family, "ALI"), NamePart(.given, "Hassan Reza"),
            ]), reading: .person, tokenizer: NameTokenizer())
        #expect(name.joins.map(\.text) == ["hassanreza"])
    }

    @Test func aParticleOfAListedSurnameJoinsTheWordAfterIt() {
        // OFAC's `EL HASSAN, Gaffar Mohmed`, queried as DFAT writes it.
        let listed = EntityName("EL HASSAN, Gaffar Mohmed", kind: .primary, parts: [
            NamePart(.family, "EL HASSAN"), NamePart(.given, "Gaffar Mohmed"),
        ])
        let name = PreparedName(entityIndex: 0, nameIndex: 0, name: listed, reading: .person, tokenizer: NameTokenizer())
        #expect(name.joins.map(\.text).contains("elhassan"))
        let entity = Entity(id: .ofac(uid: "9620"), kind: .person, names: [listed])
        let matches = WatchlistMatcher(entities: [entity]).matches(for: ScreeningQuery(name: "Gaffar Mohmed Elhassan"))
        #expect(matches.first.map { $0.score >= 0.95 } == true)
    }

    @Test(arguments: [("حسن حسن‌زاده", "Hassan HASSANZADEH"), ("حسین رجب پور", "Hossein RAJABPOUR")])
    func wordsInArabicScriptWrittenApartMatchTheWordTheListWritesWhole(query: String, listed: String) {
        let comparison = comparer.compare(query: query, listed: listed, kind: .person)
        #expect(comparison.score >= 0.85)
        #expect(comparison.explanation?.tokenMatches.filter { $0.method == "compound" }.count == 2)
    }

    @Test func aChineseNameInCharactersMatchesItsPinyin() {
        #expect(TextNormalizer().words(in: "赵光宗", splittingChinese: true).map(\.normalized) == ["zhao", "guang", "zong"])
        let comparison = comparer.compare(query: "赵光宗", listed: "ZHAO, Guangzong", kind: .person)
        #expect(comparison.score >= 0.95)
        #expect(comparison.explanation?.tokenMatches.map(\.method) == ["exact", "compound", "compound"])
    }

    @Test func aChineseOrganizationNameIsCutAtItsTermsNotIntoSyllables() {
        // Thirteen characters: syllable by syllable, `Dong Hua` would match two of them. Cut at its terms
        // (`ChineseOrganizationTerms`), the name and the place before it stay one word.
        #expect(TextNormalizer().words(in: "金华市海润动力科技有限公司", splittingChinese: true).map(\.original) == ["金华市海润动力", "科技", "有限公司"])
        #expect(comparer.compare(query: "Dong Hua", listed: "金华市海润动力科技有限公司", kind: .organization).score < 0.8)
    }

    @Test func aListedChineseNameStaysWholeAndMeetsTheQuerySyllablesJoined() {
        // Listed whole, `董勒成` is not matched by a query holding two of its three syllables.
        #expect(TextNormalizer().words(in: "董勒成").count == 1)
        #expect(comparer.compare(query: "Dong Lei", listed: "董勒成", kind: .person).score < 0.8)
        #expect(comparer.compare(query: "董勒成", listed: "董勒成", kind: .person).score == 1)
    }

    @Test func aChineseSyllableMatchesOnlyBySpelling() {
        // `Guiying` is not `光` (guang) by edit distance or skeleton: one character stands for many words.
        #expect(comparer.compare(query: "Zhao Guiying", listed: "赵光宗", kind: .person).score < 0.8)
    }

    @Test func aJoinNeverLowersAScore() {
        // "Kvand IS" pairs word by word; its join "kvandis" spells nothing listed.
        #expect(comparer.compare(query: "Kvand IS", listed: "KVAND IS OOO", kind: .organization).score >= 0.95)
    }

    @Test func shortJoinsLegalFormsAndInitialsAreNotJoined() {
        let tokens = NameTokenizer().tokens(of: "Al Ko V Tekhnolit OOO", reading: .person)
        let organization = NameTokenizer().organizationRoles(tokens).map(\.role)
        let joins = CompoundJoin.joins(of: tokens, organizationRoles: organization)
        let joined = joins.map { String(decoding: $0.bytes, as: UTF8.self) }
        #expect(!joined.contains("alko"))  // five letters: too short to be a word of its own
        #expect(!joined.contains { $0.contains("ooo") })  // a legal form
        #expect(!joined.contains { $0.hasPrefix("v") || $0.hasSuffix("v") })  // an initial
    }

    @Test(arguments: ["XING, Hua", "Xing; Hua", "邢，华"])
    func wordsAreNotJoinedAcrossAComma(query: String) {
        // "Surname, given name": the two words are two parts of a person's name, not one company word.
        let tokens = NameTokenizer().tokens(of: query, reading: .person)
        #expect(tokens.map(\.startsClause) == [false, true])
        #expect(CompoundJoin.joins(of: tokens, organizationRoles: tokens.map(\.role)).isEmpty)
        #expect(comparer.compare(query: query, listed: "XINGHUA CO., LIMITED", kind: .organization).score < 0.8)
        #expect(comparer.compare(query: "Xing Hua", listed: "XINGHUA CO., LIMITED", kind: .organization).score >= 0.9)
    }

    @Test func aJoinedWordIsFoundThroughTheIndex() throws {
        let matcher = WatchlistMatcher(entities: [
            Entity(id: .ofac(uid: "1"), kind: .organization, names: [EntityName("PETROCHEM TRADING", kind: .primary)]),
        ])
        let match = try #require(matcher.matches(for: ScreeningQuery(name: "Petro Chem")).first)
        #expect(match.score >= 0.9)
    }
}
