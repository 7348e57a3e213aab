import Testing
@testable import WatchlistArticles

/// Annex entries in the layouts of the Official Journal and of SECO, wire FACTBOX sections, the UK's
/// specified ships, and earlier actions a text recalls.
@Suite struct AnnexEntryTests {
    @Test func anOfficialJournalEntryIsItsNumberThenTheNameThenTheOriginalScriptAndAliases() {
        let text = """
            I. The following persons and entities are added to the list of natural and legal persons, entities
            and bodies set out in Annex I to Regulation (EU) No 269/2014:

            A. Natural persons

            2348.
            Yelena Borisovna SHCHERBAKOVA
            (Елена Борисовна ЩЕРБАКОВА)
            a.k.a. Elena Borisovna SHCHERBAKOVA
            DOB: 9.10.1976
            Nationality: Russian
            Yelena Borisovna SHCHERBAKOVA is the so-called 'Minister of Education' of the so-called 'Luhansk
            People's Republic'.
            16.6.2025

            331.
            Joint Stock Company 'Sibelektroprivod'
            Address: Novosibirsk, Russian Federation
            Tax ID: 5402117384
            It manufactures servo drives for cruise missiles.
            16.6.2025

            II. The entry concerning the following person in the list set out in Annex I is replaced by the
            following entry:

            1452.
            Pavel Konstantinovich ZUYEV
            DOB: 5.7.1966
            Pavel Konstantinovich ZUYEV is the Deputy Head of the Federal Agency for State Reserves.
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["Yelena Borisovna SHCHERBAKOVA", "Joint Stock Company 'Sibelektroprivod'"])
        #expect(extraction.entities.map(\.kind) == [.person, .organization])
        #expect(extraction.entities.first?.aliases == ["Елена Борисовна ЩЕРБАКОВА", "Elena Borisovna SHCHERBAKOVA"])
    }

    @Test func aRecordNumberedOnTheLineBeforeItsNameGivesOtherNamesAsAliases() {
        let text = """
            Three natural persons are added to Annex 8 and their funds are frozen.

            SSID: 200-13022
            Name: Oksana Mikhailovna Belozerova
            Other names: Oxana Mikhailovna Belozerova
            DOB: 02.02.1981

            SSID: 200-13024
            Name: Limited Liability Company "Promtekhkomplekt"
            Other names: OOO Promtekhkomplekt; Promtechcomplect LLC
            Address: Chelyabinsk, Russian Federation
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["Oksana Mikhailovna Belozerova", "Limited Liability Company \"Promtekhkomplekt\""])
        #expect(extraction.entities.first?.aliases == ["Oxana Mikhailovna Belozerova"])
        #expect(extraction.entities.last?.aliases == ["OOO Promtekhkomplekt", "Promtechcomplect LLC"])
    }

    @Test func aFactboxItemsNameEndsAtTheDashAndItsSectionsAreNoParties() {
        let text = """
            European Union governments on Friday signed off on a new package of sanctions against Russia, adding two companies and one person to the bloc's blacklists.

            ### ENERGY TRADERS

            * **Sinar Energy Pte. Ltd.** - Singapore company that provides trade finance for shadow-fleet cargoes.
            * **Volga Crude Trading DMCC** - Dubai-registered trader. Asset freeze.

            ### INDIVIDUALS

            * **Kim Chol-ho** - Colonel General, deputy director of the munitions department.

            ### WHO WAS SPARED

            * **Severnaya Neft Trading** - the Moscow oil trader was named in the original draft but was dropped.
            """
        let extraction = extract(text, format: .markdown)
        #expect(extraction.entities.map(\.name) == ["Sinar Energy Pte. Ltd.", "Volga Crude Trading DMCC", "Kim Chol-ho"])
    }

    @Test func aDigitalCurrencyAddressInAnEntryIsNoParty() {
        let text = """
            OFAC designated Arktos Exchange LLC on Tuesday. The SDN entry includes digital currency addresses. Among them:

              - Bitcoin: bc1q9h6ytw4r8k2v0m3x5j7nqz8c4dfe2glp0s6ua3 — attributed to the exchange's founder
            """
        #expect(extract(text).entities.map(\.name) == ["Arktos Exchange LLC"])
    }

    @Test func anEarlierActionRecalledByItsMonthOrRoundOrADateAfterTheDescriptionIsNoDesignation() {
        let text = """
            July 22, 2025 - OFAC designated Arktos Exchange LLC on Tuesday. ArktosX grew after Treasury sanctioned
            Vostokex, the Moscow-based exchange that had dominated the market, in April 2024. The measures build on the
            Government's February decision to sanction Tekhnoprom-Zapad LLC. "In previous rounds we have sanctioned
            North Korean generals, including Lieutenant General Jo Kyong-chol," the minister said.
            """
        #expect(extract(text).entities.map(\.name) == ["Arktos Exchange LLC"])
    }

    @Test func aShipTheUKSpecifiesIsDesignatedButAsSpecifiedIsNoTrigger() {
        let text = """
            The UK also specified the crude tanker BALTIC ORCHID (IMO 9312451), which may now be denied entry to UK ports.
            Vessels carrying cargo as specified in Annex II, such as the tanker NORD STAR, may be inspected.
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["BALTIC ORCHID"])
        #expect(extraction.entities.first?.kind == .vessel)
        #expect(extraction.entities.first?.identifiers == ["IMO 9312451"])
    }
}
