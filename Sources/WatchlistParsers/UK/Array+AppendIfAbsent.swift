extension Array where Element: Equatable {
    /// Appends unless an equal element is already there: the UK and Canadian lists repeat a target's facts
    /// on every row or alias. Linear, which is fine for the few facts one entity has.
    mutating func appendIfAbsent(_ element: Element) {
        if !contains(element) { append(element) }
    }
}
