import CSV
import Foundation
import WatchlistCore

/// Reads OFSI's Consolidated List as CSV (`ConList.csv`): a first line `Last Updated,27/04/2020`, then a
/// header row (`Name 6,Name 1,...,Group ID`), then one row per name of a target.
///
/// Older files are Windows-1252 (the 2020 file has `’` as byte 0x92): a file that is not valid UTF-8 is
/// decoded as Windows-1252, which maps every byte. The whole file is decoded in memory (a few MB), since the
/// encoding is only known once every byte has been seen; `OFSIConListMapper` groups the rows by `Group ID`.
enum OFSIConListCSVReader {
    static func read(fileURL: URL, emit: (Entity) -> Void) throws(ListReadError) -> ListFileSummary {
        let file = fileURL.lastPathComponent
        guard let data = try? Data(contentsOf: fileURL) else {
            throw ListReadError(file: fileURL.path, problem: .unreadable("the file does not exist or cannot be read"))
        }
        guard let text = decode(data) else {
            throw ListReadError(file: fileURL.path, problem: .malformed("the text is neither UTF-8 nor Windows-1252"))
        }
        var (published, body, firstLine) = (PartialDate?.none, Substring(text), 1)
        if let lineEnd = body.firstIndex(where: \.isNewline), body.prefix(12).lowercased() == "last updated" {
            published = body[..<lineEnd].split(separator: ",").dropFirst().first.flatMap { UKDate.partialDate(String($0)) }
            body = body[body.index(after: lineEnd)...]
            firstLine = 2
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: String(body), hasHeaderRow: true)
        } catch {
            throw ListReadError(file: fileURL.path, line: firstLine, problem: .malformed("the CSV parser could not start: \(error)"))
        }
        guard let header = reader.headerRow.map({ OFSIConListMapper.Header($0, skippingEmptyNames: false) }), header.hasGroupID else {
            throw ListReadError(file: fileURL.path, line: firstLine, problem: .malformed("the header row has no 'Group ID' column"))
        }

        var mapper = OFSIConListMapper(file: file, published: published)
        var warnings: [ListReadWarning] = []
        var line = firstLine + 1 + header.names.reduce(0) { $0 + lineBreaks(in: $1) }
        var rowNumber = 0
        while let fields = reader.next() {
            rowNumber += 1
            defer { line += 1 + fields.reduce(0) { $0 + lineBreaks(in: $1) } }
            if fields.allSatisfy(\.isEmpty) { continue }  // a blank line
            if fields.count != header.names.count {
                warnings.append(ListReadWarning(
                    file: file, line: line,
                    message: "row \(rowNumber) has \(fields.count) fields where the header has \(header.names.count); read by position"))
            }
            try mapper.add(cells: fields, header: header, line: line, record: "row \(rowNumber)")
        }
        if let error = reader.error {
            throw ListReadError(file: fileURL.path, line: line, problem: .malformed("row \(rowNumber + 1): \(error)"))
        }
        let entities = mapper.finish()
        for entity in entities { emit(entity) }
        return ListFileSummary(
            format: .ofsiConListCSV, published: published, entityCount: entities.count, warnings: warnings + mapper.warnings)
    }

    /// UTF-8 (without its byte-order mark) when the bytes are valid UTF-8, else Windows-1252.
    static func decode(_ data: Data) -> String? {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(data: Data(bytes), encoding: .windowsCP1252)
    }

    /// Line breaks inside a quoted field, so rows after it get their true line number.
    private static func lineBreaks(in field: String) -> Int {
        if field.isEmpty { return 0 }
        var field = field
        // Counted on the bytes: walking `Character`s here is most of a debug build's reading time.
        return field.withUTF8 { bytes in bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } }
    }
}
