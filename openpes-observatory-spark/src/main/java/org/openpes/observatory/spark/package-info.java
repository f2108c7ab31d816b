/** The observatory's Spark engine: the same indicator definitions over the same Parquet store (local or cluster). */
package org.openpes.observatory.spark;
