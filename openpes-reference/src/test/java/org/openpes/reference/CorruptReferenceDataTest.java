package org.openpes.reference;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpes.reference.source.ReferenceSource;

/** A missing or corrupt reference file stops the load with a message naming the file and the line. */
class CorruptReferenceDataTest {
    @TempDir
    Path overlay;

    @Test
    void aTruncatedComuniRowIsReportedWithItsFileAndLine() throws IOException {
        write("istat/comuni_situas_2025-10-16.csv", """
                "COD_RIP","COD_REG","COD_PROV_STORICO","COD_UTS","PRO_COM_T","PRO_COM","COMUNE","COMUNE_IT","COMUNE_A","DEN_RIP","DEN_REG","DEN_UTS","TIPO_UTS","CC_REG","CC_UTS","SIGLA_AUTOMOBILISTICA","COD_CATASTO","COD_COM_FISCALE","COM_NUTS1_2024","COM_NUTS2_2024","COM_NUTS3_2024"
                1,"03","015","215","015146",15146,"Milano","Milano","","Nord-ovest","Lombardia","Milano",3,0,1,"MI","F205","01199250158","ITC","ITC4","ITC4C"
                1,"03","015","215","015147",15147,"Trunc
                """);
        assertThatThrownBy(() -> ReferenceData.load(ReferenceSource.overlay(overlay)))
                .hasMessageStartingWith("OPES-REF-002: reference file " + overlay.resolve("istat/comuni_situas_2025-10-16.csv"))
                .hasMessageContaining("line 3");
    }

    @Test
    void anUnknownContractGroupIsReportedWithItsLine() throws IOException {
        write("co/contract_types.csv", """
                code,description,group,end_date,source
                A.01.00,LAVORO A TEMPO INDETERMINATO,PERMANENT,N,test
                A.02.00,LAVORO A TEMPO DETERMINATO,SOMETIMES,Y,test
                """);
        assertThatThrownBy(() -> ReferenceData.load(ReferenceSource.overlay(overlay)))
                .hasMessageContaining("co/contract_types.csv line 3: unknown contract group 'SOMETIMES'");
    }

    @Test
    void aRelationToAnUnknownSkillIsACorruptFile() throws IOException {
        write("esco/occupationSkillRelations.csv", """
                occupationUri,relationType,skillType,skillUri
                http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34,essential,knowledge,http://data.europa.eu/esco/skill/not-a-skill
                """);
        assertThatThrownBy(() -> ReferenceData.load(ReferenceSource.overlay(overlay)))
                .hasMessageContaining("occupationSkillRelations.csv line 2: skill http://data.europa.eu/esco/skill/not-a-skill does not resolve");
    }

    @Test
    void aFileWithoutItsRequiredColumnIsRefused() throws IOException {
        write("cpi/cpi_03.csv", "code,name\nX,Y\n");
        assertThatThrownBy(() -> ReferenceData.load(ReferenceSource.overlay(overlay)))
                .hasMessageContaining("cpi/cpi_03.csv line 1: missing column 'cpi' in the header");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        write("ateco/ateco2025_structure.csv", "");
        assertThatThrownBy(() -> ReferenceData.load(ReferenceSource.overlay(overlay)))
                .hasMessageContaining("ateco2025_structure.csv: the file is empty");
    }

    private void write(String path, String text) throws IOException {
        Path p = overlay.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
