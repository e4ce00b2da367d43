#!/usr/bin/python3
"""Edits an .xlsx in LibreOffice as an analyst would, then saves it as .xlsx: the real thing the tests check against.

    python3 tests/libreoffice/edit.py IN.xlsx OUT.xlsx OPS.json

OPS is a JSON list of operations, applied in order (rows and columns are 0-based, like the UNO API):
    {"op": "insertRows", "sheet": "CRM ROI", "at": 14, "count": 1}
    {"op": "deleteRows", "sheet": "CRM ROI", "at": 14, "count": 1}
    {"op": "insertColumns", "sheet": "CRM ROI", "at": 3, "count": 1}
    {"op": "setText", "sheet": "CRM ROI", "cell": "F3", "text": "reviewed"}
    {"op": "setFormula", "sheet": "CRM ROI", "cell": "F14", "formula": "=80+10"}
    {"op": "setValue", "sheet": "CRM ROI", "cell": "F14", "value": 25}
    {"op": "setDate", "sheet": "CRM ROI", "cell": "T14", "value": 45717}            a date-formatted number
    {"op": "setLink", "sheet": "CRM ROI", "cell": "T15", "text": "quote", "url": "https://example.com/q"}
    {"op": "setBold", "sheet": "CRM ROI", "cell": "T16", "text": "very important", "from": 5}   bold from char 5 on
    {"op": "addSheet", "name": "Mine", "cells": {"A1": "my numbers", "B2": 7}}
    {"op": "renameSheet", "sheet": "CRM ROI", "name": "Harbor ROI"}
    {"op": "findRow", ...} is not needed: the caller computes rows from what crm-roi wrote.
It needs LibreOffice's Python (Debian's python3-uno) and soffice.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(profile, pipe):
    office = subprocess.Popen([
        "soffice", "--headless", "--invisible", "--norestore", "--nologo",
        "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
        "--accept=pipe,name=%s;urp;" % pipe,
    ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
    for _ in range(240):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            return office, ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        except Exception:
            time.sleep(0.25)
    office.kill()
    raise SystemExit("LibreOffice did not start")


def apply(doc, op):
    sheets = doc.Sheets
    kind = op["op"]
    if kind == "addSheet":
        sheets.insertNewByName(op["name"], sheets.Count)
        sheet = sheets.getByName(op["name"])
        for ref, value in op.get("cells", {}).items():
            cell = sheet.getCellRangeByName(ref)
            if isinstance(value, str):
                cell.String = value
            else:
                cell.Value = value
        return
    sheet = sheets.getByName(op["sheet"])
    if kind == "insertRows":
        sheet.Rows.insertByIndex(op["at"], op.get("count", 1))
    elif kind == "deleteRows":
        sheet.Rows.removeByIndex(op["at"], op.get("count", 1))
    elif kind == "insertColumns":
        sheet.Columns.insertByIndex(op["at"], op.get("count", 1))
    elif kind == "setText":
        sheet.getCellRangeByName(op["cell"]).String = op["text"]
    elif kind == "setFormula":
        sheet.getCellRangeByName(op["cell"]).Formula = op["formula"]
    elif kind == "setValue":
        sheet.getCellRangeByName(op["cell"]).Value = op["value"]
    elif kind == "setDate":
        cell = sheet.getCellRangeByName(op["cell"])
        cell.Value = op["value"]
        locale = uno.createUnoStruct("com.sun.star.lang.Locale")
        formats = doc.NumberFormats
        key = formats.queryKey("YYYY-MM-DD", locale, False)
        cell.NumberFormat = key if key != -1 else formats.addNew("YYYY-MM-DD", locale)
    elif kind == "setLink":
        link = doc.createInstance("com.sun.star.text.TextField.URL")
        link.URL, link.Representation = op["url"], op["text"]
        text = sheet.getCellRangeByName(op["cell"]).getText()
        text.setString("")
        text.insertTextContent(text.createTextCursor(), link, False)
    elif kind == "setBold":
        text = sheet.getCellRangeByName(op["cell"]).getText()
        text.setString(op["text"])
        cursor = text.createTextCursor()
        cursor.gotoStart(False)
        cursor.goRight(op["from"], False)
        cursor.gotoEnd(True)
        cursor.CharWeight = 150
    elif kind == "renameSheet":
        sheet.Name = op["name"]
    else:
        raise SystemExit("unknown operation %r" % kind)


def main():
    source, target, ops_file = sys.argv[1:4]
    with open(ops_file, encoding="utf-8") as f:
        ops = json.load(f)
    profile = tempfile.mkdtemp(prefix="crmroi-lo-")
    office, desktop = connect(profile, "crmroi_edit_%d" % os.getpid())
    try:
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),))
        for op in ops:
            apply(doc, op)
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        office.wait(timeout=30)
        shutil.rmtree(profile, ignore_errors=True)


main()
