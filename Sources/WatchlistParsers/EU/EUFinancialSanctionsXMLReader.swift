import Foundation
import WatchlistCore

// PLACEHOLDER: being written now; replaced by the real reader before this lands.
enum EUFinancialSanctionsXMLReader: XMLListFormatReader {
    static func read(
        _ reader: XMLReader, root: XMLElementStart, file: String, emit: (Entity) -> Void
    ) throws(ListReadError) -> ListFileSummary {
        throw ListReadError(file: file, problem: .unrecognizedFile("\(ListFormat.euFinancialSanctionsXML.displayName) is not read yet"))
    }
}
