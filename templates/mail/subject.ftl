<#-- 邮件主题（纯文本，一行） -->【巡视巡察整改】${title}<#if !digest && items[0].subject?has_content> ${items[0].subject}</#if>
