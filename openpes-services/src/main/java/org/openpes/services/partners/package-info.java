/**
 * The partner network of a CPI (territorial animation): the organisations of its territory, their agreements, and
 * the referrals of people to them. A partner organisation's users see a person only while a referral is open.
 */
package org.openpes.services.partners;
