import Foundation
import ZIPFoundation

/// A ZIP archive opened to read list files out of it (OFAC's zipped XML, the parts of an XLSX workbook),
/// with limits that keep a hostile archive (a "zip bomb") from filling memory or disk.
///
/// Every extraction is checked twice: the sizes the archive declares are checked before anything is
/// inflated, and the bytes actually inflated are counted as they arrive, so an archive that lies about
/// its sizes is stopped at the limit too.
///
/// ```swift
/// let zip = try ZIPContainer(fileURL: url)
/// let data = try zip.data(of: "xl/sharedStrings.xml")
/// ```
struct ZIPContainer {
    /// How much an archive entry may inflate to.
    struct Limits: Equatable {
        /// The largest uncompressed entry we extract. Official lists are at most about 110 MB.
        var maximumEntrySize: UInt64 = 2 << 30
        /// The largest uncompressed-to-compressed ratio we accept; real list XML compresses about 10 to 20
        /// times, a zip bomb about 1,000 times.
        var maximumCompressionRatio: UInt64 = 200
        /// Entries smaller than this are exempt from the ratio check (a few KB of repetitive XML can
        /// compress very well and is harmless).
        var ratioExemptSize: UInt64 = 1 << 20
        /// Entries up to this size are extracted into memory, larger ones into a temporary file.
        var inMemorySize: UInt64 = 32 << 20
    }

    /// The archive's path, used in errors.
    let path: String
    let limits: Limits
    private let archive: Archive

    init(fileURL: URL, limits: Limits = Limits()) throws(ListReadError) {
        path = fileURL.path
        self.limits = limits
        do {
            archive = try Archive(url: fileURL, accessMode: .read)
        } catch {
            throw ListReadError(file: fileURL.path, problem: .malformed("it starts like a ZIP archive but cannot be opened as one (\(error))"))
        }
    }

    /// The paths of the file entries, in archive order.
    var filePaths: [String] {
        archive.filter { $0.type == .file }.map(\.path)
    }

    /// True when the archive holds a file at this path.
    func contains(_ entryPath: String) -> Bool {
        archive[entryPath].map { $0.type == .file } ?? false
    }

    /// The name of an entry for errors and provenance: `archive.zip/entry.xml`.
    func displayName(of entryPath: String) -> String {
        "\(path)/\(entryPath)"
    }

    /// The entry's bytes, for entries up to `limits.inMemorySize`.
    func data(of entryPath: String) throws(ListReadError) -> Data {
        let entry = try checkedEntry(entryPath)
        guard entry.uncompressedSize <= limits.inMemorySize else {
            throw ListReadError(
                file: displayName(of: entryPath),
                problem: .malformed("the entry is \(entry.uncompressedSize) bytes, too large to read into memory"))
        }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        try extract(entry, entryPath) { data.append($0) }
        return data
    }

    /// Hands `body` a streaming XML reader over the entry: from memory when the entry is small, else from
    /// a temporary file that is removed when `body` returns.
    func withXMLReader<Result>(
        of entryPath: String, _ body: (XMLReader) throws(ListReadError) -> Result
    ) throws(ListReadError) -> Result {
        let entry = try checkedEntry(entryPath)
        let name = displayName(of: entryPath)
        if entry.uncompressedSize <= limits.inMemorySize {
            return try body(XMLReader(data: data(of: entryPath), documentName: name))
        }
        let temporaryURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("watchlist-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: temporaryURL) }
        guard FileManager.default.createFile(atPath: temporaryURL.path, contents: nil),
            let handle = try? FileHandle(forWritingTo: temporaryURL)
        else {
            throw ListReadError(file: name, problem: .unreadable("cannot create a temporary file in \(temporaryURL.deletingLastPathComponent().path) to extract it to"))
        }
        do {
            defer { try? handle.close() }
            try extract(entry, entryPath) { chunk in try handle.write(contentsOf: chunk) }
        }
        // Errors name the entry inside the archive, not the temporary file.
        do throws(ListReadError) {
            return try body(XMLReader(fileURL: temporaryURL))
        } catch {
            throw ListReadError(file: name, line: error.line, column: error.column, problem: error.problem)
        }
    }

    /// The entry, after checking its declared sizes against the limits.
    private func checkedEntry(_ entryPath: String) throws(ListReadError) -> Entry {
        guard let entry = archive[entryPath], entry.type == .file else {
            throw ListReadError(file: path, problem: .malformed("the archive has no entry \(entryPath)"))
        }
        let size = entry.uncompressedSize
        if size > limits.maximumEntrySize {
            throw bombError(entryPath, "it would inflate to \(size) bytes, over the \(limits.maximumEntrySize)-byte limit")
        }
        if size > limits.ratioExemptSize, size / max(entry.compressedSize, 1) > limits.maximumCompressionRatio {
            throw bombError(
                entryPath,
                "it would inflate \(size / max(entry.compressedSize, 1)) times (\(entry.compressedSize) to \(size) bytes), over the \(limits.maximumCompressionRatio)x limit")
        }
        return entry
    }

    /// Inflates the entry chunk by chunk, stopping as soon as more bytes arrive than it declared.
    private func extract(_ entry: Entry, _ entryPath: String, into consume: (Data) throws -> Void) throws(ListReadError) {
        let declared = entry.uncompressedSize
        var inflated: UInt64 = 0
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                inflated += UInt64(chunk.count)
                if inflated > declared { throw SizeExceeded() }
                try consume(chunk)
            }
        } catch is SizeExceeded {
            throw bombError(entryPath, "it inflates to more than the \(declared) bytes its header declares")
        } catch {
            throw ListReadError(
                file: displayName(of: entryPath), problem: .malformed("the entry cannot be extracted (\(error))"))
        }
    }

    private func bombError(_ entryPath: String, _ reason: String) -> ListReadError {
        ListReadError(
            file: displayName(of: entryPath),
            problem: .malformed("refused to extract the entry: \(reason); the archive may be a zip bomb"))
    }

    private struct SizeExceeded: Error {}
}
