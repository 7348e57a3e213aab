import Testing
import WatchlistCore
@testable import WatchlistMatching

struct NameTokenizerTests {
    private func roles(_ text: String, _ reading: NameTokenizer.Reading = .organization) -> [String] {
        NameTokenizer().tokens(of: text, reading: reading).map { "\($0.text):\($0.role.rawValue)" }
    }

    @Test func marksMultiWordLegalFormsAndGenericWords() {
        #expect(roles("LIMITED LIABILITY COMPANY BAZTUBE") == [
            "limited:legal_form", "liability:legal_form", "company:legal_form", "baztube:word",
        ])
        #expect(roles("PRODUCTION UNITARY ENTERPRISE PLANT SVT") == [
            "production:generic_word", "unitary:generic_word", "enterprise:generic_word", "plant:generic_word",
            "svt:word",
        ])
    }

    @Test func nameOfOnlyGenericWordsKeepsThemDistinctive() {
        #expect(roles("Trading Company LLC") == ["trading:word", "company:word", "llc:legal_form"])
    }

    @Test func personNamesAreNotReadForLegalForms() {
        #expect(roles("Ao Ltd", .person) == ["ao:word", "ltd:word"])
    }

    @Test func personNamePartsGiveFamilyAndGivenRoles() {
        let name = EntityName(
            "MIKLASHEVICH, Valyantsin Alfredavich", kind: .primary,
            parts: [NamePart(.given, "Valyantsin Alfredavich"), NamePart(.family, "MIKLASHEVICH")])
        let tokens = NameTokenizer().tokens(of: name, reading: .person)
        #expect(tokens.map(\.role) == [.given, .given, .family])
    }
}

struct PatronymicTests {
    let tokenizer = NameTokenizer()

    @Test func aPatronymicAfterAGivenNameCountsLittle() {
        let roles = tokenizer.tokens(of: "Valyantsin Alfredavich MIKLASHEVICH", reading: .person).map(\.role)
        #expect(roles == [.word, .patronymic, .word])
        #expect(tokenizer.tokens(of: "Песков Дмитрий Николаевич", reading: .person).map(\.role) == [.word, .word, .patronymic])
    }

    @Test func aSurnameWithAPatronymicEndingStaysASurname() {
        #expect(tokenizer.tokens(of: "MIKLASHEVICH Valyantsin Alfredavich", reading: .person).map(\.role)
            == [.word, .word, .patronymic])
        #expect(tokenizer.tokens(of: "Valyantsin Miklashevich", reading: .person).map(\.role) == [.word, .word])
    }

    @Test func aQueryWithAPatronymicFindsAListingWithout() {
        let comparison = NameComparer().compare(query: "Евгений Евгеньевич Поддубный", listed: "Evgeny Poddubny", kind: .person)
        #expect(comparison.score >= 0.8)
    }

    @Test func aKnownNamesPatronymicLastNeedsNoKnownGivenNameBeforeIt() {
        #expect(tokenizer.tokens(of: "Нурбагандов Нурбаганд Магомедович", reading: .person).map(\.role) == [.word, .word, .patronymic])
        #expect(NameComparer().compare(query: "Нурбагандов Нурбаганд Магомедович", listed: "Nurbagand Nurbagandov", kind: .person).score >= 0.8)
        // Not a surname in the middle: `Petrovich` after an unknown word and before another stays a word.
        #expect(tokenizer.tokens(of: "Kalem Petrovich Zorbas", reading: .person).map(\.role) == [.word, .word, .word])
        // Nor last after a patronymic: `Петрович` is the surname of `Виктор Юрьевич Петрович`.
        #expect(tokenizer.tokens(of: "Виктор Юрьевич Петрович", reading: .person).map(\.role) == [.word, .patronymic, .word])
    }

    @Test func aWomansPatronymicNeedsNoKnownGivenNameBeforeIt() {
        #expect(tokenizer.tokens(of: "Валерия Павловна Калабаева", reading: .person).map(\.role) == [.word, .patronymic, .word])
        #expect(NameComparer().compare(query: "Валерия Павловна Калабаева", listed: "KALABAYEVA, Valeriya", kind: .person).score >= 0.8)
    }
}

