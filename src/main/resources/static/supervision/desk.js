// 督查督办台: reads /api/supervision/desk with the filter in the address bar and draws the page.
// The export link and every figure use the same filter, so the Excel file is what is on screen.
(function () {
  'use strict';

  var FILTERS = ['inspection', 'unit', 'leadOfficial', 'light', 'term'];
  var LIST_TITLES = { RED: '逾期清单（红灯，按逾期工作日排序）', YELLOW: '黄灯措施', GREEN: '绿灯措施', GREY: '已完成措施' };
  var mayUrge = document.body.getAttribute('data-may-urge') === 'true';
  var form = document.getElementById('filters');
  var unitChart = window.echarts ? echarts.init(document.getElementById('unit-chart')) : null;
  var trendChart = window.echarts ? echarts.init(document.getElementById('trend-chart')) : null;
  var urging = null;
  var page = 1;

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function params() {
    var search = new URLSearchParams();
    FILTERS.forEach(function (name) {
      var value = form.elements[name].value;
      if (value) search.set(name, value);
    });
    if (page > 1) search.set('page', String(page));
    return search;
  }

  function rate(value) {
    return value === null || value === undefined ? '—' : value.toFixed(1) + '%';
  }

  function light(code, label) {
    return el('span', label, 'light light-' + code);
  }

  function table(node, headers, rows) {
    node.textContent = '';
    var head = el('tr');
    headers.forEach(function (h) { head.appendChild(el('th', h)); });
    node.appendChild(head);
    rows.forEach(function (cells) {
      var tr = el('tr');
      cells.forEach(function (cell) {
        var td = el('td');
        if (cell instanceof Node) td.appendChild(cell);
        else {
          td.textContent = cell === null || cell === undefined ? '' : String(cell);
          if (typeof cell === 'number') td.className = 'num';
        }
        tr.appendChild(td);
      });
      node.appendChild(tr);
    });
    if (!rows.length) {
      var empty = el('tr');
      var td = el('td', '没有符合条件的记录');
      td.colSpan = headers.length;
      empty.appendChild(td);
      node.appendChild(empty);
    }
  }

  var LIGHT_LABELS = { GREEN: '绿灯', YELLOW: '黄灯', RED: '红灯', GREY: '已完成' };

  function countCells(c) {
    return [c.measures, c.done, c.inProgress, c.yellow, c.red, rate(c.completionRate), rate(c.onTimeRate), light(c.light, LIGHT_LABELS[c.light])];
  }
  var COUNT_HEADERS = ['措施数', '已完成', '正在落实', '黄灯', '红灯', '完成率', '按期完成率', '亮灯'];

  function fillOptions(select, options) {
    if (select.options.length > 1) return;
    var chosen = new URLSearchParams(location.search).get(select.name);
    options.forEach(function (o) {
      var option = el('option', o.name);
      option.value = o.value;
      select.appendChild(option);
    });
    if (chosen) select.value = chosen;
  }

  function summary(total) {
    var node = document.getElementById('summary');
    node.textContent = '';
    [['措施', total.measures], ['已完成', total.done], ['正在落实', total.inProgress], ['黄灯', total.yellow],
     ['红灯', total.red], ['完成率', rate(total.completionRate)], ['按期完成率', rate(total.onTimeRate)]]
      .forEach(function (pair) {
        var box = el('div', pair[0]);
        box.appendChild(el('b', pair[1]));
        node.appendChild(box);
      });
  }

  function charts(screen) {
    if (!unitChart || !trendChart) return;
    var names = screen.units.map(function (u) { return u.name; });
    function series(name, color, pick) {
      return { name: name, type: 'bar', stack: 'measures', itemStyle: { color: color }, data: screen.units.map(function (u) { return pick(u.counts); }) };
    }
    unitChart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 4 },
      grid: { left: 40, right: 16, bottom: 40, top: 36 },
      xAxis: { type: 'category', data: names },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        series('已完成', '#9e9e9e', function (c) { return c.done; }),
        series('绿灯', '#2e7d32', function (c) { return c.inProgress - c.yellow - c.red; }),
        series('黄灯', '#f9a825', function (c) { return c.yellow; }),
        series('红灯', '#c62828', function (c) { return c.red; })
      ]
    }, true);
    trendChart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 4 },
      grid: { left: 40, right: 16, bottom: 40, top: 36 },
      xAxis: { type: 'category', data: screen.trend.map(function (w) { return w.weekStart.substring(5) + ' 周'; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '完成', type: 'bar', itemStyle: { color: '#2e7d32' }, data: screen.trend.map(function (w) { return w.completed; }) },
        { name: '到期', type: 'line', itemStyle: { color: '#b3261e' }, data: screen.trend.map(function (w) { return w.due; }) }
      ]
    }, true);
  }

  function measureList(screen) {
    var list = screen.measures;
    document.getElementById('list-title').textContent = LIST_TITLES[list.light] + '（共 ' + list.total + ' 项）';
    var headers = ['编号', '整改措施', '责任单位', '责任人', '责任领导', '整改时限', '亮灯', list.light === 'RED' ? '逾期工作日' : '剩余工作日', '最近催办', '操作'];
    table(document.getElementById('measure-list'), headers, list.rows.map(function (r) {
      var actions = el('span');
      var link = el('a', '打开任务');
      link.href = r.taskLink;
      link.className = 'task-link';
      actions.appendChild(link);
      if (mayUrge && r.urgeable) {
        actions.appendChild(document.createTextNode(' '));
        var button = el('button', '催办', 'small urge');
        button.type = 'button';
        button.setAttribute('data-measure', r.measureId);
        button.addEventListener('click', function () { openUrge(r); });
        actions.appendChild(button);
      }
      return [r.code, r.text, r.units, r.responsiblePerson, r.leadOfficial, r.deadline, light(r.light, r.lightLabel),
        list.light === 'RED' ? r.workingDaysOverdue : r.workingDaysLeft, r.lastUrgedOn || '—', actions];
    }));
    var pager = document.getElementById('pager');
    pager.textContent = '';
    var pages = Math.max(1, Math.ceil(list.total / list.pageSize));
    if (pages > 1) {
      var previous = el('button', '上一页', 'small');
      previous.type = 'button';
      previous.disabled = list.page <= 1;
      previous.addEventListener('click', function () { page = list.page - 1; load(); });
      var next = el('button', '下一页', 'small');
      next.type = 'button';
      next.disabled = list.page >= pages;
      next.addEventListener('click', function () { page = list.page + 1; load(); });
      pager.appendChild(previous);
      pager.appendChild(el('span', '第 ' + list.page + ' / ' + pages + ' 页'));
      pager.appendChild(next);
    }
  }

  function render(screen) {
    fillOptions(form.elements.inspection, screen.options.inspections);
    fillOptions(form.elements.unit, screen.options.units);
    fillOptions(form.elements.leadOfficial, screen.options.leadOfficials);
    summary(screen.total);
    table(document.getElementById('unit-table'), ['责任单位'].concat(COUNT_HEADERS),
      screen.units.map(function (u) { return [u.name].concat(countCells(u.counts)); }));
    table(document.getElementById('inspection-table'), ['巡视巡察', '整改报告时限', '距时限工作日', '措施数', '完成率', '黄灯', '红灯', '亮灯'],
      screen.inspections.map(function (i) {
        var c = i.counts;
        var left = i.workingDaysToReport < 0 ? '已超 ' + (-i.workingDaysToReport) : i.workingDaysToReport;
        return [i.name, i.reportDue, left, c.measures, rate(c.completionRate), c.yellow, c.red, light(c.light, LIGHT_LABELS[c.light])];
      }));
    table(document.getElementById('lead-table'), ['责任领导'].concat(COUNT_HEADERS),
      screen.leadOfficials.map(function (l) { return [l.name].concat(countCells(l.counts)); }));
    charts(screen);
    measureList(screen);
    document.body.setAttribute('data-loaded', screen.today);
  }

  function problem(text) {
    var node = document.getElementById('problem');
    node.textContent = text || '';
    node.hidden = !text;
  }

  function messageOf(response, body) {
    if (body && body.errors) return body.errors.map(function (e) { return e.message; }).join('；');
    if (body && body.detail) return body.detail;
    return '请求失败（' + response.status + '）';
  }

  function load() {
    var search = params();
    var query = search.toString() ? '?' + search.toString() : '';
    history.replaceState(null, '', '/supervision' + query);
    document.getElementById('export').href = '/api/supervision/desk/export.xlsx' + query;
    document.body.removeAttribute('data-loaded');
    return fetch('/api/supervision/desk' + query, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) throw new Error(messageOf(response, body));
          problem(null);
          render(body);
        });
      })
      .catch(function (e) { problem(e.message); });
  }

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : '';
  }

  var dialog = document.getElementById('urge-dialog');

  function openUrge(row) {
    urging = row;
    document.getElementById('urge-measure').textContent = row.code + ' ' + row.units;
    document.getElementById('urge-problem').hidden = true;
    dialog.showModal();
  }

  document.getElementById('urge-cancel').addEventListener('click', function () { dialog.close(); });
  document.getElementById('urge-send').addEventListener('click', function () {
    var text = document.getElementById('urge-text').value.trim();
    var shown = document.getElementById('urge-problem');
    if (!text) { shown.textContent = '必须填写催办内容'; shown.hidden = false; return; }
    fetch('/api/supervision/measures/' + urging.measureId + '/urges', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() },
      body: JSON.stringify({ text: text, toLeadOfficial: document.getElementById('urge-lead').checked })
    }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) { shown.textContent = messageOf(response, body); shown.hidden = false; return; }
        dialog.close();
        var result = document.getElementById('urge-result');
        result.textContent = '已向' + urging.units + '催办 ' + urging.code + '（' + body.urgedOn + '）。';
        result.hidden = false;
        load();
      });
    });
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    page = 1;
    load();
  });

  var initial = new URLSearchParams(location.search);
  FILTERS.forEach(function (name) { if (initial.get(name)) form.elements[name].value = initial.get(name); });
  page = parseInt(initial.get('page') || '1', 10) || 1;
  window.addEventListener('resize', function () { if (unitChart) unitChart.resize(); if (trendChart) trendChart.resize(); });
  load();
})();
