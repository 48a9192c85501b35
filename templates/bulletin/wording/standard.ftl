<#--
  通用版式（新生成的通报默认使用）的措辞。
  模型见 BulletinWording 的调用方 BulletinComposer / BulletinFigureSentences / BulletinStructure。
-->
<#include "common.ftl">

<#function title>
  <#return "${issuer}关于${scope}${level}${finalBulletin?then('整改落实完成', '整改进展')}情况的通报">
</#function>

<#function opening>
  <#return "根据${authority}统一部署，${period}，${team}对${unit}进行了${typePhrase}${level}。${feedbackDate}，${team}向${unit}反馈了${level}意见。按照党务公开原则和${level}工作有关要求，现将${level}整改进展情况予以公布。">
</#function>

<#function sectionHeading>
  <#switch section>
    <#case "OVERALL"><#return "整改工作总体情况">
    <#case "PROBLEMS"><#return "${level}反馈问题整改进展情况">
    <#case "HANDOVERS"><#return "${level}移交事项办理情况">
    <#case "FURTHER"><#return "需要进一步整改的事项及措施">
    <#case "PLAN"><#return "下一步工作打算">
  </#switch>
</#function>

<#function aspectHeading>
  <#return "关于${heading}方面">
</#function>

<#function findingHeading>
  <#return text + detail>
</#function>

<#function subFindingHeading>
  <#return text + detail>
</#function>

<#function furtherHeading>
  <#return "关于“${text}”的问题。">
</#function>

<#function furtherNextStepsLabel>
  <#return "下一步整改措施">
</#function>

<#function furtherDeadlineLabel>
  <#return "整改时限">
</#function>

<#function statistics>
  <#local clauses = []>
  <#if measures gt 0>
    <#if measuresCompleted == measures>
      <#local clauses = clauses + ["制定的${measures}项整改措施，已全部完成落实"]>
    <#elseif measuresCompleted lt measures>
      <#local clauses = clauses + ["制定的${measures}项整改措施，已完成落实${measuresCompleted}项"]>
    </#if>
  </#if>
  <#if findings gt 0>
    <#local items = ["${level}反馈的${aspects}个方面${findings}个具体问题"]>
    <#if findingsFinished == findings>
      <#local items = items + ["已全部完成整改"]>
    <#elseif findingsFinished lt findings>
      <#local items = items + ["已完成整改${findingsFinished}个"]>
    </#if>
    <#if findingsBasic gt 0>
      <#local items = items + ["基本完成整改${findingsBasic}个"]>
    </#if>
    <#if findingsInProgress gt 0>
      <#local items = items + ["正在整改${findingsInProgress}个"]>
    </#if>
    <#local clauses = clauses + [items?join("，")]>
  </#if>
  <#if immediateIssues gt 0>
    <#if immediateIssuesConcluded == immediateIssues>
      <#local clauses = clauses + ["${level}移交的${immediateIssues}个立行立改问题，已全部完成整改"]>
    <#elseif immediateIssuesConcluded lt immediateIssues>
      <#local clauses = clauses + ["${level}移交的${immediateIssues}个立行立改问题，已完成整改${immediateIssuesConcluded}个"]>
    </#if>
  </#if>
  <#if petitions gt 0>
    <#if petitionsConcluded == petitions>
      <#local clauses = clauses + ["${level}移交的${petitions}件信访件，已全部办结"]>
    <#elseif petitionsConcluded lt petitions>
      <#local clauses = clauses + ["${level}移交的${petitions}件信访件，已办结${petitionsConcluded}件，正在办理${petitionsOpen}件"]>
    </#if>
  </#if>
  <#if institutions gt 0>
    <#local items = ["通过整改，新建制度${institutionsNew}项", "修订完善制度${institutionsRevised}项"]>
    <#if money gt 0>
      <#local items = items + ["挽回经济损失${moneyText}"]>
    </#if>
    <#local clauses = clauses + [items?join("，")]>
  </#if>
  <#if sanctionedPersons gt 0>
    <#local clauses = clauses + ["问责处理${sanctionedPersons}人（${sanctionsText}）"]>
  </#if>
  <#if withheldFindings gt 0>
    <#local clauses = clauses + ["另有${withheldFindings}个具体问题按规定不予公开"]>
  </#if>
  <#return sentence(clauses, "截至目前，", "；", "。")>
</#function>
