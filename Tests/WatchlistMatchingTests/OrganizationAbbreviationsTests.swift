import Testing
import WatchlistCore
@testable import WatchlistMatching

struct OrganizationAbbreviationsTests {
    private let comparer = NameComparer()

    private func score(_ query: String, _ listed: String) -> Double {
        comparer.compare(query: query, listed: listed, kind: .organization).score
    }

    @Test func anAbbreviatedKindOfOrganizationMeetsItsWordsInEitherScript() {
        #expect(score("NPO Avrora", "JOINT STOCK COMPANY CONCERN AVRORA SCIENTIFIC AND PRODUCTION ASSOCIATION") >= 0.9)
        #expect(score("АО «Концерн «НПО «Аврора»", "JOINT STOCK COMPANY CONCERN AVRORA SCIENTIFIC AND PRODUCTION ASSOCIATION") >= 0.9)
        #expect(score("OKB Yakovlev", "JOINT STOCK COMPANY EXPERIMENTAL DESIGN BUREAU NAMED AFTER A.S. YAKOVLEV") >= 0.9)
        #expect(score("Research and Production Association Splav", "NPO SPLAV") >= 0.85)
        #expect(score("Научно-производственное объединение Сплав", "NPO SPLAV") >= 0.9)
    }

    @Test func anAbbreviationStillMeetsItselfHoweverItIsCapitalized() {
        #expect(score("Npo Splav", "NPO SPLAV") == 1)
        #expect(score("NII Okai", "NII OKAI") == 1)
    }

    @Test func theAbbreviationAloneIsNoName() {
        // Only generic words are left, and they do not make a match on their own.
        #expect(score("NPO", "JOINT STOCK COMPANY CONCERN AVRORA SCIENTIFIC AND PRODUCTION ASSOCIATION") < 0.8)
        #expect(score("NPO Granit", "NPO SPLAV") < 0.8)
    }

    @Test func aGaGivenNameIsNoAbbreviation() {
        #expect(OrganizationAbbreviations.expansion(of: "nii", original: "Nii") == nil)
        #expect(OrganizationAbbreviations.expansion(of: "nii", original: "НИИ") == ["scientific", "research", "institute"])
        #expect(OrganizationAbbreviations.expansion(of: "kb", original: "KB") == nil)
        #expect(OrganizationAbbreviations.expansion(of: "kb", original: "КБ") == ["design", "bureau"])
        // A listed person's name keeps the word; an organization's reads it.
        let tokenizer = NameTokenizer()
        #expect(tokenizer.tokens(of: EntityName("NII OKAI, Samuel", kind: .primary), reading: .person).map(\.text) == ["nii", "okai", "samuel"])
        #expect(tokenizer.tokens(of: EntityName("NII POLYUS", kind: .primary), reading: .organization).map(\.text)
            == ["scientific", "research", "institute", "polyus"])
    }
}
