/// Where a record came from: which source, which publication, which record, and for articles the evidence.
public struct Provenance: Hashable, Sendable, Codable {
    /// A short name of the source dataset: `OFAC SDN`, `UN SC Consolidated`, `article`, ...
    public var source: String
    /// The file or document it was read from, as given to the reader (a path or a name).
    public var file: String?
    /// The publication date the source states, when it states one.
    public var published: PartialDate?
    /// The record's own id within the source, when it differs from the entity id.
    public var recordID: String?
    /// For entities read from text: the sentence that supports the entry.
    public var evidence: String?
    /// Character offsets of `evidence` in the document, as `[start, end)`.
    public var evidenceSpan: Range<Int>?

    public init(
        source: String, file: String? = nil, published: PartialDate? = nil, recordID: String? = nil,
        evidence: String? = nil, evidenceSpan: Range<Int>? = nil
    ) {
        self.source = source
        self.file = file
        self.published = published
        self.recordID = recordID
        self.evidence = evidence
        self.evidenceSpan = evidenceSpan
    }
}
