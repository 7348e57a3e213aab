#!/usr/bin/env python3
"""Writes the binary fixtures (small XLSX workbooks and ZIP archives) these tests read.

Run from anywhere: `python3 Tests/WatchlistParsersTests/Fixtures/make_fixtures.py`. The outputs are committed;
rerun this only to change them. Every archive entry gets a fixed timestamp so reruns give the same bytes
(given the same zlib).

The workbooks follow ECMA-376 SpreadsheetML as Excel writes it: shared strings (some as rich-text runs, one
with a phonetic run that must be ignored), an inline string, numbers, and date serials in a date-formatted
style. Their rows are modelled on the real OFSI ConList and DFAT Consolidated List sheets; names and facts are
examples, not copies.
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (1980, 1, 1, 0, 0, 0)


def write_zip(path, entries, compression=zipfile.ZIP_DEFLATED):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = compression
            archive.writestr(info, data)


# --- XLSX -------------------------------------------------------------------------------------------------

class Date:
    """An Excel date serial, written with the date style (s="1")."""

    def __init__(self, serial):
        self.serial = serial


class Rich:
    """A shared string made of rich-text runs: (text, bold) pairs; a phonetic run may follow."""

    def __init__(self, *runs, phonetic=None):
        self.runs = runs
        self.phonetic = phonetic


class Inline:
    """An inline string (`t="inlineStr"`)."""

    def __init__(self, text):
        self.text = text


def column_name(index):
    name = ""
    index += 1
    while index:
        index, digit = divmod(index - 1, 26)
        name = chr(65 + digit) + name
    return name


def t_element(text):
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f"<t{space}>{escape(text)}</t>"


def workbook(rows, modified=None):
    """The parts of a one-sheet workbook whose cells are `rows` (lists; None leaves a cell out)."""
    strings, index_of = [], {}

    def shared(key, xml):
        if key not in index_of:
            index_of[key] = len(strings)
            strings.append(xml)
        return index_of[key]

    sheet_rows = []
    for row_number, row in enumerate(rows, start=1):
        cells = []
        for column, value in enumerate(row):
            if value is None or value == "":
                continue
            ref = f"{column_name(column)}{row_number}"
            if isinstance(value, Date):
                cells.append(f'<c r="{ref}" s="1"><v>{value.serial}</v></c>')
            elif isinstance(value, (int, float)):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif isinstance(value, Inline):
                cells.append(f'<c r="{ref}" t="inlineStr"><is>{t_element(value.text)}</is></c>')
            elif isinstance(value, Rich):
                runs = "".join(
                    f"<r>{'<rPr><b/></rPr>' if bold else ''}{t_element(text)}</r>" for text, bold in value.runs)
                if value.phonetic:
                    runs += f'<rPh sb="0" eb="1">{t_element(value.phonetic)}</rPh>'
                index = shared(("rich", value.runs, value.phonetic), f"<si>{runs}</si>")
                cells.append(f'<c r="{ref}" t="s"><v>{index}</v></c>')
            else:
                index = shared(value, f"<si>{t_element(value)}</si>")
                cells.append(f'<c r="{ref}" t="s"><v>{index}</v></c>')
        sheet_rows.append(f'<row r="{row_number}">{"".join(cells)}</row>')

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
         '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
         '<sheet name="Sheet1" sheetId="1" r:id="rId3"/></sheets></workbook>'),
        # The sheet's relationship id is deliberately not rId1, and its part not sheet1.xml's usual
        # neighbour order, so the reader must resolve it.
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         f'<Relationship Id="rId1" Type="{rel}/styles" Target="styles.xml"/>'
         f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
         f'<Relationship Id="rId3" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/styles.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         f'<styleSheet xmlns="{main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>'
         '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
         '<cellXfs count="2"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/></cellXfs>'
         '</styleSheet>'),
        ("xl/sharedStrings.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         f'<sst xmlns="{main}" count="{len(strings)}" uniqueCount="{len(strings)}">{"".join(strings)}</sst>'),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         f'<worksheet xmlns="{main}" xmlns:r="{rel}"><sheetData>{"".join(sheet_rows)}</sheetData></worksheet>'),
    ]
    if modified:
        parts.append((
            "docProps/core.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified></cp:coreProperties>'))
    return [(name, data.encode("utf-8")) for name, data in parts]


OFSI_HEADER = [
    "Name 6", "Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Title", "Name Non-Latin Script",
    "Non-Latin Script Type", "Non-Latin Script Language", "DOB", "Town of Birth", "Country of Birth", "Nationality",
    "Passport Number", "Passport Details", "National Identification Number", "National Identification Details",
    "Position", "Address 1", "Address 2", "Address 3", "Address 4", "Address 5", "Address 6", "Post/Zip Code",
    "Country", "Other Information", "Group Type", "Alias Type", "Alias Quality", "Regime", "Listed On",
    "UK Sanctions List Date Designated", "Last Updated", "Group ID",
]


def ofsi_row(**fields):
    keys = {name.replace(" ", "_").replace("/", "_").replace("-", "_").lower(): index
            for index, name in enumerate(OFSI_HEADER)}
    row = [None] * len(OFSI_HEADER)
    for key, value in fields.items():
        row[keys[key]] = value
    return row


def ofsi_workbook():
    person = dict(
        dob="18/10/1954", town_of_birth="Kosuta", country_of_birth="Belarus", nationality="Belarus",
        position="Prosecutor General", group_type="Individual", regime="Belarus", listed_on="21/06/2024",
        uk_sanctions_list_date_designated="21/06/2024", last_updated="21/06/2024", group_id="16001",
        other_information="(UK Sanctions List Ref):BEL0001. (Gender):Male")
    company = dict(
        address_1="58 Nezavisimosti Blvd", address_6="Minsk", post_zip_code="220005", country="Belarus",
        group_type="Entity", regime="Belarus", listed_on="21/06/2024", last_updated="21/06/2024", group_id="16002",
        other_information="(UK Sanctions List Ref):BEL0002.")
    ship = dict(group_type="Ship", regime="Russia", listed_on="09/05/2024", last_updated="09/05/2024",
                group_id="16003", other_information="(UK Sanctions List Ref):RUS0003. (IMO number):9187629")
    return workbook([
        ["Last Updated", "21/06/2024"],
        OFSI_HEADER,
        ofsi_row(name_6="MIKLASHEVICH", name_1="Petr", name_2="Petrovich",
                 name_non_latin_script="Пётр Пятровіч Міклашэвіч", non_latin_script_type="Cyrillic",
                 non_latin_script_language="Belarusian", alias_type="Primary name", **person),
        ofsi_row(name_6="MIKLASHEVICH", name_1="Piotr", alias_type="AKA", alias_quality="Good quality", **person),
        ofsi_row(name_6="PLANT SVT", alias_type="Primary name", **company),
        ofsi_row(name_6=Inline("ZAVOD SVT"), alias_type="AKA", alias_quality="Low quality", **company),
        ofsi_row(name_6="SEA STAR", alias_type="Primary name", **ship),
        # A row of the first group again, after the others (groups need not be adjacent).
        ofsi_row(name_6="MIKLASHEVICH", name_1="Pyotr", alias_type="Primary name variation", **person),
    ])


DFAT_HEADER = [
    "Reference", "Name of Individual or Entity", "Type", "Name Type", "Date of Birth", "Place of Birth",
    "Citizenship", "Address", "Additional Information", "Listing Information", "Committees", "Control Date",
]


def dfat_workbook():
    # 20 Jul. 1962 is serial 22847; 15 Dec. 2014 is 41988; 30 Jan. 2023 is 44956 (1900 date system).
    akhund = ["a) Approximately 1955- 1958 b) Approximately 1945-1950",
              "Pashmul village, Panjwai District, Kandahar Province, Afghanistan", "Afghanistan", "NA",
              Rich(("Title:", True), (" ", False), ("Mullah", False)),
              "Listed by UN 1267 Committee on 25 January 2001", "1988 (Taliban)", Date(41988)]
    souleman = [Date(22847), "a) Bocaranga, Central African Republic b) Bangui", "Central African Republic",
                "Koui, Ouham-Pendé prefecture, Central African Republic", "", "", "2127 (Central African Republic)",
                Date(41988)]
    plant = ["", "", "", "58 Nezavisimosti Blvd, Minsk; 2 Kirova Street, Minsk",
             Rich(("Instrument of first listing: ", False), ("Autonomous Sanctions (Russia) 2023", False),
                  phonetic="x"),
             "", "Autonomous (Russia)", Date(44956)]
    haqqani = ["a) 1982 b) 12/05/1398 (Hijri Calendar)", "", "Russian and Ukrainian", "", "", "",
               "1988 (Taliban)", Date(41988)]
    return workbook([
        DFAT_HEADER,
        [2, "MOHAMMAD HASSAN AKHUND", "Individual", "Primary Name", *akhund],
        ["2a", "محمد حسن أخوند", "Individual", "Original Script", *akhund],
        ["2b", "Mullah Mohammad Hassan", "individual", "aka", *akhund],
        [6248, "Bi Sidi Souleman", "Individual", "Primary name", *souleman],
        ["6248a", "Sidiki", "Individual", "aka", *souleman],
        ["7001", "Plant SVT", "Entity", "Primary Name", *plant],
        ["2944", "YAHYA HAQQANI", "Individual", "Primary Name", *haqqani],
        ["2944a", "Yaya", "Individual", "Formerly known as", *haqqani],
        # An aka of party 7001 after another party's rows.
        ["7001a", "Zavod SVT\n", "Entity", "aka", *plant],
    ], modified="2024-11-11T01:01:21Z")


def unknown_workbook():
    return workbook([["Product", "Price"], ["Widget", 3.5]])


# --- ZIP --------------------------------------------------------------------------------------------------

def main():
    write_zip(os.path.join(HERE, "xlsx", "ofsi_conlist_sample.xlsx"), ofsi_workbook())
    write_zip(os.path.join(HERE, "xlsx", "dfat_consolidated_sample.xlsx"), dfat_workbook())
    write_zip(os.path.join(HERE, "invalid", "unknown_sheet.xlsx"), unknown_workbook())

    with open(os.path.join(HERE, "ofac", "ofac_enhanced_sample.xml"), "rb") as source:
        write_zip(os.path.join(HERE, "ofac", "ofac_enhanced_sample.zip"), [("SDN_ENHANCED.XML", source.read())])
    write_zip(os.path.join(HERE, "invalid", "zip_without_xml.zip"), [("README.txt", b"No list in here.\n")])
    write_zip(os.path.join(HERE, "invalid", "zip_two_xml.zip"),
              [("a.xml", b"<sdnList/>"), ("b.xml", b"<sdnList/>")])
    # 4 MiB of one repeated line inflates over 1,000 times: refused by the 200x ratio guard before
    # anything is extracted.
    write_zip(os.path.join(HERE, "invalid", "zip_bomb.zip"),
              [("SDN_ENHANCED.XML", b"<sanctionsData>" + b" " * (4 << 20) + b"</sanctionsData>")])
    # The ZIP signature followed by garbage.
    with open(os.path.join(HERE, "invalid", "zip_truncated.zip"), "wb") as out:
        out.write(b"PK\x03\x04" + b"\x00" * 60)


if __name__ == "__main__":
    main()
