/** The real quarterly CO flows the generator is calibrated on, and the calibration report. */
package org.openpes.generator.calibration;
