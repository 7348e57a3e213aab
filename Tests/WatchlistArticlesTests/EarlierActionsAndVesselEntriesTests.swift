import Testing

@testable import WatchlistArticles

/// Parties "designated in earlier actions", "the bloc" as the EU removing a party, a leader named in the
/// description of a subject that faces sanctions, and a vessel's name in an entry of OFAC's layout, where the
/// vessel's type follows its name.
@Suite struct EarlierActionsAndVesselEntriesTests {
    @Test func partiesDesignatedInEarlierActionsAreNotDesignatedAgain() {
        let text = """
            WASHINGTON, March 4, 2025 - OFAC today sanctioned Sahel Crest General Trading L.L.C. The value reaches \
            Iran's Armed Forces General Staff (AFGS) and the Islamic Revolutionary Guard Corps-Qods Force (IRGC-QF), \
            both of which OFAC designated in earlier actions.
            """
        #expect(extract(text).entities.map(\.name) == ["Sahel Crest General Trading L.L.C."])
    }

    @Test func theBlocRemovingAPartyFromItsListDelistsIt() {
        let text = """
            BRUSSELS, March 18 (Reuters) - EU governments renewed the Russia sanctions list on Friday.

            The bloc formally removed Gennadiy Borisovich Lavrentyev, the former chief executive of a steelmaker, \
            from its sanctions list.
            """
        let extraction = extract(text)
        #expect(extraction.entities.isEmpty)
        #expect(extraction.delisted.map(\.name) == ["Gennadiy Borisovich Lavrentyev"])
    }

    @Test func theLeaderNamedInASubjectsDescriptionIsNotTheOneFacingSanctions() {
        let text = """
            KHARTOUM, Sudan (AP) — The fighting went on.

            The army, led by Abdel-Fattah Burhan, has also been accused of war crimes and now faces sanctions.
            """
        #expect(extract(text).entities.isEmpty)
    }

    @Test func aVesselEntryInCapitalsEndsBeforeTheVesselsTypeButKeepsAOneLetterWord() {
        let text = """
            The following vessels have been identified as blocked property:

            8. ASTERIA Crude Oil Tanker Panama flag; Vessel Registration Identification IMO 9231457 (vessel) [IRAN-EO13902].

            9. KARINA M (IMO 9318709), Liberia flag, product tanker.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["ASTERIA", "KARINA M"])
        #expect(entities.allSatisfy { $0.kind == .vessel })
    }
}
