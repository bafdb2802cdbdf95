// The public survey's only script: saves the section while it is answered and shows the questions the server says
// are asked. Relevance is never decided here. Without it the page works through its buttons.
(function () {
  var form = document.getElementById('phieu');
  if (!form || !window.fetch) return;
  var status = document.getElementById('trang-thai');
  var timer = null, busy = false, again = false;
  function say(text) { status.textContent = text; }
  function save() {
    if (busy) { again = true; return; }
    busy = true;
    var body = new URLSearchParams(new FormData(form));
    say(form.dataset.saving);
    fetch(form.getAttribute('data-save'), { method: 'POST', body: body, credentials: 'omit' })
      .then(function (r) { return r.json(); })
      .then(function (reply) {
        if (reply.loiChung) { say(reply.loiChung); return; }
        show(reply.hoi, reply.loi || {});
        if (reply.tienDo) {
          document.getElementById('tien-do').textContent = reply.tienDo[0];
          var bar = form.querySelector('progress');
          bar.max = reply.tienDo[2]; bar.value = reply.tienDo[1];
        }
        // "Saved" only when nothing newer waits to be sent: a person (or a test) may leave on that word.
        say(again || timer ? form.dataset.saving : form.dataset.saved);
      })
      .catch(function () { say(form.dataset.offline); })
      .then(function () { busy = false; if (again) { again = false; save(); } });
  }
  function show(asked, errors) {
    var on = {};
    asked.forEach(function (id) { on[id] = true; });
    form.querySelectorAll('.q').forEach(function (box) {
      var id = box.id.substring(2), visible = !!on[id];
      box.hidden = !visible;
      box.querySelectorAll('input,textarea').forEach(function (input) { input.disabled = !visible; });
      var error = document.getElementById('e-' + id);
      if (error) {
        var text = visible && errors[id] ? errors[id] : '';
        error.textContent = text;
        box.classList.toggle('invalid', !!text);
        box.querySelectorAll('input,textarea').forEach(function (input) {
          if (text) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
        });
      }
    });
    document.getElementById('hoi').value = asked.join(' ');
  }
  // A real answer and "don't know" exclude each other (the not-valid radios of a non-radio question are named kb.<id>).
  function exclusive(target) {
    var name = target.name, box = target.closest('.q');
    if (!box || !name) return;
    if (name.indexOf('kb.') === 0) {
      box.querySelectorAll('[name="' + name.substring(3) + '"]').forEach(function (input) {
        if (input.type === 'checkbox') input.checked = false; else input.value = '';
      });
    } else if (target.type !== 'radio' && (target.checked || (target.type !== 'checkbox' && target.value))) {
      box.querySelectorAll('[name="kb.' + name + '"]').forEach(function (input) { input.checked = false; });
    }
  }
  function changed(e) {
    if (e.target.name === 'ma' || !e.target.name) return;
    exclusive(e.target);
    clearTimeout(timer);
    say(form.dataset.saving);
    timer = setTimeout(function () { timer = null; save(); }, e.type === 'change' ? 300 : 1200);
  }
  form.addEventListener('change', changed);
  form.addEventListener('input', function (e) { if (e.target.type === 'text' || e.target.tagName === 'TEXTAREA') changed(e); });
  var summary = document.getElementById('tom-tat-loi');
  if (summary) summary.focus();
})();
