extension StringProtocol {
    /// The text without leading and trailing whitespace and newlines.
    ///
    /// Written on Unicode scalars with an ASCII fast path because Foundation's `trimmingCharacters(in:)`
    /// goes through NSString on Linux and `Character.isWhitespace` does grapheme breaking: each cost a
    /// large share of reading the real lists (perf). Trimming is done for every element and field.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isTrimmableSpace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isTrimmableSpace })!
        return String(self[first...last])
    }
}

extension Unicode.Scalar {
    /// Whitespace or a newline; ASCII answered without a Unicode property lookup.
    var isTrimmableSpace: Bool {
        if isASCII { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }
}
