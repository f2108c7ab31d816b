/** The HTTP server: health, OpenAPI, reference and operational look-ups, problem+json errors, web pages. */
package org.openpes.api;
