import Foundation
import WatchlistMatching
import WatchlistScreening

/// Turns screened rows into `screen`'s output: CSV (input columns plus match columns), JSON Lines (one
/// object per row) or JSON (the same objects in one document). The JSON objects are documented in
/// docs/json-output.md.
struct BatchOutputWriter {
    static let matchColumns = [
        "watchlist_score", "watchlist_entity_id", "watchlist_caption", "watchlist_matched_name", "watchlist_matches",
        "watchlist_error",
    ]

    var format: Screen.Format
    var delimiter: UInt8
    var threshold: Double
    /// Input columns per row in the CSV output: short rows are padded so every line has the header's width.
    var inputColumns: Int

    /// What comes before the first row: the CSV header, or the JSON document's opening.
    func start(header: [String]?) -> Data {
        switch format {
        case .csv:
            guard let header else { return Data() }
            return csvLine((header + Self.matchColumns).map { Array($0.utf8) })
        case .jsonl: return Data()
        case .json:
            return Data("{\"format_version\":\(CheckReport.formatVersion),\"algorithm_version\":\"\(WatchlistMatcher.algorithmVersion)\",\"threshold\":\(threshold),\"rows\":[\n".utf8)
        }
    }

    func rows(_ rows: [ScreenedRow], first: Bool) -> Data {
        var data = Data()
        for (offset, row) in rows.enumerated() {
            switch format {
            case .csv:
                let best = row.matches.first
                let extra: [String] = [
                    best.map { String(format: "%.3f", $0.score) } ?? "", best?.entityID.rawValue ?? "", best?.caption ?? "",
                    best?.matchedName.value ?? "", String(row.matches.count), row.error ?? "",
                ]
                let padding = [[UInt8]](repeating: [], count: max(0, inputColumns - row.fields.count))
                data.append(csvLine(row.fields + padding + extra.map { Array($0.utf8) }))
            case .jsonl:
                data.append(json(row))
                data.append(0x0A)
            case .json:
                if !(first && offset == 0) { data.append(contentsOf: Array(",\n".utf8)) }
                data.append(json(row))
            }
        }
        return data
    }

    func end() -> Data {
        format == .json ? Data("\n]}\n".utf8) : Data()
    }

    /// One row object: `row`, `line`, `id`, `query`, `matches` (as `check --format json`), `error`.
    private struct RowObject: Encodable {
        var row: Int
        var line: Int
        var id: String?
        var query: String?
        var matches: [CheckReport.MatchObject]
        var error: String?
    }

    private func json(_ row: ScreenedRow) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let object = RowObject(
            row: row.number, line: row.line, id: row.id, query: row.query,
            matches: row.matches.map(CheckReport.MatchObject.init), error: row.error)
        return (try? encoder.encode(object)) ?? Data("{\"row\":\(row.number),\"error\":\"could not encode the row\"}".utf8)
    }

    /// A CSV line, quoting fields that hold the delimiter, a quote or a line break; bytes are kept as read.
    private func csvLine(_ fields: [[UInt8]]) -> Data {
        var data = Data()
        for (index, field) in fields.enumerated() {
            if index > 0 { data.append(delimiter) }
            if field.contains(where: { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                data.append(0x22)
                for byte in field {
                    if byte == 0x22 { data.append(0x22) }
                    data.append(byte)
                }
                data.append(0x22)
            } else {
                data.append(contentsOf: field)
            }
        }
        data.append(0x0A)
        return data
    }
}
