/*
 * The device's store (IndexedDB): the rounds downloaded ("dot", by round id) and the interviews ("phieu", by the
 * interview's UUID). A record leaves the queue only when the server has acknowledged that very version of it;
 * nothing is ever deleted by the kit.
 */
(function (global) {
  'use strict';
  var NAME = 'thuoc-do-ngoai-tuyen';
  var opening = null;

  function open() {
    if (!opening) {
      opening = new Promise(function (resolve, reject) {
        var request = indexedDB.open(NAME, 1);
        request.onupgradeneeded = function () {
          var db = request.result;
          db.createObjectStore('dot', {keyPath: 'roundId'});
          db.createObjectStore('phieu', {keyPath: 'id'});
        };
        request.onsuccess = function () { resolve(request.result); };
        request.onerror = function () { reject(request.error); };
      });
    }
    return opening;
  }

  function run(store, mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(store, mode);
        var result = work(tx.objectStore(store));
        tx.oncomplete = function () { resolve(result && 'result' in result ? result.result : undefined); };
        tx.onerror = function () { reject(tx.error); };
        tx.onabort = function () { reject(tx.error); };
      });
    });
  }

  global.Kho = {
    put: function (store, value) { return run(store, 'readwrite', function (s) { s.put(value); }); },
    get: function (store, key) { return run(store, 'readonly', function (s) { return s.get(key); }); },
    all: function (store) { return run(store, 'readonly', function (s) { return s.getAll(); }); }
  };
})(self);
