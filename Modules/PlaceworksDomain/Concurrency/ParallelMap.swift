import Dispatch

extension Collection where Index == Int, Self: Sendable {
    /// The results of `transform` on every element, computed on every core at once and returned in
    /// the collection's order. For pure work over shared immutable values: checking rules against
    /// one index, decoding chunks of stored records.
    public func parallelMap<T>(_ transform: @Sendable (Element) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        let base = startIndex
        DispatchQueue.concurrentPerform(iterations: count) { offset in
            slots.set(offset, transform(self[base + offset]))
        }
        return slots.values()
    }
}

/// One slot per task, each written once by its own task: the writes never overlap, so no lock is needed.
private final class Slots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func set(_ offset: Int, _ value: T) { buffer[offset] = value }

    func values() -> [T] { buffer.map { $0! } }
}
