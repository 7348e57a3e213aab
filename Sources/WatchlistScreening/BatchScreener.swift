import Dispatch
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
/// hands them back in input order: memory holds one chunk, whatever the size of the file.
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
    /// Rows screened together; each chunk is written before the next is read.
    public var chunkSize = 4096
    /// Names longer than this are not names (the longest listed names are under 300 characters).
    public static let maximumNameLength = 1_000

    public init(matcher: WatchlistMatcher, threads: Int = 2) {
        self.matcher = matcher
        self.threads = max(1, threads)
    }

    /// Reads every remaining record of `reader`, screens it and calls `body` with each chunk in order and
    /// the bytes read so far; the first row gets `firstNumber`.
    public func screen(
        _ reader: inout DelimitedRecordReader, columns: BatchColumns, firstNumber: Int = 1,
        _ body: ([ScreenedRow], _ bytesRead: Int) throws -> Void
    ) rethrows {
        var number = firstNumber - 1
        while true {
            var chunk: [DelimitedRecordReader.Record] = []
            chunk.reserveCapacity(chunkSize)
            while chunk.count < chunkSize, let record = reader.next() { chunk.append(record) }
            guard !chunk.isEmpty else { return }
            let first = number + 1
            number += chunk.count
            try body(screen(chunk, firstNumber: first, columns: columns), reader.bytesRead)
        }
    }

    /// Screens records already read; row numbers start at `firstNumber`.
    public func screen(_ records: [DelimitedRecordReader.Record], firstNumber: Int, columns: BatchColumns) -> [ScreenedRow] {
        let workers = min(threads, max(1, records.count / 64))
        let slice = (records.count + workers - 1) / workers
        let results = ParallelResults<[ScreenedRow]>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let range = (worker * slice)..<min(records.count, (worker + 1) * slice)
            results.set(worker, range.map { screen(records[$0], number: firstNumber + $0, columns: columns) })
        }
        return results.values.flatMap { $0 }
    }

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
