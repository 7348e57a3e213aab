/// The list file formats `ListFileReader` recognizes, by root element.
public enum ListFormat: String, CaseIterable, Sendable, Codable {
    /// OFAC legacy XML (SDN.XML, CONSOLIDATED.XML), root `sdnList`.
    case ofacLegacyXML = "ofac-sdn-xml"

    /// The root element's local name that identifies the format.
    public var rootElement: String {
        switch self {
        case .ofacLegacyXML: "sdnList"
        }
    }

    /// A name for messages.
    public var displayName: String {
        switch self {
        case .ofacLegacyXML: "OFAC SDN/Consolidated XML"
        }
    }

    /// The format whose root element this is, if any.
    init?(rootElement: String) {
        guard let format = Self.allCases.first(where: { $0.rootElement == rootElement }) else { return nil }
        self = format
    }
}
