import Foundation

/// Reads a file line by line in 1 MiB chunks, so files larger than memory can be streamed.
/// Lines are returned as bytes without the `\n`, with their 1-based line number.
struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var lineNumber = 0
    private var atEnd = false
    private let path: String

    init(fileURL: URL) throws(ListReadError) {
        guard let handle = try? FileHandle(forReadingFrom: fileURL) else {
            throw ListReadError(file: fileURL.path, problem: .unreadable("the file does not exist or cannot be read"))
        }
        self.handle = handle
        self.path = fileURL.path
    }

    mutating func next() throws(ListReadError) -> (line: ArraySlice<UInt8>, number: Int)? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                let line = buffer[position..<newline]
                position = newline + 1
                lineNumber += 1
                return (line, lineNumber)
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                let line = buffer[position...]
                position = buffer.count
                lineNumber += 1
                return (line, lineNumber)
            }
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw ListReadError(file: path, line: lineNumber + 1, problem: .unreadable("reading failed: \(error)"))
            }
            buffer.removeFirst(position)
            position = 0
            if let chunk, !chunk.isEmpty { buffer.append(contentsOf: chunk) } else { atEnd = true }
        }
    }
}
