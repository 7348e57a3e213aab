import Foundation
import Testing
import WatchlistCore
@testable import WatchlistStore

struct CompiledWatchlistFileTests {
    /// A fresh folder per call inside one folder per test process, which is removed when the process exits.
    private static let scratch: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("watchlist-store-tests-\(ProcessInfo.processInfo.processIdentifier)")
        atexit { try? FileManager.default.removeItem(at: CompiledWatchlistFileTests.scratch) }
        return url
    }()

    private func temporaryURL(_ name: String = "watchlist.db") throws -> URL {
        let directory = Self.scratch.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent(name)
    }

    @Test func roundTripsEntitiesAndMetadata() throws {
        let original = try DefaultWatchlist.load()
        let url = try temporaryURL()
        try CompiledWatchlistFile.write(original, to: url)
        #expect(CompiledWatchlistFile.isCompiledWatchlist(url))
        let read = try CompiledWatchlistFile.read(from: url)
        #expect(read.entities == original.entities)
        #expect(read.metadata == original.metadata)
    }

    @Test func sameInputsWriteTheSameBytes() throws {
        let watchlist = try DefaultWatchlist.load()
        let first = try temporaryURL()
        let second = try temporaryURL()
        try CompiledWatchlistFile.write(watchlist, to: first)
        try CompiledWatchlistFile.write(watchlist, to: second)
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
    }

    @Test func failedWriteLeavesTheExistingFileUntouched() throws {
        let url = try temporaryURL()
        try Data("previous watchlist".utf8).write(to: url)
        let unwritable = url.deletingLastPathComponent().appendingPathComponent("missing-folder/watchlist.db")
        #expect(throws: WatchlistStoreError.self) {
            try CompiledWatchlistFile.write(try DefaultWatchlist.load(), to: unwritable)
        }
        #expect(try Data(contentsOf: url) == Data("previous watchlist".utf8))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        #expect(leftovers == ["watchlist.db"])
    }

    @Test func aFileThatIsNotAWatchlistIsReportedAsCorrupt() throws {
        let url = try temporaryURL()
        var bytes = Array("SQLite format 3\0".utf8)
        bytes += [UInt8](repeating: 7, count: 200)
        try Data(bytes).write(to: url)
        do {
            _ = try CompiledWatchlistFile.read(from: url)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("Build it again"))
        }
    }

    @Test func loaderTellsCompiledWatchlistsFromListFiles() throws {
        let url = try temporaryURL()
        try CompiledWatchlistFile.write(try DefaultWatchlist.load(), to: url)
        #expect(try WatchlistLoader.load(fileURL: url).entities.count == 6)
        let notAList = try temporaryURL("notes.txt")
        try Data("just some notes, not a list\n".utf8).write(to: notAList)
        #expect(throws: WatchlistLoadError.self) { try WatchlistLoader.load(fileURL: notAList) }
    }
}
