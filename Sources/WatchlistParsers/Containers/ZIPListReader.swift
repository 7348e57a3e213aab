import Foundation
import WatchlistCore

// PLACEHOLDER: being written now; replaced by the real reader before this lands.
/// Reads list files that come as ZIP archives: OFAC's zipped XML and XLSX workbooks (OFSI, DFAT).
enum ZIPListReader {
    static func read(fileURL: URL, emit: (Entity) -> Void) throws(ListReadError) -> ListFileSummary {
        throw ListReadError(file: fileURL.path, problem: .unrecognizedFile("ZIP and XLSX files are not read yet"))
    }
}
