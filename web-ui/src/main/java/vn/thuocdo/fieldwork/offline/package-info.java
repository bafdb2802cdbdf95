/**
 * The enumerator's offline kit: a plain page with a service worker that keeps working with no network, its
 * download of a round's households and questionnaire, and the endpoint that takes the device's interviews later.
 */
package vn.thuocdo.fieldwork.offline;
