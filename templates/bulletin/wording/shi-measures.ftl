<#-- 石棉式（corpus 030）的措辞：统计语句作为问题部分的导语，含状态细分与制度数。 -->
<#include "common.ftl">

<#function title>
  <#return "${issuer}关于${scope}${level}${finalBulletin?then('整改落实完成', '整改阶段性进展')}情况的通报">
</#function>

<#function opening>
  <#return "根据${authority}${level}工作统一部署，${period}，${team}对${unit}进行了${typePhrase}${level}。${feedbackDate}，${team}向${unit}反馈了${level}意见。按照党务公开原则和${level}工作有关要求，现将${level}整改进展情况予以公布。">
</#function>

<#function sectionHeading>
  <#switch section>
    <#case "OVERALL"><#return "落实${level}整改主体责任情况">
    <#case "PROBLEMS"><#return "${level}反馈问题的整改情况">
    <#case "PLAN"><#return "下一步工作打算">
  </#switch>
</#function>

<#function aspectHeading>
  <#return "${heading}方面">
</#function>

<#function findingHeading>
  <#return "关于“${text}”的问题。">
</#function>

<#function subFindingHeading>
  <#return text + detail>
</#function>

<#function statistics>
  <#local clauses = []>
  <#if findings gt 0>
    <#local items = ["${level}反馈的${aspects}个方面${findings}个问题"]>
    <#if findingsCompleted gt 0>
      <#local items = items + ["已完成整改${findingsCompleted}个"]>
    </#if>
    <#if findingsClosedByDirective gt 0>
      <#local items = items + ["已作销号处理${findingsClosedByDirective}个"]>
    </#if>
    <#if findingsOngoing gt 0>
      <#local items = items + ["常态化持续整改${findingsOngoing}个"]>
    </#if>
    <#if findingsBasic gt 0>
      <#local items = items + ["基本完成整改${findingsBasic}个"]>
    </#if>
    <#if findingsInProgress gt 0>
      <#local items = items + ["正在整改${findingsInProgress}个"]>
    </#if>
    <#local clauses = clauses + [items?join("，")]>
  </#if>
  <#if institutions gt 0>
    <#local items = []>
    <#if institutionsNew gt 0>
      <#local items = items + ["新制定制度${institutionsNew}个"]>
    </#if>
    <#if institutionsRevised gt 0>
      <#local items = items + ["修改完善制度${institutionsRevised}个"]>
    </#if>
    <#if items?has_content>
      <#local clauses = clauses + [items?join("，")]>
    </#if>
  </#if>
  <#if money gt 0>
    <#local clauses = clauses + ["挽回经济损失${moneyText}"]>
  </#if>
  <#if statedClause?has_content>
    <#local clauses = clauses + [statedClause]>
  </#if>
  <#if withheldFindings gt 0>
    <#local clauses = clauses + ["另有${withheldFindings}个问题按规定不予公开"]>
  </#if>
  <#return sentence(clauses, "截至目前，", "，", "。")>
</#function>
