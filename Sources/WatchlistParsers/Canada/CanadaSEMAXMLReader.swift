import Foundation
import WatchlistCore

/// Reads Canada's Consolidated Special Economic Measures Act list XML (root `data-set`), one `record` at a
/// time, each mapped by `CanadaSEMAXMLMapper`.
///
/// The list has no record ids, so ids are built from country, schedule and item
/// (`ca:belarus-1-part-1-97`). Two records with the same three are two listings (the list never repeats a
/// party under one item), so they are not merged: the later one gets `-2`, `-3`, ... and a warning.
/// The file states no publication date.
enum CanadaSEMAXMLReader: XMLListFormatReader {
    static func read(
        _ reader: XMLReader, root: XMLElementStart, file: String, emit: (Entity) -> Void
    ) throws(ListReadError) -> ListFileSummary {
        var mapper = CanadaSEMAXMLMapper(file: file)
        var usedIDs: Set<String> = []
        var warnings: [ListReadWarning] = []
        var count = 0
        while let event = try reader.next() {
            guard case .startElement(let element) = event, element.localName == "record" else { continue }
            let record = try reader.readSubtree(startingWith: element)
            guard let baseID = CanadaSEMAXMLMapper.localID(of: record) else {
                throw ListReadError(
                    file: file, line: record.line,
                    problem: .missingField(field: "<Country> and <Item>", record: "the <record> on line \(record.line)"))
            }
            var localID = baseID
            var copy = 1
            while usedIDs.contains(localID) {
                copy += 1
                localID = "\(baseID)-\(copy)"
            }
            if copy > 1 {
                warnings.append(ListReadWarning(
                    file: file, line: record.line,
                    message: "\(CanadaSEMAXMLMapper.recordDescription(record)) repeats the country, schedule and item of an earlier record; its id is ca:\(localID)"))
            }
            usedIDs.insert(localID)
            emit(try mapper.entity(from: record, localID: localID))
            count += 1
        }
        return ListFileSummary(format: .canadaSEMAXML, published: nil, entityCount: count, warnings: warnings + mapper.warnings)
    }
}
