<#-- 邮件正文（纯文本） -->
您好：

<#if digest>以下是今日的整改工作提醒，共 ${items?size} 条：
<#else>您有一条新的整改工作提醒：
</#if>
<#list items as item>

${item?counter}. 【${item.kind}】${item.subject}
   ${item.message}
   时间：${item.time}
   办理：${item.link}
</#list>

请登录巡视巡察整改工作平台办理（链接在登录后打开对应待办）。
本邮件由系统自动发送，请勿直接回复。可在“通知设置”中修改接收方式。
