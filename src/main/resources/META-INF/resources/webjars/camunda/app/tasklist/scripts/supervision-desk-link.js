// Rectify: a link to the 督查督办台 (/supervision) in Tasklist's header, as a 7.24 frontend plugin
// (loaded through customScripts in config.js; same session as Tasklist).
export default {
  id: 'rectify-supervision-desk-link',
  pluginPoint: 'tasklist.navbar.action',
  priority: 50,
  render: (node) => {
    const link = document.createElement('a');
    link.href = '/supervision';
    link.id = 'rectify-supervision-desk';
    link.className = 'rectify-supervision-desk-link';
    link.title = '督查督办台：各单位红黄绿灯、逾期清单、催办';
    link.textContent = '督查督办台';
    node.appendChild(link);
  }
};
