locals {
  tier = "non-production"
}
