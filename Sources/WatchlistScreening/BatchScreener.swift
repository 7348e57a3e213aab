import Dispatch
import Synchronization
import WatchlistCore
import WatchlistMatching

/// One input row after screening: its fields as read, the query made of them, the matches best first,
/// or why it could not be screened.
public struct ScreenedRow: Sendable {
    /// 1-based number of the data row (the header is not counted).
    public var number: Int
    /// 1-based line of the file the row starts on.
    public var line: Int
    /// The row's fields, as bytes, as read.
    public var fields: [[UInt8]]
    public var query: String?
    public var id: String?
    public var matches: [Match]
    /// Why the row was not screened (empty name, invalid UTF-8, too long, missing column, ...).
    public var error: String?
}

/// Screens the rows of a delimited file against a matcher, a chunk at a time on several threads, and
/// hands them back in input order: memory holds three chunks at most (the one being read, the one being
/// screened and the one being written), whatever the size of the file.
///
/// ```swift
/// var reader = DelimitedRecordReader(handle: try FileHandle(forReadingFrom: url), delimiter: nil)
/// let header = reader.next()!.fields.map { String(decoding: $0, as: UTF8.self) }
/// let columns = try BatchColumns(header: header, columnCount: header.count, name: nil)
/// try BatchScreener(matcher: matcher).screen(&reader, columns: columns) { rows, bytesRead in ... }
/// ```
public struct BatchScreener: Sendable {
    public var matcher: WatchlistMatcher
    public var threads: Int
    /// Rows screened together.
    public var chunkSize = 4096
    /// Names longer than this are not names (the longest listed names are under 300 characters).
    public static let maximumNameLength = 1_000

    public init(matcher: WatchlistMatcher, threads: Int = 2) {
        self.matcher = matcher
        self.threads = max(1, threads)
    }

    /// Reads every remaining record of `reader`, screens it and calls `body` with each chunk in order and
    /// the bytes read up to its end; the first row gets `firstNumber`. `body` runs on the calling thread.
    ///
    /// While the workers screen one chunk, this thread hands the previous one to `body` and reads the next:
    /// done in turn, reading and writing left the workers idle for 13% of a screen of supplier names
    /// (0.7 of 5.3 s for 100,000 rows).
    public func screen(
        _ reader: inout DelimitedRecordReader, columns: BatchColumns, firstNumber: Int = 1,
        _ body: ([ScreenedRow], _ bytesRead: Int) throws -> Void
    ) rethrows {
        var number = firstNumber - 1
        var chunk = Self.readChunk(&reader, size: chunkSize)
        var previous: (rows: [ScreenedRow], bytesRead: Int)?
        while !chunk.isEmpty {
            let screening = ScreeningInBackground(screener: self, records: chunk, firstNumber: number + 1, columns: columns)
            number += chunk.count
            let bytesRead = reader.bytesRead
            if let (rows, bytesRead) = previous {
                do {
                    try body(rows, bytesRead)
                } catch {
                    _ = screening.rows()
                    throw error
                }
            }
            chunk = Self.readChunk(&reader, size: chunkSize)
            previous = (screening.rows(), bytesRead)
        }
        if let (rows, bytesRead) = previous { try body(rows, bytesRead) }
    }

    private static func readChunk(_ reader: inout DelimitedRecordReader, size: Int) -> [DelimitedRecordReader.Record] {
        var chunk: [DelimitedRecordReader.Record] = []
        chunk.reserveCapacity(size)
        while chunk.count < size, let record = reader.next() { chunk.append(record) }
        return chunk
    }

