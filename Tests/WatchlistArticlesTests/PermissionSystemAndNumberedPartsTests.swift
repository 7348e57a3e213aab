import Testing

@testable import WatchlistArticles

/// Japan's "subject to the permission system", a person's name over unindented description lines, a paragraph
/// numbered "2." after entries labelled "(1)", a delisting from a list designated years before, a SECO notice's
/// sections ("I. New entries", "B. Legal entities, ...", "Annex 8", entries numbered past a thousand), "State
/// is designating" and a country's group of entries ("Kyrgyz Republic (2 entities)") (rules tuned on series aw,
/// ax and ay of the twenty-eighth session's held-out set).
@Suite struct PermissionSystemAndNumberedPartsTests {
    private let notice = """
        Ministry of Foreign Affairs of Japan

        October 10, 2025

        1. The Government of Japan has decided today at the Cabinet meeting to implement the following measures.

        (1) Asset freeze and other measures against individuals and entities

        Payment and capital transactions with the following 2 individuals and 1 entity will be subject to the \
        permission system.

        A. Individuals (2 individuals)

        (1) Oleg Borisovich Zimin
        Deputy Minister of Energy of the Russian Federation

        (2) Alsu Ramilevna Khakimova
        Businesswoman; owner of Limited Liability Company "Volga Komplekt"

        B. Entities (1 entity)

        (1) Limited Liability Company "Volga Komplekt"
        Address: Kazan, Russian Federation

        2. The Government of Japan has also decided to delete 1 individual, Pyotr Ilyich Sorokin, from the list \
        of persons subject to asset freeze measures designated on May 10, 2022, as his death has been confirmed.

        3. The 12 entities, including Joint Stock Company "Kama Optical Plant", to which exports were prohibited \
        by the measures implemented on January 10, 2025, remain subject to those measures.
        """

    @Test func theFollowingPartiesSubjectToThePermissionSystemAreDesignated() {
        let entities = extract(notice).entities
        #expect(entities.map(\.name) == ["Oleg Borisovich Zimin", "Alsu Ramilevna Khakimova", "Limited Liability Company Volga Komplekt"])
        #expect(entities.map(\.kind) == [.person, .person, .organization])
    }

    @Test func aParagraphNumberedAfterParenthesizedEntriesIsNoEntry() {
        let result = extract(notice)
        #expect(!result.entities.contains { $0.name.contains("Sorokin") || $0.name.contains("Kama") })
        #expect(result.delisted.map(\.name) == ["Pyotr Ilyich Sorokin"])
    }

    @Test func numberedEntriesUnderALetteredGroupHeadingStayOneList() {
        let text = """
            Ministry of Foreign Affairs of Japan

            The Ministry has added the following 2 individuals to the list of parties subject to restrictions on \
            payments and capital transactions.

            (A) Individuals (2 individuals)

            1. Anatolii Sergeevich Pribylov

            2. Marina Vladimirovna Shchegoleva
            """
        #expect(extract(text).entities.map(\.name) == ["Anatolii Sergeevich Pribylov", "Marina Vladimirovna Shchegoleva"])
    }

    @Test func aSwissNoticeReadsItsNewAmendedAndRemovedSections() {
        let text = """
            State Secretariat for Economic Affairs SECO

            Bern, 14 May 2025

            On 14 May 2025, the EAER amended Annex 8 of the ordinance. Funds belonging to the persons newly listed \
            in Annex 8 are frozen.

            The following modifications apply:

            I. New entries

            Annex 8

            A. Natural persons

            1912. Pavel Andreyevich Gusev (Павел Андреевич ГУСЕВ)
                  DOB: 3.2.1974; Nationality: Russian

            B. Legal entities, groups and organisations

            1913. Joint Stock Company Kama Design Bureau
                  Address: Kazan, Russian Federation

            II.
            Amended entries

            Annex 8

            264. Oleg Mikhailovich Ryzhkov: function updated.

            III.
            Removed entries

            Annex 8

            1488. OOO Baltiyskaya Verf — removed.
            """
        let result = extract(text)
        #expect(result.entities.map(\.name) == ["Pavel Andreyevich Gusev", "Joint Stock Company Kama Design Bureau"])
        #expect(result.delisted.map(\.name) == ["OOO Baltiyskaya Verf"])
    }

    @Test func theStateDepartmentsOwnShorthandDesignates() {
        let text = """
            Additionally, State is designating Sergei Vladimirovich Lobov, the General Director of AO NPP Radiopribor, \
            pursuant to section 1(a)(vii) of E.O. 14024.
            """
        #expect(extract(text).entities.map(\.name) == ["Sergei Vladimirovich Lobov"])
        #expect(extract("The state is designating new protected areas.").entities.isEmpty)
    }

    @Test func entriesGroupedUnderCountriesWithTheirCountsStayOneList() {
        let text = """
            Measures prohibiting exports will be implemented against the following 4 entities in third countries.

            China (1 entity)
             1. Harbin Polar Electronic Technology Co., Ltd.

            United Arab Emirates (1 entity)
             2. Desert Gate General Trading L.L.C.

            Kyrgyz Republic (1 entity)
             3. Osh Transit Impex LLC

            Republic of Uzbekistan (1 entity)
             4. Samarqand Elektron Savdo LLC
            """
        #expect(extract(text).entities.map(\.name) == [
            "Harbin Polar Electronic Technology Co., Ltd.", "Desert Gate General Trading L.L.C.", "Osh Transit Impex LLC",
            "Samarqand Elektron Savdo LLC",
        ])
    }
}
