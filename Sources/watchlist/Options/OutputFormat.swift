import ArgumentParser

/// How `check` prints its results.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// For people: one line per match and a line of explanation.
    case text
    /// The versioned JSON contract (docs/json-output.md).
    case json
}
