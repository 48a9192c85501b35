// Rectify configuration of the Camunda 7.24 tasklist webapp. Since 7.14 the webapps import this file as
// an ES module (export default); the old window.cam…Conf globals are ignored.
// Keys read by the 7.24 bundle (its configurationProvider): app.name, app.vendor,
// dateFormat.{monthName, day, abbr, normal, long, short}, locales.{availableLocales, fallbackLocale},
// customScripts, disableWelcomeMessage, …
export default {
  // The header and the page title show "<vendor> <name>", the login page shows <name>.
  app: {
    vendor: 'Rectify 整改',
    name: '任务列表'
  },

  // The bundle takes the browser's first language, cut at '-', and uses it if it is listed here;
  // otherwise the fallback. So an English browser gets 'en' and every other browser gets Chinese.
  locales: {
    availableLocales: ['zh-CN', 'en'],
    fallbackLocale: 'zh-CN'
  },

  // moment.js formats used by the camDate filter ('normal' when none is named).
  dateFormat: {
    monthName: 'MMMM',
    day: 'D日',
    abbr: 'YYYY年M月D日 HH:mm',
    normal: 'YYYY年M月D日 HH:mm',
    long: 'YYYY年M月D日 dddd HH:mm:ss',
    short: 'YYYY年M月D日'
  },

  // Keyboard shortcuts shown in the Tasklist help dialog (same keys as the shipped config).
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: '认领当前选中的任务' },
    focusFilter: { key: 'ctrl+shift+f', description: '将焦点移到筛选器列表的第一个筛选器' },
    focusList: { key: 'ctrl+alt+l', description: '将焦点移到任务列表的第一个任务' },
    focusForm: { key: 'ctrl+alt+f', description: '将焦点移到任务表单的第一个输入框' },
    startProcess: { key: 'ctrl+alt+p', description: '打开“发起流程”对话框' }
  },

  // The hint pointing first-time users to Camunda's welcome page does not apply to Rectify.
  disableWelcomeMessage: true,

  // Frontend plugins (ES modules under app/tasklist/, default export {id, pluginPoint, render}).
  customScripts: [
    'scripts/supervision-desk-link.js', // 督查督办台 link in the header
    'scripts/rectify-inbox-bell' // 站内信 bell with the unread count
  ]

  // Brand colours live in ../styles/user-styles.css, which every 7.24 index.html links after the
  // app's own stylesheet.
};
