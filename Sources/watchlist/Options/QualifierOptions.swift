import ArgumentParser
import WatchlistCore
import WatchlistMatching

/// `--kind`, `--dob` and `--country`: what else is known about the screened party.
struct QualifierOptions: ParsableArguments {
    @Option(help: "The kind of party: person, organization, vessel or aircraft.")
    var kind: EntityKind?

    @Option(help: ArgumentHelp("Date of birth, YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"))
    var dob: String?

    @Option(help: "A country the party is tied to: ISO code (BY) or English name (Belarus).")
    var country: String?

    func validate() throws {
        if let dob, PartialDate(iso: dob) == nil {
            throw ValidationError("--dob must be YYYY, YYYY-MM or YYYY-MM-DD.")
        }
    }

    func query(name: String) -> ScreeningQuery {
        ScreeningQuery(name: name, kind: kind, birthDate: dob.flatMap(PartialDate.init(iso:)), country: country)
    }
}

extension EntityKind: ExpressibleByArgument {}
