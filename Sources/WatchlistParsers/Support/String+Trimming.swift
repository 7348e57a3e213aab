extension StringProtocol {
    /// The text without leading and trailing whitespace and newlines.
    ///
    /// Written on Swift's own `Character.isWhitespace` because Foundation's `trimmingCharacters(in:)` goes
    /// through NSString on Linux and was a third of the time of reading OFAC's 15,000-entry CSV (perf).
    var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }
}
