/// Which columns of a batch file hold the name to screen and the optional fields, resolved against its
/// header (or by position when the file has none).
public struct BatchColumns: Sendable, Equatable {
    /// 0-based column indexes.
    public var name: Int
    public var id: Int?
    public var country: Int?
    public var birthDate: Int?
    public var kind: Int?
    /// True when the name column was guessed from the header, so the caller can say which it took.
    public var nameWasGuessed: Bool

    /// Header names that mean "the name to screen", in order of preference.
    public static let likelyNameHeaders = [
        "name", "full_name", "fullname", "full name", "supplier_name", "supplier name", "supplier", "vendor_name",
        "vendor name", "vendor", "company_name", "company name", "company", "customer_name", "customer name",
        "customer", "legal_name", "legal name", "entity_name", "entity name", "entity", "party", "counterparty",
        "beneficiary", "organisation", "organization", "person",
    ]

    /// Resolves the columns. A selector is a header name (case-insensitive) or a 1-based column number;
    /// `header` is nil for a file without one. Throws a message listing the columns found.
    public init(
        header: [String]?, columnCount: Int, name: String?, id: String? = nil, country: String? = nil,
        birthDate: String? = nil, kind: String? = nil
    ) throws(BatchInputError) {
        // What the file has, for the messages: the header's columns, or their number.
        let found = header.map { "the columns are: " + $0.enumerated().map { "\($0.offset + 1) \"\($0.element)\"" }.joined(separator: ", ") }
            ?? "the file has \(columnCount) columns and no header"
        func resolve(_ selector: String, _ option: String) throws(BatchInputError) -> Int {
            if let header, let index = header.firstIndex(where: { $0.trimmedLowercase == selector.trimmedLowercase }) {
                return index
            }
            if let number = Int(selector), (1...max(columnCount, 1)).contains(number) { return number - 1 }
            throw BatchInputError(message: "\(option) \"\(selector)\" is not a column; \(found). Give a header name or a column number.")
        }
        if let name {
            self.name = try resolve(name, "--column")
            nameWasGuessed = false
        } else if let header, let guess = Self.likelyNameHeaders.lazy.compactMap({ wanted in
            header.firstIndex { $0.trimmedLowercase == wanted }
        }).first {
            self.name = guess
            nameWasGuessed = true
        } else if header == nil, columnCount == 1 {
            self.name = 0
            nameWasGuessed = true
        } else {
            throw BatchInputError(message: "no column looks like a name; \(found). Say which with --column NAME or --column NUMBER.")
        }
        self.id = try id.map { selector throws(BatchInputError) in try resolve(selector, "--id-column") }
        self.country = try country.map { selector throws(BatchInputError) in try resolve(selector, "--country-column") }
        self.birthDate = try birthDate.map { selector throws(BatchInputError) in try resolve(selector, "--dob-column") }
        self.kind = try kind.map { selector throws(BatchInputError) in try resolve(selector, "--kind-column") }
    }
}

/// A problem with a batch input that stops the run before anything is written.
public struct BatchInputError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
    public init(message: String) { self.message = message }
}

extension String {
    fileprivate var trimmedLowercase: String {
        String(self.lowercased().drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
