import Testing
import WatchlistCore
@testable import WatchlistMatching

/// The word table's own lookups, apart from screening.
struct ListedWordTableTests {
    static func table(_ names: [String]) -> ListedWordTable {
        let tokenizer = NameTokenizer()
        var prepared = names.enumerated().map { index, name in
            PreparedName(
                entityIndex: index, nameIndex: 0, name: EntityName(name, kind: .primary), reading: .organization,
                tokenizer: tokenizer)
        }
        return ListedWordTable(names: &prepared, configuration: .standard)
    }

    static func spellings(extending prefix: String, in table: ListedWordTable) -> [String] {
        var found: [String] = []
        table.forEachWord(extending: Array(prefix.utf8)) { found.append(String(decoding: table.words[Int($0)].bytes, as: UTF8.self)) }
        return found
    }

    @Test func wordsExtendingAPrefixAreTheLongerWordsThatStartWithItInSpellingOrder() {
        let table = Self.table(["Volna", "Volga", "Vol", "Voronezh", "Tekhnolit"])
        #expect(Self.spellings(extending: "vol", in: table) == ["volga", "volna"])
        #expect(Self.spellings(extending: "v", in: table) == ["vol", "volga", "volna", "voronezh"])
        #expect(Self.spellings(extending: "volna", in: table).isEmpty)
        #expect(Self.spellings(extending: "x", in: table).isEmpty)
    }

    @Test func wordsExtendingAPrefixIncludeJoinedWords() {
        // `ListedJoin` joins neighbouring words of a name; a cut-short query word may stand for the join.
        let table = Self.table(["Volna Trading"])
        #expect(Self.spellings(extending: "volna", in: table) == ["volnatrading"])
    }

    @Test func wordsExtendingAPrefixAreFoundByTheirRomanizedSpelling() {
        let table = Self.table(["Миклашевич", "Микола", "Мир"])
        #expect(Self.spellings(extending: "mi", in: table) == ["miklashevich", "mikola", "mir"])
    }
}
