import Foundation
import WatchlistCore

/// Reads OFAC's Advanced XML (SDN_ADVANCED.XML; root `Sanctions`, schema sdn_advanced.xsd).
///
/// The file is streamed element by element: the `ReferenceValueSets`, each `Location` and each
/// `IDRegDocument` are kept as small lookups, and each `DistinctParty` is read as one subtree and mapped.
/// Entities are held until the end of the file, because what completes them comes after all parties:
/// the programmes (in `SanctionsEntries`) and the relationships (in `ProfileRelationships`). For the full
/// SDN file that is about 18,000 entities, a few tens of MB.
enum OFACAdvancedXMLReader: XMLListFormatReader {
    static func read(
        _ reader: XMLReader, root: XMLElementStart, file: String, emit: (Entity) -> Void
    ) throws(ListReadError) -> ListFileSummary {
        var mapper = OFACAdvancedXMLMapper(file: file, published: nil)
        var parties: [OFACAdvancedXMLMapper.Party] = []
        var partyByProfile: [String: Int] = [:]
        var documentsByIdentity: [String: [Identifier]] = [:]
        var relationships: [XMLNode] = []
        var entries: [XMLNode] = []
        var warnings: [ListReadWarning] = []
        while let event = try reader.next() {
            guard case .startElement(let element) = event else { continue }
            switch element.localName {
            case "DateOfIssue":
                mapper.published = OFACAdvancedXMLMapper.date(try reader.readSubtree(startingWith: element))
            case "ReferenceValueSets":
                mapper.references.addReferenceValueSets(try reader.readSubtree(startingWith: element))
            case "Location":
                mapper.references.addLocation(try reader.readSubtree(startingWith: element))
            case "IDRegDocument":
                let node = try reader.readSubtree(startingWith: element)
                if let (identity, identifier) = mapper.document(node) {
                    documentsByIdentity[identity, default: []].append(identifier)
                } else {
                    warnings.append(ListReadWarning(
                        file: file, line: node.line,
                        message: "IDRegDocument \(node.attributes["ID"] ?? "?") has no IDRegistrationNo or IdentityID; skipped"))
                }
            case "DistinctParty":
                let (party, partyWarnings) = try mapper.party(from: reader.readSubtree(startingWith: element))
                for profile in party.profileIDs { partyByProfile[profile] = parties.count }
                parties.append(party)
                warnings += partyWarnings
            case "ProfileRelationship":
                relationships.append(try reader.readSubtree(startingWith: element))
            case "SanctionsEntry":
                // Only the measures and the list are kept, not the entry's whole subtree.
                var entry = try reader.readSubtree(startingWith: element)
                entry.children = entry.children.filter { $0.name == "SanctionsMeasure" }
                entries.append(entry)
            default:
                continue
            }
        }

        // Identity documents, ahead of the identifiers read from features (as in the Enhanced XML).
        for index in parties.indices {
            let documents = parties[index].identityIDs.flatMap { documentsByIdentity.removeValue(forKey: $0) ?? [] }
            parties[index].entity.identifiers = documents + parties[index].entity.identifiers
        }
        for (identity, documents) in documentsByIdentity.sorted(by: { $0.key < $1.key }) {
            warnings.append(ListReadWarning(
                file: file, message: "\(documents.count) IDRegDocument(s) of identity \(identity), which no party has; skipped"))
        }

        // Programmes and lists.
        let programType = mapper.references.id("SanctionsType", text: "Program")
        for entry in entries {
            guard let index = entry.attributes["ProfileID"].flatMap({ partyByProfile[$0] }) else {
                warnings.append(ListReadWarning(
                    file: file, line: entry.line,
                    message: "SanctionsEntry \(entry.attributes["ID"] ?? "?") is for profile \(entry.attributes["ProfileID"] ?? "?"), which the file does not have; skipped"))
                continue
            }
            for measure in entry.children where measure.attributes["SanctionsTypeID"] == programType {
                if let code = measure.text(of: "Comment") {
                    let program = SanctionsProgram(code, authority: "US-OFAC")
                    if !parties[index].entity.programs.contains(program) { parties[index].entity.programs.append(program) }
                }
            }
            if let list = mapper.references.value("List", entry.attributes["ListID"]),
                !parties[index].entity.remarks.contains("OFAC lists: \(list)")
            {
                parties[index].entity.remarks.append("OFAC lists: \(list)")
            }
        }

        // Relationships; symmetrical ones ("Associate Of") are stated on both sides.
        for relationship in relationships {
            let attributes = relationship.attributes
            guard let from = attributes["From-ProfileID"].flatMap({ partyByProfile[$0] }),
                let to = attributes["To-ProfileID"].flatMap({ partyByProfile[$0] })
            else {
                warnings.append(ListReadWarning(
                    file: file, line: relationship.line,
                    message: "ProfileRelationship \(attributes["ID"] ?? "?") links a profile the file does not have; skipped"))
                continue
            }
            let role = (mapper.references.value("RelationType", attributes["RelationTypeID"]) ?? "linked to").lowercased()
            let qualifiedRole = attributes["Former"] == "true" ? "formerly \(role)" : role
            parties[from].entity.relations.append(relation(qualifiedRole, to: parties[to].entity))
            if mapper.references.attribute("RelationType", attributes["RelationTypeID"], "Symmetrical") == "true" {
                parties[to].entity.relations.append(relation(qualifiedRole, to: parties[from].entity))
            }
        }

        for party in parties { emit(party.entity) }
        return ListFileSummary(format: .ofacAdvancedXML, published: mapper.published, entityCount: parties.count, warnings: warnings)
    }

    private static func relation(_ role: String, to target: Entity) -> Relation {
        let name = target.names.first { $0.kind == .primary } ?? target.names[0]
        return Relation(role: role, targetName: name.value, targetID: target.id)
    }
}
