/*
 * Rectify 表单公共脚本: what every embedded Tasklist form of Rectify shares.
 *
 * - shows the finding's context (方面, 问题, 责任单位, measures with deadlines, every return with its
 *   reason) from GET /api/findings/{id} in the form's <div class="rectify-context">;
 * - sends the step to the app's REST endpoint, which writes the domain record AND completes the task
 *   (the forms set submitPrevented, so Tasklist never completes the task a second time);
 * - puts problem+json field errors (Chinese, from the server) next to the field they name.
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
    if (!value) return '—';
    var d = String(value).substring(0, 10).split('-');
    return d.length === 3 ? Number(d[0]) + '年' + Number(d[1]) + '月' + Number(d[2]) + '日' : String(value);
  }

  function moment(value) {
    if (!value) return '';
    var d = new Date(value);
    if (isNaN(d.getTime())) return String(value);
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    return d.getFullYear() + '年' + (d.getMonth() + 1) + '月' + d.getDate() + '日 ' + pad(d.getHours()) + ':' + pad(d.getMinutes());
  }

  function size(bytes) {
    if (bytes < 1024) return bytes + ' 字节';
    if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1) + ' KB';
    return (bytes / 1024 / 1024).toFixed(1) + ' MB';
  }

  function row(dl, term, value) {
    if (value === undefined || value === null || value === '') return;
    dl.appendChild(el('dt', null, term));
    dl.appendChild(el('dd', null, value));
  }

  /** Renders a FindingContext into the container (replacing what was there). */
  function renderContext(container, ctx) {
    container.textContent = '';
    var panel = el('div', 'panel panel-default rectify-finding');
    var heading = el('div', 'panel-heading', '问题档案 ' + (ctx.label || ''));
    panel.appendChild(heading);
    var body = el('div', 'panel-body');
    var dl = el('dl', 'dl-horizontal');
    row(dl, '方面', ctx.aspect);
    row(dl, '问题', ctx.text);
    row(dl, '具体表现', ctx.detail);
    row(dl, '来源', ctx.source);
    row(dl, '状态', ctx.statusLabel);
    row(dl, '责任单位', ctx.responsibleUnitName);
    row(dl, '责任领导', ctx.leadOfficial);
    var deadlines = (ctx.measures || []).map(function (m) { return m.deadline; }).filter(Boolean).sort();
    row(dl, '整改时限', deadlines.length ? day(deadlines[deadlines.length - 1]) : '尚未制定整改措施');
    body.appendChild(dl);

    if ((ctx.measures || []).length) {
      body.appendChild(el('h5', null, '整改措施'));
      var table = el('table', 'table table-condensed rectify-measures-context');
      var head = el('tr');
      ['序号', '措施', '责任人', '时限', '类型', '状态'].forEach(function (h) { head.appendChild(el('th', null, h)); });
      table.appendChild(head);
      ctx.measures.forEach(function (m) {
        var tr = el('tr');
        [m.ordinal, m.text, m.responsiblePerson || '—', day(m.deadline), m.termLabel, m.statusLabel + (m.overdue ? '（已逾期）' : '')]
          .forEach(function (v) { tr.appendChild(el('td', null, v)); });
        table.appendChild(tr);
      });
      body.appendChild(table);
    }

    var returns = ctx.returns || [];
    body.appendChild(el('h5', null, '退回记录'));
    if (!returns.length) {
      body.appendChild(el('p', 'text-muted', '无退回记录'));
    } else {
      var list = el('ul', 'rectify-returns');
      returns.forEach(function (r) {
        list.appendChild(el('li', null, moment(r.returnedAt) + ' ' + r.stepLabel + ' 被 ' + r.returnedBy + ' 退回，理由：' + r.reason));
      });
      body.appendChild(list);
    }
    panel.appendChild(body);
    container.appendChild(panel);
  }

  /** Turns an error response into {field: message} plus a general message, all Chinese. */
  function problemOf(response) {
    var data = response && response.data;
    var result = { fields: {}, message: null };
    if (data && typeof data === 'string') {
      try { data = JSON.parse(data); } catch (ignored) { data = null; }
    }
    if (data && data.errors && data.errors.length) {
      data.errors.forEach(function (v) { result.fields[v.field] = v.message; });
      result.message = data.detail || '输入有误，请按提示修改。';
    } else if (data && data.detail) {
      result.message = data.detail;
    } else if (response && response.status === 403) {
      result.message = '您无权办理此环节。';
    } else if (response && response.status === 401) {
      result.message = '登录已失效，请重新登录。';
    } else {
      result.message = '提交失败（' + (response && response.status) + '），请稍后重试。';
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
      if (value === undefined || value === null || value === '') throw new Error('表单缺少变量 ' + name);
      return encodeURIComponent(value);
    });
  }

  /** Leaves the finished task: back to the task list, which then loads afresh. */
  function leaveTask() {
    var hash = window.location.hash || '';
    var cleaned = hash.replace(/([?&])task=[^&]*&?/, '$1').replace(/[?&]$/, '');
    window.location.hash = cleaned || '#/';
    window.location.reload();
  }

  /**
   * Starts a form. spec:
   *   variables: names of the process variables the form declared (cam-variable-name) — values land in $scope.vars
   *   findingVariable: the variable holding the finding id (default 'findingId'); its context is loaded into
   *                    $scope.finding and shown in .rectify-context
   *   init(scope): optional, after the context has loaded
   *   validate(scope): returns {field: message} of client-side errors (same rules as the server)
   *   request(scope): returns {url, body} (or a promise of one) to POST; the endpoint completes the task
   */
  function start(camForm, $scope, $http, spec) {
    var vm = camForm.variableManager;
    $scope.vars = {};
    (spec.variables || []).forEach(function (name) { $scope.vars[name] = vm.variableValue(name); });
    $scope.errors = {};
    $scope.problem = null;
    $scope.busy = false;
    $scope.day = day;
    $scope.moment = moment;
    $scope.size = size;

    $scope.reloadContext = function () {
      var findingId = $scope.vars[spec.findingVariable || 'findingId'];
      if (!findingId) return Promise.resolve(null);
      return $http.get(url('/api/findings/{findingId}', { findingId: findingId })).then(function (res) {
        $scope.finding = res.data;
        var container = camForm.formElement[0].querySelector('.rectify-context');
        if (container) renderContext(container, res.data);
        return res.data;
      }, function (res) {
        $scope.problem = '无法读取问题档案：' + problemOf(res).message;
      });
    };
    $scope.problemOf = problemOf;
    /** The first error at a field or below it, e.g. errorFor('narrative.overallSituation') also shows […[2]]. */
    $scope.errorFor = function (prefix) {
      var keys = Object.keys($scope.errors || {}).filter(function (k) { return k === prefix || k.indexOf(prefix + '[') === 0 || k.indexOf(prefix + '.') === 0; });
      return keys.length ? $scope.errors[keys[0]] : null;
    };
    $scope.url = url;

    $scope.measureById = function (id) {
      return (($scope.finding && $scope.finding.measures) || []).filter(function (m) { return m.id === id; })[0] || null;
    };

    // Work on a measure while 落实整改措施 or 继续整改 is open: each call saves at once.
    $scope.notes = {};
    $scope.addNote = function (measureId) {
      var key = 'progress:' + measureId;
      var text = ($scope.notes[measureId] || '').trim();
      var errors = copyOf($scope.errors);
      delete errors[key];
      if (!text) errors[key] = '必须填写整改进展';
      else if (text.length > 20000) errors[key] = '整改进展不能超过 20000 字';
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
        $scope.errors[key] = '必须选择要上传的文件';
        return Promise.resolve(false);
      }
      if (file.size === 0) {
        $scope.errors[key] = '文件内容为空：' + file.name;
        return Promise.resolve(false);
      }
      if (file.size > 20 * 1024 * 1024) {
        $scope.errors[key] = '文件超过 20 MB：' + file.name;
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

    $scope.submitStep = function () {
      var errors = spec.validate ? spec.validate($scope) || {} : {};
      $scope.errors = errors;
      if (Object.keys(errors).length) {
        $scope.problem = '输入有误，请按提示修改。';
        return Promise.resolve(false);
      }
      $scope.problem = null;
      $scope.busy = true;
      return Promise.resolve(spec.request($scope)).then(function (req) {
        return $http.post(req.url, req.body);
      }).then(function () {
        $scope.done = true;
        $scope.$applyAsync();
        leaveTask();
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

    $scope.$on('rectify-submit', function () { $scope.submitStep(); });

    return $scope.reloadContext().then(function () {
      if (spec.init) spec.init($scope);
      $scope.$applyAsync();
    });
  }

  window.RectifyForms = { start: start, url: url, problemOf: problemOf, renderContext: renderContext, day: day };
})();
