import Synchronization

/// A value computed on a thread of its own while the caller does other work; `wait` joins the thread.
/// Start-up uses it to set up the terminal while the articles are read and the first frame is drawn.
final class Spawned<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let startedThread = Mutex<Thread?>(nil)
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
        let started = Thread.start { [self] in
            let value = make()
            result.withLock { $0 = value }
        }
        startedThread.withLock { $0 = started }
    }

    /// The value, once its thread has finished (computed here if no thread could be started).
    func wait() -> Value {
        // taken out before joining: a thread is joined once
        if let t = startedThread.withLock({ t in defer { t = nil }; return t }) { t.join() }
        if let v = result.withLock({ $0 }) { return v }
        let v = make()
        result.withLock { $0 = v }
        return v
    }
}
