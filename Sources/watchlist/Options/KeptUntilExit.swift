import Synchronization

/// Values the process holds until it exits, so they are not freed on the way out.
///
/// A matcher over the official lists is some 300 MB of small arrays and dictionaries; releasing them one by
/// one when a command returns took 0.3-0.4 s of a one-name `check`, for memory the system takes back at
/// once when the process ends.
enum KeptUntilExit {
    private static let values = Mutex<[any Sendable]>([])

    /// `value`, kept until the process exits.
    static func keep<Value: Sendable>(_ value: Value) -> Value {
        values.withLock { $0.append(value) }
        return value
    }
}
