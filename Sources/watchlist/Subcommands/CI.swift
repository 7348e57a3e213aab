import ArgumentParser
import Foundation
import WatchlistMatching
import WatchlistScreening

/// `watchlist ci FILE [--decisions FILE]`: fails while any match of a supplier list is not cleared by a
/// reviewed decision.
struct CI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ci",
        abstract: "Check a supplier list in CI: fail on every match a reviewer has not cleared.",
        discussion: """
            Screens the CSV file like 'screen' and applies the reviewed decisions: a match passes only when \
            a decision for that name (and id, if the decision gives one) and that entity says false_positive \
            and was made against the entity as it is now (its fingerprint). A match with no decision, a \
            pending or confirmed one, or one made before the listed entity changed fails, and so does a row \
            that cannot be screened. Exits 1 when anything fails, 0 when everything passes, 2 on a usage or \
            input error. --write-pending FILE writes a stub decision for each failing match, for a reviewer to \
            fill in (verdict, by, date, note) and merge into the decisions file. Decisions files are JSON, or \
            YAML by extension: {"format_version": 1, "decisions": [{"name", "id"?, "entity_id", "verdict", \
            "by", "date", "note", "fingerprint"}]}.
            """)

    @Argument(help: "The supplier list: CSV or TSV with a header row.")
    var file: String

    @Option(help: ArgumentHelp("The reviewed decisions (JSON, or YAML for .yml/.yaml).", valueName: "file"))
    var decisions: String?

    @Option(name: .customLong("write-pending"), help: ArgumentHelp("Write a decision stub for every failing match here.", valueName: "file"))
    var writePending: String?

    @Option(help: "Output: text, junit, sarif or github (workflow annotations).")
    var format: Format = .text

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, junit, sarif, github
    }

    @OptionGroup var input: BatchInputOptions
    @OptionGroup var watchlistOptions: WatchlistOptions
    @OptionGroup var matchOptions: MatchOptions

    func run() throws {
        var batch = try input.open(file)
        let known: [ReviewDecision]
        do {
            known = try decisions.map { path throws(BatchInputError) in try DecisionFile.read(URL(fileURLWithPath: path)).decisions } ?? []
        } catch {
            throw InputError(message: error.message)
        }
        let watchlist = try watchlistOptions.load()
        let matcher = KeptUntilExit.keep(watchlist.matcher(configuration: matchOptions.configuration))
        let ledger = DecisionLedger(decisions: known, entities: watchlist.entities)
        let screener = BatchScreener(matcher: matcher, threads: input.threads)
        var findings: [CIFinding] = []
        var rows = 0
        func collect(_ screened: [ScreenedRow]) {
            rows += screened.count
            for row in screened { findings += ledger.findings(for: row) }
        }
        if !batch.firstRecords.isEmpty { collect(screener.screen(batch.firstRecords, firstNumber: 1, columns: batch.columns)) }
        screener.screen(&batch.reader, columns: batch.columns, firstNumber: rows + 1) { screened, _ in collect(screened) }

        let report = CIReport(file: file, rows: rows, findings: findings)
        if let writePending {
            let stubs = report.failures.compactMap { finding -> ReviewDecision? in
                guard let match = finding.match else { return nil }
                return ReviewDecision(
                    name: finding.query ?? "", id: finding.id, entityID: match.entityID.rawValue, verdict: .pending, by: "",
                    date: "", note: "", fingerprint: finding.fingerprint ?? "")
            }
            do {
                try DecisionFile(decisions: stubs).write(to: URL(fileURLWithPath: writePending))
            } catch {
                throw InputError(message: "\(writePending): cannot write the pending decisions: \(error.localizedDescription)")
            }
            FileHandle.standardError.write(Data("watchlist: wrote \(stubs.count) decision stubs to \(writePending)\n".utf8))
        }
        print(report.render(CIReport.Format(rawValue: format.rawValue)!))
        if !report.failures.isEmpty { throw ExitCode.matchFound }
    }
}
