/*
 * The offline kit's service worker: keeps the page shell (page, scripts, style sheet) so the kit opens with no
 * network at all after one visit online. The shell is served from the cache at once and refreshed behind it
 * (a new version shows on the next opening); the JSON API is never cached: the data lives in IndexedDB.
 */
'use strict';
var CACHE = 'thuoc-do-ngoai-tuyen-1';
var PAGE = '/thuc-dia/ngoai-tuyen';
var SHELL = [PAGE, PAGE + '/tep/kit.js', PAGE + '/tep/kho.js', PAGE + '/tep/bieu-thuc.js', PAGE + '/tep/kit.css'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(SHELL); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n !== CACHE; }).map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin || SHELL.indexOf(url.pathname) < 0
      || url.search !== '') {
    return; // the API, and the page asked with ?dang-nhap (back through the sign-in), go to the network
  }
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(url.pathname).then(function (cached) {
      var fresh = fetch(event.request).then(function (response) {
        // A sign-in page in place of the kit (an expired session) is never kept as the kit.
        if (response.ok && !response.redirected) {
          cache.put(url.pathname, response.clone());
        }
        return response;
      });
      if (cached) {
        fresh.catch(function () { return null; });
        return cached;
      }
      return fresh;
    });
  }));
});
