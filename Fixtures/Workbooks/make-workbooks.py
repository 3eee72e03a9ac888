#!/usr/bin/env python3
"""Writes the workbook fixtures, the other-kind files and the DEFLATE corpus in this folder.

Deterministic (fixed seeds, fixed ZIP timestamps): running it again gives the same bytes.
Standard library only. Run from this folder: python3 make-workbooks.py

The ZIP containers are written by a small writer of our own (`zip_bytes`) so that a fixture can
hold exactly what it tests: stored or deflated entries, a data descriptor, ZIP64 records, an
encrypted flag, a lying size. `zipfile-written.xlsx` is written by Python's `zipfile`, a second
writer. Expected cell texts of dates are computed here with `datetime`, independently of liso,
into `dates-1900.json` and `dates-1904.json`.
"""
import base64
import csv
import datetime
import json
import random
import struct
import zipfile
import zlib

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


# ---------------------------------------------------------------------------- ZIP writer

def deflate(data, level=6, strategy=zlib.Z_DEFAULT_STRATEGY):
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15, 8, strategy)
    return compressor.compress(data) + compressor.flush()


def zip_bytes(entries, zip64=False):
    """entries: dicts with name, data, and optionally method (8), level, flags, crc,
    declared_size, descriptor (write a data descriptor), raw (stored bytes to use as they are)."""
    out = bytearray()
    central = bytearray()
    for entry in entries:
        data = entry["data"]
        method = entry.get("method", 8)
        stored = entry.get("raw")
        if stored is None:
            stored = deflate(data, entry.get("level", 6)) if method == 8 else data
        crc = entry.get("crc", zlib.crc32(data))
        size = entry.get("declared_size", len(data))
        name = entry["name"].encode("utf-8")
        flags = entry.get("flags", 0) | 0x800
        descriptor = entry.get("descriptor", False)
        if descriptor:
            flags |= 0x08
        offset = len(out)
        if zip64:
            local_extra = struct.pack("<HHQQ", 1, 16, size, len(stored))
            local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, flags, method, 0, 0x21,
                                0 if descriptor else crc, 0xFFFFFFFF, 0xFFFFFFFF, len(name), len(local_extra))
        else:
            local_extra = b""
            local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0x21,
                                0 if descriptor else crc, 0 if descriptor else len(stored),
                                0 if descriptor else size, len(name), 0)
        out += local + name + local_extra + stored
        if descriptor:
            out += struct.pack("<IIII", 0x08074B50, crc, len(stored), size)
        if zip64:
            extra = struct.pack("<HHQQQ", 1, 24, size, len(stored), offset)
            header = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, flags, method, 0, 0x21, crc,
                                 0xFFFFFFFF, 0xFFFFFFFF, len(name), len(extra), 0, 0, 0, 0, 0xFFFFFFFF)
        else:
            extra = b""
            header = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method, 0, 0x21, crc,
                                 len(stored), size, len(name), 0, 0, 0, 0, 0, offset)
        central += header + name + extra
    directory_offset = len(out)
    out += central
    count = len(entries)
    if zip64:
        record = len(out)
        out += struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, count, count, len(central),
                           directory_offset)
        out += struct.pack("<IIQI", 0x07064B50, 0, record, 1)
        out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    else:
        out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), directory_offset, 0)
    return bytes(out)


# ---------------------------------------------------------------------------- workbook parts

