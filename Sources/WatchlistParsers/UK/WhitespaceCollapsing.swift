extension String {
    /// The text trimmed, with every run of whitespace (line breaks, tabs, no-break spaces) made one space.
    ///
    /// List cells carry the publisher's line wrapping and double spaces. Most cells are already clean, so
    /// their UTF-8 bytes are checked first and the cell is returned as is; only the others are walked by
    /// `Character`, which is slow in bulk.
    var collapsingWhitespace: String {
        var previousWasSpace = true  // a leading space needs work too
        var clean = true
        for byte in utf8 {
            // Control whitespace, a second space in a row, or a lead byte that may start a Unicode space.
            if (0x09...0x0D).contains(byte) || byte == 0x85 || byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3
                || (byte == 0x20 && previousWasSpace)
            {
                clean = false
                break
            }
            previousWasSpace = byte == 0x20
        }
        if clean && !previousWasSpace || isEmpty { return self }
        return split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
