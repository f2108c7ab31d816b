package org.openpes.api.services;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Map;
import org.openpes.services.app.PattoService;
import org.openpes.services.patto.PattoContent;
import org.openpes.services.patto.PattoState;

/** The patto as the person and the case manager sign it: a PDF (OpenPDF) in Italian or English, from the bundles. */
final class PattoPdf {
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);

    private PattoPdf() {
    }

    static byte[] of(PattoService.PattoView view, String lang, LocalDate today) {
        Map<String, String> m = MessageBundles.bundle(lang);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(m.get("pdf.title") + " " + view.patto().id());
        doc.open();
        doc.add(new Paragraph(m.get("pdf.title"), TITLE));
        doc.add(new Paragraph(m.get("pdf.law"), TEXT));
        if (view.patto().state() == PattoState.DRAFT) {
            doc.add(new Paragraph(m.get("pdf.draft"), HEADING));
        }
        var p = view.person();
        doc.add(heading(m.get("pdf.person")));
        doc.add(table(new String[][] {
            {m.get("person.name"), p.givenName() + " " + p.familyName()},
            {m.get("person.fiscalCode"), p.fiscalCode().value()},
            {m.get("person.birthDate"), p.birthDate().toString()},
            {m.get("person.did"), String.valueOf(p.didDate())},
            {m.get("person.cpi"), String.valueOf(p.ownerCpi())},
            {m.get("patto.state"), m.get("state." + view.patto().state()) + " (" + m.get("patto.version") + " "
                + view.patto().version() + ")"}}));
        PattoContent c = view.patto().content();
        doc.add(heading(m.get("pdf.elements")));
        StringBuilder acts = new StringBuilder();
        c.searchActs().forEach(a -> acts.append(a.description()).append(" (").append(a.deadline()).append(")\n"));
        doc.add(table(new String[][] {
            {m.get("patto.caseManager"), text(c.caseManager())},
            {m.get("patto.riskClass"), text(c.riskClass())},
            {m.get("patto.golPath"), c.golPath() == null ? "" : m.get("gol." + c.golPath())},
            {m.get("patto.act"), acts.toString().strip()},
            {m.get("patto.contactDays"), text(c.contactEveryDays())},
            {m.get("patto.proof"), text(c.proofOfSearch())},
            {m.get("patto.workshops"), yesNo(m, c.availableForWorkshops())},
            {m.get("patto.training"), yesNo(m, c.availableForTraining())},
            {m.get("patto.offers"), yesNo(m, c.acceptsSuitableOffers())}}));
        doc.add(heading(m.get("pdf.actions")));
        String[][] actions = view.actions().stream().map(a -> new String[] {a.label(), text(a.due()) + " - "
            + a.assignee()}).toArray(String[][]::new);
        doc.add(table(actions));
        doc.add(heading(m.get("pdf.signatures")));
        doc.add(table(new String[][] {{m.get("pdf.signaturePerson"), "\n\n______________________"},
            {m.get("pdf.signatureOperator"), "\n\n______________________"}}));
        Paragraph printed = new Paragraph(m.get("pdf.printed").replace("{0}", today.toString()), TEXT);
        printed.setAlignment(Element.ALIGN_RIGHT);
        doc.add(printed);
        doc.close();
        return out.toByteArray();
    }

    private static Paragraph heading(String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        return p;
    }

    private static PdfPTable table(String[][] rows) {
        PdfPTable t = new PdfPTable(2);
        t.setWidthPercentage(100);
        for (String[] r : rows) {
            t.addCell(new Paragraph(r[0], TEXT));
            t.addCell(new Paragraph(r[1], TEXT));
        }
        return t;
    }

    private static String text(Object v) {
        return v == null ? "" : v.toString();
    }

    private static String yesNo(Map<String, String> m, Boolean b) {
        return b == null ? "" : m.get(b ? "common.yes" : "common.no");
    }
}
