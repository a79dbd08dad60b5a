package org.energytracking.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The report's chart: JFreeChart drawn into the PDF as vectors, its words in the page's embedded font. */
class ReportChartTest {

    @Test
    void theChartIsAVectorFormWhoseLabelsAreTextInTheReadersLanguage() throws IOException {
        try (PDDocument document = Loader.loadPDF(ReportPdf.of(ReportFilesTest.november(), Locale.GERMANY))) {
            int forms = 0;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    PDXObject object = resources.getXObject(name);
                    assertThat(object).as("no bitmap").isNotInstanceOf(PDImageXObject.class);
                    if (object instanceof PDFormXObject) {
                        forms++;
                    }
                }
            }
            assertThat(forms).as("the chart's form").isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).as("axis and legend as text, not outlines").contains("kWh", "Tag", "November 2026", "Oktober 2026");
        }
    }
}
