<#ftl output_format="plainText">
<#-- 纯文本版：与公开文本逐行对应（一行一段）。 -->
<#list doc.titleLines() as line>
${line}
</#list>
<#if doc.dateLine()??>
${doc.dateLine()}
</#if>

<#list doc.blocks() as b>
${doc.indent()}${b.full()}
</#list>
<#if doc.signatureLines()?has_content>

<#list doc.signatureLines() as line>
${line}
</#list>
</#if>
