import Testing
@testable import WatchlistArticles

/// Ways a notice says that a party was taken off a list, and a designating verb that takes no object.
@Suite struct DelistingPhrasingTests {
    @Test func twoNamesWithTheirCyrillicSpellingsAreBothRemoved() {
        let text = "The EAER also removed two natural persons from Annex 8: Inna Petrovna Sokolova (Инна Петровна Соколова) and Boris Ilyich Galkin (Борис Ильич Галкин)."
        #expect(extract(text).delisted.map(\.name) == ["Inna Petrovna Sokolova", "Boris Ilyich Galkin"])
    }

    @Test func aPersonDeletedFromAnAnnexIsDelisted() {
        let text = "In the same amendment, Bern deleted one person from Annex 8: Arkady Semyonovich Lvov, a former deputy governor whose death was confirmed."
        #expect(extract(text).delisted.map(\.name) == ["Arkady Semyonovich Lvov"])
        #expect(extract(text).entities.isEmpty)
    }

    @Test func aDashBeforeRemovedStandsForTheAuxiliary() {
        let text = "Entry 981: Zoya Fedorovna Kalinina — removed from Annex 8 following the decision of the EU not to renew her listing."
        #expect(extract(text).delisted.map(\.name) == ["Zoya Fedorovna Kalinina"])
    }

    @Test func aVerbClosingARelativeClauseTakesNoObject() {
        let text = "They are uninsured and unaccountable. Each one we designate is another barrel Lukashenko cannot sell at full price."
        #expect(extract(text).entities.isEmpty)
    }

    @Test func aNegationInAnOpeningPhraseDoesNotDenyTheRemoval() {
        let text = "In an action with no accompanying press release, OFAC this week deleted Bosfor Denizcilik A.S. and its chairman Murat Ozkan from the SDN List."
        #expect(extract(text).delisted.map(\.name) == ["Bosfor Denizcilik A.S.", "Murat Ozkan"])
        #expect(extract("BIS did not, however, move against Rongda Electronics Co., Ltd. this week.").entities.isEmpty)
    }

    @Test func aRemovalAfterACountEndsTheCountAndIsNoHeading() {
        let text = """
            Canada today imposed sanctions on three individuals under the Special Economic Measures (Russia) Regulations.

            Arkady Borisovich Telyatnikov is the general director of a drone plant. Ildar Rinatovich Sabirov oversees its production.

            The amendments also remove one individual from Schedule 1. Viktor Semyonovich Pankratov, a Russian citizen, applied for removal under section 8 of the Regulations.
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["Arkady Borisovich Telyatnikov", "Ildar Rinatovich Sabirov"])
    }
}
