/**
 * A small Parquet writer for flat tables of nullable columns (UTF-8 strings plain or dictionary encoded, INT32, DATE,
 * INT64), compressed with Snappy: what ingestion needs to write the analytics store straight from the rows it has
 * checked (ADR 0010). Files are read back by DuckDB and Spark; {@code ParquetWriterTest} checks both ways.
 */
package org.openpes.observatory.parquet;
