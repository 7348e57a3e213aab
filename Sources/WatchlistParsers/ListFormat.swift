/// The list file formats `ListFileReader` recognizes.
///
/// XML formats are told apart by their root element; the others by their container (ZIP, XLSX), their
/// columns (CSV) or their first byte (JSON lines).
public enum ListFormat: String, CaseIterable, Sendable, Codable {
    /// OFAC legacy XML (SDN.XML, CONSOLIDATED.XML), root `sdnList`.
    case ofacLegacyXML = "ofac-sdn-xml"
    /// OFAC Enhanced XML (SDN_ENHANCED.XML, CONS_ENHANCED.XML), root `sanctionsData`; also inside a `.ZIP`.
    case ofacEnhancedXML = "ofac-enhanced-xml"
    /// OFAC Advanced XML (SDN_ADVANCED.XML), root `Sanctions`.
    case ofacAdvancedXML = "ofac-advanced-xml"
    /// OFAC legacy CSV set: `sdn.csv` with `alt.csv`, `add.csv`, `sdn_comments.csv` beside it.
    case ofacLegacyCSV = "ofac-sdn-csv"
    /// EU Financial Sanctions Files XML 1.1, root `export`.
    case euFinancialSanctionsXML = "eu-fsf-xml"
    /// UN Security Council Consolidated List XML, root `CONSOLIDATED_LIST`.
    case unConsolidatedXML = "un-consolidated-xml"
    /// UK Sanctions List XML, root `Designations`.
    case ukSanctionsListXML = "uk-sanctions-list-xml"
    /// OFSI Consolidated List (retired) XML, root `ArrayOfFinancialSanctionsTarget`.
    case ofsiConListXML = "ofsi-conlist-xml"
    /// OFSI Consolidated List as CSV (older files are Windows-1252).
    case ofsiConListCSV = "ofsi-conlist-csv"
    /// OFSI Consolidated List as XLSX.
    case ofsiConListXLSX = "ofsi-conlist-xlsx"
    /// Australia DFAT Consolidated List, XLSX only.
    case dfatConsolidatedXLSX = "dfat-consolidated-xlsx"
    /// Canada SEMA consolidated autonomous sanctions list XML, root `data-set`.
    case canadaSEMAXML = "canada-sema-xml"
    /// OpenSanctions / FollowTheMoney entities, one JSON object per line.
    case followTheMoneyJSON = "ftm-json"

    /// The root element's local name that identifies an XML format; nil for the others.
    public var rootElement: String? {
        switch self {
        case .ofacLegacyXML: "sdnList"
        case .ofacEnhancedXML: "sanctionsData"
        case .ofacAdvancedXML: "Sanctions"
        case .euFinancialSanctionsXML: "export"
        case .unConsolidatedXML: "CONSOLIDATED_LIST"
        case .ukSanctionsListXML: "Designations"
        case .ofsiConListXML: "ArrayOfFinancialSanctionsTarget"
        case .canadaSEMAXML: "data-set"
        case .ofacLegacyCSV, .ofsiConListCSV, .ofsiConListXLSX, .dfatConsolidatedXLSX, .followTheMoneyJSON: nil
        }
    }

    /// A name for messages.
    public var displayName: String {
        switch self {
        case .ofacLegacyXML: "OFAC SDN/Consolidated XML"
        case .ofacEnhancedXML: "OFAC Enhanced XML"
        case .ofacAdvancedXML: "OFAC Advanced XML"
        case .ofacLegacyCSV: "OFAC SDN CSV"
        case .euFinancialSanctionsXML: "EU Financial Sanctions Files XML"
        case .unConsolidatedXML: "UN Security Council Consolidated XML"
        case .ukSanctionsListXML: "UK Sanctions List XML"
        case .ofsiConListXML: "OFSI ConList XML"
        case .ofsiConListCSV: "OFSI ConList CSV"
        case .ofsiConListXLSX: "OFSI ConList XLSX"
        case .dfatConsolidatedXLSX: "DFAT Consolidated List XLSX"
        case .canadaSEMAXML: "Canada SEMA XML"
        case .followTheMoneyJSON: "FollowTheMoney JSON lines"
        }
    }

    /// The XML format whose root element this is, if any.
    init?(rootElement: String) {
        guard let format = Self.allCases.first(where: { $0.rootElement == rootElement }) else { return nil }
        self = format
    }
}
