import PlaceworksStore
import Synchronization

/// The main part of pages already rendered from the current snapshot, by what they show (the
/// page, its day, its place, whether it offers the editor's links): the same question of the
/// same data gets the same markup, so it is rendered once. Everything is dropped as soon as a
/// page is asked of a newer snapshot (another audit head).
final class RenderedPages: Sendable {
    /// At most this many pages are kept for one snapshot; when full, the cache starts again empty.
    static let capacity = 256

    private let state = Mutex<(head: AuditHead?, pages: [String: HTML])>((nil, [:]))

    /// The page `key` of the snapshot at `head`: kept, or made by `render` and kept.
    func page(_ key: String, head: AuditHead, render: () throws -> HTML) rethrows -> HTML {
        if let known = state.withLock({ $0.head == head ? $0.pages[key] : nil }) { return known }
        let page = try render()
        state.withLock { state in
            if state.head != head { state = (head, [:]) }
            if state.pages.count >= Self.capacity { state.pages.removeAll() }
            state.pages[key] = page
        }
        return page
    }
}
