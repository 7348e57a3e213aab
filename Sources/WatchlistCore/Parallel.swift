import Foundation

/// Work spread over every core, its results in order whatever the scheduling.
public enum Parallel {
    /// `transform` applied to each chunk of `0..<count`, one contiguous chunk per core (fewer when a core
    /// would get fewer than `minimumChunk` items), the chunks' results concatenated in order.
    public static func map<Element: Sendable>(
        count: Int, minimumChunk: Int, _ transform: @Sendable (Range<Int>) -> [Element]
    ) -> [Element] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count / max(1, minimumChunk)))
        let chunk = (count + workers - 1) / workers
        let results = ParallelResults<[Element]>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            results.set(worker, transform(min(count, worker * chunk)..<min(count, (worker + 1) * chunk)))
        }
        return results.values.flatMap { $0 }
    }

    /// The results of two independent pieces of work, run at the same time.
    public static func both<First: Sendable, Second: Sendable>(
        _ first: @Sendable () -> First, _ second: @Sendable () -> Second
    ) -> (First, Second) {
        let firsts = ParallelResults<First>(count: 1)
        let seconds = ParallelResults<Second>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { firsts.set(0, first()) } else { seconds.set(0, second()) }
        }
        return (firsts.values[0], seconds.values[0])
    }
}