def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def workbook_parts(sheet_xml, shared=None, styles=None, date1904=False, prefix="", sheets=None,
                   absolute_targets=False):
    """The parts of a workbook whose first worksheet is `sheet_xml` (a full XML text).
    `shared` is the sharedStrings XML, `styles` the styles XML; `prefix` like "x:" writes every
    SpreadsheetML element with that namespace prefix; `sheets` lists (name, xml) of more sheets."""
    p = prefix
    ns = f'xmlns:{p[:-1]}="{MAIN}"' if p else f'xmlns="{MAIN}"'
    more = sheets or []
    sheet_list = "".join(
        f'<{p}sheet name="{escape(name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
        for i, name in enumerate(["Blad1"] + [name for name, _ in more]))
    pr = f'<{p}workbookPr date1904="1"/>' if date1904 else f"<{p}workbookPr/>"
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<{p}workbook {ns} xmlns:r="{RELS}">{pr}<{p}sheets>{sheet_list}</{p}sheets></{p}workbook>')
    base = "/xl/" if absolute_targets else ""
    rels = [f'<Relationship Id="rId{i + 1}" Type="{RELS}/worksheet" Target="{base}worksheets/sheet{i + 1}.xml"/>'
            for i in range(1 + len(more))]
    if shared is not None:
        rels.append(f'<Relationship Id="rIdS" Type="{RELS}/sharedStrings" Target="{base}sharedStrings.xml"/>')
    if styles is not None:
        rels.append(f'<Relationship Id="rIdT" Type="{RELS}/styles" Target="{base}styles.xml"/>')
    workbook_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     f'<Relationships xmlns="{PACKAGE_RELS}">{"".join(rels)}</Relationships>')
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '</Types>')
    root_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 f'<Relationships xmlns="{PACKAGE_RELS}"><Relationship Id="rId1" '
                 f'Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    parts = [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels),
             ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", workbook_rels),
             ("xl/worksheets/sheet1.xml", sheet_xml)]
    for i, (_, xml) in enumerate(more):
        parts.append((f"xl/worksheets/sheet{i + 2}.xml", xml))
    if shared is not None:
        parts.append(("xl/sharedStrings.xml", shared))
    if styles is not None:
        parts.append(("xl/styles.xml", styles))
    return [(name, text.encode("utf-8")) for name, text in parts]


def write_workbook(path, parts, method=8, zip64=False, descriptor=False):
    entries = [dict(name=name, data=data, method=method, descriptor=descriptor) for name, data in parts]
    write(path, zip_bytes(entries, zip64=zip64))


def write(path, data):
    with open(path, "wb") as file:
        file.write(data)


def sheet(rows_xml, prefix="", dimension="A1"):
    p = prefix
    ns = f'xmlns:{p[:-1]}="{MAIN}"' if p else f'xmlns="{MAIN}"'
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<{p}worksheet {ns}><{p}dimension ref="{dimension}"/><{p}sheetData>{rows_xml}'
            f'</{p}sheetData></{p}worksheet>')


def shared_strings(items, prefix=""):
    """items: each either a plain text or a full <si> inner XML (starting with '<')."""
    p = prefix
    ns = f'xmlns:{p[:-1]}="{MAIN}"' if p else f'xmlns="{MAIN}"'
    body = "".join(f"<{p}si>{item if item.startswith('<') else f'<{p}t>{escape(item)}</{p}t>'}</{p}si>"
                   for item in items)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<{p}sst {ns} count="{len(items)}" uniqueCount="{len(items)}">{body}</{p}sst>')


def styles_xml(format_ids, custom, prefix=""):
    """format_ids: the numFmtId of each cellXfs entry; custom: {id: code}."""
    p = prefix
    ns = f'xmlns:{p[:-1]}="{MAIN}"' if p else f'xmlns="{MAIN}"'
    codes = "".join(f'<{p}numFmt numFmtId="{i}" formatCode="{escape(code)}"/>' for i, code in custom.items())
    xfs = "".join(f'<{p}xf numFmtId="{i}" fontId="0" fillId="0" borderId="0" xfId="0"/>' for i in format_ids)
    # A differential format with its own numFmt, which must not redefine the cell formats.
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<{p}styleSheet {ns}><{p}numFmts count="{len(custom)}">{codes}</{p}numFmts>'
            f'<{p}cellStyleXfs count="1"><{p}xf numFmtId="14"/></{p}cellStyleXfs>'
            f'<{p}cellXfs count="{len(format_ids)}">{xfs}</{p}cellXfs>'
            f'<{p}dxfs count="1"><{p}dxf><{p}numFmt numFmtId="14" formatCode="@"/></{p}dxf></{p}dxfs>'
            f'</{p}styleSheet>')


# ---------------------------------------------------------------------------- cell fixtures

