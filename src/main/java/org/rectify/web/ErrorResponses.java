package org.rectify.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** Chinese titles and explanations for the HTTP errors a client can meet. */
final class ErrorResponses {

  private static final Map<Integer, String[]> TEXTS =
      Map.ofEntries(
          Map.entry(400, new String[] {"请求有误", "请求格式不正确，请检查后重试。"}),
          Map.entry(401, new String[] {"未登录", "请先登录。"}),
          Map.entry(403, new String[] {"无权操作", "当前用户无权执行此操作或查看此内容。"}),
          Map.entry(404, new String[] {"未找到", "请求的地址或记录不存在。"}),
          Map.entry(405, new String[] {"不支持该请求方法", "该地址不支持此 HTTP 方法。"}),
          Map.entry(406, new String[] {"无法提供所需格式", "该地址无法以请求的格式（Accept）返回内容。"}),
          Map.entry(409, new String[] {"冲突", "该记录已被他人修改，请刷新后重试。"}),
          Map.entry(413, new String[] {"内容过大", "请求体或上传文件超过大小上限。"}),
          Map.entry(
              415, new String[] {"不支持的内容类型", "请求的 Content-Type 不受支持；JSON 接口请使用 application/json。"}),
          Map.entry(429, new String[] {"请求过于频繁", "请稍后再试。"}),
          Map.entry(500, new String[] {"服务器错误", "服务器内部错误，请稍后重试或联系管理员。"}),
          Map.entry(503, new String[] {"服务暂不可用", "服务暂时不可用，请稍后重试。"}));

  private ErrorResponses() {}

  static String title(int status) {
    String[] text = TEXTS.get(status);
    if (text != null) {
      return text[0];
    }
    HttpStatus known = HttpStatus.resolve(status);
    return status >= 500 ? "服务器错误" : known == null ? "请求失败" : "请求失败（" + status + "）";
  }

  static String detail(int status) {
    String[] text = TEXTS.get(status);
    return text != null ? text[1] : status >= 500 ? TEXTS.get(500)[1] : "请求未能完成。";
  }
}
