import Testing
@testable import WatchlistArticles

/// How lists of parties are laid out in official notices: annexes, kind headings with colons, numbered
/// items with indented or inline identifying fields; and the sentences around them.
struct ListLayoutTests {
    @Test func anAnnexOfAssetFreezesListsItsNumberedItemsWithoutTheirFieldLines() {
        let text = """
            Annex 1: Individuals and entities subject to measures to freeze assets

            Individuals (2 individuals)

            (1) Oleg Vitalyevich Dyachenko
                Date of birth: 11 October 1966
                Position: General Director

            (2) Ruslan Magomedovich Alikhanov
                Date of birth: 3 February 1981

            Entities (1 entity)

            (1) Joint Stock Company "Kazanskoye Opticheskoye Obyedineniye"
                Address: 37 Lipatova Street, Kazan
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == [
            "Oleg Vitalyevich Dyachenko", "Ruslan Magomedovich Alikhanov", "Joint Stock Company Kazanskoye Opticheskoye Obyedineniye",
        ])
        #expect(entities.map(\.kind) == [.person, .person, .organization])
    }

    @Test func aKindHeadingEndingInAColonKeepsTheListOpen() {
        let text = """
            The following entries have been added to OFAC's SDN List:

            Individuals:

            ZOTOVA, Marina Igorevna, DOB 27 Jan 1985; nationality Russia (individual) [RUSSIA-EO14024].

            Entities:

            SEVERTRANS SHIPPING FZE, Hamriyah Free Zone, Sharjah, United Arab Emirates; Registration Number 21548 (United Arab Emirates) [RUSSIA-EO14024].
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Marina Igorevna ZOTOVA", "SEVERTRANS SHIPPING FZE"])
        #expect(entities.map(\.kind) == [.person, .organization])
    }

    @Test func anSDNStyleItemEndsBeforeItsIdentifyingFieldsAndAddress() {
        let text = """
            OFAC is designating the following:

            1. Khalil Ibrahim al-Sayyid (a.k.a. Khalil al-Sayed); DOB 14 Mar 1971; POB Tyre, Lebanon; nationality Lebanon; Gender Male (individual) [SDGT].

            2. Sahil al-Rahma General Trading L.L.C. (a.k.a. Rahma Coast Trading), Office 14, Al Qasimia, Sharjah, United Arab Emirates [SDGT].

            3. Kuzey Deniz Lojistik Ticaret Limited Sirketi, Ambarli Mahallesi, Avcilar, Istanbul, Turkiye [SDGT].
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == [
            "Khalil Ibrahim al-Sayyid", "Sahil al-Rahma General Trading L.L.C.", "Kuzey Deniz Lojistik Ticaret Limited Sirketi",
        ])
        #expect(entities.first?.aliases == ["Khalil al-Sayed"])
    }

    @Test func thoseTakenOffTheListAreDelisted() {
        let text = """
            Those taken off the list are:

            - Arkadiy Semyonovich Vaynshteyn, a former shareholder of a construction group;
            - OOO Priokskiy Agroholding, a grain producer in the Ryazan region.
            """
        let extraction = extract(text)
        #expect(extraction.entities.isEmpty)
        #expect(extraction.delisted.map(\.name) == ["Arkadiy Semyonovich Vaynshteyn", "OOO Priokskiy Agroholding"])
    }

    @Test func aTableCellWithTheFormerNameAndIMONumberGivesTheVesselAlone() {
        let text = """
            The State Department today designated the following parties:

            | Name | Type | Role |
            |---|---|---|
            | Bright Lotus Maritime Limited | Company | Registered owner |
            | CELESTIA (ex-NOVA SPIRIT), IMO 9233741 | Vessel | Carried the cargoes |
            """
        let entities = extract(text, format: .markdown).entities
        #expect(entities.map(\.name) == ["Bright Lotus Maritime Limited", "CELESTIA"])
        #expect(entities.last?.aliases == ["NOVA SPIRIT"])
        #expect(entities.last?.identifiers == ["IMO 9233741"])
        #expect(entities.last?.kind == .vessel)
    }

    @Test func aNoticeListsNamesSurnameFirstAndAmendedEntriesAreNotNew() {
        let text = """
            FINANCIAL SANCTIONS NOTICE

            1. Following the publication of the UK Sanctions List by the Foreign, Commonwealth and Development Office \
            (FCDO), two individuals have been added to the Consolidated List and are now subject to an asset freeze.

            3. The following entries have been added to the Consolidated List and are now subject to an asset freeze:

            ABDULLAEVA, Nilufar Bakhtiyorovna
            GRIGORYAN, Armen Surenovich

            4. The following entry on the Consolidated List has been amended but remains subject to an asset freeze:

            VOLKOV, Igor Stanislavovich (Group ID: 15512)

            The Russia (Sanctions) (EU Exit) Regulations 2019 apply.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Nilufar Bakhtiyorovna ABDULLAEVA", "Armen Surenovich GRIGORYAN"])
        #expect(entities.allSatisfy { $0.kind == .person && $0.authority == "UK" })
    }

    @Test func namesNowSubjectToAnAssetFreezeBeforeAListAreDesignated() {
        let text = """
            Three new names are now subject to the Swiss asset freeze and, for the individual, the entry ban:

            1. **Konstantin Eduardovich Bragin** — a Russian national;
            2. **OOO "Severny Potok Logistik"** (also rendered *Severny Potok Logistics LLC*) — a freight company.

            Natural persons are additionally subject to a travel ban.
            """
        let entities = extract(text, format: .markdown).entities
        #expect(entities.map(\.name) == ["Konstantin Eduardovich Bragin", "OOO Severny Potok Logistik"])
    }

    @Test func theEntitiesRemovedFromTheListAreDelistedThoughEachWasListedBefore() {
        let text = """
            The three entities removed from the Consolidated List are:

              * Baltic Bulk Carriers Pte. Ltd., a Singapore-incorporated dry bulk operator, listed in 2023;
              * JSC Rostov Grain Terminal (also known as RGT), a port operator, listed in 2022.
            """
        let extraction = extract(text)
        #expect(extraction.entities.isEmpty)
        #expect(extraction.delisted.map(\.name) == ["Baltic Bulk Carriers Pte. Ltd.", "JSC Rostov Grain Terminal"])
    }

    @Test func partiesNoLongerSubjectToTheMeasuresAreDelisted() {
        let text = """
            As a result, Abd al-Salam Faraj Ali al-Mahdawi and Al-Waha Maritime and Fuel Services Company are no longer \
            subject to the assets freeze and travel ban measures.
            """
        let extraction = extract(text)
        #expect(extraction.entities.isEmpty)
        #expect(extraction.delisted.map(\.name) == ["Abd al-Salam Faraj Ali al-Mahdawi", "Al-Waha Maritime and Fuel Services Company"])
    }

    @Test func aPartyReportedListedAfterThatIsTheSubjectNotTheSpeaker() {
        let text = """
            The Minister for Foreign Affairs announced on Thursday that Andisheh Pardazan Sepehr Company had been listed \
            under the Autonomous Sanctions Regulations 2011.
            """
        #expect(extract(text).entities.map(\.name) == ["Andisheh Pardazan Sepehr Company"])
    }

    @Test func theSwissStateSecretariatIsTheAuthorityNotAParty() {
        let text = """
            Switzerland has added two companies to its sanctions list, the State Secretariat for Economic Affairs said: \
            Priokskiy Agro and Volga Steel.
            """
        let entities = extract(text).entities
        #expect(!entities.contains { $0.name.contains("Secretariat") })
        #expect(entities.allSatisfy { $0.authority == "Switzerland" })
    }
}
