import Foundation
import Testing

@testable import WatchlistArticles

/// A commentary's section looking back at last month's action, a rank inside a person's name, a companion
/// sanctioned "together with" a party named before, a name described as sanctioned in the same action, and a
/// counted party after "Finally,", additions made "naming" their parties, a notice's "New entries" heading,
/// and "the kunya" before an alias (rules tuned on series ak).
@Suite struct LookBacksRanksAndCompanionsTests {
    @Test func aSectionAboutAMonthWellBeforeTheArticleNamesNoNewParty() {
        let text = """
            # One Month On: Are the Sanctions Biting?

            *Commentary | 25 November 2025*

            ## What was designated in October

            The October package blocked the tanker CASPIAN ORCHID (IMO 9188427) and sanctioned Orion Tide \
            Shipmanagement FZE.

            ## Today's addition

            This morning the UK government added the tanker ZARYA MARINE (IMO 9528067) to its Russia sanctions list.
            """
        #expect(extract(text, format: .markdown).entities.map(\.name) == ["ZARYA MARINE"])
    }

    @Test func aDigestOfLastMonthPublishedEarlyInTheNextIsRead() {
        let text = """
            # Sanctions roundup

            *3 December 2025*

            ## What was designated in November

            The UK sanctioned Orion Tide Shipmanagement FZE on 27 November.
            """
        #expect(extract(text, format: .markdown).entities.map(\.name) == ["Orion Tide Shipmanagement FZE"])
    }

    @Test func aRankInsideANameLeavesThePersonAfterIt() {
        let text = """
            CANBERRA, 3 March 2025 - Australia today imposed sanctions over Iranian drone supplies to Russia.

            IRGC Aerospace Force Brigadier General Hossein Rahimi-Nejad is also being sanctioned.
            """
        let party = extract(text).entities.first
        #expect(party?.name == "Hossein Rahimi-Nejad")
        #expect(party?.kind == .person)
        #expect(RankedPersonName.person(ExtractedParty(name: "Admiral Makarov State University", kind: .organization, evidence: "", span: 0..<0)) == nil)
        #expect(RankedPersonName.person(ExtractedParty(name: "NEW ADMIRAL IVAN GRIGOROV", kind: .vessel, evidence: "", span: 0..<0)) == nil)
    }

    @Test func aPartySanctionedTogetherWithAnotherIsSanctionedToo() {
        let text = """
            LONDON, 4 March 2025 - The UK has today sanctioned four members of a ransomware gang.

            The gang's administrator is Artyom Lavrinenko. He is sanctioned together with Denis Olegovich Gritsai, \
            who ran the group's negotiation portal.
            """
        #expect(extract(text).entities.map(\.name) == ["Artyom Lavrinenko", "Denis Olegovich Gritsai"])
    }

    @Test func aNameDescribedAsSanctionedInTheSameActionIsSanctioned() {
        let text = """
            WASHINGTON, March 4, 2025 - Treasury today designated two Kyrgyz banks.

            Ignatenko is a co-founder of Tokmok Metals Trading LLC, a Chui region exporter of metals that was \
            sanctioned in the same action.

            Guidance modules come from Arya Tadbir Electronic Industries Co., a Tehran firm that has been sanctioned \
            today for its role in the supply chain. Its parent, Sahand Holding, a firm that was sanctioned in 2019, \
            owns the plant.
            """
        #expect(extract(text).entities.map(\.name) == ["Tokmok Metals Trading LLC", "Arya Tadbir Electronic Industries Co."])
    }

    @Test func aCountedPartyAfterAnOpenerLikeFinallyIsIntroduced() {
        let text = """
            U.S. DEPARTMENT OF STATE
            June 4, 2025

            Today, the Department of State is designating three Belarusian defense-industrial entities.

            The first of these, OAO "Polesye Avtomatika Plant", is a Pinsk-based manufacturer of gyroscopes.

            We are also designating Belvneshoptika LLC, a Minsk foreign trade company.

            Finally, JSC "Vitebsk Radiopribor" (VRP) produces radio-electronic assemblies.
            """
        #expect(extract(text).entities.map(\.name) == [
            "OAO Polesye Avtomatika Plant", "Belvneshoptika LLC", "JSC Vitebsk Radiopribor",
        ])
        // "The third, X": the ordinal's comma is no part of the name.
        let third = extract(text.replacingOccurrences(of: "Finally, JSC", with: "The third, JSC"))
        #expect(third.entities.last?.name == "JSC Vitebsk Radiopribor")
    }

    @Test func additionsMadeNamingPartiesDesignateThem() {
        let text = """
            WELLINGTON, 12 March 2025 - Sanctions news of the week.

            New Zealand this week made its latest additions under the Russia Sanctions Act, naming \
            Novosibirsk-based LLC Sibirskiye Dronovye Sistemy (also known as SibDron) and its chief executive, \
            Andrei Viktorovich Zolotaryov. A spokesperson, naming no supplier, said more would follow.
            """
        #expect(extract(text).entities.map(\.name) == ["LLC Sibirskiye Dronovye Sistemy", "Andrei Viktorovich Zolotaryov"])
    }

    @Test func aNewEntriesHeadingOpensTheAdditionsAfterARemovalAnnouncedBelow() throws {
        let text = """
            # Committee Adds One Entry to Its Sanctions List, Removes One

            On 12 March 2025, the Security Council Committee approved the addition of the entry specified below.

            The Committee also approved the removal of one entry from the List, as set out further below.

            ## New entries

            **QDi.451 Name: 1: MUHAMMAD 2: ABD AL-HAKIM 3: SALIH 4: AL-FALLUJI**

            Title: na | DOB: 1984 | POB: Fallujah, Iraq | Listed on: 12 Mar. 2025

            ## Removal

            The Committee removed the following entry from its Sanctions List:

            **QDi.219 Name: 1: TARIQ 2: ABD AL-AZIZ 3: NASIR 4: AL-HARBI**

            Tariq Abd al-Aziz Nasir al-Harbi is therefore no longer subject to the asset freeze.
            """
        // Read as a file is: emphasis and headings converted.
        let document = try ArticleDocument.read(data: Data(text.utf8), name: "notice.md", format: .markdown)
        let extraction = SanctionsExtractor().extract(from: document)
        #expect(extraction.entities.map(\.name) == ["MUHAMMAD ABD AL-HAKIM SALIH AL-FALLUJI"])
        #expect(extraction.delisted.map(\.name) == ["TARIQ ABD AL-AZIZ NASIR AL-HARBI"])
    }

    @Test func theKunyaAfterItsArticleCuesAnotherName() throws {
        let tokens = ArticleToken.tokens(of: "Abd al-Karim al-Rawi, who also goes by the kunya Abu Hamad al-Rawi, is", offset: 0)
        let abu = try #require(tokens.firstIndex { $0.text == "Abu" })
        #expect(PartyListParser.endsAliasCue(tokens, before: abu))
    }
}
