import Synchronization

/// Slots that parallel workers fill by index, then read in order once all are done.
///
/// For `DispatchQueue.concurrentPerform`-style work: each worker writes only its own slot, and the
/// mutex makes the writes visible to the reader.
public final class ParallelResults<Value: Sendable>: Sendable {
    private let slots: Mutex<[Value?]>

    public init(count: Int) {
        slots = Mutex([Value?](repeating: nil, count: count))
    }

    /// Stores the value of slot `index`.
    public func set(_ index: Int, _ value: Value) {
        slots.withLock { $0[index] = value }
    }

    /// Every slot's value, in index order; traps if a slot was never set (a worker did not run).
    public var values: [Value] {
        slots.withLock { $0.map { $0! } }
    }
}
