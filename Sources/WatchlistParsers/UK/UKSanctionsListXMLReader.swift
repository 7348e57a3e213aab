import Foundation
import WatchlistCore

/// Reads the FCDO's UK Sanctions List XML (root `Designations`): an optional `DateGenerated` header
/// (`dd/mm/yyyy`), then one `Designation` at a time, each mapped by `UKSanctionsListXMLMapper`.
enum UKSanctionsListXMLReader: XMLListFormatReader {
    static func read(
        _ reader: XMLReader, root: XMLElementStart, file: String, emit: (Entity) -> Void
    ) throws(ListReadError) -> ListFileSummary {
        var mapper = UKSanctionsListXMLMapper(file: file, published: nil)
        var count = 0
        while let event = try reader.next() {
            guard case .startElement(let element) = event else { continue }
            let node = try reader.readSubtree(startingWith: element)
            switch element.localName {
            case "DateGenerated":
                mapper.published = UKDate.partialDate(node.text)
            case "Designation":
                emit(try mapper.entity(from: node))
                count += 1
            default:
                continue
            }
        }
        return ListFileSummary(format: .ukSanctionsListXML, published: mapper.published, entityCount: count, warnings: mapper.warnings)
    }
}
