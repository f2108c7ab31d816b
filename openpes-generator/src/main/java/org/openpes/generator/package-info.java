/**
 * The synthetic region generator: deterministic, realistic microdata for one region (employers, workers, CO events,
 * job seekers, vacancies, training courses) calibrated on the real quarterly CO flows, with its ground truth.
 */
package org.openpes.generator;
