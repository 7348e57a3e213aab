extension StringProtocol {
    /// True when every `Character` of the text is one Unicode scalar: no combining marks, joiners, CR LF
    /// pairs or other multi-scalar characters (see `Unicode.Scalar.isStandaloneCharacter`).
    ///
    /// Then a walk over `unicodeScalars` sees exactly the characters a walk over the `String` sees, and
    /// scalar tests give the `Character` answers, without grapheme breaking. Nearly every field of the lists
    /// is such a text; the few others take the `Character` path, so results never depend on the path.
    var isOneScalarPerCharacter: Bool {
        // ASCII bytes first: most fields are ASCII, and a byte loop needs no decoding.
        let asciiAnswer = utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte == 0x0D { return false }
            }
            return true
        }
        if let answer = asciiAnswer ?? nil { return answer }
        return unicodeScalars.allSatisfy(\.isStandaloneCharacter)
    }

    /// The text without the leading and trailing scalars `isTrimmed` accepts.
    ///
    /// With one of the `Unicode.Scalar.isIn...` sets this is Foundation's `trimmingCharacters(in:)`, which
    /// also trims scalar by scalar, without the NSString bridge.
    func trimmingScalars(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isTrimmed($0) })!
        return String(self[first...last])
    }

    /// `count >= length ? String(prefix(length)) : nil`, without a grapheme walk when each character is one
    /// scalar.
    func leadingCharacters(_ length: Int) -> String? {
        guard isOneScalarPerCharacter else { return count >= length ? String(prefix(length)) : nil }
        guard let end = unicodeScalars.index(startIndex, offsetBy: length, limitedBy: endIndex) else { return nil }
        return String(self[..<end])
    }

    /// Where the UTF-8 bytes of `pattern` first occur. For a text of one scalar per character and an ASCII
    /// pattern, this is where a search by characters finds it.
    func firstRange(ofBytes pattern: StaticString) -> Range<Index>? {
        let offset: Int? = pattern.withUTF8Buffer { needle in
            func search(_ haystack: UnsafeBufferPointer<UInt8>) -> Int? {
                guard needle.count <= haystack.count else { return nil }
                candidates: for start in 0...(haystack.count - needle.count) {
                    for offset in 0..<needle.count where haystack[start + offset] != needle[offset] { continue candidates }
                    return start
                }
                return nil
            }
            return utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
        }
        guard let offset else { return nil }
        let start = utf8.index(startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: pattern.utf8CodeUnitCount)
    }
}

extension String {
    /// The string of these scalars.
    init<Scalars: Collection<Unicode.Scalar>>(scalars: Scalars) {
        guard !scalars.isEmpty else {
            self = ""
            return
        }
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var count = 0
            for scalar in scalars {
                for byte in scalar.utf8 {
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// The words between runs of whitespace, joined by single spaces: the value of
    /// `split(whereSeparator: \.isWhitespace).joined(separator: " ")`.
    ///
    /// Worked on UTF-8 bytes when each character is one scalar (then a whitespace character is a whitespace
    /// scalar), and the text itself when it is single-spaced already; otherwise by `Character`.
    var singleSpacedWords: String {
        var copy = self
        let shape = copy.withUTF8(Self.spacingShape)
        switch shape {
        case .singleSpaced: return self
        case .multiScalarCharacters: return split(whereSeparator: \.isWhitespace).joined(separator: " ")
        case .needsCollapsing: return copy.withUTF8(Self.collapsingSpaces)
        }
    }

    private enum SpacingShape {
        case singleSpaced, needsCollapsing, multiScalarCharacters
    }

    /// Whether the bytes are single-spaced words, other one-scalar-per-character text, or neither.
    private static func spacingShape(_ bytes: UnsafeBufferPointer<UInt8>) -> SpacingShape {
        var shape = SpacingShape.singleSpaced
        var previousIsSpace = true  // a leading space needs work too
        var index = 0
        while index < bytes.count {
            let (scalar, length) = decodeScalar(bytes, at: index)
            guard scalar.isStandaloneCharacter else { return .multiScalarCharacters }
            let isSpace = scalar.isWhiteSpace
            if isSpace, previousIsSpace || scalar != " " { shape = .needsCollapsing }
            previousIsSpace = isSpace
            index += length
        }
        return previousIsSpace ? .needsCollapsing : shape
    }

    /// The bytes with whitespace runs dropped at the ends and made one space between words.
    private static func collapsingSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard !bytes.isEmpty else { return "" }
        return String(unsafeUninitializedCapacity: bytes.count) { output in
            var count = 0
            var spacePending = false
            var index = 0
            while index < bytes.count {
                let (scalar, length) = decodeScalar(bytes, at: index)
                if scalar.isWhiteSpace {
                    spacePending = count > 0
                } else {
                    if spacePending {
                        output[count] = UInt8(ascii: " ")
                        count += 1
                        spacePending = false
                    }
                    for offset in 0..<length { output[count + offset] = bytes[index + offset] }
                    count += length
                }
                index += length
            }
            return count
        }
    }

    /// The scalar starting at `index` of valid UTF-8 (a `String`'s bytes), and its length in bytes.
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        func continuation(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset] & 0x3F) }
        let (value, length): (UInt32, Int) =
            if lead < 0xE0 { ((lead & 0x1F) << 6 | continuation(1), 2) }
            else if lead < 0xF0 { ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3) }
            else { ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4) }
        return (Unicode.Scalar(value)!, length)
    }

    /// `split(whereSeparator: \.isWhitespace)`, on scalars when the text has one scalar per character.
    var whitespaceSeparatedWords: [Substring] {
        guard isOneScalarPerCharacter else { return split(whereSeparator: \.isWhitespace) }
        var words: [Substring] = []
        var wordStart: Index?
        let scalars = unicodeScalars
        var index = scalars.startIndex
        while index != scalars.endIndex {
            if scalars[index].isWhiteSpace {
                if let start = wordStart { words.append(self[start..<index]) }
                wordStart = nil
            } else if wordStart == nil {
                wordStart = index
            }
            scalars.formIndex(after: &index)
        }
        if let start = wordStart { words.append(self[start...]) }
        return words
    }
}
