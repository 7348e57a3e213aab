import Foundation
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

    /// A reader over a CSV file of `rows` rows after the header, every 250th a listed name.
    private func reader(rows: Int) throws -> (DelimitedRecordReader, fileSize: Int) {
        let text = "name,kind,dob\n" + (0..<rows).map { $0 % 250 == 0 ? "Baztube,," : "Supplier \($0),," }.joined(separator: "\n") + "\n"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        var reader = DelimitedRecordReader(handle: try FileHandle(forReadingFrom: url), delimiter: nil)
        try FileManager.default.removeItem(at: url)  // the open handle still reads it
        _ = reader.next()  // the header
        return (reader, text.utf8.count)
    }

    @Test func aFileComesBackChunkByChunkInOrderWhileTheNextIsScreened() throws {
        var (reader, fileSize) = try reader(rows: 1_000)
        var screener = screener
        screener.chunkSize = 96
        var chunks: [[ScreenedRow]] = []
        var progress: [Int] = []
        screener.screen(&reader, columns: columns, firstNumber: 1) { rows, bytesRead in
            chunks.append(rows)
            progress.append(bytesRead)
        }
        #expect(chunks.count == 11)
        #expect(chunks.dropLast().allSatisfy { $0.count == 96 })
        #expect(chunks.flatMap { $0 }.map(\.number) == Array(1...1_000))
        #expect(chunks.flatMap { $0 }.filter { !$0.matches.isEmpty }.map(\.number) == [1, 251, 501, 751])
        #expect(progress == progress.sorted() && progress.last == fileSize)
    }

    @Test func anErrorWritingAChunkStopsTheRunAfterThatChunk() throws {
        struct WriteFailed: Error {}
        var (reader, _) = try reader(rows: 1_000)
        var screener = screener
        screener.chunkSize = 100
        var delivered = 0
        #expect(throws: WriteFailed.self) {
            try screener.screen(&reader, columns: columns) { rows, _ in
                delivered += 1
                if delivered == 2 { throw WriteFailed() }
            }
        }
        #expect(delivered == 2)
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
