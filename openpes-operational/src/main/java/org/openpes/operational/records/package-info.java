/** Read access to operational records (employers, job seekers, vacancies, courses) with personal data masked. */
package org.openpes.operational.records;
