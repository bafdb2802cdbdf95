/*
 * The offline kit's interpreter of questionnaire expressions. It never parses text: the server sends each
 * relevance and constraint as the tree the forms module's own parser built (ExpressionTree), and this file only
 * evaluates that tree with the Java evaluator's rules (forms vn.thuocdo.forms.questionnaire: Value, Operator,
 * Function). OfflineExpressionConformanceTest holds the two to the same answers.
 *
 * Values: {t:'m'} no answer; {t:'w', v:text}; {t:'n', v:number}; {t:'b', v:bool}; {t:'d', v:'YYYY-MM-DD'};
 * {t:'k', v:[keys]} a multiple choice. Known difference: numbers are binary doubles rounded to 16 significant
 * digits after each operation (Java: exact decimals, 16 digits), so a chain such as "1 div 3 * 3 = 1" can differ
 * (Java: false, here: true); and a result beyond 1e308 is "no number" here. The server reads every answer again.
 */
(function (global) {
  'use strict';
  var MISSING = {t: 'm'};
  // Java's String.strip(): Character.isWhitespace, which leaves out the no-break spaces (U+00A0, U+2007, U+202F).
  var JAVA_SPACE = /^[\t\n\u000B\f\r\u001C-\u001F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]+|[\t\n\u000B\f\r\u001C-\u001F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]+$/g;

  function parseNumber(text) {
    if (text.length === 0 || text.length > 40) return null;
    var start = text.charAt(0) === '-' ? 1 : 0, dots = 0, digits = 0;
    for (var i = start; i < text.length; i++) {
      var c = text.charAt(i);
      if (c === '.') dots++;
      else if (c >= '0' && c <= '9') digits++;
      else return null;
    }
    return dots <= 1 && digits > 0 ? Number(text) : null;
  }

  function epochDay(iso) {
    return Math.round(Date.UTC(+iso.substring(0, 4), +iso.substring(5, 7) - 1, +iso.substring(8, 10)) / 86400000);
  }

  function isoDay(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
    var y = +text.substring(0, 4), m = +text.substring(5, 7), d = +text.substring(8, 10);
    if (m < 1 || m > 12 || d < 1) return null;
    var leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    var days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
    return d <= days ? text : null;
  }

  function plain(n) {
    var s = String(n);
    if (s.indexOf('e') < 0) return s;
    return n.toLocaleString('en-US', {useGrouping: false, maximumFractionDigits: 100});
  }

  function truth(v) {
    switch (v.t) {
      case 'b': return v.v;
      case 'n': return v.v !== 0;
      case 'w': return v.v.length > 0;
      case 'k': return v.v.length > 0;
      case 'd': return true;
      default: return false;
    }
  }

  function number(v) {
    switch (v.t) {
      case 'n': return v.v;
      case 'b': return v.v ? 1 : 0;
      case 'd': return epochDay(v.v);
      case 'w': return parseNumber(v.v.replace(JAVA_SPACE, ''));
      default: return null;
    }
  }

  function text(v) {
    switch (v.t) {
      case 'w': return v.v;
      case 'n': return plain(v.v);
      case 'b': return v.v ? 'true' : 'false';
      case 'd': return v.v;
      case 'k': return v.v.join(' ');
      default: return '';
    }
  }

  function empty(v) {
    return v.t === 'm' || text(v) === '';
  }

  function day(v) {
    if (v.t === 'd') return v.v;
    var s = text(v);
    return s.length === 10 ? isoDay(s) : null;
  }

  function sign(x, y) {
    return x < y ? -1 : x > y ? 1 : 0;
  }

  function order(op, a, b) {
    if (a.t === 'b' || b.t === 'b') return sign(truth(a) ? 1 : 0, truth(b) ? 1 : 0);
    var x, y;
    if (a.t === 'n' || b.t === 'n') {
      x = number(a); y = number(b);
      return x === null || y === null ? null : sign(x, y);
    }
    if (a.t === 'd' || b.t === 'd') {
      x = day(a); y = day(b);
      return x === null || y === null ? null : sign(x, y);
    }
    if (op === '=' || op === '!=') return text(a) === text(b) ? 0 : 1;
    x = number(a); y = number(b);
    return x === null || y === null ? null : sign(x, y);
  }

  function compare(op, a, b) {
    if (a.t === 'm' || b.t === 'm') return op === '=' && empty(a) && empty(b);
    var o = order(op, a, b);
    if (o === null) return op === '!=';
    switch (op) {
      case '=': return o === 0;
      case '!=': return o !== 0;
      case '<': return o < 0;
      case '<=': return o <= 0;
      case '>': return o > 0;
      default: return o >= 0;
    }
  }

  /** 16 significant digits after each operation, as Java's MathContext.DECIMAL64. */
  function sixteen(n) {
    return isFinite(n) ? Number(n.toPrecision(16)) : null;
  }

  function arithmetic(op, a, b) {
    var x = number(a), y = number(b);
    if (x === null || y === null || ((op === 'div' || op === 'mod') && y === 0)) return MISSING;
    var r;
    switch (op) {
      case '+': r = x + y; break;
      case '-': r = x - y; break;
      case '*': r = x * y; break;
      case 'div': r = x / y; break;
      default: r = x % y;
    }
    r = sixteen(r);
    return r === null ? MISSING : {t: 'n', v: r === 0 ? 0 : r};
  }

  function evaluate(node, scope) {
    if ('num' in node) return {t: 'n', v: Number(node.num)};
    if ('text' in node) return {t: 'w', v: node.text};
    if ('ref' in node) return scope.answer(node.ref);
    if ('self' in node) return scope.self();
    if ('neg' in node) {
      var n = number(evaluate(node.neg, scope));
      return n === null ? MISSING : {t: 'n', v: n === 0 ? 0 : -n};
    }
    if ('op' in node) {
      if (node.op === 'or') return {t: 'b', v: truth(evaluate(node.left, scope)) || truth(evaluate(node.right, scope))};
      if (node.op === 'and') return {t: 'b', v: truth(evaluate(node.left, scope)) && truth(evaluate(node.right, scope))};
      var a = evaluate(node.left, scope), b = evaluate(node.right, scope);
      return ['=', '!=', '<', '<=', '>', '>='].indexOf(node.op) >= 0 ? {t: 'b', v: compare(node.op, a, b)}
        : arithmetic(node.op, a, b);
    }
    if ('call' in node) {
      var args = node.args;
      switch (node.call) {
        case 'not': return {t: 'b', v: !truth(evaluate(args[0], scope))};
        case 'selected': {
          var value = evaluate(args[0], scope), key = text(evaluate(args[1], scope));
          return {t: 'b', v: value.t === 'k' ? value.v.indexOf(key) >= 0 : !empty(value) && text(value) === key};
        }
        case 'count-selected': {
          var v = evaluate(args[0], scope);
          return {t: 'n', v: v.t === 'k' ? v.v.length : empty(v) ? 0 : 1};
        }
        case 'string-length': return {t: 'n', v: Array.from(text(evaluate(args[0], scope))).length};
        case 'today': return {t: 'd', v: scope.today()};
      }
    }
    throw new Error('Unknown node ' + JSON.stringify(node));
  }

  /** Today in Vietnam (UTC+7, no daylight saving), by the device's clock. */
  function today(now) {
    return new Date((now || Date.now()) + 7 * 3600000).toISOString().substring(0, 10);
  }

  /**
   * Whether an expression holds: absent holds; present, its value is true in XPath's sense. answers: question id to
   * value; self: the answer a constraint checks; day: 'YYYY-MM-DD' for today().
   */
  function holds(tree, answers, self, day) {
    if (!tree) return true;
    return truth(evaluate(tree, {
      answer: function (id) { return Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : MISSING; },
      self: function () { return self || MISSING; },
      today: function () { return day || today(); }
    }));
  }

  global.BieuThuc = {holds: holds, today: today, MISSING: MISSING, parseNumber: parseNumber};
})(typeof self !== 'undefined' ? self : this);
