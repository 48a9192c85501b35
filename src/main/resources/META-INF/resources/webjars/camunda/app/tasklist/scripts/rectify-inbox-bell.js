// 站内信 bell in Tasklist's header (Rectify). A Camunda 7.24 frontend plugin: config.js lists this
// file in customScripts; Tasklist imports it as an ES module and renders the default export at the
// plugin point 'tasklist.navbar.action'. It runs in Tasklist's page with the user's session cookie
// and calls the app's own API (same origin): GET /api/inbox, POST /api/inbox/{id}/read,
// POST /api/inbox/read-all (CSRF: the XSRF-TOKEN cookie echoed in X-XSRF-TOKEN).

const POLL_MS = 60000;

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : '';
}

function post(path) {
  return fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {'X-XSRF-TOKEN': csrfToken(), Accept: 'application/json'}
  });
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (k === 'style') {
      node.style.cssText = v;
    } else if (k.startsWith('on')) {
      node.addEventListener(k.substring(2), v);
    } else {
      node.setAttribute(k, v);
    }
  });
  children.forEach(c => node.append(c));
  return node;
}

function timeOf(iso) {
  const d = new Date(iso);
  const pad = n => String(n).padStart(2, '0');
  return `${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export default {
  id: 'rectify.inbox.bell',
  pluginPoint: 'tasklist.navbar.action',
  priority: 100,
  render(node) {
    const badge = el('span', {
      class: 'rectify-inbox-count badge',
      style: 'background:#b3261e;margin-left:4px;display:none'
    });
    const button = el(
      'a',
      {
        href: '',
        class: 'rectify-inbox-bell',
        title: '站内信',
        role: 'button',
        'aria-haspopup': 'true'
      },
      el('span', {class: 'glyphicon glyphicon-bell', 'aria-hidden': 'true'}),
      ' 站内信',
      badge
    );
    // The list hangs from the page's body, outside the navbar, so that the navbar's styles leave it
    // alone.
    const list = el('div', {
      class: 'rectify-inbox-panel',
      style:
        'display:none;position:fixed;right:12px;top:62px;z-index:2000;width:440px;max-height:75vh;' +
        'overflow:auto;background:#fff;color:#333;border:1px solid #ccc;border-top:3px solid #b3261e;' +
        'box-shadow:0 6px 12px rgba(0,0,0,.18);text-align:left;font-size:13px;line-height:1.5'
    });
    node.appendChild(button);
    document.body.appendChild(list);
    this.panel = list;

    let open = false;

    function showCount(unread) {
      badge.textContent = unread > 99 ? '99+' : String(unread);
      badge.style.display = unread > 0 ? 'inline-block' : 'none';
      button.setAttribute('title', unread > 0 ? `站内信：${unread} 条未读` : '站内信');
    }

    function renderList(view) {
      list.replaceChildren();
      const header = el(
        'div',
        {style: 'display:flex;justify-content:space-between;padding:8px 12px;border-bottom:1px solid #eee'},
        el('strong', {}, `站内信（${view.unread} 条未读）`),
        el(
          'span',
          {},
          el(
            'a',
            {
              href: '',
              class: 'rectify-inbox-read-all',
              onclick: e => {
                e.preventDefault();
                post('/api/inbox/read-all').then(refresh);
              }
            },
            '全部标为已读'
          ),
          ' · ',
          el('a', {href: '/notifications/preferences', target: '_self'}, '通知设置')
        )
      );
      list.append(header);
      if (view.messages.length === 0) {
        list.append(el('div', {style: 'padding:16px 12px;color:#888'}, '暂无消息'));
      }
      view.messages.forEach(m => {
        const unread = !m.readAt;
        list.append(
          el(
            'a',
            {
              href: m.link,
              class: 'rectify-inbox-message' + (unread ? ' unread' : ''),
              'data-id': m.id,
              style:
                'display:block;padding:8px 12px;border-bottom:1px solid #f0f0f0;color:#333;text-decoration:none;' +
                (unread ? 'background:#fff7f6;border-left:3px solid #b3261e' : 'border-left:3px solid transparent')
            },
            el(
              'div',
              {style: 'display:flex;justify-content:space-between'},
              el('strong', {}, m.kindLabel),
              el('span', {style: 'color:#888'}, timeOf(m.createdAt))
            ),
            m.subject ? el('div', {style: 'color:#555'}, m.subject) : '',
            el('div', {}, m.message)
          )
        );
      });
    }

    function refresh() {
      return fetch('/api/inbox?limit=30', {
        credentials: 'same-origin',
        headers: {Accept: 'application/json'}
      })
        .then(r => (r.ok ? r.json() : Promise.reject(r.status)))
        .then(view => {
          showCount(view.unread);
          if (open) {
            renderList(view);
          }
          return view;
        })
        .catch(() => {});
    }

    button.addEventListener('click', e => {
      e.preventDefault();
      open = !open;
      list.style.display = open ? 'block' : 'none';
      if (open) {
        refresh().then(view => view && renderList(view));
      }
    });
    document.addEventListener('click', e => {
      if (open && !button.contains(e.target) && !list.contains(e.target)) {
        open = false;
        list.style.display = 'none';
      }
    });

    refresh();
    this.timer = setInterval(refresh, POLL_MS);
  },
  unmount() {
    clearInterval(this.timer);
    if (this.panel) {
      this.panel.remove();
    }
  }
};
