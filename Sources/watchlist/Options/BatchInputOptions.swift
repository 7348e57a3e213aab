import ArgumentParser
import Foundation
import WatchlistScreening

/// The options that say how to read a batch file, shared by `screen` and `ci`.
struct BatchInputOptions: ParsableArguments {
    @Option(help: "The name column: a header name or a 1-based column number. Guessed from the header when omitted.")
    var column: String?
    @Option(name: .customLong("id-column"), help: "A column with the row's own id, copied to the output.")
    var idColumn: String?
    @Option(name: .customLong("country-column"), help: "A column with a country (qualifier).")
    var countryColumn: String?
    @Option(name: .customLong("dob-column"), help: "A column with a date of birth, ISO (qualifier).")
    var dobColumn: String?
    @Option(name: .customLong("kind-column"), help: "A column with the kind: person, organization, vessel, aircraft.")
    var kindColumn: String?
    @Option(help: "The field delimiter: a character or 'tab'. Sniffed from the first line when omitted.")
    var delimiter: String?
    @Flag(name: .customLong("no-header"), help: "The file has no header row; columns are numbers.")
    var noHeader = false
    @Option(help: "Threads screening rows. Default: every core.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1.") }
        if let delimiter, delimiter != "tab", delimiter.utf8.count != 1 {
            throw ValidationError("--delimiter takes one ASCII character or 'tab'.")
        }
    }

    /// A batch file opened, its header read and its columns resolved, ready to screen.
    struct OpenedBatch {
        var reader: DelimitedRecordReader
        var header: [String]?
        var columnCount: Int
        var columns: BatchColumns
        /// Records read to learn the shape of a file without a header; screen them first.
        var firstRecords: [DelimitedRecordReader.Record]
        /// The file's size, when it is a file, for progress.
        var size: Int?
    }

    /// Opens `file` ("-" for standard input); every problem that stops the run is an `InputError` naming
    /// the file, thrown before anything is written.
    func open(_ file: String) throws -> OpenedBatch {
        let handle: FileHandle
        var size: Int?
        if file == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: file) else {
                throw InputError(message: "\(file): cannot open the file; check the path and permissions.")
            }
            handle = opened
            size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? nil
        }
        var reader = DelimitedRecordReader(handle: handle, delimiter: delimiter.map { $0 == "tab" ? 9 : $0.utf8.first! })
        var header: [String]?
        var columnCount = 0
        var firstRecords: [DelimitedRecordReader.Record] = []
        if !noHeader {
            guard let record = reader.next() else {
                throw InputError(message: "\(file): the file is empty; it needs a header row and rows to screen.")
            }
            let names = record.fields.map { String(validating: $0, as: UTF8.self) }
            guard names.allSatisfy({ $0 != nil }) else {
                throw InputError(message: "\(file):1: the header is not valid UTF-8; save the file as UTF-8 (e.g. with iconv).")
            }
            header = names.compactMap { $0 }
            columnCount = names.count
        } else if let record = reader.next() {
            firstRecords = [record]
            columnCount = record.fields.count
        }
        let columns: BatchColumns
        do {
            columns = try BatchColumns(
                header: header, columnCount: columnCount, name: column, id: idColumn, country: countryColumn,
                birthDate: dobColumn, kind: kindColumn)
        } catch {
            throw InputError(message: "\(file): \(error.message)")
        }
        if columns.nameWasGuessed {
            let label = header.map { "\"\($0[columns.name])\"" } ?? "1"
            FileHandle.standardError.write(Data("watchlist: screening column \(columns.name + 1) (\(label)); choose another with --column\n".utf8))
        }
        return OpenedBatch(reader: reader, header: header, columnCount: columnCount, columns: columns, firstRecords: firstRecords, size: size)
    }
}
