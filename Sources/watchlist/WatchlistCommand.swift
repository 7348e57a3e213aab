import ArgumentParser
import Foundation

/// The `watchlist` command. It only parses arguments, calls the libraries and prints.
///
/// Exit codes (a stable contract): 0 no match at or above the threshold, 1 at least one match,
/// 2 usage or input error.
@main
struct WatchlistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watchlist",
        abstract: "Screen names against sanctions watchlists, with transliteration-aware fuzzy matching.",
        discussion: """
            Exit codes: 0 no match at or above the threshold, 1 at least one match, 2 usage or input error.
            Without --watchlist, the built-in default watchlist is used (the repository's lists/ and seeds/).
            """,
        version: "0.1.0",
        subcommands: [Check.self, Screen.self, CI.self, Compare.self, Extract.self, Build.self, Info.self, Bench.self, Eval.self]
    )

    /// Runs the command, mapping every usage and input error to exit code 2 (ArgumentParser's own default
    /// for usage errors is 64).
    static func main() {
        let code: Int32
        do {
            var command = try parseAsRoot()
            try command.run()
            code = ExitCode.success.rawValue
        } catch let exitCode as ExitCode {
            code = exitCode.rawValue
        } catch let error as InputError {
            FileHandle.standardError.write(Data("watchlist: \(error.message)\n".utf8))
            code = ExitCode.inputError.rawValue
        } catch {
            // Help and version requests are "errors" that exit 0; everything else is a usage error.
            let parserCode = exitCode(for: error)
            let message = fullMessage(for: error)
            if parserCode == .success {
                print(message)
                code = ExitCode.success.rawValue
            } else {
                FileHandle.standardError.write(Data("\(message)\n".utf8))
                code = ExitCode.inputError.rawValue
            }
        }
        Foundation.exit(code)
    }
}

extension ExitCode {
    /// At least one name matched.
    static let matchFound = ExitCode(1)
    /// Usage or input error.
    static let inputError = ExitCode(2)
}

/// An input problem the user can fix: the message says what and where, never the screened name itself.
struct InputError: Error {
    var message: String
}
