#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Articles
import ArticlesProperties

// Two builds of one file. The fuzzing build (`-Xswiftc -DFUZZING -Xswiftc -sanitize=fuzzer,address`, see
// docs/fuzzing.md) exposes `LLVMFuzzerTestOneInput` and libFuzzer supplies `main`; the normal build, which
// `swift build` makes on every clone, is a `main` that replays files through the same checks.

/// The time budget per input: generous, since the fuzzing build runs instrumented and the machine is shared;
/// `ARTICLES_FUZZ_US_PER_BYTE` overrides the microseconds allowed per byte.
func budget() -> TimeBudget {
    var perByte = 50.0
    if let raw = getenv("ARTICLES_FUZZ_US_PER_BYTE"), let v = Double(String(cString: raw)), v > 0 { perByte = v }
    return TimeBudget(fixed: 0.5, perByte: perByte * 1e-6)
}

/// Writes to standard error with write(2): the C `stderr` global is shared mutable state to Swift 6.
func printError(_ text: String) {
    var text = text
    text.withUTF8 { buffer in _ = write(2, buffer.baseAddress, buffer.count) }
}

func report(_ name: String, _ violations: [String]) {
    printError("\(name): \(violations.count) propert\(violations.count == 1 ? "y" : "ies") broken\n")
    for v in violations.prefix(20) { printError("  \(v)\n") }
}

#if FUZZING
import CLibFuzzer

/// The program's entry point in the fuzzing build: SwiftPM links `main` to `ArticlesFuzz_main` (see
/// Sources/CLibFuzzer/libfuzzer.h), which hands the arguments to libFuzzer.
@_cdecl("ArticlesFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput)
}

/// libFuzzer's entry point: one input through the pipeline and the checks; a broken property aborts, so
/// libFuzzer saves the input as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let result = AnnotationCheck.run(input, budget: budget())
    if !result.violations.isEmpty {
        report("input of \(size) bytes", result.violations)
        abort()
    }
    return 0
}
#else
/// Replays inputs (files, or folders of them) through the fuzzer's checks: `articles-fuzz [--no-budget] PATH…`.
/// Exits 1 when any input breaks a property, 2 when a path cannot be read.
@main
struct Replay {
    static func main() {
        var paths = Array(CommandLine.arguments.dropFirst())
        let timed = !paths.contains("--no-budget")
        paths.removeAll { $0 == "--no-budget" }
        guard !paths.isEmpty else {
            printError("usage: articles-fuzz [--no-budget] FILE-OR-FOLDER…\n")
            exit(2)
        }
        var files: [String] = []
        for p in paths {
            switch FileSystem.kind(p) {
            case .file: files.append(p)
            case .folder:
                let names = (FileSystem.names(in: p) ?? []).filter { !$0.hasPrefix(".") }.sorted()
                files += names.map { FileSystem.join(p, $0) }.filter { if case .file = FileSystem.kind($0) { true } else { false } }
            case .missing, .other:
                printError("\(p): not a file or folder\n")
                exit(2)
            }
        }
        var failed = 0
        for f in files {
            guard let bytes = FileSystem.bytes(f) else {
                printError("\(f): cannot be read\n")
                exit(2)
            }
            let result = AnnotationCheck.run(bytes, budget: timed ? budget() : nil)
            if result.violations.isEmpty {
                print("ok \(f) (\(bytes.count) bytes, \(Int(result.seconds * 1000)) ms)")
            } else {
                failed += 1
                report(f, result.violations)
            }
        }
        print("\(files.count) inputs, \(failed) failed")
        exit(failed == 0 ? 0 : 1)
    }
}
#endif
