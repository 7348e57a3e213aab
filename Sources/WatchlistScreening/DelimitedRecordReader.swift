import Foundation

/// Reads CSV or TSV records from a file or standard input in 1 MiB chunks, so memory does not grow with
/// the file: quoted fields with delimiters, quotes and newlines inside, CRLF or LF line ends, a UTF-8
/// byte-order mark.
///
/// Written by hand rather than with CSV.swift (which the list readers use): CSV.swift decodes the whole
/// stream as UTF-8 and stops at the first invalid byte, while a batch screen must go on and report that
/// one row as unreadable. Fields stay bytes here; the caller decodes each field and can tell which is bad.
/// `DelimitedRecordReaderTests` checks it against CSV.swift on generated files.
public struct DelimitedRecordReader {
    /// One record: its fields as bytes, the line it starts on, and what is wrong with it, if anything.
    public struct Record: Sendable {
        public var fields: [[UInt8]]
        /// 1-based line of the file the record starts on.
        public var line: Int
        /// Set when the record cannot be read whole (an unterminated quote, a field over the size limit).
        public var problem: String?
    }

    /// A field longer than this is cut and its record reported: no name or id is a megabyte long.
    public static let maximumFieldBytes = 1 << 20

    public private(set) var delimiter: UInt8
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var line = 1
    /// Bytes consumed so far, for progress.
    public private(set) var bytesRead = 0

    /// Opens `handle`; `delimiter` nil sniffs it from the first line (comma, semicolon, tab or pipe,
    /// whichever occurs most outside quotes; comma when none does).
    public init(handle: FileHandle, delimiter: UInt8?) {
        self.handle = handle
        self.delimiter = UInt8(ascii: ",")
        refill()
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        self.delimiter = delimiter ?? Self.sniff(buffer[position...])
    }

    /// The delimiter that occurs most often outside quotes in the first line.
    static func sniff(_ bytes: ArraySlice<UInt8>) -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]
        var counts = [Int](repeating: 0, count: candidates.count)
        var quoted = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted, byte == UInt8(ascii: "\n") { break }
            if !quoted, let index = candidates.firstIndex(of: byte) { counts[index] += 1 }
        }
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] > 0 else { return candidates[0] }
        return candidates[best]
    }

    private mutating func refill() {
        if position > 0 {
            buffer.removeFirst(position)
            position = 0
        }
        let chunk = (try? handle.read(upToCount: 1 << 20)) ?? nil
        if let chunk, !chunk.isEmpty {
            buffer.append(contentsOf: chunk)
            bytesRead += chunk.count
        } else {
            atEnd = true
        }
    }

    /// The next record, or nil at the end of the input. A blank line is a record with one empty field.
    public mutating func next() -> Record? {
        // This loop is the hot path of a million-row screen: a byte-at-a-time state machine over the
        // buffer, refilled in place.
        if position >= buffer.count, !atEnd { refill() }
        guard position < buffer.count else { return nil }
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        var fields: [[UInt8]] = []
        var field: [UInt8] = []
        var quoted = false
        var afterQuote = false
        var problem: String?
        let startLine = line
        func append(_ byte: UInt8) {
            if field.count < Self.maximumFieldBytes {
                field.append(byte)
            } else if problem == nil {
                problem = "a field is longer than \(Self.maximumFieldBytes) bytes"
            }
        }
        while true {
            if position >= buffer.count {
                if atEnd { break }
                refill()
                if position >= buffer.count { break }
            }
            let byte = buffer[position]
            position += 1
            if byte == newline { line += 1 }
            if quoted {
                if byte == quote {
                    quoted = false
                    afterQuote = true
                } else {
                    append(byte)
                }
                continue
            }
            if byte == quote {
                if afterQuote {
                    append(quote) // "" inside a quoted field
                    quoted = true
                    afterQuote = false
                } else if field.isEmpty {
                    quoted = true
                } else {
                    append(byte) // a quote inside an unquoted field is kept as it is
                }
                continue
            }
            afterQuote = false
            if byte == delimiter {
                fields.append(field)
                field = []
            } else if byte == newline {
                if field.last == carriageReturn { field.removeLast() }
                fields.append(field)
                return Record(fields: fields, line: startLine, problem: problem)
            } else {
                append(byte)
            }
        }
        if quoted { problem = problem ?? "a quoted field that starts here is never closed; the rest of the file was read into it" }
        if field.last == carriageReturn { field.removeLast() }
        fields.append(field)
        return Record(fields: fields, line: startLine, problem: problem)
    }
}
