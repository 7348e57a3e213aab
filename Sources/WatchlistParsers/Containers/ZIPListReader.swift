import Foundation
import WatchlistCore

/// Reads list files that come as ZIP archives: OFAC's zipped XML (`SDN_ENHANCED.ZIP`, `CONS_ENHANCED.ZIP`,
/// `SDN_XML.ZIP`, ...) and XLSX workbooks (OFSI ConList, DFAT Consolidated List).
///
/// An archive holding `xl/workbook.xml` is an XLSX workbook and goes to `XLSXListReader`. Any other archive
/// must hold exactly one `.xml` file, which is read like an XML list on disk (its root element names the
/// format). Extraction is bounded by `ZIPContainer.Limits`.
enum ZIPListReader {
    static func read(fileURL: URL, emit: (Entity) -> Void) throws(ListReadError) -> ListFileSummary {
        try read(fileURL: fileURL, limits: ZIPContainer.Limits(), emit: emit)
    }

    /// As `read(fileURL:emit:)`, with explicit extraction limits (tests use small ones).
    static func read(
        fileURL: URL, limits: ZIPContainer.Limits, emit: (Entity) -> Void
    ) throws(ListReadError) -> ListFileSummary {
        let zip = try ZIPContainer(fileURL: fileURL, limits: limits)
        if zip.contains("xl/workbook.xml") {
            return try XLSXListReader.read(zip, file: fileURL.lastPathComponent, emit: emit)
        }
        let paths = zip.filePaths
        // macOS Finder adds `__MACOSX/._NAME` resource forks beside each file; they are not lists.
        let xmlPaths = paths.filter { path in
            path.lowercased().hasSuffix(".xml") && !path.hasPrefix("__MACOSX/")
                && !(path.split(separator: "/").last ?? "").hasPrefix("._")
        }
        guard xmlPaths.count == 1, let xmlPath = xmlPaths.first else {
            let listing = paths.prefix(10).joined(separator: ", ") + (paths.count > 10 ? ", ..." : "")
            let reason =
                xmlPaths.isEmpty
                ? "the ZIP archive holds no .xml list file and is not an XLSX workbook (entries: \(paths.isEmpty ? "none" : listing))"
                : "the ZIP archive holds \(xmlPaths.count) .xml files (\(xmlPaths.joined(separator: ", "))); unzip it and read each file"
            throw ListReadError(file: fileURL.path, problem: .unrecognizedFile(reason))
        }
        let file = "\(fileURL.lastPathComponent)/\(xmlPath)"
        return try zip.withXMLReader(of: xmlPath) { reader throws(ListReadError) in
            try ListFileReader().readXML(reader, file: file, emit: emit)
        }
    }
}
