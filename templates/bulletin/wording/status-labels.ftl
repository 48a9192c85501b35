<#-- 池北式（corpus 001/002）的措辞：统计语句接在总体情况段末。 -->
<#include "common.ftl">

<#function title>
  <#return "${issuer}关于${scope}${level}${finalBulletin?then('整改落实完成', '整改进展')}情况的通报">
</#function>

<#function opening>
  <#return "根据${authority}统一部署，${period}，${team}对${unit}进行了${typePhrase}${level}。${feedbackDate}，${team}向${unit}反馈了${level}意见。按照${level}工作有关要求，现将${level}整改进展情况予以公布。">
</#function>

<#function sectionHeading>
  <#switch section>
    <#case "OVERALL"><#return "整改工作总体情况">
    <#case "PROBLEMS"><#return "具体问题整改情况">
    <#case "PLAN"><#return "整改工作下步打算">
  </#switch>
</#function>

<#function aspectHeading>
  <#return "关于${heading}方面问题">
</#function>

<#function findingHeading>
  <#return text + detail>
</#function>

<#function subFindingHeading>
  <#return text + detail>
</#function>

<#function statistics>
  <#local clauses = []>
  <#if measures gt 0>
    <#if measuresCompleted == measures>
      <#local clauses = clauses + ["制定的${measures}项整改措施，已经完成落实${measuresCompleted}项"]>
    <#elseif measuresCompleted lt measures>
      <#local clauses = clauses + ["制定的${measures}项整改措施，已完成落实${measuresCompleted}项"]>
    </#if>
  </#if>
  <#if findings gt 0>
    <#if findingsFinished == findings>
      <#local clauses = clauses + ["反馈的${findings}个具体问题，已完成整改${findingsFinished}个"]>
    <#elseif findingsFinished lt findings>
      <#local clauses = clauses + ["反馈的${findings}个具体问题，已完成整改${findingsFinished}个、未完成整改${findingsOpen}个"]>
    </#if>
  </#if>
  <#if institutions gt 0>
    <#local items = ["通过整改，完善制度${institutions}项"]>
    <#if money gt 0>
      <#local items = items + ["挽回经济损失${moneyText}"]>
    </#if>
    <#local clauses = clauses + [items?join("，")]>
  </#if>
  <#if withheldFindings gt 0>
    <#local clauses = clauses + ["另有${withheldFindings}个具体问题按规定不予公开"]>
  </#if>
  <#return sentence(clauses, "截至目前，", "；", "。")>
</#function>
