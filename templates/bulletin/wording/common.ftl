<#--
  通报措辞的共用部分，每个版式的措辞文件都 include 本文件。
  函数读取调用方给出的模型（数字均来自台账 LedgerFigures），返回一段文字。
-->
<#-- 监督邀请；模型：level, unit -->
<#function invitation>
  <#return "欢迎广大干部群众对${level}整改落实情况进行监督。如有意见建议，请及时向我们反映。">
</#function>

<#-- 一类移交事项的办理情况；模型：level, count, countWord, kindLabel, concluded, immediateIssue, persons -->
<#function handover>
  <#local s = "${level}移交的${count}${countWord}${kindLabel}，">
  <#if concluded == count>
    <#local s = s + immediateIssue?then("已全部完成整改", "已全部办结")>
  <#else>
    <#local s = s + immediateIssue?then("已完成整改", "已办结") + "${concluded}${countWord}，正在办理${count - concluded}${countWord}">
  </#if>
  <#if persons gt 0>
    <#local s = s + "，处理${persons}人">
  </#if>
  <#return s + "。">
</#function>

<#-- 没有移交事项时 -->
<#function noHandovers>
  <#return "无。">
</#function>

<#-- 需要进一步整改的事项部分没有未完成的问题时 -->
<#function allFindingsFinished>
  <#return "反馈问题已全部完成整改。">
</#function>

<#-- 统计语句：各分句用 separator 连接，前加 prefix、后加 end；没有分句时为空 -->
<#function sentence clauses prefix separator end>
  <#if !clauses?has_content>
    <#return "">
  </#if>
  <#return prefix + clauses?join(separator) + end>
</#function>

<#-- 按台账改写导入通报的统计语句：原文“已全部完成整改”而台账尚有未完成时的已完成分句；模型：count -->
<#function completedCount>
  <#return "已完成整改${count}个">
</#function>

<#-- 按台账改写导入通报的统计语句：原文没有而台账有未完成问题时补上的分句；模型：count -->
<#function openCount>
  <#return "未完成整改${count}个">
</#function>
