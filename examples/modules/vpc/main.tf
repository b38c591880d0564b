variable "cidr_block" {
  type = string
}

resource "google_compute_network" "this" {
  name                    = "main"
  auto_create_subnetworks = false
}
