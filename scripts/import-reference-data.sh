#!/usr/bin/env bash
# Copies the real reference data from ../shared/data into the product, gzipped, so that a user's
# machine needs no ../shared. Evaluation data (benchmarks/, flows/, gol/, skills-demand/) is never copied.
# Run it again only when a source release changes; the output is committed.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
src=${1:-$here/../shared/data}
dst=$here/openpes-reference/src/main/resources/org/openpes/reference/data
mkdir -p "$dst"/{esco,istat,ateco,cp2011,cpi,geo}
esco=(occupations_en.csv skills_en.csv occupationSkillRelations.csv ISCOGroups_en.csv
      ISCOGroups_it_esco_v1.1.csv broaderRelationsOccPillar.csv broaderRelationsSkillPillar.csv
      skillGroups_en.csv skillSkillRelations.csv skillsHierarchy_en.csv greenSkillsCollection_en.csv
      digitalSkillsCollection_en.csv languageSkillsCollection_en.csv transversalSkillsCollection_en.csv
      occupation_labels_multilang.tsv checklist_en.chk checklist_relations.chk)
for f in "${esco[@]}"; do gzip -9nc "$src/esco/$f" > "$dst/esco/$f.gz"; done
gzip -9nc "$src/istat/comuni_situas_2025-10-16.csv" > "$dst/istat/comuni_situas_2025-10-16.csv.gz"
gzip -9nc "$src/ateco/ateco2025_structure.csv" > "$dst/ateco/ateco2025_structure.csv.gz"
gzip -9nc "$src/ateco/ateco2007_to_2025.csv" > "$dst/ateco/ateco2007_to_2025.csv.gz"
gzip -9nc "$src/cp2011/cp2011_esco_crosswalk_2021-04-23.csv" > "$dst/cp2011/cp2011_esco_crosswalk_2021-04-23.csv.gz"
gzip -9nc "$src/cpi/cpi_lombardia.csv" > "$dst/cpi/cpi_03.csv.gz"
gzip -9nc "$src/cpi/comuni_to_cpi_lombardia.csv" > "$dst/cpi/comuni_to_cpi_03.csv.gz"
gzip -9nc "$src/geo/limits_IT_provinces.topo.json" > "$dst/geo/limits_IT_provinces.topo.json.gz"
gzip -9nc "$src/geo/limits_IT_regions.topo.json" > "$dst/geo/limits_IT_regions.topo.json.gz"
du -sh "$dst"
