import Testing
@testable import WatchlistMatching

struct GivenNameEquivalentsTests {
    @Test func tableIsConsistent() {
        GivenNameEquivalents._checkInvariants()
        #expect(GivenNameEquivalents.classCount >= 60)
    }

    @Test func noKeyIsSharedByTwoClasses() {
        let ambiguous = GivenNameEquivalents.ambiguousKeys
        #expect(ambiguous.isEmpty, "\(ambiguous.mapValues { $0.map(GivenNameEquivalents.name(ofClass:)) })")
    }

    @Test(arguments: [
        ["valentin", "valyantsin", "valiantsin", "walenty", "valentyn"],
        ["aleksandr", "aliaksandr", "oleksandr", "alexander", "alexandr", "alyaksandr"],
        ["sergei", "siarhei", "serhiy", "sergey", "serhii", "sergej"],
        ["vladimir", "uladzimir", "volodymyr", "wladimir"],
        ["evgeny", "yauhen", "yevhen", "yevgeniy", "evgenii", "eugene"],
        ["dmitry", "dzmitry", "dmytro", "dmitriy", "dmitrii"],
        ["nikolai", "mikalai", "mykola", "nikolay"],
        ["pyotr", "piotr", "petr", "petro", "pyatro"],
        ["yuri", "yury", "yurii", "iurii", "yuriy"],
        ["mikhail", "mikhas", "mykhailo", "mikhail"],
        ["andrei", "andrey", "andriy", "andrzej"],
        ["ivan", "yvan"],
        ["viktor", "wiktor", "victor", "viktar"],
        ["anatoly", "anatol", "anatolii"],
        ["aleksei", "aliaksei", "oleksii", "alexey"],
        ["olga", "volha", "olha"],
        ["tatiana", "tatsiana", "tetiana", "tatyana"],
        ["elena", "alena", "olena", "yelena"],
        ["natalia", "natallia", "nataliya", "natalya"],
        ["muhammad", "mohammed", "mohamed", "mohamad", "muhammed", "magomed", "maxamed"],
        ["ahmad", "ahmed", "axmed"],
        ["husayn", "hussein", "husain", "xuseen"],
        ["ali", "aly", "cali"],
        ["hasan", "hassan", "xasan"],
        ["yusuf", "youssef", "yousef"],
        ["umar", "omar", "cumar"],
        ["uthman", "osman", "othman"],
        ["abu", "abou"],
    ])
    func resolvesEveryFormToOneClass(forms: [String]) throws {
        let id = try #require(GivenNameEquivalents.classID(for: forms[0]), "\(forms[0]) has no class")
        for form in forms.dropFirst() {
            let name = GivenNameEquivalents.name(ofClass: id)
            #expect(GivenNameEquivalents.classID(for: form) == id, "\(form) is not in \(name)")
        }
    }

    @Test(arguments: [
        // Unlisted spellings that fold to a listed spelling's RomanizationKey.
        ("aleksandar", "Aleksandr"),
        ("dmitrij", "Dmitry"),
        ("mukhammad", "Muhammad"),
        ("hosseyn", "Husayn"),
        ("vasilij", "Vasily"),
        ("gennadiy", "Gennady"),
    ])
    func resolvesUnlistedSpellingsThroughTheirKey(token: String, name: String) throws {
        let id = try #require(GivenNameEquivalents.classID(for: token))
        #expect(GivenNameEquivalents.name(ofClass: id) == name)
        #expect(GivenNameEquivalents.classID(forKey: RomanizationKey.key(for: token)) == id)
    }

    @Test(arguments: ["smith", "ivanov", "miklashevich", "plant", "sasha", "hana", "nadia", "jameel"])
    func leavesOtherTokensUnclassified(token: String) {
        #expect(GivenNameEquivalents.classID(for: token) == nil)
    }

    @Test(arguments: [
        ("sergei", "sergey", true),
        ("valentin", "walenty", true),
        ("muhammad", "ahmad", false),
        ("hasan", "husayn", false),
        ("ivan", "john", false),  // cognates in separate classes: lists do not write one for the other
        ("pyotr", "peter", true),
    ])
    func tellsWhetherTwoTokensAreTheSameName(first: String, second: String, equivalent: Bool) {
        #expect(GivenNameEquivalents.areEquivalent(first, second) == equivalent)
    }

    @Test(arguments: [
        ("uladzimiravich", "vladimirovich", "Vladimir"), ("ryhoravich", "grigoryevich", "Grigory"),
        ("mikolaiovich", "nikolayevich", "Nikolai"), ("hennadiiovych", "gennadyevich", "Gennady"),
        ("yuriivna", "yuryevna", "Yuri"), ("volodymyrovych", "uladzimiravich", "Vladimir"),
    ])
    func patronymicsOfOneGivenNameShareAPatronymicClass(first: String, second: String, father: String) throws {
        let id = try #require(GivenNameEquivalents.patronymicClass(for: first))
        #expect(GivenNameEquivalents.patronymicClass(for: second) == id)
        #expect(GivenNameEquivalents.isPatronymicClass(id))
        #expect(GivenNameEquivalents.name(ofClass: id) == "\(father) (patronymic)")
    }

    @Test func aPatronymicIsNeverItsFathersGivenName() throws {
        let patronymic = try #require(GivenNameEquivalents.patronymicClass(for: "vladimirovich"))
        #expect(GivenNameEquivalents.classID(for: "vladimir") != patronymic)
        #expect(GivenNameEquivalents.patronymicClass(for: "petrovich") != patronymic)
        #expect(GivenNameEquivalents.patronymicClass(for: "miklashevich") == nil)
    }

    @Test func aQueryPatronymicMatchesAnotherLanguagesSpellingOfIt() {
        let comparison = NameComparer().compare(
            query: "Alexander Ryhoravich LUKASHENKO", listed: "Aleksandr Grigoryevich Lukashenko", kind: .person)
        #expect(comparison.score >= 0.9)
        #expect(comparison.explanation?.tokenMatches.contains { $0.method == "patronymic_equivalent" } == true)
    }
}
