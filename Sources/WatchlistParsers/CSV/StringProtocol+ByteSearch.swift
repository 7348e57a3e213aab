extension StringProtocol {
    /// The range of the first occurrence of `needle`, found by comparing UTF-8 bytes.
    ///
    /// Foundation's `range(of:)` bridges to NSString on Linux and `firstRange(of:)` compares `Character`s;
    /// both cost a large share of reading a list whose every record is searched this way (perf on OFAC's
    /// CSV). Byte equality is exact equality, not canonical equivalence, which is what the ASCII separators
    /// searched for here (`", "`, `" issued "`) need.
    func firstByteRange(of needle: String) -> Range<Index>? {
        let bytes = utf8
        let pattern = needle.utf8
        guard let first = pattern.first else { return nil }
        var start = bytes.startIndex
        while let found = bytes[start...].firstIndex(of: first) {
            var index = found
            var patternIndex = pattern.startIndex
            while patternIndex < pattern.endIndex, index < bytes.endIndex, bytes[index] == pattern[patternIndex] {
                bytes.formIndex(after: &index)
                pattern.formIndex(after: &patternIndex)
            }
            if patternIndex == pattern.endIndex { return found..<index }
            start = bytes.index(after: found)
        }
        return nil
    }

    /// The pieces between occurrences of `separator`, empty pieces included (as Foundation's
    /// `components(separatedBy:)`), found by comparing UTF-8 bytes.
    func byteComponents(separatedBy separator: String) -> [SubSequence] {
        var pieces: [SubSequence] = []
        var rest = self[...]
        while let range = rest.firstByteRange(of: separator) {
            pieces.append(rest[..<range.lowerBound])
            rest = rest[range.upperBound...]
        }
        pieces.append(rest)
        return pieces
    }
}
