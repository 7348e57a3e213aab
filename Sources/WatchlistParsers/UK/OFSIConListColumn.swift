import Foundation

/// The fields of one OFSI Consolidated List row (one name of one target), named as the CSV and XLSX
/// headers of 2023 and later write them.
///
/// The same fields appear under other names in the other forms; `init?(header:)` accepts all of them:
/// - CSV/XLSX headers, e.g. `Name 6`, `Group ID`, `NI Number` (CSV of 2020) or
///   `National Identification Number` (2023 and later);
/// - ConList.xml element names, both the plain ones (`Name6`, `GroupID`, `DOB`, `GroupType`, `ListedOn`) and
///   the 2022 format's (`name1`, `Individual_DateOfBirth`, `GroupTypeDescription`, `RegimeName`, `DateListed`,
///   `Ship_IMONumber`, ...).
///
/// Field names of the 2022-format XML: those read by OpenSanctions' `gb_hmt` crawler (which audits that it
/// consumes every element); the CSV/XLSX headers: the files in `shared/lists/uk/`.
enum OFSIConListColumn: String, CaseIterable, Sendable {
    case name1 = "Name 1", name2 = "Name 2", name3 = "Name 3", name4 = "Name 4", name5 = "Name 5"
    /// The surname of a person, the whole name of an entity or ship.
    case name6 = "Name 6"
    case title = "Title"
    case nameNonLatinScript = "Name Non-Latin Script"
    case nonLatinScriptType = "Non-Latin Script Type"
    case nonLatinScriptLanguage = "Non-Latin Script Language"
    case dateOfBirth = "DOB"
    case townOfBirth = "Town of Birth"
    case countryOfBirth = "Country of Birth"
    case nationality = "Nationality"
    case passportNumber = "Passport Number"
    case passportDetails = "Passport Details"
    case nationalIdentificationNumber = "National Identification Number"
    case nationalIdentificationDetails = "National Identification Details"
    case position = "Position"
    case gender = "Gender"
    case address1 = "Address 1", address2 = "Address 2", address3 = "Address 3"
    case address4 = "Address 4", address5 = "Address 5", address6 = "Address 6"
    case postCode = "Post/Zip Code"
    case country = "Country"
    case phoneNumber = "Phone Number"
    case emailAddress = "Email Address"
    case website = "Website"
    case otherInformation = "Other Information"
    case statementOfReasons = "UK Statement of Reasons"
    /// `Individual`, `Entity` or `Ship`.
    case groupType = "Group Type"
    /// `Primary name`, `Primary name variation`, `AKA`, `FKA`; `Prime Alias` in 2020.
    case aliasType = "Alias Type"
    /// `Good quality`, `Low quality`, or empty.
    case aliasQuality = "Alias Quality"
    case regime = "Regime"
    case listedOn = "Listed On"
    case dateDesignated = "UK Sanctions List Date Designated"
    case ukSanctionsListReference = "UK Sanctions List Ref"
    case unReference = "UN Ref"
    case lastUpdated = "Last Updated"
    case groupID = "Group ID"
    case groupStatus = "Group Status"
    case entityType = "Entity Type"
    case businessRegistrationNumber = "Business Registration Number"
    case parentCompany = "Parent Company"
    case subsidiaries = "Subsidiaries"
    case shipIMONumber = "IMO Number"
    case shipCurrentOwners = "Current Owners"
    case shipFlag = "Flag"
    case shipPreviousFlags = "Previous Flags"
    case shipType = "Type of Ship"
    case shipTonnage = "Tonnage"
    case shipLength = "Length"
    case shipYearBuilt = "Year Built"

    /// The column a header or element name stands for, compared without case, spaces or punctuation.
    init?(header: String) {
        guard let column = Self.byKey[Self.key(header)] else { return nil }
        self = column
    }

    /// Other spellings of the columns, as keys (lowercase letters and digits only).
    private static let synonyms: [String: OFSIConListColumn] = [
        "ninumber": .nationalIdentificationNumber, "individualninumber": .nationalIdentificationNumber,
        "nidetails": .nationalIdentificationDetails, "individualnidetails": .nationalIdentificationDetails,
        "dateofbirth": .dateOfBirth, "individualdateofbirth": .dateOfBirth,
        "individualtownofbirth": .townOfBirth, "individualcountryofbirth": .countryOfBirth,
        "individualnationality": .nationality, "individualpassportnumber": .passportNumber,
        "individualpassportdetails": .passportDetails, "individualposition": .position,
        "individualgender": .gender, "postcode": .postCode, "grouptypedescription": .groupType,
        "regimename": .regime, "datelisted": .listedOn, "datedesignated": .dateDesignated,
        "unreferencenumber": .unReference, "entitytype": .entityType,
        "entitybusinessregnumber": .businessRegistrationNumber, "entityparentcompany": .parentCompany,
        "entitysubsidiaries": .subsidiaries, "shipimonumber": .shipIMONumber,
        "shipcurrentowners": .shipCurrentOwners, "shipflag": .shipFlag, "shippreviousflags": .shipPreviousFlags,
        "shiptype": .shipType, "shiptonnage": .shipTonnage, "shiplength": .shipLength,
        "shipyearbuilt": .shipYearBuilt,
    ]

    private static let byKey: [String: OFSIConListColumn] = {
        var table = synonyms
        for column in allCases { table[key(column.rawValue)] = column }
        return table
    }()

    private static func key(_ header: String) -> String {
        String(header.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}
