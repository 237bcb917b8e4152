#include "config/portal.h"

#include "base/text.h"

namespace disclose {

namespace {

const Said kPortal{"portal", "网站标识（portal）"};

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z');
}

// Every byte but the unreserved ones of RFC 3986 as %XX.
std::string PercentEncode(const std::string& text) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (IsAsciiAlnum(static_cast<char>(c)) || c == '-' || c == '.' ||
        c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

void ReadSiteCode(const YamlNode& node, ConfigReader& r, Portal* portal) {
  portal->site_code = r.Text(node, "site_code", false, kPortal);
  const std::string& code = portal->site_code;
  bool ok = code.size() == 10;
  for (char c : code) ok = ok && IsAsciiAlnum(c);
  if (code.empty() || ok) return;
  const YamlNode* n = node.Find("site_code");
  r.Error(n->line, n->column,
          Said{"portal.site_code (网站标识码) must be ten letters or digits, "
               "got ",
               "网站标识码（portal.site_code）应为 10 位字母或数字，现为"} +
              Quote(code),
          Said{"as the register of government websites gives it, for "
               "example 4307000001 or bm01000001",
               "照政府网站标识码登记的写法，例如 4307000001 或 bm01000001"});
  portal->site_code.clear();
}

void ReadIcp(const YamlNode& node, ConfigReader& r, Portal* portal) {
  portal->icp = r.Text(node, "icp", false, kPortal);
  if (portal->icp.empty() || (portal->icp.find("ICP") != std::string::npos &&
                              portal->icp.find("备") != std::string::npos)) {
    return;
  }
  const YamlNode* n = node.Find("icp");
  r.Error(n->line, n->column,
          Said{"portal.icp (ICP 备案号) must be an ICP record number, got ",
               "ICP 备案号（portal.icp）应为 ICP 备案编号，现为"} +
              Quote(portal->icp),
          Said{"for example 湘ICP备05000001号-1", "例如 湘ICP备05000001号-1"});
  portal->icp.clear();
}

// 公网安备 and a record number of fourteen digits.
void ReadPolice(const YamlNode& node, ConfigReader& r, Portal* portal) {
  portal->police = r.Text(node, "police", false, kPortal);
  const std::string& text = portal->police;
  if (text.empty()) return;
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9') digits += c;
  }
  if (text.find("公网安备") != std::string::npos && digits.size() == 14) {
    portal->police_code = digits;
    return;
  }
  const YamlNode* n = node.Find("police");
  r.Error(n->line, n->column,
          Said{"portal.police (公安机关备案号) must be 公网安备 with a record "
               "number of 14 digits, got ",
               "公安机关备案号（portal.police）应为“公网安备”加 14 "
               "位数字的备案编号，现为"} +
              Quote(text),
          Said{"for example 湘公网安备 43070202000001号",
               "例如 湘公网安备 43070202000001号"});
  portal->police.clear();
}

void ReadCorrection(const YamlNode& node, ConfigReader& r, Portal* portal) {
  const std::string url = r.Text(node, "correction_url", false, kPortal);
  if (url.empty()) return;
  const YamlNode* n = node.Find("correction_url");
  const bool scheme = StartsWith(url, "https://") ||
                      StartsWith(url, "http://") || StartsWith(url, "mailto:");
  // Placeholders other than {url} and {site_code} are mistakes.
  std::string rest = url;
  for (const char* known : {"{url}", "{site_code}"}) {
    size_t at;
    while ((at = rest.find(known)) != std::string::npos) {
      rest.erase(at, std::string(known).size());
    }
  }
  bool ok = scheme && rest.find_first_of("{}") == std::string::npos &&
            rest.find_first_of(" \t\"<>") == std::string::npos;
  if (!ok) {
    r.Error(n->line, n->column,
            Said{"portal.correction_url (纠错) must be an http(s) or mailto: "
                 "address, with {url} and {site_code} as its only "
                 "placeholders, got ",
                 "纠错地址（portal.correction_url）应为 http(s) 或 mailto: "
                 "地址，只能使用 {url} 和 {site_code} 两个占位符，现为"} +
                Quote(url),
            Said{"for example "
                 "https://zfwzzc.www.gov.cn/?site_code={site_code}&url={url}",
                 "例如 "
                 "https://zfwzzc.www.gov.cn/?site_code={site_code}&url={url}"});
    return;
  }
  if (url.find("{site_code}") != std::string::npos &&
      portal->site_code.empty()) {
    r.Error(
        n->line, n->column,
        Said{"portal.correction_url uses {site_code}, but portal has no "
             "valid site_code",
             "纠错地址（portal.correction_url）使用了 {site_code}，"
             "但没有有效的网站标识码（portal.site_code）"},
        Said{"add site_code: under portal:", "在 portal: 下添加 site_code:"});
    return;
  }
  portal->correction_url = url;
}

}  // namespace

void ReadPortal(const YamlNode& root, ConfigReader& r, Portal* portal) {
  const YamlNode* node = root.Find("portal");
  if (node == nullptr || node->is_null() || !r.ExpectMap(*node, kPortal)) {
    return;
  }
  r.OnlyKeys(*node, {"sponsor", "site_code", "icp", "police", "correction_url"},
             kPortal);
  portal->sponsor = r.Text(*node, "sponsor", false, kPortal);
  ReadSiteCode(*node, r, portal);
  ReadIcp(*node, r, portal);
  ReadPolice(*node, r, portal);
  ReadCorrection(*node, r, portal);
}

std::string CorrectionUrl(const Portal& portal, const std::string& page_url) {
  std::string out = portal.correction_url;
  if (out.empty()) return out;
  for (const auto& [key, value] :
       {std::pair<std::string, std::string>{"{url}", page_url},
        {"{site_code}", portal.site_code}}) {
    size_t at = 0;
    const std::string encoded = PercentEncode(value);
    while ((at = out.find(key, at)) != std::string::npos) {
      out.replace(at, key.size(), encoded);
      at += encoded.size();
    }
  }
  return out;
}

}  // namespace disclose
