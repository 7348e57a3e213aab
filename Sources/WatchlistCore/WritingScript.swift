/// Tells which writing system a name is written in, as an ISO 15924 code.
///
/// ```swift
/// WritingScript.code(for: "Миклашевич")   // "Cyrl"
/// WritingScript.code(for: "MIKLASHEVICH") // "Latn"
/// ```
public enum WritingScript {
    /// The script most of the letters belong to (ties go to the script seen first), or nil when no letter
    /// belongs to a known script. By majority, so "OOO ШПИННЕР" (a Latin-looking legal form) is Cyrillic.
    /// Source of the ranges: the Unicode Standard's block chart (Blocks.txt).
    public static func code(for text: String) -> String? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            guard let code = code(for: scalar) else { continue }
            if counts[code] == nil { order.append(code) }
            counts[code, default: 0] += 1
        }
        var best: String?
        for code in order where best.map({ counts[code]! > counts[$0]! }) ?? true { best = code }
        return best
    }

    /// The script of one letter, or nil when it belongs to none of the known scripts.
    public static func code(for scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x0041...0x024F, 0x1E00...0x1EFF: "Latn"
        case 0x0370...0x03FF, 0x1F00...0x1FFF: "Grek"
        case 0x0400...0x052F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: "Cyrl"
        case 0x0530...0x058F: "Armn"
        case 0x0590...0x05FF: "Hebr"
        case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: "Arab"
        case 0x0900...0x097F: "Deva"
        case 0x0E00...0x0E7F: "Thai"
        case 0x10A0...0x10FF, 0x1C90...0x1CBF: "Geor"
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: "Hang"
        case 0x3040...0x30FF: "Jpan"
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: "Hani"
        default: nil
        }
    }
}
