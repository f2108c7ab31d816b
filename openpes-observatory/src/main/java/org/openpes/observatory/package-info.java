/** The labour-market observatory (work in progress of issue 3): CO ingestion, the analytics store, indicators. */
package org.openpes.observatory;
