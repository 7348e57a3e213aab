import Foundation
import WatchlistCore

/// Reads OFSI's retired Consolidated List XML (`ConList.xml`, root `ArrayOfFinancialSanctionsTarget`, both the
/// older element names and the 2022 format's `Individual_DateOfBirth`, `GroupTypeDescription`, ...).
///
/// Each `FinancialSanctionsTarget` is one name of one target, a flat row of fields; `OFSIConListMapper`
/// groups the rows by `GroupID` into one entity each. Rows are read one subtree at a time; the entities
/// are handed out, in the order their groups first appear, once the file has been read.
enum OFSIConListXMLReader: XMLListFormatReader {
    static func read(
        _ reader: XMLReader, root: XMLElementStart, file: String, emit: (Entity) -> Void
    ) throws(ListReadError) -> ListFileSummary {
        var mapper = OFSIConListMapper(file: file, published: nil)
        var rowCount = 0
        while let event = try reader.next() {
            guard case .startElement(let element) = event else { continue }
            let node = try reader.readSubtree(startingWith: element)
            switch element.localName {
            case "FinancialSanctionsTarget":
                rowCount += 1
                try mapper.add(row: row(of: node), line: node.line, record: "<FinancialSanctionsTarget> on line \(node.line)")
            case "DateGenerated", "LastUpdated":
                mapper.published = mapper.published ?? UKDate.partialDate(node.text)
            default:
                continue
            }
        }
        let entities = mapper.finish()
        for entity in entities { emit(entity) }
        return ListFileSummary(
            format: .ofsiConListXML, published: mapper.published, entityCount: entities.count, warnings: mapper.warnings)
    }

    /// The target's fields by element name. `xsi:nil` fields have no text and are left out by the mapper.
    static func row(of node: XMLNode) -> [String: String] {
        var row: [String: String] = [:]
        for child in node.children where !child.text.isEmpty {
            // A field given twice keeps both values rather than losing one.
            row[child.name] = row[child.name].map { "\($0); \(child.text)" } ?? child.text
        }
        return row
    }
}
