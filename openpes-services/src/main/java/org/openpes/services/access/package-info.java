/**
 * Who may do what, and where: roles and their permissions (as data: the role × route matrix is generated from it),
 * the territorial scopes of region, province and CPI, and the caller of a use case.
 */
package org.openpes.services.access;
