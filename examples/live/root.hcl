# Included by every unit: remote state in GCS, one prefix per unit.
remote_state {
  backend = "gcs"
  config = {
    bucket = "acme-tfstate"
    prefix = path_relative_to_include()
  }
}

locals {
  env = read_terragrunt_config(find_in_parent_folders("env.hcl"))
}
