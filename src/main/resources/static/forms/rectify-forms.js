/*
 * Rectify forms, shared script: what every embedded Tasklist form of Rectify shares.
 *
 * Kept ASCII-only (Chinese text as unicode escapes): a script added to the page at run time is decoded
 * with the page's guess of its charset, and Spring serves static JavaScript without one.
 *
 * - shows the finding's context (aspect, finding text, responsible unit, measures with deadlines, every return with its
 *   reason) from GET /api/findings/{id} in the form's <div class="rectify-context">;
 * - sends the step to the app's REST endpoint, which writes the domain record AND completes the task.
 *   Tasklist's Complete button calls camForm.submit, which each form hands to us ('rectify-submit' with
 *   Tasklist's callback): Tasklist then shows its own success notice and reloads its list, or shows our
 *   Chinese message when the step was refused;
 * - puts problem+json field errors (Chinese, from the server) next to the field they name, and takes away the
 *   generic notice Tasklist raises for every failed request ("communication error ... log in again"), which
 *   would tell the user a refused input was a broken connection.
 *
 * A form loads this file itself (see any form's cam-script) and calls RectifyForms.start(...).
 * Everything shown is set with textContent or Angular bindings, never as HTML.
 */
(function () {
  'use strict';

  function copyOf(object) {
    var copy = {};
    Object.keys(object || {}).forEach(function (k) { copy[k] = object[k]; });
    return copy;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function day(value) {
    if (!value) return '\u2014';
    var d = String(value).substring(0, 10).split('-');
    return d.length === 3 ? Number(d[0]) + '\u5e74' + Number(d[1]) + '\u6708' + Number(d[2]) + '\u65e5' : String(value);
  }

  // Times are shown in the product's zone (rectify.deadlines.zone, China time by default), as the server
  // counts days, not in the browser's zone; GET /api/calendar/today names the zone (see start).
  var zone = 'Asia/Shanghai';

  function moment(value) {
    if (!value) return '';
    var d = new Date(value);
    if (isNaN(d.getTime())) return String(value);
    var parts = {};
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
    }).formatToParts(d).forEach(function (p) { parts[p.type] = p.value; });
    return parts.year + '\u5e74' + Number(parts.month) + '\u6708' + Number(parts.day) + '\u65e5 ' + parts.hour + ':' + parts.minute;
  }

  function size(bytes) {
    if (bytes < 1024) return bytes + ' \u5b57\u8282';
    if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1) + ' KB';
    return (bytes / 1024 / 1024).toFixed(1) + ' MB';
  }

  function row(dl, term, value) {
    if (value === undefined || value === null || value === '') return;
    dl.appendChild(el('dt', null, term));
    dl.appendChild(el('dd', null, value));
  }

  /** Renders a FindingContext into the container (replacing what was there). */
  /** A person's name (from the context's people) in place of the user name; the user name when unknown. */
  function personIn(ctx, username) {
    if (!username) return username;
    return (ctx && ctx.people && ctx.people[username]) || username;
  }

  function renderContext(container, ctx) {
    container.textContent = '';
    var panel = el('div', 'panel panel-default rectify-finding');
    var heading = el('div', 'panel-heading', '\u95ee\u9898\u6863\u6848 ' + (ctx.label || ''));
    panel.appendChild(heading);
    var body = el('div', 'panel-body');
    var dl = el('dl', 'dl-horizontal');
    row(dl, '\u65b9\u9762', ctx.aspect);
    row(dl, '\u95ee\u9898', ctx.text);
    row(dl, '\u5177\u4f53\u8868\u73b0', ctx.detail);
    row(dl, '\u6765\u6e90', ctx.source);
    row(dl, '\u72b6\u6001', ctx.statusLabel);
    row(dl, '\u8d23\u4efb\u5355\u4f4d', ctx.responsibleUnitName);
    row(dl, '\u8d23\u4efb\u9886\u5bfc', personIn(ctx, ctx.leadOfficial));
    var deadlines = (ctx.measures || []).map(function (m) { return m.deadline; }).filter(Boolean).sort();
    row(dl, '\u6574\u6539\u65f6\u9650', deadlines.length ? day(deadlines[deadlines.length - 1]) : '\u5c1a\u672a\u5236\u5b9a\u6574\u6539\u63aa\u65bd');
    body.appendChild(dl);

    if ((ctx.measures || []).length) {
      body.appendChild(el('h5', null, '\u6574\u6539\u63aa\u65bd'));
      var table = el('table', 'table table-condensed rectify-measures-context');
      var head = el('tr');
      ['\u5e8f\u53f7', '\u63aa\u65bd', '\u8d23\u4efb\u4eba', '\u65f6\u9650', '\u7c7b\u578b', '\u72b6\u6001'].forEach(function (h) { head.appendChild(el('th', null, h)); });
      table.appendChild(head);
      ctx.measures.forEach(function (m) {
        var tr = el('tr');
        [m.ordinal, m.text, m.responsiblePerson || '\u2014', day(m.deadline), m.termLabel, m.statusLabel + (m.overdue ? '\uff08\u5df2\u903e\u671f\uff09' : '')]
          .forEach(function (v) { tr.appendChild(el('td', null, v)); });
        table.appendChild(tr);
      });
      body.appendChild(table);
    }

    var returns = ctx.returns || [];
    body.appendChild(el('h5', null, '\u9000\u56de\u8bb0\u5f55'));
    if (!returns.length) {
      body.appendChild(el('p', 'text-muted', '\u65e0\u9000\u56de\u8bb0\u5f55'));
    } else {
      var list = el('ul', 'rectify-returns');
      returns.forEach(function (r) {
        list.appendChild(el('li', null, moment(r.returnedAt) + ' ' + r.stepLabel + ' \u88ab ' + personIn(ctx, r.returnedBy) + ' \u9000\u56de\uff0c\u7406\u7531\uff1a' + r.reason));
      });
      body.appendChild(list);
    }

    // \u5de5\u4f5c\u4ea4\u63a5: who held the lead, a measure or a task until when (docs/directory.md).
    var handovers = ctx.handovers || [];
    if (handovers.length) {
      body.appendChild(el('h5', null, '\u5de5\u4f5c\u4ea4\u63a5'));
      var handed = el('ul', 'rectify-handovers');
      handovers.forEach(function (h) {
        handed.appendChild(el('li', null, moment(h.at) + ' ' + h.kindLabel + (h.taskName ? '\u300c' + h.taskName + '\u300d' : '') +
          '\uff1a' + h.fromName + ' \u2192 ' + h.toName + (h.reason ? '\uff08' + h.reason + '\uff09' : '')));
      });
      body.appendChild(handed);
    }
    panel.appendChild(body);
    container.appendChild(panel);
  }

  // Tasklist's notice service, set by start(): Tasklist turns every failed $http request into a generic
  // notice (a 400 becomes "communication error, reload or log in again").
  var tasklistNotices = null;

  function noticesOf(camForm) {
    try {
      var element = camForm.formElement;
      var injector = element && typeof element.injector === 'function' ? element.injector() : null;
      return injector && injector.has('Notifications') ? injector.get('Notifications') : null;
    } catch (ignored) {
      return null;
    }
  }

  /**
   * Turns an error response into {field: message} plus a general message, all Chinese. A refusal of the
   * app (problem+json with a detail or field errors) is shown by the form, so Tasklist's generic notice for
   * the failed request is taken away.
   */
  function problemOf(response) {
    var data = response && response.data;
    var result = { fields: {}, message: null };
    if (data && typeof data === 'string') {
      try { data = JSON.parse(data); } catch (ignored) { data = null; }
    }
    if (tasklistNotices && data && (data.detail || (data.errors && data.errors.length))) {
      tasklistNotices.clear({ http: true });
    }
    if (data && data.errors && data.errors.length) {
      data.errors.forEach(function (v) { result.fields[v.field] = v.message; });
      result.message = data.detail || '\u8f93\u5165\u6709\u8bef\uff0c\u8bf7\u6309\u63d0\u793a\u4fee\u6539\u3002';
    } else if (data && data.detail) {
      result.message = data.detail;
    } else if (response && response.status === 403) {
      result.message = '\u60a8\u65e0\u6743\u529e\u7406\u6b64\u73af\u8282\u3002';
    } else if (response && response.status === 401) {
      result.message = '\u767b\u5f55\u5df2\u5931\u6548\uff0c\u8bf7\u91cd\u65b0\u767b\u5f55\u3002';
    } else {
      result.message = '\u63d0\u4ea4\u5931\u8d25\uff08' + (response && response.status) + '\uff09\uff0c\u8bf7\u7a0d\u540e\u91cd\u8bd5\u3002';
    }
    return result;
  }

  /**
   * Fills an API path template such as /api/findings/{findingId}/measures from values. The forms name
   * every endpoint this way, so that the form contract test can check it against the controllers.
   */
  function url(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      var value = values && values[name];
      if (value === undefined || value === null || value === '') throw new Error('\u8868\u5355\u7f3a\u5c11\u53d8\u91cf ' + name);
      return encodeURIComponent(value);
    });
  }

  /**
   * Starts a form. spec:
   *   variables: names of the process variables the form declared (cam-variable-name); values land in $scope.vars
   *   findingVariable: the variable holding the finding id (default 'findingId'); its context is loaded into
   *                    $scope.finding and shown in .rectify-context
   *   init(scope): optional, after the context has loaded
   *   validate(scope): returns {field: message} of client-side errors (same rules as the server)
   *   request(scope): returns {url, body} (or a promise of one) to POST; the endpoint completes the task
   */
  function start(camForm, $scope, $http, spec) {
    var vm = camForm.variableManager;
    tasklistNotices = noticesOf(camForm);
    $scope.vars = {};
    (spec.variables || []).forEach(function (name) { $scope.vars[name] = vm.variableValue(name); });
    $scope.errors = {};
    $scope.problem = null;
    $scope.busy = false;
    $scope.day = day;
    $scope.moment = moment;
    $scope.size = size;
    $http.get(url('/api/calendar/today')).then(function (r) {
      if (r.data && r.data.zone) zone = r.data.zone;
      $scope.today = r.data && r.data.today;
    });

    $scope.reloadContext = function () {
      var findingId = $scope.vars[spec.findingVariable || 'findingId'];
      if (!findingId) return Promise.resolve(null);
      return $http.get(url('/api/findings/{findingId}', { findingId: findingId })).then(function (res) {
        $scope.finding = res.data;
        var container = camForm.formElement[0].querySelector('.rectify-context');
        if (container) renderContext(container, res.data);
        return res.data;
      }, function (res) {
        $scope.problem = '\u65e0\u6cd5\u8bfb\u53d6\u95ee\u9898\u6863\u6848\uff1a' + problemOf(res).message;
      });
    };
    $scope.problemOf = problemOf;
    $scope.person = function (username) { return personIn($scope.finding, username); };
    /** The first error at a field or below it, e.g. errorFor('narrative.overallSituation') also shows [\u2026[2]]. */
    $scope.errorFor = function (prefix) {
      var keys = Object.keys($scope.errors || {}).filter(function (k) { return k === prefix || k.indexOf(prefix + '[') === 0 || k.indexOf(prefix + '.') === 0; });
      return keys.length ? $scope.errors[keys[0]] : null;
    };
    $scope.url = url;

    $scope.measureById = function (id) {
      return (($scope.finding && $scope.finding.measures) || []).filter(function (m) { return m.id === id; })[0] || null;
    };

    // Work on a measure while carry-out-measure or continue-rectification is open: each call saves at once.
    $scope.notes = {};
    $scope.addNote = function (measureId) {
      var key = 'progress:' + measureId;
      var text = ($scope.notes[measureId] || '').trim();
      var errors = copyOf($scope.errors);
      delete errors[key];
      if (!text) errors[key] = '\u5fc5\u987b\u586b\u5199\u6574\u6539\u8fdb\u5c55';
      else if (text.length > 20000) errors[key] = '\u6574\u6539\u8fdb\u5c55\u4e0d\u80fd\u8d85\u8fc7 20000 \u5b57';
      $scope.errors = errors;
      if (errors[key]) return Promise.resolve(false);
      return $http.post(url('/api/measures/{measureId}/progress', { measureId: measureId }), { text: text }).then(function () {
        $scope.notes[measureId] = '';
        return $scope.reloadContext();
      }, function (res) {
        $scope.errors[key] = problemOf(res).fields.text || problemOf(res).message;
      });
    };

    $scope.uploadEvidence = function (measureId) {
      var key = 'evidence:' + measureId;
      var input = camForm.formElement[0].querySelector('input[type=file][data-measure="' + measureId + '"]');
      var file = input && input.files && input.files[0];
      delete $scope.errors[key];
      if (!file) {
        $scope.errors[key] = '\u5fc5\u987b\u9009\u62e9\u8981\u4e0a\u4f20\u7684\u6587\u4ef6';
        return Promise.resolve(false);
      }
      if (file.size === 0) {
        $scope.errors[key] = '\u6587\u4ef6\u5185\u5bb9\u4e3a\u7a7a\uff1a' + file.name;
        return Promise.resolve(false);
      }
      if (file.size > 20 * 1024 * 1024) {
        $scope.errors[key] = '\u6587\u4ef6\u8d85\u8fc7 20 MB\uff1a' + file.name;
        return Promise.resolve(false);
      }
      var data = new FormData();
      data.append('file', file, file.name);
      $scope.uploading = true;
      return $http.post(url('/api/measures/{measureId}/evidence', { measureId: measureId }), data, {
        headers: { 'Content-Type': undefined },
        transformRequest: function (body) { return body; }
      }).then(function () {
        input.value = '';
        $scope.uploading = false;
        return $scope.reloadContext();
      }, function (res) {
        $scope.uploading = false;
        $scope.errors[key] = problemOf(res).fields.file || problemOf(res).message;
      });
    };

    // Once the form's own checks refused a step, its messages follow the user's corrections (a message
    // stays only while its rule is still broken). Messages of the server stay until the next try.
    var recheck = false;
    if (spec.validate) {
      $scope.$watch(function () {
        return recheck ? spec.validate($scope) || {} : null;
      }, function (now, before) {
        if (!now || now === before) return;
        var errors = copyOf($scope.errors);
        Object.keys(before || {}).forEach(function (k) { delete errors[k]; });
        Object.keys(now).forEach(function (k) { errors[k] = now[k]; });
        $scope.errors = errors;
        if (!Object.keys(now).length) $scope.problem = null;
      }, true);
    }

    $scope.submitStep = function () {
      var errors = spec.validate ? spec.validate($scope) || {} : {};
      $scope.errors = errors;
      recheck = Object.keys(errors).length > 0;
      if (recheck) {
        $scope.problem = '\u8f93\u5165\u6709\u8bef\uff0c\u8bf7\u6309\u63d0\u793a\u4fee\u6539\u3002';
        return Promise.resolve(false);
      }
      $scope.problem = null;
      $scope.busy = true;
      return Promise.resolve(spec.request($scope)).then(function (req) {
        return $http.post(req.url, req.body);
      }).then(function () {
        $scope.done = true;
        $scope.$applyAsync();
        return true;
      }, function (res) {
        var p = problemOf(res);
        $scope.errors = p.fields;
        $scope.problem = p.message;
        $scope.busy = false;
        $scope.$applyAsync();
        return false;
      });
    };

    // The form's camForm.submit (Tasklist's Complete button) lands here with Tasklist's callback.
    $scope.$on('rectify-submit', function (event, done) {
      event.preventDefault();
      $scope.submitStep().then(function (ok) {
        if (ok) done(null, {});
        else done(new Error($scope.problem || '\u63d0\u4ea4\u5931\u8d25'));
      });
    });

    return $scope.reloadContext().then(function () {
      if (spec.init) spec.init($scope);
      $scope.$applyAsync();
    });
  }

  window.RectifyForms = { start: start, url: url, problemOf: problemOf, renderContext: renderContext, day: day };
})();
