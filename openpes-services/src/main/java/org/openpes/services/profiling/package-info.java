/**
 * Profiling a job seeker (D.Lgs. 150/2015 art. 19; the GOL assessment): the probability of being employed within 6
 * and 12 months, estimated from the CO histories of the people the region registered before, its risk class and its
 * main factors; a short qualitative questionnaire; the GOL path proposed from both, which an operator may override
 * with a reason. Plain Java: the histories come through {@link org.openpes.services.profiling.WorkHistory}.
 */
package org.openpes.services.profiling;
