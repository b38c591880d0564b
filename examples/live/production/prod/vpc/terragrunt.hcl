include "root" {
  path = find_in_parent_folders("root.hcl")
}

include "vpc" {
  path = "${get_terragrunt_dir()}/../../../_common/vpc.hcl"
}
