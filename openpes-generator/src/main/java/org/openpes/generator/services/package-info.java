/** Job seekers, vacancies and training courses derived from the simulated labour market. */
package org.openpes.generator.services;
