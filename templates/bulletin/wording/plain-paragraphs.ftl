<#-- 大庆式（corpus 006）的措辞：无统计语句。 -->
<#include "common.ftl">

<#function title>
  <#return "${issuer}关于${scope}${level}${finalBulletin?then('整改落实完成', '整改进展')}情况的通报">
</#function>

<#function opening>
  <#return "根据${authority}统一部署，${period}，${team}对${unit}进行了${level}。${feedbackDate}，${level}组向${unit}反馈了${level}意见。按照党务公开原则和${level}工作有关要求，现将${level}整改阶段进展情况予以公布。">
</#function>

<#function sectionHeading>
  <#switch section>
    <#case "OVERALL"><#return "整改工作组织情况">
    <#case "PROBLEMS"><#return "整改落实情况">
    <#case "PLAN"><#return "下一步整改工作打算">
  </#switch>
</#function>

<#function aspectHeading>
  <#return "${heading}方面">
</#function>

<#function findingHeading>
  <#return "关于“${text}”问题的整改落实情况">
</#function>

<#function subFindingHeading>
  <#return text + detail>
</#function>
