import Foundation

/// The folder this test process writes its files in, removed when the process exits: test runs leave
/// nothing behind in the system's temporary folder.
enum TestScratch {
    static let directory: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("watchlist-cli-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestScratch.directory) }
        return url
    }()
}
