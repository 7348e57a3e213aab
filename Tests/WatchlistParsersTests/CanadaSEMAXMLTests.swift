import Foundation
import Testing
import WatchlistCore
@testable import WatchlistParsers

struct CanadaSEMAXMLTests {
    let list: ListFile

    init() throws {
        list = try ListFileReader().read(fileURL: Fixture.url("ca/sema_sample.xml"))
    }

    private func entity(_ local: String) throws -> Entity {
        try #require(list.entities.first { $0.id == EntityID(source: "ca", local: local) })
    }

    @Test func buildsIDsFromCountryScheduleAndItem() {
        #expect(list.format == .canadaSEMAXML)
        #expect(list.published == nil)
        #expect(list.entities.map(\.id.rawValue) == [
            "ca:belarus-1-part-1-55", "ca:belarus-1-part-1-96", "ca:belarus-1-part-2-24", "ca:russia-1-part-2-181",
            "ca:russia-1-1-6", "ca:sudan-part-1-1", "ca:iran-1-part-2-1-70", "ca:venezuela-12", "ca:iran-1-part-1-49",
            "ca:russia-1-part-2-222", "ca:belarus-1-part-1-55-2",
        ])
        #expect(list.entities.map(\.kind) == [
            .person, .person, .organization, .organization, .vessel, .person, .person, .person, .organization, .organization, .person,
        ])
    }

    @Test func repeatedCountryScheduleAndItemGetsASuffixAndAWarning() throws {
        let second = try entity("belarus-1-part-1-55-2")
        #expect(second.caption == "Lidia Mikhailovna Yermoshina")
        #expect(list.warnings.contains { $0.message.contains("repeats the country, schedule and item") && $0.line == 94 })
    }

    @Test func personKeepsNamePartsTitleProgramAndLabelledOriginalScripts() throws {
        let person = try entity("belarus-1-part-1-55")
        #expect(person.names == [
            EntityName("Petr Petrovich Miklashevich", kind: .primary, parts: [NamePart(.given, "Petr Petrovich"), NamePart(.family, "Miklashevich")]),
            EntityName("Piotr Piatrovich Miklashevich", kind: .alias),
            EntityName("Пятро Пятровіч Міклашэвіч", kind: .originalScript, script: "Cyrl", language: "be"),
            EntityName("Пётр Петрович Миклашевич", kind: .originalScript, script: "Cyrl", language: "ru"),
        ])
        #expect(person.birthDates == [.exact(try #require(PartialDate(year: 1954)))])
        #expect(person.titles == ["Prosecutor General"])
        #expect(person.programs == [SanctionsProgram("Belarus", authority: "CA")])
        #expect(person.remarks == ["Schedule 1, Part 1, Item 55", "Listed on 2020-11-05"])
        #expect(person.provenance.first?.recordID == "Belarus / Bélarus, Schedule 1, Part 1, Item 55")
    }

    @Test func aliasesSplitOnSlashesAndOrWithOneWordVariantsWeak() throws {
        let person = try entity("belarus-1-part-1-96")
        #expect(person.names.dropFirst().map(\.value) == [
            "Aleksander", "Aleksandr", "Alexander", "Alexandr Vladimirovich Karnienko", "Аляксандр Уладзiмiравiч КАРНIЕНКА",
            "Александр Владимирович Карниенко", "Карниенка",
        ])
        #expect(person.names.dropFirst().map(\.kind) == [.weakAlias, .weakAlias, .weakAlias, .alias, .originalScript, .originalScript, .originalScript])
        // "Russian\u{00A0}:" with a no-break space is still a label.
        #expect(person.names.last?.language == "ru")
        #expect(person.birthDates == [
            .exact(try #require(PartialDate(year: 1965, month: 7, day: 15))), .exact(try #require(PartialDate(year: 1969, month: 9, day: 28))),
        ])
    }

    @Test func andSplitsTwoNamesInAnotherScriptButNotALatinName() {
        let person = CanadaAliasSplitter.names(
            in: "Tetiana Tomilina, Тетяна Юріївна Томіліна and Томилина Татьяна Юрьевна", entityKind: .person)
        #expect(person.map(\.value) == ["Tetiana Tomilina", "Тетяна Юріївна Томіліна", "Томилина Татьяна Юрьевна"])
        let bank = CanadaAliasSplitter.names(in: "Al Rowad Bank for Development and Investment", entityKind: .organization)
        #expect(bank.map(\.value) == ["Al Rowad Bank for Development and Investment"])
        // One word on a side is no name of its own (a maiden name after a full name).
        let maiden = CanadaAliasSplitter.names(in: "Тетяна Олександрівна Кузьміч and Цвєтаєва", entityKind: .person)
        #expect(maiden.map(\.value) == ["Тетяна Олександрівна Кузьміч and Цвєтаєва"])
    }

    @Test func quotedNamesStayWholeAndRussianRunOnsAreRejoined() throws {
        let planar = try entity("belarus-1-part-2-24")
        #expect(planar.names.map(\.value) == ["Planar", "OJSC “Planar”", "Открытое акционерное общество \"Планар\"", "ОАО «Планар»"])
        let agency = try entity("russia-1-part-2-181")
        #expect(agency.names.map(\.value) == [
            "Russotrudnichestvo",
            "Федеральное агентство по делам Содружества Независимых Государств, соотечественников, проживающих за рубежом, и по международному гуманитарному сотрудничеству",
            "Россотрудничество",
        ])
    }

    @Test func englishFrenchNamesAreSplitAndBareLegalFormsStayWithTheirName() throws {
        let army = try entity("iran-1-part-1-49")
        #expect(army.names == [EntityName("Iranian Army", kind: .primary), EntityName("Armée iranienne", kind: .alias, language: "fr")])
        let izvestia = try entity("russia-1-part-2-222")
        #expect(izvestia.names.map(\.value) == [
            "Izvestia", "Limited Liability Company Multimedia information center “Izvestia” and MIC “Izvestia” LLC",
            "МИЦ \"Известия\", ООО",
        ])
    }

    @Test func vesselKeepsIMOTypeAndBuildYear() throws {
        let ship = try entity("russia-1-1-6")
        #expect(ship.names.map(\.value) == ["Bodhi"])
        #expect(ship.identifiers == [Identifier(type: "IMO", value: "9144782")])
        #expect(ship.birthDates.isEmpty)
        #expect(ship.remarks.prefix(2) == ["Year built: 1997", "Type of ship: Oil Tanker"])
    }

    @Test func unlabelledArabicAndRangesAndUnreadableDates() throws {
        let sudan = try entity("sudan-part-1-1")
        #expect(sudan.names.last == EntityName("عبدالرحيم دقلو", kind: .originalScript, script: "Arab", language: "ar"))
        #expect(sudan.names.map(\.value).contains("Abdelrahim Hamdan Dagalo Mousa"))
        #expect(sudan.remarks.contains("Date of birth as published: born in the early 1970s"))
        #expect(list.warnings.contains { $0.message.contains("'born in the early 1970s' is not a date") })
        let iran = try entity("iran-1-part-2-1-70")
        #expect(iran.names.map(\.value) == ["Habib Shahsavari", "حبیب شاهسواری"])
        #expect(iran.names[1].language == nil)
        #expect(iran.birthDates == [.between(try #require(PartialDate(year: 1963)), try #require(PartialDate(year: 1964)))])
    }

    @Test func recordWithoutItemIsAnErrorNamingItsLine() {
        let error = #expect(throws: ListReadError.self) {
            try ListFileReader().read(fileURL: Fixture.url("invalid/sema_missing_item.xml"))
        }
        #expect(error?.line == 11)
        #expect(error?.problem == .missingField(field: "<Country> and <Item>", record: "the <record> on line 11"))
    }

    @Test(arguments: [("Belarus / Bélarus", "belarus"), ("Myanmar (Burma) / Myanmar (Birmanie)", "myanmar-burma"), ("1,Part 3", "1-part-3"), ("Venezuela ", "venezuela")])
    func slugsKeepLowercaseASCIIAndDashes(text: String, expected: String) {
        #expect(CanadaSEMAXMLMapper.slug(CanadaSEMAXMLMapper.englishPart(text)) == expected)
    }

    @Test func readsTheRealMarch2025FileCompletely() throws {
        guard let url = Fixture.sharedList("ca/sema-lmes_2025-03.xml") else { return }
        let real = try ListFileReader().read(fileURL: url)
        // SOURCES.md: 4,759 records (Russia 2,426, Belarus 320). Counted again with Python ElementTree:
        // 3,334 with a LastName or GivenName, 109 with a ShipIMONumber, the other 1,316 entities;
        // no two records share country, schedule and item once slugged.
        #expect(real.entities.count == 4_759)
        #expect(Set(real.entities.map(\.id)).count == 4_759)
        #expect(real.entities.filter { $0.kind == .person }.count == 3_334)
        #expect(real.entities.filter { $0.kind == .vessel }.count == 109)
        #expect(real.entities.filter { $0.programs.first?.code == "Belarus" }.count == 320)
        #expect(!real.warnings.contains { $0.message.contains("repeats") })
        // Names: a separate Python re-implementation of the rules documented on CanadaAliasSplitter and
        // CanadaSEMAXMLMapper.bilingualParts gave 8,421 names (37 English/French entity names split in two),
        // 2,947 of them with letters of a non-Latin script and 79 one-word Latin aliases of persons, before
        // ` and ` split two names in another script (2026-11-30), which gives 20 names more, all in
        // another script.
        let names = real.entities.flatMap(\.names)
        #expect(names.count == 8_441)
        #expect(names.filter { $0.kind == .originalScript }.count == 2_967)
        #expect(names.filter { $0.kind == .weakAlias }.count == 79)

        let lukashenko = try #require(real.entities.first { $0.id == EntityID(source: "ca", local: "belarus-1-part-1-8") })
        #expect(lukashenko.caption == "Aleksandr Grigoryevich Lukashenko")
        #expect(lukashenko.birthDates == [.exact(try #require(PartialDate(year: 1954, month: 8, day: 30)))])
    }

    /// Nothing in `Aliases` is lost: every word of it (labels, "or" and "and" aside) is in one of the entity's
    /// names.
    /// The words are read from the raw file text, record by record, not through the reader.
    @Test func everyWordOfTheRealAliasesIsInSomeName() throws {
        guard let url = Fixture.sharedList("ca/sema-lmes_2025-03.xml") else { return }
        let text = try String(contentsOf: url, encoding: .utf8)
        let real = try ListFileReader().read(fileURL: url)
        let records = text.components(separatedBy: "<record>").dropFirst()
        #expect(records.count == real.entities.count)
        func words(_ text: String) -> [String] {
            text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        }
        let skipped: Set<String> = ["or", "and", "russian", "belarusian", "belarussian", "arabic", "quot", "amp", "apos"]
        var aliasTexts = 0
        var missing: [String] = []
        for (record, entity) in zip(records, real.entities) {
            guard let start = record.range(of: "<Aliases>"), let end = record.range(of: "</Aliases>") else { continue }
            aliasTexts += 1
            let nameWords = Set(entity.names.flatMap { words($0.value) })
            missing += words(String(record[start.upperBound..<end.lowerBound])).filter { !skipped.contains($0) && !nameWords.contains($0) }
        }
        // 2,877 records have Aliases (Python ElementTree count).
        #expect(aliasTexts == 2_877)
        #expect(missing.isEmpty, "words of Aliases in no name: \(missing.prefix(20))")
    }
}
