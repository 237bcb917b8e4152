// markdown_fuzz: a Markdown body as validation reads a fee schedule's (the
// sample's fee-schedule schema): control characters, the input gate
// (markdown/gate.h), the budgeted rendering by cmark-gfm, the fee tables
// (every 收费标准 cell through the amount grammar), the second rendering
// with the amounts as shown; the same tables read as a fee matrix
// (`fee_matrix:`); and RenderCheckedBody, which history pages use for
// earlier versions.
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/text.h"
#include "frontmatter/front_matter.h"
#include "markdown/gate.h"
#include "sample_site.h"
#include "validate/document_steps.h"
#include "validate/validate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace disclose;
  const fuzz::SampleSite& sample = fuzz::Sample();
  const InputLimits& limits = sample.config.site.limits;
  // ValidateDocument refuses larger files and invalid UTF-8 before the body
  // is read: the body's REQUIRES.
  if (size > limits.document_bytes()) return 0;
  std::string body = NormalizeSource(fuzz::Text(data, size));
  if (FindInvalidUtf8(body)) return 0;

  const Schema& schema = sample.config.schemas.at("fee-schedule");
  Document doc;
  doc.source_path = "content/fees/2005/fuzz.md";
  Diagnostics diags;
  ReadBody(body, 1, schema, limits, doc, diags);

  if (!doc.body_html.empty() && schema.tables) {
    const MarkdownResult md =
        RenderMarkdown(doc.body_markdown, 1, {}, BudgetOf(limits));
    FeeMatrixDecl matrix;
    matrix.payer_column = "专业类别";
    matrix.unit = "元/学年";
    (void)ValidateFeeTables(md.tables, *schema.tables, doc.source_path, 1,
                            diags, matrix);
  }
  fuzz::FormatAll(diags);
  (void)RenderCheckedBody(doc.body_markdown, limits);
  return 0;
}
