import Foundation
import Testing
import WatchlistCore
@testable import WatchlistParsers

struct XLSXTests {
    private func date(_ year: Int, _ month: Int? = nil, _ day: Int? = nil) throws -> PartialDate {
        try #require(PartialDate(year: year, month: month, day: day))
    }

    private func byID(_ list: ListFile) -> [String: Entity] {
        Dictionary(uniqueKeysWithValues: list.entities.map { ($0.id.rawValue, $0) })
    }

    // MARK: - Workbook reading

    @Test(arguments: [
        (1.0, "1900-01-01"), (59.0, "1900-02-28"), (61.0, "1900-03-01"), (22_847.0, "1962-07-20"),
        (41_988.0, "2014-12-15"), (45_658.75, "2025-01-01"),
    ])
    func excelSerialIsTheDayOfThe1900DateSystem(serial: Double, expected: String) {
        #expect(ExcelDate.date(serial: serial)?.description == expected)
    }

    @Test func fictitiousFebruary29Of1900IsNoDate() {
        #expect(ExcelDate.date(serial: 60) == nil)
        #expect(ExcelDate.date(serial: 0, uses1904System: true)?.description == "1904-01-01")
    }

    @Test(arguments: [
        (14, nil, true), (0, "General", false), (164, "dd/mm/yyyy;@", true), (165, "[$-C09]d\\ mmmm\\ yyyy;@", true),
        (166, "0.00\" days\"", false), (167, "h:mm", false),
    ] as [(Int, String?, Bool)])
    func dateFormatsAreToldFromNumberFormats(id: Int, code: String?, isDate: Bool) {
        #expect(ExcelDate.isDateFormat(id: id, code: code) == isDate)
    }

    @Test func rowsCarrySharedRichInlineNumberAndDateCells() throws {
        let workbook = try XLSXWorkbook(ZIPContainer(fileURL: Fixture.url("xlsx/dfat_consolidated_sample.xlsx")))
        var rows: [XLSXRow] = []
        try workbook.forEachRow { rows.append($0) }
        #expect(rows.count == 10)
        #expect(rows[0].values.prefix(2) == ["Reference", "Name of Individual or Entity"])
        #expect(rows[1][0] == XLSXCell("2", number: 2))
        // Bold "Title:", then a run that is one preserved space, then "Mullah".
        #expect(rows[1][8].text == "Title: Mullah")
        #expect(rows[1][11].date == (try date(2014, 12, 15)))
        #expect(rows[1][11].value == "2014-12-15")
        // A phonetic run is not part of the text.
        #expect(rows[6][8].text == "Instrument of first listing: Autonomous Sanctions (Russia) 2023")
        #expect(try workbook.modifiedDate() == (try date(2024, 11, 11)))
    }

    @Test func sheetWithAnUnknownHeaderIsUnrecognized() throws {
        do {
            _ = try ListFileReader().read(fileURL: Fixture.url("invalid/unknown_sheet.xlsx"))
            Issue.record("expected an error")
        } catch {
            guard case .unrecognizedFile(let reason) = error.problem else {
                Issue.record("expected unrecognizedFile, got \(error.problem)")
                return
            }
            #expect(reason.contains("first row: Product | Price"))
        }
    }

    // MARK: - OFSI ConList

    @Test func ofsiWorkbookGroupsRowsByGroupID() throws {
        let list = try ListFileReader().read(fileURL: Fixture.url("xlsx/ofsi_conlist_sample.xlsx"))
        #expect(list.format == .ofsiConListXLSX)
        #expect(list.published == (try date(2024, 6, 21)))
        #expect(list.entities.map(\.id.rawValue) == ["ofsi:16001", "ofsi:16002", "ofsi:16003"])
        #expect(list.entities.map(\.kind) == [.person, .organization, .vessel])
        let person = list.entities[0]
        #expect(person.names.contains { $0.value == "Пётр Пятровіч Міклашэвіч" && $0.kind == .originalScript })
        // The row after the other groups still belongs to the first one.
        #expect(person.names.contains { $0.value.contains("Pyotr") })
        #expect(list.entities[1].names.contains { $0.value == "ZAVOD SVT" })  // an inline string cell
    }

