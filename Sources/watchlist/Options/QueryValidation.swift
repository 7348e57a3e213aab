/// Checks a name given to screen before it reaches the matcher.
enum QueryValidation {
    /// Longer names are not names: the longest listed names are under 300 characters.
    static let maximumLength = 1_000

    /// Throws when the name is empty or too long. The message names the position, not the name
    /// (screened names are personal data).
    static func check(_ name: String, position: Int) throws(InputError) {
        if name.allSatisfy({ $0.isWhitespace || $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .format } }) {
            throw InputError(message: "name \(position) is empty. Give a name to screen, e.g. watchlist check \"Jane Doe\".")
        }
        if name.unicodeScalars.count > maximumLength {
            throw InputError(
                message: "name \(position) is \(name.unicodeScalars.count) characters long; the limit is \(maximumLength). Give one name per argument.")
        }
    }
}
