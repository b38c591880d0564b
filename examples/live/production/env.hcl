locals {
  tier = "production"
}
