/**
 * Contacts: bloggers, journalists and other people the company relates to, the history of
 * interactions with them, and their privacy rights (export, erasure).
 */
package org.smrdesk.contact;
