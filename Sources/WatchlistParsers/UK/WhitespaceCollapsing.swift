extension String {
    /// The text trimmed, with every run of whitespace (line breaks, tabs, no-break spaces) made one space.
    ///
    /// List cells carry the publisher's line wrapping and double spaces. Most cells are already clean, so
    /// their UTF-8 bytes are checked first and the cell is returned as is; only the others are walked by
    /// `Character`, which is slow in bulk.
    var collapsingWhitespace: String {
        if isEmpty { return self }
        var copy = self
        if copy.withUTF8(Self.isCollapsed) { return self }
        return split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// True when the UTF-8 bytes have no leading, trailing or doubled space and no other whitespace: ASCII
    /// controls, U+0085, U+00A0, U+1680, U+2000...U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
    private static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSpace = true  // a leading space needs work too
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if (0x09...0x0D).contains(byte) || (byte == 0x20 && previousWasSpace) { return false }
            if byte >= 0xC2, byte <= 0xE3, index + 1 < bytes.count {
                let next = bytes[index + 1]
                let third: UInt8 = index + 2 < bytes.count ? bytes[index + 2] : 0
                switch byte {
                case 0xC2 where next == 0x85 || next == 0xA0: return false
                case 0xE1 where next == 0x9A && third == 0x80: return false
                case 0xE2 where next == 0x80 && ((0x80...0x8A).contains(third) || [0xA8, 0xA9, 0xAF].contains(third)): return false
                case 0xE2 where next == 0x81 && third == 0x9F: return false
                case 0xE3 where next == 0x80 && third == 0x80: return false
                default: break
                }
            }
            previousWasSpace = byte == 0x20
            index += 1
        }
        return !previousWasSpace
    }
}
