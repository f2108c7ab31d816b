/**
 * Forecasts of quarterly flows and their back-test (issue 21, first slice): series read from the Ministry's quarterly
 * format, the seasonal naive method with prediction intervals, and rolling-origin evaluation (MASE, sMAPE, interval
 * coverage). docs/anticipation.md.
 */
package org.openpes.observatory.forecast;