def cells_workbook():
    """Every cell type and text rule; cells.json lists what each row must read as."""
    strings = [
        "plain",
        '<t xml:space="preserve">  kept spaces  </t>',
        "<t>  trimmed  </t>",
        '<r><rPr><b/></rPr><t xml:space="preserve">rich </t></r><r><t xml:space="preserve">and </t></r><r><t>bold</t></r>',
        '<t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1"/>',
        "<t>a &amp; b &lt;c&gt; &#233;&#x20AC; &quot;q&quot;</t>",
        "<t>line_x000D_break_x005F_x0041_</t>",
        "<t>Mee eens</t>",
        '<t xml:space="preserve"> </t>',
    ]
    rows = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
        '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>5</v></c><c r="B2" t="s"><v>6</v></c>'
        '<c r="C2" t="inlineStr"><is><t>inline</t></is></c>'
        '<c r="D2" t="inlineStr"><is><r><t>in</t></r><r><t>line rich</t></r></is></c>'
        '<c r="E2" t="str"><f>A1&amp;"x"</f><v>plainx</v></c></row>'
        '<row r="3"><c r="A3"><v>4</v></c><c r="B3"><v>0.5</v></c><c r="C3"><v>4.0</v></c>'
        '<c r="D3" t="n"><v>0.30000000000000004</v></c><c r="E3"><v>-1.25E-2</v></c>'
        '<c r="F3"><v>1E+20</v></c><c r="G3"><v>123456789012345678</v></c><c r="H3"><v>-0</v></c>'
        '<c r="I3"><v>0.000001</v></c><c r="J3"><v>007</v></c></row>'
        '<row r="4"><c r="A4" t="b"><v>1</v></c><c r="B4" t="b"><v>0</v></c><c r="C4" t="e"><v>#N/A</v></c>'
        '<c r="D4" t="e"><v>#DIV/0!</v></c><c r="E4" t="s"/><c r="F4"/><c r="G4" t="s"><v>8</v></c></row>'
        # Gaps: B and D are missing; cells without r follow the one before.
        '<row r="5"><c r="A5"><v>1</v></c><c r="C5"><v>3</v></c><c><v>4</v></c><c r="F5"><v>6</v></c><c><v>7</v></c></row>'
        # Rows 6 and 7 are missing, row 8 is there but empty: three empty records.
        '<row r="8"><c r="A8" s="0"/></row>'
        '<row r="9"><c r="B9" t="s"><v>7</v></c></row>'
        # A row without r follows row 9.
        '<row><c r="A10" t="inlineStr"><is><t><![CDATA[<cdata> & text]]></t></is></c></row>'
        # Trailing empty rows are left out.
        '<row r="11"/><row r="12"><c r="A12" s="0"/></row>'
    )
    expected = [
        [1, ["plain", "  kept spaces  ", "trimmed", "rich and bold", "漢字"]],
        [2, ["a & b <c> é€ \"q\"", "line\rbreak_x0041_", "inline", "inline rich", "plainx"]],
        [3, ["4", "0.5", "4", "0.3", "-0.0125", "1E+20", "1.23456789012346E+17", "0", "1E-06", "7"]],
        [4, ["TRUE", "FALSE", "#N/A", "#DIV/0!", "", "", " "]],
        [5, ["1", "", "3", "4", "", "6", "7"]],
        [6, [""] * 5],
        [7, [""] * 5],
        [8, [""] * 5],
        [9, ["", "Mee eens"]],
        [10, ["<cdata> & text"]],
    ]
    parts = workbook_parts(sheet(rows, dimension="A1:B2"), shared=shared_strings(strings))
    write_workbook("cells.xlsx", parts)
    # Rows are padded to the width of the first row (5 fields).
    for row in expected:
        row[1] = row[1] + [""] * (5 - len(row[1]))
    write_json("cells.json", {"records": [{"line": line, "fields": fields} for line, fields in expected]})


# ---------------------------------------------------------------------------- dates

