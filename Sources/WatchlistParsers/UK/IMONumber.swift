import Foundation

/// IMO ship numbers as lists write them: `IMO9562233`, `IMO 9562233`, `IMO: 9562233` or `9562233`.
enum IMONumber {
    /// The number without its `IMO` prefix, so one ship's number compares equal across spellings and lists.
    static func normalized(_ text: String) -> String {
        var rest = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if rest.uppercased().hasPrefix("IMO") {
            rest = rest.dropFirst(3).drop { $0 == " " || $0 == ":" || $0 == "." || $0 == "-" }
        }
        return String(rest)
    }
}
