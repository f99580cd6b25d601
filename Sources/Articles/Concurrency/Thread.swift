#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A POSIX thread running one closure; joinable once. (The standard library has none, and Foundation's would
/// bring Foundation into the reader's start-up.)
package struct Thread: Sendable {
    private final class Body: Sendable {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    fileprivate let id: pthread_t

    /// Starts `body` on a new thread; nil when the system gives none.
    package static func start(_ body: @escaping @Sendable () -> Void) -> Thread? {
        let box = Unmanaged.passRetained(Body(body)).toOpaque()
        var id = pthread_t()
        let status = pthread_create(&id, nil, { raw in
            guard let raw else { return nil }
            Unmanaged<Body>.fromOpaque(raw).takeRetainedValue().run()
            return nil
        }, box)
        guard status == 0 else {
            Unmanaged<Body>.fromOpaque(box).release()
            return nil
        }
        return Thread(id: id)
    }

    /// Waits for the thread to finish.
    package func join() { pthread_join(id, nil) }

    /// Lets the thread finish on its own.
    package func detach() { pthread_detach(id) }
}
