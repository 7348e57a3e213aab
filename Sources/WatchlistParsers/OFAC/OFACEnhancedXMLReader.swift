import Foundation
import WatchlistCore

/// Reads OFAC's Enhanced XML (SDN_ENHANCED.XML, CONS_ENHANCED.XML; root `sanctionsData`): the
/// `publicationInfo` header, the `referenceValues` and `featureTypes` tables (read once, kept for lookups),
/// then one `entity` subtree at a time.
enum OFACEnhancedXMLReader: XMLListFormatReader {
    static func read(
        _ reader: XMLReader, root: XMLElementStart, file: String, emit: (Entity) -> Void
    ) throws(ListReadError) -> ListFileSummary {
        var mapper = OFACEnhancedXMLMapper(file: file, published: nil)
        var warnings: [ListReadWarning] = []
        var count = 0
        while let event = try reader.next() {
            guard case .startElement(let element) = event else { continue }
            switch element.localName {
            case "publicationInfo":
                let header = try reader.readSubtree(startingWith: element)
                mapper.published = header.text(of: "dataAsOf").flatMap(OFACEnhancedDate.partialDate)
            case "referenceValues":
                mapper.references.addReferenceValues(try reader.readSubtree(startingWith: element))
            case "featureTypes":
                mapper.references.addFeatureTypes(try reader.readSubtree(startingWith: element))
            case "entity":
                let (entity, entityWarnings) = try mapper.entity(from: reader.readSubtree(startingWith: element))
                emit(entity)
                warnings += entityWarnings
                count += 1
            default:
                continue
            }
        }
        return ListFileSummary(format: .ofacEnhancedXML, published: mapper.published, entityCount: count, warnings: warnings)
    }
}
