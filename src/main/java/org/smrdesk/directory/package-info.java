/**
 * "Who do I call?": one search box that answers, for a service, topic or name, the owning
 * department, the owner and the contacts. Other features add their answers (outside
 * contacts, vendors) by implementing {@link org.smrdesk.directory.DirectorySource}.
 */
package org.smrdesk.directory;
