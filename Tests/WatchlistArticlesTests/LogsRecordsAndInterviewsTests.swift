import Testing
import WatchlistCore
@testable import WatchlistArticles

/// Layouts of series ad: a sanctions tracker's pipe-delimited export with dated rows, Japan's End User List
/// revision (bare entry numbers, bracketed country headings, "Company or Organization:" fields), an
/// interview in which an official counts the targets and then names them, and the wordings around them
/// ("which also operates as", "Also designated by Treasury were", Spanish ranks, "of Ajman", "placed X ... on
/// its list", China's "countermeasures"), hedges in a clause joined before the trigger's, and the dated past
/// of a year in review and of a timeline's section titles.
@Suite struct LogsRecordsAndInterviewsTests {
    @Test func aTrackerLogsRowsOfItsNewestDateAreTheNewsAndOlderRowsContext() {
        let text = """
            DAILY DESIGNATIONS EXPORT

            The rows dated 2025-05-20 below are new; older rows are kept for context only.

            DATE       | AUTHORITY         | NAME                                    | TYPE       | PROGRAM
            -----------+-------------------+-----------------------------------------+------------+----------------
            2025-05-20 | OFAC              | Rostov Marine Bunkering LLC             | Entity     | RUSSIA-EO14024
            2025-05-20 | UK (FCDO)         | Anatoly Fyodorovich Sinitsyn            | Individual | Russia
            2025-05-20 | OFAC              | Darya Khazar Shipping Company           | Entity     | IRAN [REMOVED]
            2025-05-19 | OFAC              | Harbin Northstar Optics Co., Ltd.       | Entity     | RUSSIA-EO14024
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["Rostov Marine Bunkering LLC", "Anatoly Fyodorovich Sinitsyn"])
        #expect(extraction.entities.map(\.kind) == [.organization, .person])
        #expect(extraction.entities.map(\.authority) == ["US Treasury", "UK"])
        #expect(extraction.delisted.map(\.name) == ["Darya Khazar Shipping Company"])
    }

    @Test func aTableWithoutDatesNeedsADesignatingSentence() {
        let text = """
            The companies below were mentioned at the conference.

            NAME                         | TYPE   | PROGRAM
            -----------------------------+--------+--------
            Rostov Marine Bunkering LLC  | Entity | RUSSIA
            """
        #expect(extract(text).entities.isEmpty)
    }

    @Test func recordsUnderBracketedHeadingsWithBareEntryNumbersAreReadWhole() {
        let text = """
            The following entities have been added to the End User List.

            [China]
            No. 750
              Company or Organization: Chengdu Tianrui Aerospace Materials Co., Ltd.
              Also Known As: Tianrui Aero Materials; Chengdu TRAM
              Type of WMD: Missile

            No. 751
              Company or Organization: Hunan Zhongke Precision Machining Co., Ltd.
              Also Known As: -
              Type of WMD: Nuclear

            The following entities have been deleted from the End User List.

            [Iran]
            Former No. 467
              Company or Organization: Tehran Precision Bearing Manufacturing Company
              Also Known As: TPBM Co.

            Former No. 468
              Company or Organization: Pars Bearing Trading Company
              Also Known As: -
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["Chengdu Tianrui Aerospace Materials Co., Ltd.", "Hunan Zhongke Precision Machining Co., Ltd."])
        #expect(extraction.entities.first?.aliases == ["Tianrui Aero Materials", "Chengdu TRAM"])
        #expect(extraction.entities.last?.aliases == [])
        #expect(extraction.delisted.map(\.name) == ["Tehran Precision Bearing Manufacturing Company", "Pars Bearing Trading Company"])
    }

    @Test func aCountOfMoreTargetsIsACountNotATrigger() {
        let text = """
            MARQUARDT: In fact, I can tell you that this morning OFAC is designating five more targets in this network.

            Q: Go ahead.

            MARQUARDT: The first is Kim Chol-min, a North Korean national who runs a team of IT workers in Shenyang. The third target is the trading corporation the team answers to — Korea Songhwa Technology Trading Corporation, which also operates as Songhwa Tech.
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["Kim Chol-min", "Korea Songhwa Technology Trading Corporation"])
        #expect(extraction.entities.last?.aliases == ["Songhwa Tech"])
    }

    @Test(arguments: ["which also operates as", "that trades internationally as", "also doing business as"])
    func aNameAPartyOperatesUnderIsAnAlias(cue: String) {
        let text = "OFAC designated Korea Songhwa Technology Trading Corporation, \(cue) Songhwa Tech, on Tuesday."
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["Korea Songhwa Technology Trading Corporation"])
        #expect(extraction.entities.first?.aliases == ["Songhwa Tech"])
    }

    @Test func anInvertedDesignationMayNameItsAgent() {
        let text = "Also designated by Treasury were Crescent Polymer General Trading FZCO, registered in Jebel Ali Free Zone, and Gulfway Chemicals DMCC."
        #expect(extract(text).entities.map(\.name) == ["Crescent Polymer General Trading FZCO", "Gulfway Chemicals DMCC"])
    }

    @Test func aSpanishRankIsATitle() {
        let text = "The Council also listed the unit's commander, Comisionado General Julio César Arróliga Mena."
        #expect(extract(text).entities.map(\.name) == ["Julio César Arróliga Mena"])
    }

    @Test func anEmirateAfterALegalFormSaysWhereTheCompanyIs() {
        let text = "OFAC designated Horizon Petrochem FZE of Ajman on Tuesday."
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["Horizon Petrochem FZE"])
    }

    @Test func aDayWeeksBeforeTheArticlesDatesAnEarlierAction() {
        let text = """
            THE YEAR IN SANCTIONS

            19 December 2025

            On 19 August the Foreign Office sanctioned the Kyrgyz exchange Tengri Crypto Exchange LLC over payments for Russian defence companies.

            On 16 December the Foreign Office sanctioned Issyk-Kul Payments LLC over the same scheme.
            """
        #expect(extract(text).entities.map(\.name) == ["Issyk-Kul Payments LLC"])
    }

    @Test func aTimelinesSectionsDatedBeforeTheArticleAreItsPast() {
        let text = """
            # A timeline of the Karavan Group

            17 June 2025

            ### 14 April 2021 — Washington goes first

            The US Treasury designates the Karavan Group itself and its founder, Leonid Arkadyevich Saburov.

            ### 2023–2024

            The EU Council lists Lobaye Security Services SARLU.

            ### 17 June 2025 — Today: the Mali gold pipeline

            OFAC today designated Sahel Aurum Mining SARL.
            """
        // "2023–2024" is a span of years, not a dated title: the section under it is the past's only through
        // the title before it.
        #expect(TimelineHeading.isPast("2023–2024", documentDate: PartialDate(year: 2025, month: 6, day: 17)) != false)
        #expect(extract(text, format: .markdown).entities.map(\.name) == ["Sahel Aurum Mining SARL"])
    }

    @Test func aListMayComeLongAfterPlaced() {
        let text = """
            Almaty, 6 November 2025

            On 30 October the US Treasury's Office of Foreign Assets Control placed Altyn Kargo Logistics LLP (registered in Kazakhstan as TOO "Altyn Kargo Logistics" and known in the trade as AltynKargo) and Saryarka Electronics Trade LLP, which until 2023 was called Saryarka Telecom Service LLP, on its Specially Designated Nationals list.

            Komponent Plus placed an order with Zhetysu Trading LLP, which is on the list.
            """
        #expect(extract(text).entities.map(\.name) == ["Altyn Kargo Logistics LLP", "Saryarka Electronics Trade LLP"])
    }

    @Test func aMonthTwoOrMoreBeforeTheArticlesDatesAnEarlierAction() {
        let text = """
            Almaty, 6 November 2025

            Bankers in Uzbekistan went through a similar episode in January, after OFAC designated the Tashkent firm Navoiy Elektron Savdo MChJ.
            """
        #expect(extract(text).entities.isEmpty)
    }

    @Test func aHedgeInAClauseJoinedBeforeTheTriggersOwnHedgesNothing() {
        let text = "The British could not allow Brussels to have all the fun, and on the same day the UK government announced sanctions on Igor Stanislavovich Lapin."
        #expect(extract(text).entities.map(\.name) == ["Igor Stanislavovich Lapin"])
        // A denial in the trigger's own clause still hedges.
        let denial = "The draft targets Promtorgbank Rossii, but ambassadors did not reach agreement, and nothing is listed yet."
        #expect(extract(denial).entities.isEmpty)
    }

    @Test func aPlaceAfterAQuotedNameSaysWhereTheCompanyIs() {
        let text = "The EU added OOO \"Radiant-Elektronika\" of Zelenograd to its list."
        #expect(extract(text).entities.map(\.name) == ["OOO Radiant-Elektronika"])
    }

    @Test func chinasCountermeasuresAreSanctions() {
        let text = "The Ministry of Foreign Affairs announced countermeasures under the Anti-Foreign Sanctions Law against Teague Ridge Unmanned Systems LLC."
        #expect(extract(text).entities.map(\.name) == ["Teague Ridge Unmanned Systems LLC"])
    }

    @Test func theYearOfAPartysOwnListingDoesNotDateItsRemoval() {
        let text = "In a separate notice, OFAC removed Rafael Ignacio Bermúdez Tovar, a Venezuelan former PDVSA finance director designated in 2019, from the SDN list."
        #expect(extract(text).delisted.map(\.name) == ["Rafael Ignacio Bermúdez Tovar"])
    }

    @Test func aQuestionOrAnExplainingTitleAnnouncesNothing() {
        #expect(extract("How the sanctions on the Karavan Group unfolded").entities.isEmpty)
        #expect(extract("Will the EU sanction Volga Composite Materials JSC next month?").entities.isEmpty)
        // A sentence, not a title, still announces.
        #expect(extract("How it happened is unclear, but OFAC designated Volga Composite Materials JSC on Tuesday.").entities.map(\.name) == ["Volga Composite Materials JSC"])
    }
}