struct LegalFormSpellingTests {
    let tokenizer = NameTokenizer()

    @Test func aLegalFormIsFoundWhicheverRomanizationSpellsIt() {
        let roles = tokenizer.tokens(of: "Акционерное общество Микрон", reading: .organization).map(\.role)
        #expect(roles == [.legalForm, .legalForm, .word])
        #expect(tokenizer.tokens(of: "OBSHCHESTVO S OGRANICHENNOJ OTVETSTVENNOSTYU KARST", reading: .organization).map(\.role)
            == [.legalForm, .legalForm, .legalForm, .legalForm, .word])
    }

    @Test func aStateEnterprisesLongLegalFormIsDroppedInCyrillicAndInEnglish() {
        #expect(tokenizer.tokens(of: "Федеральное казенное предприятие Пороховой завод", reading: .organization).map(\.role)
            == [.legalForm, .legalForm, .legalForm, .word, .genericWord])
        #expect(tokenizer.tokens(of: "FEDERAL STATE UNITARY ENTERPRISE NUCLEAR CENTER", reading: .organization).map(\.role)
            == [.legalForm, .legalForm, .legalForm, .legalForm, .word, .genericWord])
        let score = NameComparer().compare(
            query: "Федеральное казенное предприятие «Казанский государственный казенный пороховой завод»",
            listed: "KAZANSKII GOSUDARSTVENNYI KAZENNYI POROKHOVOI ZAVOD", kind: .organization
        ).score
        #expect(score >= 0.9)
    }

    @Test func aPersianLegalFormIsDropped() {
        #expect(tokenizer.tokens(of: "شرکت کاوان الکترونیک بهراد با مسئولیت محدود", reading: .organization).map(\.role).suffix(3)
            == [.legalForm, .legalForm, .legalForm])
        let score = NameComparer().compare(
            query: "شرکت کاوان الکترونیک بهراد با مسئولیت محدود", listed: "KAVAN ELECTRONICS BEHRAD LIMITED LIABILITY COMPANY",
            kind: .organization
        ).score
        #expect(score >= 0.8)
    }

    @Test func aShortWordIsNoLegalFormJustBecauseItsKeyIs() {
        // `soo` and `SOOO` (a Belarusian legal form) share the key `so`.
        #expect(tokenizer.tokens(of: "Hong Kyung soo", reading: .organization).map(\.role) == [.word, .word, .word])
    }
}

struct NamedAfterTests {
    private func score(_ query: String, _ listed: String) -> Double {
        NameComparer().compare(query: query, listed: listed, kind: .organization).score
    }

    @Test func theInitialsOfThePersonAnOrganizationIsNamedAfterCountLittle() {
        let tokens = NameTokenizer().tokens(of: "Завод имени Я.М. Свердлова", reading: .organization)
        #expect(tokens.map(\.role) == [.genericWord, .genericWord, .genericWord, .word])
    }

    @Test func theSurnameAfterImeniAlsoReadsInTheNominative() {
        #expect(score("Акционерное общество «Авиаавтоматика» имени В.В .Тарасова", "AVIAAVTOMATIKA NAMED AFTER V. TARASOV JSC") >= 0.8)
        #expect(score("ОАО УралВагонЗавод имени Ф.Э. Дзержинского", "URALVAGONZAVOD NAMED AFTER F.E. DZERZHINSKY OAO") >= 0.9)
        // Only after `имени`: elsewhere `Иванова` is a woman's surname.
        #expect(score("Иванова", "IVANOV") < score("имени Иванова", "NAMED AFTER IVANOV"))
    }
}