    /// ../shared/lists/uk/: SOURCES.md and a Python pass over the sheet XML (shared strings resolved):
    /// 2025-04-14: 18,798 rows, 4,688 Group IDs, 2,478 rows with Cyrillic in Name Non-Latin Script holding
    /// 2,323 distinct (group, whitespace-collapsed name) pairs; 2023-06-05: 16,823 rows, 3,993 groups, 1,989 pairs.
    @Test(arguments: [
        ("uk/ofsi_ConList_2025-04-14.xlsx", 4_688, 2025, 4, 14, 2_323),
        ("uk/ofsi_ConList_2023-06-05.xlsx", 3_993, 2023, 6, 5, 1_989),
    ])
    func readsTheRealOFSIWorkbooksCompletely(
        path: String, groups: Int, year: Int, month: Int, day: Int, cyrillicNames: Int
    ) throws {
        guard let url = Fixture.sharedList(path) else { return }
        let real = try ListFileReader().read(fileURL: url)
        #expect(real.format == .ofsiConListXLSX)
        #expect(real.published == (try date(year, month, day)))
        #expect(real.entities.count == groups)
        // Counted by letters, not by `script`: some Cyrillic names start with Latin-looking letters
        // (`OOO ШПИННЕР`, Belarusian `Iван`), which `WritingScript` reads as Latin.
        let cyrillic = real.entities.flatMap { entity in
            entity.names.filter { name in
                name.kind == .originalScript && name.value.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
            }.map { "\(entity.id) \($0.value)" }
        }
        #expect(Set(cyrillic).count == cyrillicNames)
    }

    // MARK: - DFAT Consolidated List

    @Test func dfatWorkbookGroupsRowsByReferenceNumber() throws {
        let list = try ListFileReader().read(fileURL: Fixture.url("xlsx/dfat_consolidated_sample.xlsx"))
        #expect(list.format == .dfatConsolidatedXLSX)
        #expect(list.published == (try date(2024, 11, 11)))
        #expect(list.entities.map(\.id.rawValue) == ["au:2", "au:6248", "au:7001", "au:2944"])
        #expect(list.entities.map(\.kind) == [.person, .person, .organization, .person])
        #expect(list.entities.allSatisfy { $0.provenance.first?.source == "DFAT Consolidated List" })
    }

    @Test func dfatIndividualKeepsNamesScriptsRangesAndRegime() throws {
        let list = try ListFileReader().read(fileURL: Fixture.url("xlsx/dfat_consolidated_sample.xlsx"))
        let akhund = try #require(byID(list)["au:2"])
        #expect(akhund.names.map(\.kind) == [.primary, .originalScript, .alias])
        #expect(akhund.names[1].script == "Arab")
        #expect(akhund.birthDates == [.between(try date(1955), try date(1958)), .between(try date(1945), try date(1950))])
        #expect(akhund.birthPlaces == ["Pashmul village, Panjwai District, Kandahar Province, Afghanistan"])
        #expect(akhund.countries == [CountryLink(role: .citizenship, name: "Afghanistan")])
        #expect(akhund.addresses.isEmpty)  // "NA"
        #expect(akhund.programs == [SanctionsProgram("1988 (Taliban)", authority: "AU")])
        #expect(akhund.remarks.contains("Title: Mullah"))
        #expect(akhund.remarks.contains("Control date: 2014-12-15"))
    }

    @Test func dfatDateCellsEnumerationsAndNonAdjacentRowsAreRead() throws {
        let list = try ListFileReader().read(fileURL: Fixture.url("xlsx/dfat_consolidated_sample.xlsx"))
        let entities = byID(list)
        let souleman = try #require(entities["au:6248"])
        #expect(souleman.names.first?.kind == .primary)  // "Primary name"
        #expect(souleman.birthDates == [.exact(try date(1962, 7, 20))])  // a date serial
        #expect(souleman.birthPlaces == ["Bocaranga, Central African Republic", "Bangui"])

        let plant = try #require(entities["au:7001"])
        #expect(plant.names.map(\.value) == ["Plant SVT", "Zavod SVT"])
        #expect(plant.addresses.map(\.formatted) == ["58 Nezavisimosti Blvd, Minsk", "2 Kirova Street, Minsk"])

        let haqqani = try #require(entities["au:2944"])
        #expect(haqqani.names.map(\.kind) == [.primary, .former])
        #expect(haqqani.birthDates == [.exact(try date(1982))])
        #expect(haqqani.remarks.contains("Date of birth: a) 1982 b) 12/05/1398 (Hijri Calendar)"))
        #expect(haqqani.countries.map(\.name) == ["Russian", "Ukrainian"])
        #expect(list.warnings.count == 1)
        #expect(list.warnings.first?.message.contains("au:2944") == true)
    }

