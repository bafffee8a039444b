/**
 * Users, departments, sign-in and the security rules every page and API call goes
 * through.
 */
package org.smrdesk.user;
