package org.openpes.observatory.ingest;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openpes.core.co.CoCsvColumns;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * Reads the XML form of CO events, modelled on UNILAV (docs/co-format.md): one {@code <comunicazioni>} holding one or
 * many {@code <comunicazione>} elements. Each becomes the same 27 fields as a CSV row, so the same rules apply.
 * DTDs and external entities are refused (no XXE).
 */
final class UnilavXml {
    /** (element, attribute) → CSV column. */
    private static final Map<String, String> MAPPING = new HashMap<>();

    static {
        map("comunicazione", "id", "communication_id");
        map("comunicazione", "tipo", "event_type");
        map("comunicazione", "natura", "kind");
        map("comunicazione", "rettifica", "corrects_id");
        map("invio", "data", "sending_date");
        map("invio", "modulo", "module");
        map("datoreLavoro", "codiceFiscale", "employer_code");
        map("datoreLavoro", "ateco", "employer_ateco");
        map("datoreLavoro", "versioneAteco", "ateco_version");
        map("datoreLavoro", "comuneSede", "workplace_comune");
        map("lavoratore", "codiceFiscale", "worker_code");
        map("lavoratore", "sesso", "worker_sex");
        map("lavoratore", "dataNascita", "worker_birth_date");
        map("lavoratore", "cittadinanza", "worker_citizenship");
        map("lavoratore", "comuneDomicilio", "worker_residence_comune");
        map("lavoratore", "istruzione", "worker_education");
        map("rapporto", "dataInizio", "start_date");
        map("rapporto", "dataFine", "planned_end_date");
        map("rapporto", "tipologia", "contract_type");
        map("rapporto", "orario", "working_time");
        map("rapporto", "oreSettimanali", "weekly_hours");
        map("rapporto", "qualifica", "cp2011");
        map("rapporto", "ccnl", "ccnl");
        map("evento", "data", "event_date");
        map("evento", "dataFineProroga", "extension_end_date");
        map("evento", "codiceTrasformazione", "transformation_code");
        map("evento", "causaCessazione", "termination_reason");
    }

    private static void map(String element, String attribute, String column) {
        MAPPING.put(element + "@" + attribute, column);
    }

    /**
     * One communication as CSV fields, with the line where it starts; or, when the XML breaks off, the place and the
     * parser's reason ({@code malformed} not null, no fields), after which nothing more is read.
     */
    record Communication(long line, String[] fields, String malformed) {
    }

    private UnilavXml() {
    }

    /**
     * The communications of the file, read one at a time as the caller asks for them: memory stays bounded whatever
     * the file's size. The caller closes the stream.
     */
    static Iterator<Communication> read(String file, InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            return new Reader(file, factory.createXMLStreamReader(in, "UTF-8"));
        } catch (XMLStreamException e) {
            throw malformed(file, e);
        }
    }

    private static OpenPesException malformed(String file, XMLStreamException e) {
        long at = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        return new OpenPesException(ErrorCode.CO_034, file, "malformed XML at line " + at + ": "
                + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
    }

    /** Pulls the next {@code <comunicazione>} from the stream when asked. */
    private static final class Reader implements Iterator<Communication> {
        private final String file;
        private final XMLStreamReader r;
        private Communication next;
        private boolean done;

        Reader(String file, XMLStreamReader r) {
            this.file = file;
            this.r = r;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = pull();
            }
            return next != null;
        }

        @Override
        public Communication next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Communication c = next;
            next = null;
            return c;
        }

        private Communication pull() {
            if (done) {
                return null;
            }
            try {
                String[] current = null;
                long line = 0;
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new OpenPesException(ErrorCode.CO_034, file, "line " + r.getLocation().getLineNumber()
                                + ": a DTD is not allowed");
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = r.getLocalName();
                        if (name.equals("comunicazione")) {
                            current = new String[CoCsvColumns.ALL.size()];
                            java.util.Arrays.fill(current, "");
                            line = r.getLocation().getLineNumber();
                        } else if (current == null && !name.equals("comunicazioni")) {
                            throw new OpenPesException(ErrorCode.CO_034, file, "line "
                                    + r.getLocation().getLineNumber() + ": <" + name + "> outside <comunicazione>");
                        }
                        if (current != null) {
                            for (int i = 0; i < r.getAttributeCount(); i++) {
                                String column = MAPPING.get(name + "@" + r.getAttributeLocalName(i));
                                if (column != null) {
                                    current[CoCsvColumns.ALL.indexOf(column)] = r.getAttributeValue(i).strip();
                                }
                            }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT
                            && r.getLocalName().equals("comunicazione")) {
                        return new Communication(line, current, null);
                    }
                }
                r.close();
                return null;
            } catch (XMLStreamException e) {
                done = true;
                long at = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
                return new Communication(at, null, String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
            }
        }
    }
}
