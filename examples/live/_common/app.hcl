inputs = {
  replicas = 2
}
