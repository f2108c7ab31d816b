/**
 * What the services achieve, measured from the CO: for the people who received a service (a patto signed, a GOL
 * path, an action of a kind done), the share hired within 30, 90, 180 and 365 days, the share on a durable contract
 * and the median time to a hire, against registered people like them who had not received it on the same day
 * (risk-set matching on observables), with the difference and its confidence interval. Plain Java.
 */
package org.openpes.services.outcomes;
