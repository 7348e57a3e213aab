/// A list file could not be read. The message says which file, where, what went wrong and what to do.
public struct ListReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Problem: Hashable, Sendable {
        /// The file is missing, unreadable, or not what its format requires.
        case unreadable(String)
        /// libxml2 rejected the XML; the associated text is its message.
        case malformedXML(String)
        /// A CSV, XLSX or JSON file breaks its format; the associated text says how.
        case malformed(String)
        /// A row of an input file the user wrote (a pairs or batch file) breaks that file's rules.
        case invalidRow(String)
        /// The root element matches no format we read.
        case unknownFormat(rootElement: String, namespace: String?)
        /// A file whose kind (not XML, CSV, XLSX, ZIP or JSON lines) we do not read.
        case unrecognizedFile(String)
        /// A record lacks a field every record must have.
        case missingField(field: String, record: String)
    }

    /// The file (path or given document name).
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    public var problem: Problem

    public init(file: String, line: Int? = nil, column: Int? = nil, problem: Problem) {
        self.file = file
        self.line = line.flatMap { $0 > 0 ? $0 : nil }
        self.column = column.flatMap { $0 > 0 ? $0 : nil }
        self.problem = problem
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        switch problem {
        case .unreadable(let reason):
            return "\(location): cannot read list file: \(reason). Check the path and permissions."
        case .malformedXML(let reason):
            return "\(location): malformed XML: \(reason). The file may be truncated or damaged; download it again."
        case .malformed(let reason):
            return "\(location): malformed list file: \(reason). The file may be truncated or damaged; download it again."
        case .invalidRow(let reason):
            return "\(location): \(reason). Fix the file and run again."
        case .unknownFormat(let root, let namespace):
            let seen = namespace.map { "<\(root)> in namespace \($0)" } ?? "<\(root)>"
            return "\(location): unknown list format: root element \(seen). Known formats: \(Self.knownFormats)."
        case .unrecognizedFile(let reason):
            return "\(location): not a list file we read: \(reason). Known formats: \(Self.knownFormats)."
        case .missingField(let field, let record):
            return "\(location): \(record) has no \(field). The file does not follow its format; download it again."
        }
    }

    private static var knownFormats: String {
        ListFormat.allCases.map { format in
            format.rootElement.map { "\(format.displayName) (<\($0)>)" } ?? format.displayName
        }.joined(separator: ", ")
    }
}

/// Something in a list file that was read but not as expected: counted and reported, never silent.
public struct ListReadWarning: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    /// What was odd and what was done about it ("record 12 has no name: skipped").
    public var message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