    /// Screens records already read; row numbers start at `firstNumber`.
    ///
    /// The workers take the rows a block at a time rather than half each: a name's time varies a
    /// hundredfold (p50 50 us, the slowest 20 ms), and a worker whose half held the slow names kept the
    /// other waiting.
    public func screen(_ records: [DelimitedRecordReader.Record], firstNumber: Int, columns: BatchColumns) -> [ScreenedRow] {
        let workers = min(threads, max(1, records.count / Self.blockSize))
        guard workers > 1 else {
            return records.indices.map { screen(records[$0], number: firstNumber + $0, columns: columns) }
        }
        let nextBlock = BlockCounter()
        let results = ParallelResults<[(start: Int, rows: [ScreenedRow])]>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var screened: [(start: Int, rows: [ScreenedRow])] = []
            while true {
                let start = nextBlock.take(Self.blockSize)
                guard start < records.count else { break }
                let range = start..<min(records.count, start + Self.blockSize)
                screened.append((start, range.map { screen(records[$0], number: firstNumber + $0, columns: columns) }))
            }
            results.set(worker, screened)
        }
        return results.values.flatMap { $0 }.sorted { $0.start < $1.start }.flatMap(\.rows)
    }

    /// Rows a worker takes at a time: about a millisecond of screening, so taking them costs nothing.
    static let blockSize = 16

    private func screen(_ record: DelimitedRecordReader.Record, number: Int, columns: BatchColumns) -> ScreenedRow {
        var row = ScreenedRow(number: number, line: record.line, fields: record.fields, matches: [])
        func text(_ column: Int?) -> String? {
            guard let column, column < record.fields.count else { return nil }
            return String(validating: record.fields[column], as: UTF8.self)
        }
        row.id = columns.id.flatMap { column in
            column < record.fields.count ? String(decoding: record.fields[column], as: UTF8.self) : nil
        }
        if let problem = record.problem {
            row.error = problem
            return row
        }
        guard columns.name < record.fields.count else {
            row.error = "the row has \(record.fields.count) fields; the name is in column \(columns.name + 1)"
            return row
        }
        guard let name = text(columns.name) else {
            row.error = "the name is not valid UTF-8"
            return row
        }
        row.query = name
        if name.allSatisfy({ $0.isWhitespace || $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .format } }) {
            row.error = "the name is empty"
            return row
        }
        if name.unicodeScalars.count > Self.maximumNameLength {
            row.error = "the name is \(name.unicodeScalars.count) characters long; the limit is \(Self.maximumNameLength)"
            row.query = nil
            return row
        }
        var query = ScreeningQuery(name: name)
        if let kind = text(columns.kind)?.lowercased().trimmingSpaces, !kind.isEmpty {
            guard let parsed = EntityKind(rawValue: kind) else {
                row.error = "the kind \"\(kind)\" is not one of person, organization, vessel, aircraft"
                return row
            }
            query.kind = parsed
        }
        if let birthDate = text(columns.birthDate)?.trimmingSpaces, !birthDate.isEmpty {
            guard let parsed = PartialDate(iso: birthDate) else {
                row.error = "the date of birth \"\(birthDate)\" is not an ISO date (1970, 1970-06 or 1970-06-03)"
                return row
            }
            query.birthDate = parsed
        }
        if let country = text(columns.country)?.trimmingSpaces, !country.isEmpty { query.country = country }
        row.matches = matcher.matches(for: query)
        return row
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

/// The start of the next block of rows for the workers of `BatchScreener.screen(_:firstNumber:columns:)`.
private final class BlockCounter: Sendable {
    private let next = Atomic<Int>(0)

    /// The first row of a block of `size` rows no other worker takes.
    func take(_ size: Int) -> Int {
        next.wrappingAdd(size, ordering: .relaxed).oldValue
    }
}

/// One chunk screened on other threads while the caller goes on; `rows()` waits for the result.
private final class ScreeningInBackground: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let result = ParallelResults<[ScreenedRow]>(count: 1)

    init(screener: BatchScreener, records: [DelimitedRecordReader.Record], firstNumber: Int, columns: BatchColumns) {
        DispatchQueue.global().async { [done, result] in
            result.set(0, screener.screen(records, firstNumber: firstNumber, columns: columns))
            done.signal()
        }
    }

    /// The screened rows, once every worker is done. Call it once.
    func rows() -> [ScreenedRow] {
        done.wait()
        return result.values[0]
    }
}
