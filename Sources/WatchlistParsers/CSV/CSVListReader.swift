import Foundation
import WatchlistCore

// PLACEHOLDER: being written now; replaced by the real reader before this lands.
/// Reads CSV list files: OFAC's legacy SDN CSV set and OFSI's ConList CSV, told apart by their columns.
enum CSVListReader {
    static func read(fileURL: URL, emit: (Entity) -> Void) throws(ListReadError) -> ListFileSummary {
        throw ListReadError(file: fileURL.path, problem: .unrecognizedFile("CSV lists are not read yet"))
    }
}
