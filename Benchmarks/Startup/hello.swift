import Foundation

// The start-up reference: a Swift hello-world that imports Foundation (Benchmarks/startup.sh).
print("Hello, world! (\(ProcessInfo.processInfo.arguments.count) argument)")
