import Foundation
import GRDB
import WatchlistCore

/// The compiled watchlist on disk: one SQLite file (through GRDB) holding the metadata, the sources and
/// one row per entity (its JSON, with id, kind and caption as columns for `info` and other tools).
///
/// Writing is atomic: the file is written beside the target under a temporary name and renamed over it,
/// so a failed build leaves the previous file untouched. The same watchlist always gives the same rows in
/// the same order.
public enum CompiledWatchlistFile {
    /// Bumped when the schema changes; a reader refuses files of another version.
    public static let formatVersion = 1
    /// SQLite's file header, used to tell a compiled watchlist from a list file.
    static let magic = Array("SQLite format 3\0".utf8)

    /// Writes the watchlist to `url`, replacing any file there only once the new one is complete.
    public static func write(_ watchlist: Watchlist, to url: URL) throws(WatchlistStoreError) {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            let queue = try DatabaseQueue(path: temporary.path)
            try queue.write { database in
                try createSchema(database)
                try insert(watchlist, into: database)
            }
            try queue.close()
        } catch {
            throw WatchlistStoreError(file: url.path, problem: .cannotWrite("\(error)"))
        }
        guard rename(temporary.path, url.path) == 0 else {
            throw WatchlistStoreError(file: url.path, problem: .cannotWrite(String(cString: strerror(errno))))
        }
    }

    /// Reads a compiled watchlist.
    public static func read(from url: URL) throws(WatchlistStoreError) -> Watchlist {
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: url.path, configuration: configuration)
            return try queue.read { database in
                let version = try String.fetchOne(database, sql: "SELECT value FROM metadata WHERE key = 'format_version'")
                guard version == String(formatVersion) else {
                    throw WatchlistStoreError(
                        file: url.path,
                        problem: .incompatible("format version \(version ?? "none"), this watchlist reads \(formatVersion)"))
                }
                let metadataJSON = try String.fetchOne(database, sql: "SELECT value FROM metadata WHERE key = 'metadata'") ?? ""
                let metadata = try JSONDecoder().decode(WatchlistMetadata.self, from: Data(metadataJSON.utf8))
                let bodies = try Data.fetchAll(database, sql: "SELECT body FROM entity ORDER BY position")
                return Watchlist(entities: try decodeInParallel(bodies), metadata: metadata)
            }
        } catch let error as WatchlistStoreError {
            throw error
        } catch {
            throw WatchlistStoreError(file: url.path, problem: .corrupt("\(error)"))
        }
    }

    /// Decodes the entity rows on every core, each with `StoredEntityReader` or, for a row it does not read,
    /// with `JSONDecoder` (which then says what is wrong with it).
    private static func decodeInParallel(_ bodies: [Data]) throws -> [Entity] {
        try Parallel.map(count: bodies.count, minimumChunk: 1_000) { range in
            let decoder = JSONDecoder()
            return range.map { row in
                Result { try bodies[row].withUnsafeBytes(StoredEntityReader.entity) ?? decoder.decode(Entity.self, from: bodies[row]) }
            }
        }
        .map { try $0.get() }
    }

    /// True when the file starts with SQLite's header.
    public static func isCompiledWatchlist(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: magic.count)).map { [UInt8]($0) == magic } ?? false
    }

    private static func createSchema(_ database: Database) throws {
        try database.execute(sql: """
            CREATE TABLE metadata (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
            CREATE TABLE source (
                position INTEGER PRIMARY KEY, name TEXT NOT NULL, format TEXT NOT NULL, sha256 TEXT,
                published TEXT, entity_count INTEGER NOT NULL, name_count INTEGER NOT NULL,
                warning_count INTEGER NOT NULL);
            CREATE TABLE entity (
                position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, caption TEXT NOT NULL,
                name_count INTEGER NOT NULL, body BLOB NOT NULL);
            """)
    }

    private static func insert(_ watchlist: Watchlist, into database: Database) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let metadata = String(decoding: try encoder.encode(watchlist.metadata), as: UTF8.self)
        for (key, value) in [
            ("format_version", String(formatVersion)), ("algorithm_version", watchlist.metadata.algorithmVersion),
            ("metadata", metadata), ("entity_count", String(watchlist.entities.count)),
        ] {
            try database.execute(sql: "INSERT INTO metadata (key, value) VALUES (?, ?)", arguments: [key, value])
        }
        for (position, source) in watchlist.metadata.sources.enumerated() {
            try database.execute(
                sql: "INSERT INTO source VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                arguments: [
                    position, source.name, source.format, source.sha256, source.published?.description,
                    source.entityCount, source.nameCount, source.warnings.count,
                ])
        }
        let statement = try database.makeStatement(sql: "INSERT INTO entity VALUES (?, ?, ?, ?, ?, ?)")
        for (position, entity) in watchlist.entities.enumerated() {
            try statement.execute(arguments: [
                position, entity.id.rawValue, entity.kind.rawValue, entity.caption, entity.names.count,
                try encoder.encode(entity),
            ])
        }
    }
}

/// A compiled watchlist could not be written or read.
public struct WatchlistStoreError: Error, Sendable, CustomStringConvertible {
    public enum Problem: Sendable {
        case cannotWrite(String)
        case corrupt(String)
        case incompatible(String)
    }

    public var file: String
    public var problem: Problem

    public var description: String {
        switch problem {
        case .cannotWrite(let reason):
            "\(file): cannot write the watchlist: \(reason). Check the folder exists and is writable; the previous file, if any, is unchanged."
        case .corrupt(let reason):
            "\(file): not a readable compiled watchlist: \(reason). Build it again with 'watchlist build'."
        case .incompatible(let reason):
            "\(file): compiled watchlist of another version (\(reason)). Build it again with 'watchlist build'."
        }
    }
}
