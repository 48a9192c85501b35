<#-- 群机器人消息（企业微信、钉钉 markdown） --><#list items as item>### ${item.kind}
**${item.subject}**

${item.message}

> ${item.time} · [打开待办](${item.link})
<#sep>

</#sep></#list>