DATE_FORMATS = [
    # (numFmtId, custom code or None for a built-in, Python formatter of a datetime)
    (14, None, lambda d: d.strftime("%Y-%m-%d")),
    (15, None, lambda d: f"{d.day}-{d.strftime('%b')}-{d.strftime('%y')}"),
    (16, None, lambda d: f"{d.day}-{d.strftime('%b')}"),
    (17, None, lambda d: d.strftime("%b-%y")),
    (18, None, lambda d: f"{(d.hour % 12) or 12}:{d.minute:02} {'AM' if d.hour < 12 else 'PM'}"),
    (19, None, lambda d: f"{(d.hour % 12) or 12}:{d.minute:02}:{d.second:02} {'AM' if d.hour < 12 else 'PM'}"),
    (20, None, lambda d: f"{d.hour}:{d.minute:02}"),
    (21, None, lambda d: f"{d.hour}:{d.minute:02}:{d.second:02}"),
    (22, None, lambda d: f"{d.strftime('%Y-%m-%d')} {d.hour}:{d.minute:02}"),
    (45, None, lambda d: f"{d.minute:02}:{d.second:02}"),
    (164, "m/d/yy\\ h:mm:ss", lambda d: f"{d.month}/{d.day}/{d.strftime('%y')} {d.hour}:{d.minute:02}:{d.second:02}"),
    (165, "d-m-yyyy h:mm:ss", lambda d: f"{d.day}-{d.month}-{d.year} {d.hour}:{d.minute:02}:{d.second:02}"),
    (166, "dddd d mmmm yyyy", lambda d: f"{d.strftime('%A')} {d.day} {d.strftime('%B')} {d.year}"),
    (167, "[$-413]dd/mm/yyyy;@", lambda d: d.strftime("%d/%m/%Y")),
    (168, 'yyyy"年"m"月"d"日"', lambda d: f"{d.year}年{d.month}月{d.day}日"),
    (169, "DD.MM.YYYY HH:MM", lambda d: d.strftime("%d.%m.%Y %H:%M")),
    (170, "h:mm:ss.000", lambda d: f"{d.hour}:{d.minute:02}:{d.second:02}.{d.microsecond // 1000:03}"),
    (171, "ddd mmm d", lambda d: f"{d.strftime('%a')} {d.strftime('%b')} {d.day}"),
    (172, "mmmmm yy", lambda d: f"{d.strftime('%B')[0]} {d.strftime('%y')}"),
    (173, "hh:mm a/p", lambda d: f"{(d.hour % 12) or 12:02}:{d.minute:02} {'a' if d.hour < 12 else 'p'}"),
]


def dates_workbook(date1904):
    """One row per serial, one column per date format; the JSON holds the texts Python's
    datetime gives, rounded as Excel rounds (to the shown fraction of a second)."""
    random.seed(1904 if date1904 else 1900)
    epoch = datetime.datetime(1904, 1, 1) if date1904 else datetime.datetime(1899, 12, 30)
    serials = [61.0, 44314.4734606481, 44314.9999999, 45000.5, 36526.0, 2958465.99999]
    serials += [round(random.uniform(61, 60000), 9) for _ in range(20)]
    if date1904:
        serials = [s - 1462 for s in serials if s - 1462 >= 0]
    custom = {i: code for i, code, _ in DATE_FORMATS if code}
    styles = styles_xml([0] + [i for i, _, _ in DATE_FORMATS], custom)
    rows = []
    expected = []
    for r, serial in enumerate(serials, start=1):
        cells = "".join(f'<c r="{col}{r}" s="{k + 1}"><v>{serial!r}</v></c>'
                        for k, col in enumerate(column_names(len(DATE_FORMATS))))
        rows.append(f'<row r="{r}">{cells}</row>')
        texts = []
        for fid, code, formatter in DATE_FORMATS:
            digits = 3 if fid == 170 else 0
            # Excel rounds the serial to the shown precision of a second, then shows the parts.
            unit = datetime.timedelta(milliseconds=1) if digits else datetime.timedelta(seconds=1)
            exact = epoch + datetime.timedelta(days=serial)
            rounded = epoch + round((exact - epoch) / unit) * unit
            texts.append(formatter(rounded))
        expected.append({"line": r, "fields": texts})
    # Excel's fictitious 29 February 1900 and the days around it, and a time-only serial.
    if not date1904:
        special = [(59, "1900-02-28"), (60, "1900-02-29"), (61, "1900-03-01"), (1, "1900-01-01"),
                   (0, "1900-01-00")]
        for serial, text in special:
            r = len(rows) + 1
            rows.append(f'<row r="{r}"><c r="A{r}" s="1"><v>{serial}</v></c></row>')
            expected.append({"line": r, "fields": [text] + [""] * (len(DATE_FORMATS) - 1)})
    # An ISO 8601 date cell with a date format, and one without.
    r = len(rows) + 1
    rows.append(f'<row r="{r}"><c r="A{r}" s="1" t="d"><v>2021-04-28T11:21:47</v></c>'
                f'<c r="B{r}" t="d"><v>2021-04-28T11:21:47</v></c></row>')
    expected.append({"line": r, "fields": ["2021-04-28", "2021-04-28T11:21:47"] + [""] * (len(DATE_FORMATS) - 2)})
    # A negative serial is no date: it shows as a number.
    r = len(rows) + 1
    rows.append(f'<row r="{r}"><c r="A{r}" s="1"><v>-1</v></c></row>')
    expected.append({"line": r, "fields": ["-1"] + [""] * (len(DATE_FORMATS) - 1)})
    name = "dates-1904" if date1904 else "dates-1900"
    parts = workbook_parts(sheet("".join(rows)), styles=styles, date1904=date1904)
    write_workbook(f"{name}.xlsx", parts)
    write_json(f"{name}.json", {"formats": [code or f"built-in {i}" for i, code, _ in DATE_FORMATS],
                                "records": expected})


