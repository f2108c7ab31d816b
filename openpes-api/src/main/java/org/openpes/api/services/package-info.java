/**
 * The HTTP adapter of the public employment service: sessions, the routes of people, patti and caseloads, each
 * declared in {@link org.openpes.api.services.ServiceRoutes} with the use case (and so the permission) it runs. The
 * routes only translate JSON to the application services' commands and back.
 */
package org.openpes.api.services;
