include "root" {
  path = find_in_parent_folders("root.hcl")
}

include "app" {
  path = "${get_terragrunt_dir()}/../../../_common/app.hcl"
}

terraform {
  source = "git::https://github.com/acme/terraform-modules.git//app?ref=v1.4.0"
}

dependency "vpc" {
  config_path = "../vpc"
  mock_outputs = { network_id = "mock" }
}

inputs = {
  network_id = dependency.vpc.outputs.network_id
}
