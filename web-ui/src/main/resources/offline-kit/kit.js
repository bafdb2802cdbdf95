/*
 * The enumerator's offline kit: downloads a round while online, runs interviews on the device with the
 * questionnaire's skip logic (BieuThuc), keeps every change in IndexedDB (Kho) and sends the queue when it can.
 * The server's reading of the answers is the one that counts; a refusal marks the household "cần sửa".
 */
(function () {
  'use strict';
  var API = '/thuc-dia/ngoai-tuyen/api';
  var RETRY_MS = 30000;
  var TEXTS = JSON.parse(document.getElementById('kit-texts').getAttribute('data-json') || '{}');
  var main = document.getElementById('kit-main');
  var state = {user: null, round: null, interview: null, sending: false, expired: false};

  function t(key) {
    var text = TEXTS[key] || key, args = Array.prototype.slice.call(arguments, 1);
    return args.length ? text.replace(/\{(\d+)\}/g, function (m, i) { return args[+i]; }) : text;
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else if (k === 'on') Object.keys(attrs.on).forEach(function (e) { node.addEventListener(e, attrs.on[e]); });
      else if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }

  function two(n) { return (n < 10 ? '0' : '') + n; }

  /** "08:15 01/12/2026" in Vietnam's time (UTC+7). */
  function when(iso) {
    var d = new Date(new Date(iso).getTime() + 7 * 3600000);
    return two(d.getUTCHours()) + ':' + two(d.getUTCMinutes()) + ' ' + two(d.getUTCDate()) + '/'
      + two(d.getUTCMonth() + 1) + '/' + d.getUTCFullYear();
  }

  function uuid() {
    if (self.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).substring(1); }).join('');
    return h.substring(0, 8) + '-' + h.substring(8, 12) + '-' + h.substring(12, 16) + '-' + h.substring(16, 20) + '-'
      + h.substring(20);
  }

  // ---- connection and session ------------------------------------------------------------------------------

  function banners() {
    var offline = document.getElementById('kit-offline');
    offline.hidden = navigator.onLine;
    offline.textContent = t('banner.offline');
    var expired = document.getElementById('kit-session-expired');
    expired.hidden = !state.expired;
    expired.textContent = '';
    if (state.expired) {
      expired.appendChild(document.createTextNode(t('banner.sessionExpired') + ' '));
      expired.appendChild(el('a', {href: '/thuc-dia/ngoai-tuyen?dang-nhap=1', id: 'kit-sign-in', text: t('signIn')}));
    }
  }

  /** Who is signed in and the CSRF token; null when the session has expired (401) or the server is out of reach. */
  function session() {
    return fetch(API + '/phien', {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) {
        if (r.status === 401 || r.redirected) { state.expired = true; banners(); return null; }
        if (!r.ok) return null;
        return r.json().then(function (s) {
          state.expired = false; state.user = s; banners();
          localStorage.setItem('kit-user', JSON.stringify({username: s.username, displayName: s.displayName}));
          document.getElementById('kit-who').textContent = s.displayName || s.username;
          return s;
        });
      }).catch(function () { return null; });
  }

  // ---- the list ----------------------------------------------------------------------------------------------

  function username() {
    if (state.user) return state.user.username;
    var kept = localStorage.getItem('kit-user');
    return kept ? JSON.parse(kept).username : null;
  }

  function showList() {
    state.interview = null;
    document.getElementById('kit-title').textContent = t('title');
    Promise.all([Kho.all('dot'), Kho.all('phieu')]).then(function (all) {
      var mine = username();
      var rounds = all[0].filter(function (r) { return r.enumerator === mine; });
      var records = all[1].filter(function (p) { return p.username === mine; });
      main.textContent = '';
      main.appendChild(queuePanel(records));
      var online = el('section', {id: 'kit-rounds', class: 'kit-card'}, [el('h2', {text: t('download.title')})]);
      main.appendChild(online);
      if (navigator.onLine) {
        fetch(API + '/dot', {credentials: 'same-origin', headers: {'Accept': 'application/json'}}).then(function (r) {
          if (r.status === 401) { state.expired = true; banners(); return []; }
          return r.ok ? r.json() : [];
        }).then(function (list) {
          if (!list.length) online.appendChild(el('p', {text: t('download.none')}));
          list.forEach(function (round) {
            online.appendChild(el('button', {id: 'kit-download-' + round.id, class: 'kit-button kit-primary',
              text: t('download.button', round.name), on: {click: function () { download(round.id); }}}));
          });
        }).catch(function () { online.appendChild(el('p', {text: t('download.unreachable')})); });
      } else {
        online.appendChild(el('p', {text: t('download.offline')}));
      }
      if (!rounds.length) {
        main.appendChild(el('p', {id: 'kit-empty', class: 'kit-card', text: t('list.empty')}));
      }
      rounds.forEach(function (round) { main.appendChild(roundCard(round, records)); });
    });
  }

  function download(roundId) {
    fetch(API + '/dot/' + encodeURIComponent(roundId), {credentials: 'same-origin',
      headers: {'Accept': 'application/json'}}).then(function (r) {
      if (r.status === 401) { state.expired = true; banners(); return null; }
      return r.json().then(function (body) {
        if (!r.ok) { alert(body.message); return null; }
        return Kho.put('dot', body);
      });
    }).then(showList).catch(function () { alert(t('download.unreachable')); });
  }

  function queuePanel(records) {
    var pending = records.filter(function (p) { return p.status === 'pending'; }).length;
    var refused = records.filter(function (p) { return p.status === 'refused'; }).length;
    return el('section', {id: 'kit-queue', class: 'kit-card kit-queue'}, [
      el('span', {id: 'kit-queue-count', text: t('queue.count', pending, refused)}),
      el('button', {id: 'kit-send-now', class: 'kit-button', text: t('queue.sendNow'),
        on: {click: function () { sendAll(true); }}})
    ]);
  }

  function record(records, roundId, slot) {
    return records.filter(function (p) { return p.roundId === roundId && p.slot === slot; })[0] || null;
  }

  function roundCard(round, records) {
    var card = el('section', {class: 'kit-card', id: 'kit-round-' + round.roundId}, [
      el('h2', {text: round.roundName}),
      el('p', {id: 'kit-fetched', class: 'kit-muted', text: t('fetchedAt', when(round.fetchedAt))})
    ]);
    round.villages.forEach(function (village) {
      card.appendChild(el('h3', {text: village.villageName + ' · ' + village.communeName}));
      if (village.replacementRule) card.appendChild(el('p', {class: 'kit-rule', text: village.replacementRule}));
      var list = el('ul', {class: 'kit-households'});
      village.households.forEach(function (h) {
        var p = record(records, round.roundId, h.slot);
        var badge = badgeOf(h, p);
        list.appendChild(el('li', {}, [el('button', {id: 'kit-household-' + h.slot, class: 'kit-household',
          on: {click: function () { openInterview(round, h); }}}, [
          el('span', {class: 'kit-label', text: h.label}),
          el('span', {class: 'kit-badge kit-' + badge[1], text: badge[0]})
        ])]));
      });
      card.appendChild(list);
    });
    return card;
  }

  /** What the device knows first (its own record), else what the server said at download. */
  function badgeOf(h, p) {
    if (p && p.status === 'refused') return [t('state.refused'), 'error'];
    if (p && p.status === 'pending') return [p.send === 'FINAL' ? t('state.pendingFinal') : t('state.pendingDraft'), 'warning'];
    if (p && p.status === 'edited') return [t('state.edited'), 'warning'];
    if (p && p.status === 'sent') return [p.send === 'FINAL' ? t('state.sentFinal') : t('state.sentDraft'), 'success'];
    if (h.state === 'REJECTED') return [t('state.rejected', h.openComments), 'error'];
    if (h.state) return [t('state.server.' + h.state), h.state === 'DRAFT' ? 'info' : 'success'];
    return [t('state.none'), 'neutral'];
  }

  // ---- the interview -----------------------------------------------------------------------------------------

  function openInterview(round, h) {
    Kho.all('phieu').then(function (all) {
      var p = record(all, round.roundId, h.slot);
      if (!p) {
        p = {id: h.interviewId || uuid(), roundId: round.roundId, slot: h.slot, username: username(),
          answers: copyAnswers(h.answers || {}, round.questionnaire), send: 'DRAFT', status: 'new', change: 0,
          serverState: h.state || null, errors: {}, message: null,
          paradata: {startedAt: new Date().toISOString(), endedAt: null, sectionSeconds: {}, device: device()}};
      }
      state.interview = {round: round, household: h, record: p, section: 0, shownAt: Date.now()};
      var sections = visibleSections(), errors = Object.keys(p.errors || {});
      // A refused interview opens where the first refusal is; any other at its first section.
      var refused = sections.filter(function (i) {
        return round.questionnaire.sections[i].questions.some(function (q) { return errors.indexOf(q.id) >= 0; });
      });
      state.interview.section = refused.length ? refused[0] : sections.length ? sections[0] : 0;
      renderInterview();
    });
  }

  function device() {
    return (navigator.userAgent || '').substring(0, 100);
  }

  /** Answers as the server stored them (numbers as numbers, dates ISO), as the inputs show them. */
  function copyAnswers(stored, questionnaire) {
    var answers = {};
    Object.keys(stored).forEach(function (id) {
      var v = stored[id], q = question(questionnaire, id);
      if (typeof v === 'number') answers[id] = String(v).replace('.', ',');
      else answers[id] = Array.isArray(v) ? v.slice() : (q && q.kind === 'MULTIPLE_CHOICE' ? String(v).split(' ') : v);
    });
    return answers;
  }

  function question(questionnaire, id) {
    var found = null;
    questionnaire.sections.forEach(function (s) { s.questions.forEach(function (q) { if (q.id === id) found = q; }); });
    return found;
  }

  function notValidKeys(questionnaire) {
    return (questionnaire.notValid || []).map(function (o) { return o.key; });
  }

  /** A typed answer as the questionnaire's reader would make it, for the expressions; null when it would refuse. */
  function value(q, raw, questionnaire) {
    if (raw === undefined || raw === null || raw === '' || (Array.isArray(raw) && !raw.length)) return null;
    if (q.allowNotValid && notValidKeys(questionnaire).indexOf(raw) >= 0) return {t: 'w', v: raw};
    switch (q.kind) {
      case 'MULTIPLE_CHOICE': {
        var keys = q.choices.map(function (c) { return c.key; }).filter(function (k) { return raw.indexOf(k) >= 0; });
        return {t: 'k', v: keys};
      }
      case 'INTEGER': case 'DECIMAL': {
        var n = vietnameseNumber(String(raw));
        return n === null ? null : {t: 'n', v: n};
      }
      case 'DATE': return /^\d{4}-\d{2}-\d{2}$/.test(raw) ? {t: 'd', v: raw} : null;
      default: {
        var text = String(raw).trim();
        return text ? {t: 'w', v: text} : null;
      }
    }
  }

  /** "1.644", "1644", "2,5", "-3": the Vietnamese way (dots group thousands, a comma before decimals). */
  function vietnameseNumber(text) {
    var s = text.trim();
    if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(s)) return null;
    return Number(s.replace(/\./g, '').replace(',', '.'));
  }

  /** Which questions are asked now: walked in order, an answer counting only where its question is asked. */
  function asked() {
    var q = state.interview.round.questionnaire, raw = state.interview.record.answers, day = BieuThuc.today();
    var answers = {}, result = {};
    q.sections.forEach(function (section) {
      var sectionOn = BieuThuc.holds(section.relevant, answers, null, day);
      section.questions.forEach(function (question) {
        var on = sectionOn && BieuThuc.holds(question.relevant, answers, null, day);
        result[question.id] = on;
        var v = value(question, raw[question.id], q);
        if (on && v) answers[question.id] = v;
      });
    });
    return {on: result, answers: answers, day: day};
  }

  function visibleSections() {
    var on = asked().on, q = state.interview.round.questionnaire, list = [];
    q.sections.forEach(function (s, i) {
      if (s.questions.some(function (question) { return on[question.id]; })) list.push(i);
    });
    return list;
  }

  function renderInterview() {
    var iv = state.interview, q = iv.round.questionnaire, p = iv.record;
    var now = asked(), sections = visibleSections();
    var section = q.sections[iv.section];
    var place = sections.indexOf(iv.section);
    main.textContent = '';
    document.getElementById('kit-title').textContent = iv.household.label;
    var head = el('section', {class: 'kit-card', id: 'kit-interview'}, [
      el('p', {id: 'kit-progress', class: 'kit-muted', text: t('section.progress', place + 1, sections.length)}),
      el('h2', {id: 'kit-section-title', text: section.title})
    ]);
    if (p.status === 'refused') {
      head.appendChild(el('p', {id: 'kit-refused', class: 'kit-banner kit-error', text: t('refused.banner', p.message || '')}));
    }
    if (iv.household.rejectionReason) {
      head.appendChild(el('p', {class: 'kit-banner kit-error', text: t('rejectionReason', iv.household.rejectionReason)}));
    }
    main.appendChild(head);
    var comments = {};
    (iv.household.comments || []).forEach(function (c) { (comments[c.questionId] = comments[c.questionId] || []).push(c.body); });
    section.questions.forEach(function (question) {
      if (!now.on[question.id]) return;
      main.appendChild(renderQuestion(question, q, p, comments[question.id] || []));
    });
    var nav = el('div', {class: 'kit-nav'});
    nav.appendChild(el('button', {id: 'kit-back', class: 'kit-button', text: t('back'),
      on: {click: function () { leaveSection(); save(false).then(showList); }}}));
    if (place > 0) {
      nav.appendChild(el('button', {id: 'kit-prev', class: 'kit-button', text: t('section.previous'),
        on: {click: function () { move(sections[place - 1]); }}}));
    }
    if (place < sections.length - 1) {
      nav.appendChild(el('button', {id: 'kit-next', class: 'kit-button kit-primary', text: t('section.next'),
        on: {click: function () { move(sections[place + 1]); }}}));
    } else {
      nav.appendChild(el('button', {id: 'kit-complete', class: 'kit-button kit-primary', text: t('complete'),
        on: {click: complete}}));
    }
    main.appendChild(nav);
    window.scrollTo(0, 0);
  }

  function renderQuestion(question, q, p, comments) {
    var id = question.id, raw = p.answers[id];
    var box = el('div', {class: 'kit-question', id: 'q-' + id}, [
      el('label', {class: 'kit-q-label', for: 'a-' + id, text: question.label + (question.required ? ' *' : '')})
    ]);
    if (question.hint) box.appendChild(el('p', {class: 'kit-muted', text: question.hint}));
    comments.forEach(function (c) { box.appendChild(el('p', {class: 'kit-comment', text: t('comment', c)})); });
    var options = (question.choices || []).slice();
    if (question.allowNotValid) options = options.concat(q.notValid || []);
    switch (question.kind) {
      case 'NOTE': break;
      case 'SINGLE_CHOICE': case 'SATISFACTION': case 'MULTIPLE_CHOICE': {
        var multiple = question.kind === 'MULTIPLE_CHOICE';
        var group = el('div', {class: 'kit-options', id: 'a-' + id, role: multiple ? 'group' : 'radiogroup'});
        options.forEach(function (o) {
          var checked = multiple ? Array.isArray(raw) && raw.indexOf(o.key) >= 0 : raw === o.key;
          var input = el('input', {type: multiple ? 'checkbox' : 'radio', name: 'a-' + id, value: o.key,
            checked: checked ? 'checked' : null, on: {change: function () {
              if (multiple) {
                var now = Array.prototype.slice.call(group.querySelectorAll('input:checked')).map(function (i) { return i.value; });
                var nv = notValidKeys(q).filter(function (k) { return k === input.value; });
                // A not-valid answer stands alone: ticking it clears the keys, a key clears it.
                if (nv.length && input.checked) now = [input.value];
                else now = now.filter(function (k) { return notValidKeys(q).indexOf(k) < 0 || !question.allowNotValid; });
                p.answers[id] = now.length === 1 && notValidKeys(q).indexOf(now[0]) >= 0 ? now[0] : now;
              } else {
                p.answers[id] = input.value;
              }
              changed();
            }}});
          group.appendChild(el('label', {class: 'kit-option'}, [input, el('span', {text: o.label})]));
        });
        box.appendChild(group);
        break;
      }
      default: {
        var attrs = {id: 'a-' + id, name: 'a-' + id, class: 'kit-input'};
        if (question.kind === 'DATE') attrs.type = 'date';
        else if (question.kind === 'INTEGER' || question.kind === 'DECIMAL') {
          attrs.type = 'text'; attrs.inputmode = question.kind === 'INTEGER' ? 'numeric' : 'decimal';
        } else attrs.type = 'text';
        var input = el(question.kind === 'LONG_TEXT' ? 'textarea' : 'input', attrs);
        input.value = raw === undefined || raw === null ? '' : String(raw);
        input.addEventListener('change', function () { p.answers[id] = input.value; changed(); });
        box.appendChild(input);
      }
    }
    var message = (p.errors || {})[id];
    box.appendChild(el('p', {class: 'kit-error-text', id: 'err-' + id, text: message || '', hidden: message ? null : 'hidden'}));
    if (message) box.classList.add('kit-invalid');
    return box;
  }

  /** Seconds per section by the device's clock, added when the section leaves the screen (a day at most). */
  function leaveSection() {
    var iv = state.interview, id = iv.round.questionnaire.sections[iv.section].id;
    var seconds = iv.record.paradata.sectionSeconds;
    seconds[id] = Math.min(86400, (seconds[id] || 0) + Math.round((Date.now() - iv.shownAt) / 1000));
    iv.shownAt = Date.now();
  }

  function move(to) {
    leaveSection();
    state.interview.section = to;
    save(false).then(renderInterview);
  }

  /** Every change is kept on the device at once; a draft goes in the queue (a completed interview waits for "Hoàn thành"). */
  function changed() {
    var before = visibleSections().join(',');
    save(true).then(function () {
      // Skip logic: a question that appeared or went away redraws the section.
      var shown = Array.prototype.map.call(main.querySelectorAll('.kit-question'), function (n) { return n.id.substring(2); });
      var on = asked().on, section = state.interview.round.questionnaire.sections[state.interview.section];
      var want = section.questions.filter(function (q) { return on[q.id]; }).map(function (q) { return q.id; });
      if (want.join(',') !== shown.join(',') || before !== visibleSections().join(',')) renderInterview();
    });
  }

  /**
   * Keeps the record; {@code answered}: the answers changed. A change after "Hoàn thành" makes it a draft again
   * (complete once more); the server keeps drafts only of interviews not yet completed, so the others wait.
   */
  function save(answered) {
    var p = state.interview.record;
    p.change = (p.change || 0) + 1;
    p.changedAt = new Date().toISOString();
    if (answered) {
      if (p.send === 'FINAL') p.send = 'DRAFT';
      p.status = p.serverState === null || p.serverState === 'DRAFT' ? 'pending' : 'edited';
    } else if (p.status === 'new') {
      p.status = 'opened';
    }
    return Kho.put('phieu', p).then(function () { if (answered) sendAll(false); });
  }

  /** The device's own check before the queue: required and constraints of the questions asked. */
  function complete() {
    leaveSection();
    var iv = state.interview, q = iv.round.questionnaire, p = iv.record, now = asked(), errors = {}, first = null;
    q.sections.forEach(function (section, i) {
      section.questions.forEach(function (question) {
        if (!now.on[question.id] || question.kind === 'NOTE') return;
        var raw = p.answers[question.id], v = value(question, raw, q);
        var emptyRaw = raw === undefined || raw === null || raw === '' || (Array.isArray(raw) && !raw.length);
        var message = null;
        if (emptyRaw && question.required) message = t('required');
        else if (!emptyRaw && !v) message = t('notReadable');
        else if (v && question.constraint && !(question.allowNotValid && notValidKeys(q).indexOf(raw) >= 0)
            && !BieuThuc.holds(question.constraint, now.answers, v, now.day)) {
          message = question.constraintMessage || t('constraint');
        }
        if (message) { errors[question.id] = message; if (first === null) first = i; }
      });
    });
    p.errors = errors;
    if (first !== null) {
      p.message = t('device.invalid', Object.keys(errors).length);
      iv.section = first;
      Kho.put('phieu', p).then(renderInterview);
      return;
    }
    p.send = 'FINAL';
    p.status = 'pending';
    p.message = null;
    p.paradata.endedAt = new Date().toISOString();
    save(false).then(function () { sendAll(false); showList(); });
  }

  // ---- sending -----------------------------------------------------------------------------------------------

  /** The answers of the questions asked, as typed; the rest is left out (the server refuses answers not asked). */
  function body(p, round) {
    var saved = state.interview;
    state.interview = {round: round, record: p};
    var on = asked().on;
    state.interview = saved;
    var answers = {};
    Object.keys(p.answers).forEach(function (id) {
      var raw = p.answers[id];
      if (on[id] && raw !== '' && raw !== null && !(Array.isArray(raw) && !raw.length)) answers[id] = raw;
    });
    return {slot: p.slot, send: p.send, answers: answers, paradata: p.paradata};
  }

  function sendAll(asked) {
    if (!navigator.onLine) { banners(); return Promise.resolve(); }
    // A change while a round of sending is under way: one more round after it, so nothing waits 30 s for no reason.
    if (state.sending) { state.again = true; return Promise.resolve(); }
    state.sending = true;
    state.again = false;
    return session().then(function (s) {
      if (!s) return null;
      return Promise.all([Kho.all('phieu'), Kho.all('dot')]).then(function (all) {
        var rounds = {};
        all[1].forEach(function (r) { rounds[r.roundId] = r; });
        var queue = all[0].filter(function (p) { return p.status === 'pending' && p.username === s.username && rounds[p.roundId]; });
        return queue.reduce(function (chain, p) {
          return chain.then(function (go) { return go === false ? false : sendOne(p, rounds[p.roundId], s); });
        }, Promise.resolve(true));
      });
    }).then(function () {
      state.sending = false;
      if (!state.interview) showList();
      if (state.again) sendAll(false);
    }, function () { state.sending = false; });
  }

  /** One record; false stops the queue (the session expired). The record is marked only if unchanged meanwhile. */
  function sendOne(p, round, s) {
    var change = p.change, headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
    if (s.csrfHeader) headers[s.csrfHeader] = s.csrfToken;
    return fetch(API + '/phieu/' + p.id, {method: 'POST', credentials: 'same-origin', headers: headers,
      body: JSON.stringify(body(p, round))}).then(function (r) {
      if (r.status === 401) { state.expired = true; banners(); return false; }
      if (r.status >= 500) return true;
      return r.json().then(function (reply) {
        return Kho.get('phieu', p.id).then(function (now) {
          if (!now || now.change !== change) return true;
          if (r.ok) {
            now.status = 'sent'; now.serverState = reply.state; now.errors = {}; now.message = null;
            now.sentAt = new Date().toISOString();
          } else {
            now.status = 'refused'; now.message = reply.message; now.errors = {};
            (reply.fields || []).forEach(function (f) { now.errors[f.field] = f.message; });
          }
          if (state.interview && state.interview.record.id === now.id) {
            ['status', 'serverState', 'errors', 'message', 'sentAt'].forEach(function (k) { state.interview.record[k] = now[k]; });
          }
          return Kho.put('phieu', now).then(function () { return true; });
        });
      });
    }).catch(function () { return true; });
  }

  // ---- start -------------------------------------------------------------------------------------------------

  window.addEventListener('online', function () { banners(); sendAll(false); });
  window.addEventListener('offline', banners);
  setInterval(function () { sendAll(false); }, RETRY_MS);
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/thuc-dia/ngoai-tuyen/sw.js', {scope: '/thuc-dia/ngoai-tuyen'})
      .catch(function () { /* the kit still works online without it */ });
  }
  banners();
  var kept = localStorage.getItem('kit-user');
  if (kept) document.getElementById('kit-who').textContent = JSON.parse(kept).displayName || '';
  (navigator.onLine ? session() : Promise.resolve(null)).then(function () { showList(); sendAll(false); });
  window.Kit = {sendAll: sendAll};
})();