def column_names(count):
    names = []
    for index in range(count):
        name = ""
        number = index + 1
        while number:
            number, rest = divmod(number - 1, 26)
            name = chr(65 + rest) + name
        names.append(name)
    return names


# ---------------------------------------------------------------------------- exports

def export_workbook(source, target, delimiter, date_columns=(), date_code=None, prefix="", method=8,
                    zip64=False, descriptor=False, absolute=False, extra_sheet=False):
    """Writes an export CSV as a workbook: numbers as numbers, texts as shared strings (every
    third as an inline string), dates as serials with `date_code`, empty cells left out."""
    with open(source, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=delimiter))
    p = prefix
    strings = []
    index = {}
    xml_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for k, (col, text) in enumerate(zip(column_names(len(row)), row)):
            ref = f"{col}{r}"
            if text == "":
                continue
            if k in date_columns and r > 1:
                day, month, rest = text.split("-", 2)
                year, clock = rest.split(" ")
                hours, minutes, seconds = (int(x) for x in clock.split(":"))
                moment = datetime.datetime(int(year), int(month), int(day), hours, minutes, seconds)
                serial = (moment - datetime.datetime(1899, 12, 30)) / datetime.timedelta(days=1)
                cells.append(f'<{p}c r="{ref}" s="1"><{p}v>{serial!r}</{p}v></{p}c>')
            elif text.isdigit() and not text.startswith("0"):
                cells.append(f'<{p}c r="{ref}"><{p}v>{text}</{p}v></{p}c>')
            elif (r + k) % 3 == 0:
                space = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
                cells.append(f'<{p}c r="{ref}" t="inlineStr"><{p}is><{p}t{space}>{escape(text)}'
                             f'</{p}t></{p}is></{p}c>')
            else:
                if text not in index:
                    index[text] = len(strings)
                    strings.append(text)
                cells.append(f'<{p}c r="{ref}" t="s"><{p}v>{index[text]}</{p}v></{p}c>')
        xml_rows.append(f'<{p}row r="{r}">{"".join(cells)}</{p}row>')
    items = [f'<{p}t xml:space="preserve">{escape(s)}</{p}t>' for s in strings]
    styles = styles_xml([0, 165], {165: date_code or "d-m-yyyy h:mm:ss"}, prefix=p)
    more = [("Toelichting", sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>notes</t></is></c></row>'))] \
        if extra_sheet else None
    parts = workbook_parts(sheet("".join(xml_rows), prefix=p), shared=shared_strings(items, prefix=p),
                           styles=styles, prefix=p, sheets=more, absolute_targets=absolute)
    write_workbook(target, parts, method=method, zip64=zip64, descriptor=descriptor)


# ---------------------------------------------------------------------------- faults and kinds

def small_workbook_parts():
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row>'
    return workbook_parts(sheet(rows))


def fault_files():
    parts = small_workbook_parts()
    good = zip_bytes([dict(name=n, data=d) for n, d in parts])
    write("faults/truncated.xlsx", good[: len(good) // 2])
    # The sheet's stored bytes changed after its CRC was computed.
    entries = [dict(name=n, data=d, method=0) for n, d in parts]
    sheet_entry = next(e for e in entries if e["name"] == "xl/worksheets/sheet1.xml")
    sheet_entry["crc"] = zlib.crc32(sheet_entry["data"]) ^ 1
    write("faults/bad-crc.xlsx", zip_bytes(entries))
    # The encrypted flag on the sheet.
    entries = [dict(name=n, data=d) for n, d in parts]
    next(e for e in entries if e["name"] == "xl/worksheets/sheet1.xml")["flags"] = 1
    write("faults/encrypted-entry.xlsx", zip_bytes(entries))
    # An unknown compression method (14, LZMA).
    entries = [dict(name=n, data=d) for n, d in parts]
    next(e for e in entries if e["name"] == "xl/worksheets/sheet1.xml")["method"] = 14
    write("faults/lzma-entry.xlsx", zip_bytes(entries))
    # A zip bomb that says what it is: the sheet declares 4 GiB − 1 inflated bytes.
    entries = [dict(name=n, data=d) for n, d in parts]
    bomb = next(e for e in entries if e["name"] == "xl/worksheets/sheet1.xml")
    bomb["raw"] = deflate(b"<" + b"\0" * 10_000_000, 9)
    bomb["declared_size"] = 0xFFFFFFFF
    write("faults/declared-bomb.xlsx", zip_bytes(entries))
    # A zip bomb that lies: the sheet declares 2,000 bytes and inflates to 10 MB.
    entries = [dict(name=n, data=d) for n, d in parts]
    liar = next(e for e in entries if e["name"] == "xl/worksheets/sheet1.xml")
    liar["raw"] = deflate(b"<" + b"\0" * 10_000_000, 9)
    liar["declared_size"] = 2_000
    write("faults/lying-bomb.xlsx", zip_bytes(entries))
    # A shared-string index past the table.
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row r="2"><c r="B2" t="s"><v>7</v></c></row>'
    write_workbook("faults/bad-shared-string.xlsx", workbook_parts(sheet(rows), shared=shared_strings(["a"])))
    # Rows out of order.
    rows = '<row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>2</v></c></row>'
    write_workbook("faults/rows-out-of-order.xlsx", workbook_parts(sheet(rows)))
    # An XML tag cut off at the end of the sheet.
    whole = sheet('<row r="1"><c r="A1"><v>1</v></c></row>')
    write_workbook("faults/cut-xml.xlsx", workbook_parts(whole[: whole.rindex("</row>") + 3]))


def kind_files():
    """Files that are not workbooks or text, each as small as it can be while real enough."""
    # An Excel 97-2003 workbook: an OLE2 compound file whose directory holds a Workbook stream.
    def compound_file(stream):
        header = bytearray(512)
        header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
        struct.pack_into("<HHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9)
        struct.pack_into("<H", header, 0x20, 6)
        struct.pack_into("<I", header, 0x30, 0)  # the directory starts at sector 0
        directory = bytearray(512)
        for slot, (name, kind) in enumerate([("Root Entry", 5), (stream, 2)]):
            encoded = (name + "\0").encode("utf-16-le")
            directory[slot * 128: slot * 128 + len(encoded)] = encoded
            struct.pack_into("<HB", directory, slot * 128 + 0x40, len(encoded), kind)
        return bytes(header + directory)
    write("kinds/legacy.xls", compound_file("Workbook"))
    write("kinds/protected.xlsx", compound_file("EncryptedPackage"))
    write("kinds/document.doc", compound_file("WordDocument"))
    mimetype = b"application/vnd.oasis.opendocument.spreadsheet"
    write("kinds/spreadsheet.ods", zip_bytes([dict(name="mimetype", data=mimetype, method=0),
                                              dict(name="content.xml", data=b"<office:document-content/>")]))
    write("kinds/document.docx", zip_bytes([dict(name="[Content_Types].xml", data=b"<Types/>"),
                                            dict(name="word/document.xml", data=b"<w:document/>")]))
    write("kinds/binary-workbook.xlsb", zip_bytes([dict(name="[Content_Types].xml", data=b"<Types/>"),
                                                   dict(name="xl/workbook.bin", data=b"\x83\x01\x00")]))
    write("kinds/archive.zip", zip_bytes([dict(name="exports/a.csv", data=b"a,b\n1,2\n")]))
    write("kinds/document.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    write("kinds/page.html", b"\xef\xbb\xbf<!DOCTYPE html>\n<html><body><table><tr><td>1</td></tr></table></body></html>\n")
    write("kinds/spreadsheet-2003.xml", b'<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
          b'<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>\n')
    random.seed(77)
    write("kinds/random.bin", bytes(random.getrandbits(8) for _ in range(4096)))
    write("kinds/utf16-without-bom.csv", "id,cc-1\n1,4\n2,5\n".encode("utf-16-le"))


# ---------------------------------------------------------------------------- DEFLATE corpus

def deflate_corpus():
    """Raw DEFLATE streams from zlib at every level and strategy, of random, text-like, run-like
    and XML-like inputs; each with the input's length and CRC-32 (zlib's)."""
    random.seed(1951)
    cases = []
    kinds = ["random", "two-letters", "runs", "text", "xml", "empty-ish"]
    strategies = {"default": zlib.Z_DEFAULT_STRATEGY, "filtered": zlib.Z_FILTERED,
                  "huffman-only": zlib.Z_HUFFMAN_ONLY, "rle": zlib.Z_RLE, "fixed": zlib.Z_FIXED}
    words = [b"<c r=\"A1\" t=\"s\"><v>", b"</v></c>", b"<row r=\"", b"\">", b"</row>", b"Mee eens", b"Weet niet"]
    for number in range(200):
        kind = kinds[number % len(kinds)]
        size = random.choice([0, 1, 2, 3, 100, 1000, 5000, 20000, 40000, 70000])
        if kind == "random":
            size = min(size, 3000)
            data = bytes(random.getrandbits(8) for _ in range(size))
        elif kind == "two-letters":
            data = bytes(random.choice(b"ab") for _ in range(size))
        elif kind == "runs":
            data = b"".join(bytes([random.randrange(256)]) * random.randint(1, 300) for _ in range(size // 150 + 1))
        elif kind == "text":
            data = b" ".join(random.choice([b"het", b"netwerk", b"leren", b"samen", b"gezinnen", b"\n"])
                             for _ in range(size // 6 + 1))
        elif kind == "xml":
            data = b"".join(random.choice(words) + str(random.randint(0, 99999)).encode() for _ in range(size // 12 + 1))
        else:
            data = bytes(size % 7)
        level = random.choice([0, 1, 2, 5, 6, 9])
        strategy = random.choice(list(strategies))
        if level == 0 or strategy in ("rle", "huffman-only"):
            data = data[:5000]
        memory = random.choice([1, 5, 9])
        compressor = zlib.compressobj(level, zlib.DEFLATED, -15, memory, strategies[strategy])
        stream = compressor.compress(data) + compressor.flush()
        cases.append({"kind": kind, "level": level, "strategy": strategy, "memLevel": memory,
                      "size": len(data), "crc32": zlib.crc32(data),
                      "deflate": base64.b64encode(stream).decode("ascii")})
    write_json("deflate-corpus.json", {"cases": cases})


def write_json(path, value):
    with open(path, "w", encoding="utf-8") as file:
        json.dump(value, file, ensure_ascii=False, indent=1)
        file.write("\n")


def zipfile_written():
    """The example export written by Python's zipfile, a second ZIP writer."""
    export_workbook("../Exports/generic.csv", "generic.xlsx", ",")
    with open("generic.xlsx", "rb") as file:
        original = zipfile.ZipFile(file)
        parts = [(info, original.read(info)) for info in original.infolist()]
    with zipfile.ZipFile("zipfile-written.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in parts:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(fixed, data)


def main():
    import os
    os.makedirs("faults", exist_ok=True)
    os.makedirs("kinds", exist_ok=True)
    cells_workbook()
    dates_workbook(False)
    dates_workbook(True)
    export_workbook("../Exports/example-leernetwerken.csv", "example-leernetwerken.xlsx", ",")
    export_workbook("../Exports/microsoft-forms.csv", "microsoft-forms.xlsx", ";", date_columns=(1, 2),
                    prefix="x:", extra_sheet=True)
    export_workbook("../Exports/generic.csv", "stored.xlsx", ",", method=0, descriptor=True, absolute=True)
    export_workbook("../Exports/generic.csv", "zip64.xlsx", ",", zip64=True)
    zipfile_written()
    fault_files()
    kind_files()
    deflate_corpus()


if __name__ == "__main__":
    main()
