import Testing
@testable import WatchlistArticles

/// Corrections a text makes to a name it printed wrongly.
@Suite struct SpellingCorrectionTests {
    @Test func aCorrectionNoteGivesTheRightAndTheWrongName() {
        let sentence = #"The head of the colony is Natallia Ivanauna Sialiuk, not "Natalia Ivanovna Seliuk" as we originally wrote."#
        #expect(SpellingCorrection.correction(in: sentence) == SpellingCorrection(wrong: "Natalia Ivanovna Seliuk", right: "Natallia Ivanauna Sialiuk"))
    }

    @Test func aCorrectedNameReplacesTheMisspeltOneInTheExtraction() {
        let text = """
            Correction: we misspelled one name. The warden is **Aliaksei Ivanavich Zhuk**, not "Alexei Ivanovich Zhuk" as we originally wrote.

            The EU Council today listed the following officials:

            - **Alexei Ivanovich Zhuk**, warden of Penal Colony No. 9;
            - **Ihar Piatrovich Lapko**, a judge in Homiel.
            """
        #expect(extract(text, format: .markdown).entities.map(\.name) == ["Aliaksei Ivanavich Zhuk", "Ihar Piatrovich Lapko"])
    }

    @Test func aSentenceWithoutACorrectionCueCorrectsNothing() {
        #expect(SpellingCorrection.correction(in: "The party is Oleg Ivanov, not Ivan Olegov, the court found.") == nil)
    }
}
