# Shared VPC settings; units include this file, so a change here re-plans every VPC.
terraform {
  source = "${get_terragrunt_dir()}/../../../../modules/vpc"
}

inputs = {
  cidr_block = "10.0.0.0/16"
}
