import ArgumentParser
import Foundation
import WatchlistMatching
import WatchlistScreening

/// `watchlist screen FILE|-`: screens every row of a CSV or TSV file, streaming, on both cores.
struct Screen: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Screen every row of a CSV or TSV file (a customer or supplier export).",
        discussion: """
            Reads the file as it goes (memory does not grow with it), screens the name column of each row on \
            every core and writes one output row per input row, in input order: CSV keeps every input column \
            and adds watchlist_score, watchlist_entity_id, watchlist_caption, watchlist_matched_name, \
            watchlist_matches and watchlist_error; JSONL and JSON give each row's matches with the same objects \
            as 'check --format json'. A row that cannot be screened (empty name, invalid UTF-8, a name over \
            1,000 characters, too few fields) is written with its error. Exits 1 when any row matched, 0 when \
            none did, 2 when the run cannot start (a missing file or column; nothing is written then). With \
            -o, the output file appears only when the run completes.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, jsonl, json
    }

    @Argument(help: "The CSV or TSV file, or - for standard input.")
    var file: String

    @OptionGroup var input: BatchInputOptions
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var output: String?
    @Option(help: "Output format: csv, jsonl or json.")
    var format: Format = .csv
    @Flag(help: "Show progress on standard error even when it is not a terminal.")
    var progress = false

    @OptionGroup var watchlistOptions: WatchlistOptions
    @OptionGroup var matchOptions: MatchOptions

    func run() throws {
        var batch = try input.open(file)
        let matcher = KeptUntilExit.keep(try watchlistOptions.load().matcher(configuration: matchOptions.configuration))
        let screener = BatchScreener(matcher: matcher, threads: input.threads)
        var sink = try OutputSink(path: output)
        let writer = BatchOutputWriter(
            format: format, delimiter: batch.reader.delimiter, threshold: matchOptions.threshold, inputColumns: batch.columnCount)
        let meter = ProgressMeter(enabled: progress || isatty(STDERR_FILENO) == 1, totalBytes: batch.size)
        var summary = (rows: 0, hits: 0, errors: 0)
        let started = Date()
        do {
            sink.write(writer.start(header: batch.header))
            var first = true
            func emit(_ rows: [ScreenedRow]) throws {
                sink.write(writer.rows(rows, first: first))
                first = false
                summary.rows += rows.count
                summary.hits += rows.filter { !$0.matches.isEmpty }.count
                summary.errors += rows.filter { $0.error != nil }.count
            }
            if !batch.firstRecords.isEmpty { try emit(screener.screen(batch.firstRecords, firstNumber: 1, columns: batch.columns)) }
            try screener.screen(&batch.reader, columns: batch.columns, firstNumber: summary.rows + 1) { rows, bytesRead in
                try emit(rows)
                meter.update(rows: summary.rows, bytes: bytesRead, started: started)
            }
            sink.write(writer.end())
            try sink.finish()
        } catch {
            sink.abandon()
            throw error
        }
        meter.finish()
        let seconds = Date().timeIntervalSince(started)
        let rate = seconds > 0 ? Int(Double(summary.rows) / seconds) : summary.rows
        FileHandle.standardError.write(Data(String(
            format: "watchlist: screened %d rows: %d with a match, %d errors, in %.2f s (%d rows/s)\n",
            summary.rows, summary.hits, summary.errors, seconds, rate).utf8))
        if summary.hits > 0 { throw ExitCode.matchFound }
    }
}

/// Standard output, or a file that appears (atomically) only when the run completes.
struct OutputSink {
    private let path: String?
    private let temporary: URL?
    private let handle: FileHandle
    private var pending = Data()

    init(path: String?) throws {
        self.path = path
        guard let path else {
            temporary = nil
            handle = FileHandle.standardOutput
            return
        }
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).partial")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
            let handle = try? FileHandle(forWritingTo: temporary)
        else {
            throw InputError(message: "\(path): cannot write the output file; check the folder and permissions.")
        }
        self.temporary = temporary
        self.handle = handle
    }

    mutating func write(_ data: Data) {
        pending.append(data)
        if pending.count >= 1 << 20 { flush() }
    }

    private mutating func flush() {
        handle.write(pending)
        pending.removeAll(keepingCapacity: true)
    }

    mutating func finish() throws {
        flush()
        guard let temporary, let path else { return }
        try? handle.close()
        // rename(2), not `FileManager.replaceItemAt`: on Linux that swapped the two files and renamed the
        // previous output back over the new one, so a second run into the same file kept the first
        // run's rows.
        guard rename(temporary.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw InputError(message: "\(path): cannot replace the output file: \(reason)")
        }
    }

    func abandon() {
        guard let temporary else { return }
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }
}

/// A one-line progress display on standard error: rows, rows per second, and the share and time left
/// when the file size is known.
final class ProgressMeter {
    private let enabled: Bool
    private let totalBytes: Int?
    private var lastShown = Date.distantPast

    init(enabled: Bool, totalBytes: Int?) {
        self.enabled = enabled
        self.totalBytes = totalBytes
    }

    func update(rows: Int, bytes: Int, started: Date) {
        guard enabled, Date().timeIntervalSince(lastShown) >= 0.5 else { return }
        lastShown = Date()
        let elapsed = max(0.001, lastShown.timeIntervalSince(started))
        var line = String(format: "\r%d rows, %.0f rows/s", rows, Double(rows) / elapsed)
        if let totalBytes, totalBytes > 0, bytes > 0 {
            let share = min(1, Double(bytes) / Double(totalBytes))
            line += String(format: ", %.0f%%, ETA %.0f s", share * 100, elapsed / share - elapsed)
        }
        FileHandle.standardError.write(Data((line + "   ").utf8))
    }

    func finish() {
        if enabled, lastShown != .distantPast { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
