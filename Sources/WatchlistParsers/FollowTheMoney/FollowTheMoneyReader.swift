import Foundation
import WatchlistCore

// PLACEHOLDER: being written now; replaced by the real reader before this lands.
/// Reads OpenSanctions / FollowTheMoney entities, one JSON object per line.
enum FollowTheMoneyReader {
    static func read(fileURL: URL, emit: (Entity) -> Void) throws(ListReadError) -> ListFileSummary {
        throw ListReadError(file: fileURL.path, problem: .unrecognizedFile("FollowTheMoney JSON is not read yet"))
    }
}
