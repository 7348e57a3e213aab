import Testing
import WatchlistCore
import WatchlistMatching
@testable import WatchlistScreening

struct BatchScreenerTests {
    let screener = BatchScreener(
        matcher: WatchlistMatcher(entities: [Entity(
            id: EntityID(source: "ofac", local: "49419"), kind: .organization,
            names: [EntityName("LIMITED LIABILITY COMPANY BAZTUBE", kind: .primary)])]),
        threads: 2)
    let columns = try! BatchColumns(header: ["name", "kind", "dob"], columnCount: 3, name: "name", birthDate: "dob", kind: "kind")

    private func record(_ fields: [String]) -> DelimitedRecordReader.Record {
        DelimitedRecordReader.Record(fields: fields.map { Array($0.utf8) }, line: 1)
    }

    @Test func everyRowComesBackInOrderWithItsNumberFromEveryThread() {
        let records = (0..<1_000).map { record([$0 % 250 == 0 ? "Baztube" : "Supplier \($0)", "", ""]) }
        let rows = screener.screen(records, firstNumber: 11, columns: columns)
        #expect(rows.map(\.number) == Array(11..<1_011))
        #expect(rows.filter { !$0.matches.isEmpty }.map(\.number) == [11, 261, 511, 761])
    }

    @Test func unscreenableRowsSayWhy() {
        let rows = screener.screen([
            record([String(repeating: "a", count: 1_001), "", ""]),
            record(["Baztube", "company", ""]),
            record(["Baztube", "", "12/1970"]),
        ], firstNumber: 1, columns: columns)
        #expect(rows[0].error == "the name is 1001 characters long; the limit is 1000")
        #expect(rows[1].error?.contains("not one of person, organization") == true)
        #expect(rows[2].error?.contains("not an ISO date") == true)
        #expect(rows.allSatisfy { $0.matches.isEmpty })
    }
}
