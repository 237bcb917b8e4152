#include "audit/audit.h"

namespace disclose {

std::string ShortId(const std::string& commit) { return commit.substr(0, 10); }

StatusOr<std::unique_ptr<Repository>> OpenAudited(const PublishedStore& store) {
  auto repo = OpenPublished(store);
  if (repo.ok() && *repo == nullptr) {
    return Status::Error(store.published +
                         " is not a published site yet "
                         "(run disclose publish first)");
  }
  return repo;
}

}  // namespace disclose
