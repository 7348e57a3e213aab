import Foundation
import Testing

@testable import WatchlistArticles

/// An EU annex after a press release (lettered sections, surnames in capitals, field lines), a UK notice's
/// entries (numbered inverted names, alias and label lines, an amendments section), and a Secretary's
/// "I am designating".
@Suite struct AnnexSectionsAndNoticeFieldsTests {
    /// What the extractor finds in Markdown read as a file is (emphasis and headings converted).
    private func extractMarkdown(_ text: String) throws -> ArticleExtraction {
        SanctionsExtractor().extract(from: try ArticleDocument.read(data: Data(text.utf8), name: "test.md", format: .markdown))
    }

    @Test func anEUAnnexWithLetteredSectionsListsTheDesignations() {
        let text = """
            The Council today imposed restrictive measures on two additional individuals and one entity in Belarus.

            Background

            The EU has progressively imposed restrictive measures against those responsible for repression.

            ANNEX

            List of natural and legal persons, entities and bodies referred to in Article 1

            A. Natural persons

            1. Ihar Mikalaevich ZHUK (Igor Nikolaevich ZHUK)
            Position(s): Judge of the Minsk City Court
            Date of birth: 14.3.1978

            2. Natallia Uladzimirauna KAZLOUSKAYA (Natalia Vladimirovna KOZLOVSKAYA)
            Position(s): Senior Prosecutor

            B. Legal persons, entities and bodies

            1. Limited Liability Company Vesta Media Group (Vesta Media)
            Address: Minsk, Belarus
            Reasons for listing: Vesta Media Group produces content that supports the regime.
            """
        let entities = extract(text).entities
        #expect(
            entities.map(\.name) == [
                "Ihar Mikalaevich ZHUK", "Natallia Uladzimirauna KAZLOUSKAYA", "Limited Liability Company Vesta Media Group",
            ])
        #expect(entities.first?.aliases == ["Igor Nikolaevich ZHUK"])
        #expect(entities.last?.kind == .organization)
    }

    @Test func aUKNoticeEntryReadsItsInvertedNameAndAliasLineButNotItsFields() throws {
        let text = """
            The following entries have been added to the consolidated list and are now subject to an asset freeze.

            **Individuals**

            1. **GARIPOVA, Alsu Rinatovna**
               - **a.k.a:** GARIPOVA, Alsou
               - **Other Information:** (UK Sanctions List Ref): RUS2418.
               - **Listed on:** 14/11 **Group ID:** 16513

            **Entities**

            2. **TENGRI PAY CJSC**
               - **a.k.a:** (1) Tengri Pay (2) ZAO Tengri Pei
               - **Address:** 88 Chui Avenue, Bishkek, Kyrgyzstan

            ### Amendments

            The following entry has been amended. It remains subject to an asset freeze.

            3. **PETROVSKAYA SUDOVERF JSC**
               - **a.k.a:** (1) AO Petrovskaya Sudoverf (2) *(added)* Vyborg Marine Engineering Works
            """
        let entities = try extractMarkdown(text).entities
        #expect(entities.map(\.name) == ["Alsu Rinatovna GARIPOVA", "TENGRI PAY CJSC"])
        #expect(entities.first?.aliases == ["Alsou GARIPOVA"])
        #expect(entities.last?.aliases == ["Tengri Pay", "ZAO Tengri Pei"])
    }

    @Test func aCompanyAndItsChairmanInOneBulletAreBothDesignated() throws {
        let text = """
            Those sanctioned today are:

            - **Tengri Pay CJSC**, a Bishkek-based payment services provider, and its chairman **Nurlan Bakytbekovich Asanov**.
            """
        #expect(try extractMarkdown(text).entities.map(\.name) == ["Tengri Pay CJSC", "Nurlan Bakytbekovich Asanov"])
    }

    @Test func aSecretaryDesignatingInTheFirstPersonDesignates() {
        let text = """
            Today, I am designating Héctor Rolando Castañeda Orellana, former Intendant of Customs, due to his \
            involvement in significant corruption. I support listing more officials in the future.
            """
        #expect(extract(text).entities.map(\.name) == ["Héctor Rolando Castañeda Orellana"])
    }

    @Test func aliasAndFormerNameLinesOfAnHTMLListAreMoreNamesOfTheEntryAbove() throws {
        let html = """
            <html><body><p>Japan froze the assets of three entities in third countries on Friday.</p>
            <ol>
              <li><p><strong>Xiamen Lanyu Trading Co., Ltd.</strong></p><p>Alias: Xiamen Blue Feather Trading</p></li>
              <li><p><strong>Everbright Horizon Electronics Limited</strong></p>
                <p>Former name: Everbright Horizon Components Limited</p></li>
              <li><p><strong>Nordic Falcon Logistics DMCC</strong></p></li>
            </ol></body></html>
            """
        let document = try ArticleDocument.read(data: Data(html.utf8), name: "test.html", format: .html)
        let entities = SanctionsExtractor().extract(from: document).entities
        #expect(
            entities.map(\.name) == ["Xiamen Lanyu Trading Co., Ltd.", "Everbright Horizon Electronics Limited", "Nordic Falcon Logistics DMCC"])
        #expect(entities.map(\.aliases) == [["Xiamen Blue Feather Trading"], ["Everbright Horizon Components Limited"], []])
    }
}
