<#-- 测试用：问题标题与正文同段（019/029/117式），无统计语句。 -->
<#include "common.ftl">

<#function title>
  <#return "${issuer}关于${scope}${level}${finalBulletin?then('整改落实完成', '整改进展')}情况的通报">
</#function>

<#function opening>
  <#return "根据${authority}统一部署，${period}，${team}对${unit}进行了${typePhrase}${level}。${feedbackDate}，${team}向${unit}反馈了${level}意见。按照党务公开原则和${level}工作有关要求，现将${level}整改进展情况予以公布。">
</#function>

<#function sectionHeading>
  <#switch section>
    <#case "PROBLEMS"><#return "${level}反馈问题整改落实情况">
    <#case "PLAN"><#return "下一步工作计划">
  </#switch>
</#function>

<#function aspectHeading>
  <#return heading>
</#function>

<#function findingHeading>
  <#return "针对${text}的问题。">
</#function>

<#function subFindingHeading>
  <#return text + detail>
</#function>
