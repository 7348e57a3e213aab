import WatchlistCore

/// A reader of one XML list format. `ListFileReader` detects the format from the root element, then
/// hands the reader positioned just after the root's start tag.
///
/// Implementations stream: they read one record subtree at a time (`XMLReader.readSubtree`), map it to
/// an `Entity` and hand it to `emit`, so memory stays flat however large the file is.
protocol XMLListFormatReader {
    /// Reads every record after `root`, calling `emit` for each entity in file order.
    /// - Parameters:
    ///   - reader: positioned just after the root element's start tag.
    ///   - root: the root element (its attributes may carry the publication date).
    ///   - file: the name to use in errors, warnings and provenance.
    static func read(
        _ reader: XMLReader, root: XMLElementStart, file: String, emit: (Entity) -> Void
    ) throws(ListReadError) -> ListFileSummary
}
