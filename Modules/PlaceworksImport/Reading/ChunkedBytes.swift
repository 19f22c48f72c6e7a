import Crypto
import Foundation

/// A file's bytes, read into a buffer a chunk at a time for a reader that scans them in place
/// (``CSVReader``, ``XMLScanner``): the reader works from ``index``, and the bytes before it are
/// dropped when the next chunk comes in. A token longer than a chunk doubles the next read, so it
/// is scanned again only a few times. The bytes can be hashed (SHA-256) as they are read, so a file
/// needs reading only once.
struct ChunkedBytes {
    private let handle: FileHandle?
    /// The bytes read and not yet dropped.
    private(set) var buffer: [UInt8]
    /// Where the reader is in ``buffer``.
    var index = 0
    /// Whether the whole file is in (or has passed through) the buffer.
    private(set) var atEnd: Bool
    /// Bytes dropped from the front of the buffer so far.
    private(set) var dropped = 0
    private var hasher: SHA256?
    private static let chunkSize = 1 << 20

    /// The bytes of the open file `handle`, which is closed at its end.
    init(handle: FileHandle, hashing: Bool = false) {
        self.handle = handle
        buffer = []
        atEnd = false
        if hashing { hasher = SHA256() }
    }

    /// Bytes held in memory.
    init(data: Data, hashing: Bool = false) {
        handle = nil
        buffer = [UInt8](data)
        atEnd = true
        if hashing { hasher = SHA256(); hasher?.update(data: data) }
    }

    /// The SHA-256 of the bytes (lowercase hex), once all have been read, when hashing.
    var sha256: String? { atEnd ? hasher.map { FileDigest.hex($0.finalize()) } : nil }

    /// How far into the file the reader is, in bytes.
    var position: Int { dropped + index }

    /// Reads the next chunk, dropping the bytes before ``index``, and returns it; nil at the end of
    /// the file.
    @discardableResult
    mutating func fill() -> Data? {
        guard !atEnd, let handle else {
            atEnd = true
            return nil
        }
        let chunk = (try? handle.read(upToCount: max(Self.chunkSize, buffer.count - index))) ?? nil
        guard let chunk, !chunk.isEmpty else {
            atEnd = true
            try? handle.close()
            return nil
        }
        hasher?.update(data: chunk)
        if index > 0 {
            buffer.removeSubrange(0..<index)
            dropped += index
            index = 0
        }
        buffer.append(contentsOf: chunk)
        return chunk
    }

    /// Skips a UTF-8 byte-order mark at ``index``; true when the text starts with a UTF-16 one instead.
    mutating func skipByteOrderMark() -> Bool {
        while buffer.count - index < 3, fill() != nil {}
        let head = buffer[index..<min(buffer.count, index + 3)]
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
        return head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
    }
}
