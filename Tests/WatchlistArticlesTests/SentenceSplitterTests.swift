import Testing
import WatchlistArticles

struct SentenceSplitterTests {
    @Test func splitsSentencesAndKeepsTheirOffsets() {
        let text = "The U.S. sanctioned Plant SVT. Its director, V. Miklashevich, was also designated! Why?"
        let sentences = SentenceSplitter().sentences(in: text)
        #expect(sentences.map(\.text) == [
            "The U.S. sanctioned Plant SVT.",
            "Its director, V. Miklashevich, was also designated!",
            "Why?",
        ])
        for sentence in sentences {
            let characters = Array(text)
            #expect(String(characters[sentence.span]) == sentence.text)
        }
    }

    @Test func abbreviationsAndLegalFormsDoNotEndASentence() {
        let text = "Restrictions hit Acme Co. Ltd. and Beta Inc. on Monday. The list grew."
        #expect(SentenceSplitter().sentences(in: text).count == 2)
    }

    @Test func aLegalFormBeforeAQuantifierEndsASentence() {
        let text = "In 2024 it designated Sevan Cargo Group LLC. Several Russian customers were designated too."
        #expect(SentenceSplitter().sentences(in: text).map(\.text) == [
            "In 2024 it designated Sevan Cargo Group LLC.", "Several Russian customers were designated too.",
        ])
    }

    @Test func blankLineEndsAHeadline() {
        let text = "US sanctions Belarusian plant\n\nWashington acted on Wednesday."
        #expect(SentenceSplitter().sentences(in: text).map(\.text) == [
            "US sanctions Belarusian plant", "Washington acted on Wednesday.",
        ])
    }

    @Test func aLegalFormInParenthesesDoesNotEndASentence() {
        let text = "Commerce added Al-Madina Precision Engineering (Pvt.) Ltd. to the Entity List. It acted today."
        #expect(SentenceSplitter().sentences(in: text).count == 2)
    }

    @Test func shortLinesAfterALineAddingTheFollowingEntriesAreSentencesOfTheirOwn() {
        let text = """
            The following entries have been added to the Consolidated List:

            ABDULLAEVA, Nilufar Bakhtiyorovna
            GRIGORYAN, Armen Surenovich

            Wrapped prose after a blank line
            stays one sentence.
            """
        #expect(SentenceSplitter().sentences(in: text).map(\.text) == [
            "The following entries have been added to the Consolidated List:", "ABDULLAEVA, Nilufar Bakhtiyorovna",
            "GRIGORYAN, Armen Surenovich", "Wrapped prose after a blank line\nstays one sentence.",
        ])
    }
}