    @Test(arguments: [
        ("20 Jul. 1962", ["1962-07-20"]),
        ("a) 15/03/1955\nb) 06/03/1955", ["1955-03-15", "1955-03-06"]),
        ("Approximately 1963", ["~1963"]),
        ("c. 1941", ["~1941"]),
        ("Between 1958 and 1963", ["1958..1963"]),
        ("Between 1963 to 1968", ["1963..1968"]),
        ("March 1960 to March 1961", ["1960-03..1961-03"]),
        ("a) Between Aug. and Sep 1977    b) 1976", ["1977-08..1977-09", "1976"]),
        ("1965 or 1966", ["1965", "1966"]),
        ("19/03/1967; alt DOB: 19/11/1956", ["1967-03-19", "1956-11-19"]),
        ("15 May 1968 (as Yasir) 1970 (as Ali)", ["1968-05-15", "1970"]),
        ("a) 1966, b) 1961, c) Between 1968 and 1970", ["1966", "1961", "1968..1970"]),
        ("Nov. 1973", ["1973-11"]),
        ("a) 19-Dec-1992; b) 12-Dec-1992", ["1992-12-19", "1992-12-12"]),
        ("05.09.1990", ["1990-09-05"]),
        ("March 16, 1972", ["1972-03-16"]),
        ("a) 5 Jan. 1974 b) 24 Jan.1973", ["1974-01-05", "1973-01-24"]),
    ])
    func dfatDateOfBirthFormsAreRead(text: String, expected: [String]) {
        let (dates, complete) = DFATText.birthDates(text)
        #expect(dates.map(Self.describe) == expected)
        #expect(complete)
    }

    private static func describe(_ date: BirthDate) -> String {
        switch date {
        case .exact(let day): day.description
        case .approximately(let day): "~" + day.description
        case .between(let first, let last): "\(first)..\(last)"
        }
    }

    @Test(arguments: [
        ("a) German\u{A0} b) Moroccan", ["German", "Moroccan"]),
        ("Moldovan, Russian and Ukrainian", ["Moldovan", "Russian", "Ukrainian"]),
        ("United Kingdom of Great Britain and Northern Ireland", ["United Kingdom of Great Britain and Northern Ireland"]),
        ("Saudi Arabian (this aka only, alt Citizenship Yemeni)", ["Saudi Arabian (this aka only, alt Citizenship Yemeni)"]),
        ("Somalia;\nKenya", ["Somalia", "Kenya"]),
    ])
    func dfatCitizenshipListsAreSplitIntoCountries(text: String, expected: [String]) {
        #expect(DFATText.countries(text) == expected)
    }

    /// ../shared/lists/au/regulation8_consolidated_2024-11-11.xlsx, counted with a Python pass over the sheet
    /// XML: 9,553 non-empty rows below the header (one name each; SOURCES.md's 9,560 counts the sheet's last
    /// row number less the header, including 7 empty rows), 3,062 distinct leading Reference numbers;
    /// Name Type compared case-insensitively: 3,062 Primary Name, 6,047 aka, 440 Original Script (SOURCES.md's
    /// 416 is the exact spelling "Original Script"), 4 Formerly known as / Previously listed as.
    @Test func readsTheRealDFATWorkbookCompletely() throws {
        guard let url = Fixture.sharedList("au/regulation8_consolidated_2024-11-11.xlsx") else { return }
        let real = try ListFileReader().read(fileURL: url)
        #expect(real.format == .dfatConsolidatedXLSX)
        #expect(real.published == (try date(2024, 11, 11)))
        #expect(real.entities.count == 3_062)
        let names = real.entities.flatMap(\.names)
        #expect(names.count == 9_553)
        let kinds = Dictionary(grouping: names, by: \.kind).mapValues(\.count)
        #expect(kinds == [.primary: 3_062, .alias: 6_047, .originalScript: 440, .former: 4])
        #expect(real.entities.filter { $0.kind == .person }.count + real.entities.filter { $0.kind == .organization }.count == 3_062)
        // Ten dates of birth are partly in forms not read (`29-Aprl-1967`, `23-Apr-68`, `1977/1978`, Hijri
        // dates, `Approximately (30-35 years old)`, ...): each is kept whole as a remark, with a warning.
        #expect(real.warnings.count == 10)
        #expect(real.warnings.allSatisfy { $0.message.contains("date of birth") })

        let entities = byID(real)
        let arbabsiar = try #require(entities["au:1280"])
        #expect(arbabsiar.names.first?.value == "Manssor Arbabsiar")
        #expect(arbabsiar.birthDates == [.exact(try date(1955, 3, 15)), .exact(try date(1955, 3, 6))])
        #expect(arbabsiar.countries.map(\.name) == ["Iran", "United States"])
        let souleman = try #require(entities["au:6248"])
        #expect(souleman.birthDates == [.exact(try date(1962, 7, 20))])
        #expect(souleman.programs.map(\.code) == ["2127 (Central African Republic)"])
        let chernomorneftegaz = try #require(entities["au:2940"])
        #expect(chernomorneftegaz.names.last?.value == "Chernomorneftegaz CJSC")  // row 4331, after other parties
        let akhund = try #require(entities["au:2"])
        #expect(akhund.names.contains(EntityName("محمد حسن أخوند", kind: .originalScript, script: "Arab")))
    }
}
