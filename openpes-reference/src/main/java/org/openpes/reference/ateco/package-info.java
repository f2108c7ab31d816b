/** ATECO (the Italian NACE): the 2025 and 2007 trees and ISTAT's correspondence between them. */
package org.openpes.reference.ateco;
