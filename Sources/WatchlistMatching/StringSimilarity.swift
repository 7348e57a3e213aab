/// A similarity metric between two strings in 0...1 (1 = equal).
///
/// Every metric has this shape. `cutoff` lets a metric stop early: when the result would be below it,
/// the metric may return 0 instead.
protocol StringSimilarity: Sendable {
    func similarity(_ a: [UInt8], _ b: [UInt8], cutoff: Double) -> Double
}
