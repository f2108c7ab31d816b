#!/usr/bin/env python3
"""Writes CO CSV files (docs/co-format.md) as one UNILAV-like XML file, streaming: for measuring the XML reader on
large inputs (docs/benchmarks.md, "UNILAV XML at 1 GB").

    scripts/co-csv-to-unilav-xml.py OUT.xml REGION/co/*.csv
"""
import csv
import sys
from xml.sax.saxutils import quoteattr

LAYOUT = [
    ("comunicazione", ["id", "tipo", "natura", "rettifica"]), ("invio", ["data", "modulo"]),
    ("datoreLavoro", ["codiceFiscale", "ateco", "versioneAteco", "comuneSede"]),
    ("lavoratore", ["codiceFiscale", "sesso", "dataNascita", "cittadinanza", "comuneDomicilio", "istruzione"]),
    ("rapporto", ["dataInizio", "dataFine", "tipologia", "orario", "oreSettimanali", "qualifica", "ccnl"]),
    ("evento", ["data", "dataFineProroga", "codiceTrasformazione", "causaCessazione"]),
]


def main(out, files):
    n = 0
    with open(out, "w", encoding="utf-8") as x:
        x.write('<?xml version="1.0" encoding="UTF-8"?>\n<comunicazioni>\n')
        for name in files:
            with open(name, newline="", encoding="utf-8") as f:
                rows = csv.reader(f)
                next(rows)  # the header: the columns are in the layout's order
                for r in rows:
                    k = 0
                    for e, (element, attributes) in enumerate(LAYOUT):
                        x.write("  <" if e == 0 else "    <")
                        x.write(element)
                        for a in attributes:
                            x.write(" %s=%s" % (a, quoteattr(r[k] if k < len(r) else "")))
                            k += 1
                        x.write(">\n" if e == 0 else "/>\n")
                    x.write("  </comunicazione>\n")
                    n += 1
        x.write("</comunicazioni>\n")
    print("%d communications written to %s" % (n, out), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
