include "root" {
  path = find_in_parent_folders("root.hcl")
}

terraform {
  source = "tfr:///acme/dns/google?version=2.1.0"
}
