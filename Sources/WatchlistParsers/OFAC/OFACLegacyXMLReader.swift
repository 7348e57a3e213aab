import WatchlistCore

/// Reads OFAC's legacy XML (SDN.XML, CONSOLIDATED.XML; old `tempuri.org` and current Sanctions List Service
/// namespaces alike): the `publshInformation` header, then one `sdnEntry` at a time.
enum OFACLegacyXMLReader: XMLListFormatReader {
    static func read(
        _ reader: XMLReader, root: XMLElementStart, file: String, emit: (Entity) -> Void
    ) throws(ListReadError) -> ListFileSummary {
        var mapper = OFACLegacyXMLMapper(file: file, published: nil)
        var count = 0
        while let event = try reader.next() {
            guard case .startElement(let element) = event else { continue }
            switch element.localName {
            case "publshInformation":
                let header = try reader.readSubtree(startingWith: element)
                mapper.published = header.text(of: "Publish_Date").flatMap(OFACDate.publishDate)
            case "sdnEntry":
                emit(try mapper.entity(from: reader.readSubtree(startingWith: element)))
                count += 1
            default:
                continue
            }
        }
        return ListFileSummary(format: .ofacLegacyXML, published: mapper.published, entityCount: count)
    }
}
