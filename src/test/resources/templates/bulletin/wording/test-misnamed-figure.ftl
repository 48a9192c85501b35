<#-- 测试用：统计语句把问题数说成整改措施数，须被数字核对拦下。 -->
<#include "common.ftl">

<#function title>
  <#return "${issuer}关于${scope}${level}${finalBulletin?then('整改落实完成', '整改进展')}情况的通报">
</#function>

<#function opening>
  <#return "根据${authority}统一部署，${period}，${team}对${unit}进行了${typePhrase}${level}。${feedbackDateShort}，反馈了${level}意见。按照${level}工作有关要求，现将${level}整改进展情况予以公布。">
</#function>

<#function sectionHeading>
  <#switch section>
    <#case "OVERALL"><#return "整改工作总体情况">
    <#case "PROBLEMS"><#return "具体问题整改情况">
    <#case "PLAN"><#return "整改工作下一步工作打算">
  </#switch>
</#function>

<#function aspectHeading>
  <#return heading>
</#function>

<#function findingHeading>
  <#return text + detail>
</#function>

<#function subFindingHeading>
  <#return text + detail>
</#function>

<#function statistics>
  <#return sentence(["制定的${findings}项整改措施"], "", "；", "。")>
</#function>
