/** HTTP plumbing shared by the API's features: problem documents and parameter checks. */
package org.openpes.api.http;
